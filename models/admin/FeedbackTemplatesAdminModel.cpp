#include "FeedbackTemplatesAdminModel.h"

#include "Client.h"
#include "EpochMs.h"
#include "resources/FeedbackResource.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace lever::models {

FeedbackTemplatesAdminModel::FeedbackTemplatesAdminModel(api::Client &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

QStringList FeedbackTemplatesAdminModel::fieldTypes()
{
    return {u"score-system"_s,    u"text"_s, u"textarea"_s, u"yes-no"_s, u"dropdown"_s,
            u"multiple-select"_s, u"score"_s};
}

QString FeedbackTemplatesAdminModel::fieldTypeTitle(const QString &type)
{
    if (type == u"score-system"_s)
        return tr("Overall rating");
    if (type == u"text"_s)
        return tr("Short text");
    if (type == u"textarea"_s)
        return tr("Paragraph");
    if (type == u"yes-no"_s)
        return tr("Yes or no");
    if (type == u"dropdown"_s)
        return tr("Dropdown");
    if (type == u"multiple-select"_s)
        return tr("Multiple choice");
    if (type == u"score"_s)
        return tr("Score");
    return type;
}

bool FeedbackTemplatesAdminModel::takesOptions(const QString &type)
{
    return type == u"dropdown"_s || type == u"multiple-select"_s || type == u"score-system"_s;
}

bool FeedbackTemplatesAdminModel::takesScores(const QString &type)
{
    return type == u"score"_s;
}

QString FeedbackTemplatesAdminModel::problem(const api::FeedbackTemplate &templ)
{
    if (templ.text.trimmed().isEmpty())
        return tr("Give the template a name.");
    int ratings = 0;
    for (qsizetype i = 0; i < templ.fields.size(); ++i) {
        const api::FeedbackField &f = templ.fields.at(i);
        ratings += f.type == u"score-system"_s;
        if (f.text.trimmed().isEmpty())
            return tr("Question %1 has no text.").arg(i + 1);
        // Lever fills in its default ratings for an overall rating without options; the others need theirs.
        if ((f.type == u"dropdown"_s || f.type == u"multiple-select"_s) && f.options.isEmpty())
            return tr("Question %1 (%2) needs at least one choice.").arg(QString::number(i + 1), f.text);
        if (f.type == u"score"_s && f.scores.isEmpty())
            return tr("Question %1 (%2) needs at least one score.").arg(QString::number(i + 1), f.text);
    }
    if (ratings != 1)
        return tr("A template needs exactly one overall rating question (it has %1).").arg(ratings);
    return {};
}

api::FeedbackTemplate FeedbackTemplatesAdminModel::blankTemplate()
{
    api::FeedbackField rating;
    rating.type = u"score-system"_s;
    rating.text = tr("Rating");
    rating.required = true;
    // Lever's own four ratings, in its words: they are what every report groups feedback by.
    for (const QString &r : {u"4 - Strong Hire"_s, u"3 - Hire"_s, u"2 - No Hire"_s, u"1 - Strong No Hire"_s})
        rating.options.append({r});
    api::FeedbackTemplate templ;
    templ.fields.append(rating);
    return templ;
}

void FeedbackTemplatesAdminModel::reload()
{
    const int generation = ++m_generation;
    auto collected = std::make_shared<QList<api::FeedbackTemplate>>();
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client.feedback()
        .templates(api::Priority::Interactive)
        .onPage(this, [collected](const QList<api::FeedbackTemplate> &page,
                                  const api::PagerProgress &) { collected->append(page); })
        .onRestart(this, [collected] { collected->clear(); })
        .onFinished(this, [this, generation, collected](const api::Result<api::PagerSummary> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (result.ok()) {
                beginResetModel();
                m_rows = *collected;
                endResetModel();
            } else {
                Q_EMIT loadFailed(result.error());
            }
            Q_EMIT loadingChanged(false);
        });
}

std::optional<api::FeedbackTemplate> FeedbackTemplatesAdminModel::feedbackTemplate(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? std::optional(m_rows.at(row)) : std::nullopt;
}

int FeedbackTemplatesAdminModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

void FeedbackTemplatesAdminModel::applied(const api::FeedbackTemplate &templ)
{
    const int row = rowOf(templ.id);
    if (row >= 0) {
        m_rows[row] = templ;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(templ);
    endInsertRows();
}

void FeedbackTemplatesAdminModel::create(const api::FeedbackTemplate &templ)
{
    m_client.feedback().createTemplate(templ).then(this, [this](const api::Result<api::FeedbackTemplate> &r) {
        if (r.ok())
            applied(r.value());
        Q_EMIT finished(r.ok(), r.ok() ? r->id : QString(), r.ok() ? api::ApiError() : r.error());
    });
}

void FeedbackTemplatesAdminModel::update(const QString &id, const api::FeedbackTemplate &templ)
{
    m_client.feedback().updateTemplate(id, templ).then(
        this, [this, id](const api::Result<api::FeedbackTemplate> &r) {
            if (r.ok())
                applied(r.value());
            Q_EMIT finished(r.ok(), id, r.ok() ? api::ApiError() : r.error());
        });
}

void FeedbackTemplatesAdminModel::remove(const QString &id)
{
    m_client.feedback().removeTemplate(id).then(this, [this, id](const api::Result<api::NoContent> &r) {
        const int row = rowOf(id);
        if (r.ok() && row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        Q_EMIT finished(r.ok(), id, r.ok() ? api::ApiError() : r.error());
    });
}

int FeedbackTemplatesAdminModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeedbackTemplatesAdminModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeedbackTemplatesAdminModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::FeedbackTemplate &t = m_rows.at(index.row());
    if (role == IdRole)
        return t.id;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.text;
    case Group:
        return t.group ? t.group->name : QString();
    case Fields:
        return role == SortRole ? QVariant(int(t.fields.size()))
                                : QVariant(QLocale().toString(t.fields.size()));
    case Updated: {
        const std::optional<qint64> at = t.updatedAt ? t.updatedAt : t.createdAt;
        if (role == SortRole)
            return at.value_or(0);
        return at ? QLocale().toString(api::EpochMs::toDateTime(at).toLocalTime(), QLocale::ShortFormat)
                  : QString();
    }
    }
    return {};
}

QVariant FeedbackTemplatesAdminModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Template");
    case Group:
        return tr("Group");
    case Fields:
        return tr("Questions");
    case Updated:
        return tr("Last changed");
    }
    return {};
}

} // namespace lever::models
