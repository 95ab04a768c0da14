#include "EeoPiiModel.h"

#include "Client.h"
#include "EeoCounts.h"
#include "Store.h"
#include "resources/EeoResource.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace lever::models {

EeoPiiModel::EeoPiiModel(api::Client &client, const Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
    , m_store(store)
{}

EeoPiiModel::~EeoPiiModel() = default;

void EeoPiiModel::load()
{
    clear();
    m_readContext = new QObject(this);
    setState(State::Loading);
    m_client.eeo()
        .responsesWithPii({}, api::Priority::Interactive)
        .onPage(m_readContext,
                [this](const QList<api::EeoResponse> &page, const api::PagerProgress &) {
                    if (page.isEmpty())
                        return;
                    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
                    m_rows.append(page);
                    endInsertRows();
                })
        .onRestart(m_readContext,
                   [this] {
                       beginResetModel();
                       m_rows.clear();
                       endResetModel();
                   })
        .onFinished(m_readContext, [this](const api::Result<api::PagerSummary> &result) {
            if (result.ok()) {
                setState(State::Ready);
                return;
            }
            // A refused read leaves nothing behind, not even a partial list.
            beginResetModel();
            m_rows.clear();
            endResetModel();
            const State state = AuditLogModel::stateFor(result.error());
            setState(state, state == State::Failed ? result.error().userText() : result.error().message());
        });
}

void EeoPiiModel::clear()
{
    delete m_readContext;
    m_readContext = nullptr;
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    endResetModel();
    setState(State::Idle);
}

void EeoPiiModel::setState(State state, const QString &text)
{
    const bool changed = state != m_state || text != m_stateText;
    m_state = state;
    m_stateText = text;
    if (changed)
        Q_EMIT stateChanged(state);
}

int EeoPiiModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EeoPiiModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EeoPiiModel::text(int row, int column) const
{
    const api::EeoResponse &r = m_rows.at(row);
    const auto answer = [](const QJsonValue &v) {
        const QStringList values = EeoCounts::answers(v);
        return values.value(0).isEmpty() ? QString() : values.join(u"; "_s);
    };
    switch (column) {
    case CandidateColumn: {
        const QString id = r.opportunityId.value_or(QString());
        const int slot = m_store.slotOf(id);
        return slot >= 0 ? m_store.at(slot).name : id;
    }
    case PostingColumn:
        return r.applicationTitle;
    case AppliedColumn:
        return r.appliedAt ? QLocale().toString(api::EpochMs::toDateTime(*r.appliedAt).toLocalTime().date(),
                                                QLocale::ShortFormat)
                           : QString();
    case StageColumn: {
        for (const StageInfo &stage : m_store.stages())
            if (stage.id == r.currentStage)
                return stage.text;
        return r.currentStage;
    }
    case GenderColumn:
        return answer(r.gender);
    case RaceColumn:
        return answer(r.race);
    case VeteranColumn:
        return answer(r.veteran);
    case DisabilityColumn:
        return answer(r.disability);
    }
    return {};
}

QVariant EeoPiiModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        return text(index.row(), index.column());
    if (role == OpportunityIdRole)
        return m_rows.at(index.row()).opportunityId.value_or(QString());
    return {};
}

QVariant EeoPiiModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CandidateColumn:
        return tr("Candidate");
    case PostingColumn:
        return tr("Posting");
    case AppliedColumn:
        return tr("Applied");
    case StageColumn:
        return tr("Stage");
    case GenderColumn:
        return tr("Gender");
    case RaceColumn:
        return tr("Race");
    case VeteranColumn:
        return tr("Veteran status");
    case DisabilityColumn:
        return tr("Disability");
    }
    return {};
}

bool EeoPiiModel::writeCsv(const QString &path, QString *error) const
{
    const auto cell = [](QString s) {
        // Quoted, and a leading formula character neutralised so a spreadsheet shows the text.
        if (!s.isEmpty() && QStringLiteral("=+-@").contains(s.front()))
            s.prepend(u'\'');
        return QString(u'"' + s.replace(u'"', u"\"\""_s) + u'"');
    };
    QString out;
    QStringList header{tr("Opportunity id")};
    for (int c = 0; c < ColumnCount; ++c)
        header.append(headerData(c, Qt::Horizontal).toString());
    for (QString &h : header)
        h = cell(h);
    out += header.join(u',') + u"\r\n"_s;
    for (int r = 0; r < m_rows.size(); ++r) {
        QStringList line{cell(m_rows.at(r).opportunityId.value_or(QString()))};
        for (int c = 0; c < ColumnCount; ++c)
            line.append(cell(text(r, c)));
        out += line.join(u',') + u"\r\n"_s;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(out.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace lever::models
