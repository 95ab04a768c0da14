#include "EeoCountsModel.h"

#include "Client.h"
#include "resources/EeoResource.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace lever::models {

EeoCountsModel::EeoCountsModel(api::Client &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

QString EeoCountsModel::categoryName(EeoCategory category)
{
    switch (category) {
    case EeoCategory::Gender:
        return tr("Gender");
    case EeoCategory::Race:
        return tr("Race");
    case EeoCategory::Veteran:
        return tr("Veteran status");
    case EeoCategory::Disability:
        return tr("Disability");
    }
    return {};
}

void EeoCountsModel::load()
{
    delete m_readContext;
    m_readContext = new QObject(this);
    m_loading.clear();
    setState(State::Loading);
    m_client.eeo()
        .responses({}, api::Priority::Visible)
        .onPage(m_readContext,
                [this](const QList<api::EeoResponse> &page, const api::PagerProgress &) {
                    for (const api::EeoResponse &r : page)
                        m_loading.add(r);
                })
        .onRestart(m_readContext, [this] { m_loading.clear(); })
        .onFinished(m_readContext, [this](const api::Result<api::PagerSummary> &result) {
            if (!result.ok()) {
                const State state = AuditLogModel::stateFor(result.error());
                setState(state,
                         state == State::Failed ? result.error().userText() : result.error().message());
                return;
            }
            m_counts = m_loading;
            m_loading.clear();
            if (!m_posting.isEmpty() && !m_counts.postings().contains(m_posting))
                m_posting.clear();
            rebuild();
            setState(State::Ready);
            Q_EMIT countsChanged();
        });
}

void EeoCountsModel::setCategory(EeoCategory category)
{
    if (category == m_category)
        return;
    m_category = category;
    rebuild();
}

void EeoCountsModel::setPosting(const QString &posting)
{
    if (posting == m_posting)
        return;
    m_posting = posting;
    rebuild();
}

void EeoCountsModel::rebuild()
{
    beginResetModel();
    m_rows = m_counts.rows(m_category, m_posting);
    endResetModel();
}

void EeoCountsModel::setState(State state, const QString &text)
{
    const bool changed = state != m_state || text != m_stateText;
    m_state = state;
    m_stateText = text;
    if (changed)
        Q_EMIT stateChanged(state);
}

int EeoCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EeoCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EeoCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EeoCounts::Row &row = m_rows.at(index.row());
    const int total = m_counts.responses(m_posting);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case AnswerColumn:
            return row.answer.isEmpty() ? tr("Not answered") : row.answer;
        case CountColumn:
            return QLocale().toString(row.count);
        case ShareColumn:
            return total > 0 ? QLocale().toString(100.0 * row.count / total, 'f', 1) + u" %"_s : QString();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() != AnswerColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case AnswerRole:
        return row.answer;
    case CountRole:
        return row.count;
    }
    return {};
}

QVariant EeoCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AnswerColumn:
        return categoryName(m_category);
    case CountColumn:
        return tr("Responses");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

} // namespace lever::models
