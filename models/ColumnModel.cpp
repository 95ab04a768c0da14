#include "ColumnModel.h"

#include "BoardModel.h"
#include "CardRoles.h"
#include "Store.h"

#include <QDateTime>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lever::models {

ColumnModel::ColumnModel(BoardModel &board, Lane lane, const QString &key, QObject *parent)
    : QAbstractListModel(parent)
    , m_board(board)
    , m_store(board.store())
    , m_lane(lane)
    , m_key(key)
{}

QString ColumnModel::title() const
{
    return m_lane == Lane::Stage ? m_store.stageName(m_key) : m_store.archiveReasonName(m_key);
}

QString ColumnModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_store.at(m_rows.at(row)).id : QString();
}

int ColumnModel::rowOf(const QString &id) const
{
    const int slot = m_store.slotOf(id);
    return slot < 0 ? -1 : int(m_rows.indexOf(slot));
}

QStringList ColumnModel::ids() const
{
    QStringList out;
    out.reserve(m_rows.size());
    for (int slot : m_rows)
        out.append(m_store.at(slot).id);
    return out;
}

int ColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

bool ColumnModel::accepts(int slot) const
{
    const CompiledFilter &filter = m_board.compiledFilter();
    if (m_lane == Lane::Stage ? !filter.acceptsActive() : !filter.acceptsArchived())
        return false;
    return m_board.matchesSlot(slot);
}

qsizetype ColumnModel::lowerBound(const QList<int> &list, int slot) const
{
    const CardSort &sort = m_board.sort();
    const OpportunityRecord &record = m_store.at(slot);
    const auto it = std::lower_bound(list.cbegin(), list.cend(), slot,
                                     [&](int a, int) { return sort.lessThan(m_store.at(a), record); });
    return it - list.cbegin();
}

void ColumnModel::rebuild()
{
    beginResetModel();
    const QSet<int> slots =
        m_lane == Lane::Stage ? m_store.activeInStage(m_key) : m_store.archivedWithReason(m_key);
    m_all = QList<int>(slots.cbegin(), slots.cend());
    const CardSort &sort = m_board.sort();
    std::sort(m_all.begin(), m_all.end(),
              [&](int a, int b) { return sort.lessThan(m_store.at(a), m_store.at(b)); });
    m_rows.clear();
    m_rows.reserve(m_all.size());
    for (int slot : std::as_const(m_all)) {
        if (accepts(slot))
            m_rows.append(slot);
    }
    endResetModel();
    emitCount();
}

void ColumnModel::refilter(bool narrowing)
{
    // Typing on only ever removes rows: scan the shown ones, not the whole lane.
    const QList<int> &source = narrowing ? m_rows : m_all;
    QList<int> next;
    next.reserve(source.size());
    for (int slot : source) {
        if (accepts(slot))
            next.append(slot);
    }
    // (QList's == hands memcmp a null pointer for two empty lists in Qt 6.4: UBSan flags it.)
    if (next.size() == m_rows.size() && (next.isEmpty() || next == m_rows))
        return; // this column did not change: no reset, the view keeps its selection
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
    emitCount();
}

void ColumnModel::insertSlot(int slot)
{
    m_all.insert(lowerBound(m_all, slot), slot);
    if (accepts(slot)) {
        const qsizetype row = lowerBound(m_rows, slot);
        beginInsertRows({}, int(row), int(row));
        m_rows.insert(row, slot);
        endInsertRows();
    }
    emitCount();
}

void ColumnModel::removeSlot(int slot)
{
    m_all.removeOne(slot);
    const qsizetype row = m_rows.indexOf(slot);
    if (row >= 0) {
        beginRemoveRows({}, int(row), int(row));
        m_rows.removeAt(row);
        endRemoveRows();
    }
    emitCount();
}

void ColumnModel::updateSlot(int slot)
{
    const qsizetype at = m_all.indexOf(slot);
    if (at < 0) {
        insertSlot(slot);
        return;
    }
    m_all.removeAt(at);
    m_all.insert(lowerBound(m_all, slot), slot);

    const qsizetype oldRow = m_rows.indexOf(slot);
    const bool show = accepts(slot);
    if (oldRow < 0 && show) {
        const qsizetype row = lowerBound(m_rows, slot);
        beginInsertRows({}, int(row), int(row));
        m_rows.insert(row, slot);
        endInsertRows();
    } else if (oldRow >= 0 && !show) {
        beginRemoveRows({}, int(oldRow), int(oldRow));
        m_rows.removeAt(oldRow);
        endRemoveRows();
    } else if (oldRow >= 0) {
        m_rows.removeAt(oldRow);
        const qsizetype newRow = lowerBound(m_rows, slot);
        m_rows.insert(oldRow, slot);
        if (newRow != oldRow) {
            // beginMoveRows counts the destination before the row is taken out.
            const qsizetype destination = newRow > oldRow ? newRow + 1 : newRow;
            beginMoveRows({}, int(oldRow), int(oldRow), {}, int(destination));
            m_rows.removeAt(oldRow);
            m_rows.insert(newRow, slot);
            endMoveRows();
        }
        const QModelIndex changed = index(int(newRow));
        Q_EMIT dataChanged(changed, changed);
    }
    emitCount();
}

void ColumnModel::slotDataChanged(int slot)
{
    const qsizetype row = m_rows.indexOf(slot);
    if (row >= 0)
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
}

void ColumnModel::clearAll()
{
    beginResetModel();
    m_all.clear();
    m_rows.clear();
    endResetModel();
    emitCount();
}

void ColumnModel::emitCount()
{
    const int shown = count();
    const int total = totalCount();
    if (shown == m_lastCount && total == m_lastTotal)
        return;
    m_lastCount = shown;
    m_lastTotal = total;
    Q_EMIT countChanged(shown, total);
}

QVariant ColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OpportunityRecord &r = m_store.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case CardRole::Name:
        return r.name;
    case Qt::ToolTipRole:
        return r.headline.isEmpty() ? r.name : QString(r.name + u" · "_s + r.headline);
    case Qt::AccessibleTextRole: {
        const PostingInfo *posting = m_store.posting(r.postingId);
        QString text = r.name;
        if (!r.headline.isEmpty())
            text += u", "_s + r.headline;
        if (posting)
            text += u", "_s + posting->text;
        return text;
    }
    case CardRole::Id:
        return r.id;
    case CardRole::Headline:
        return r.headline;
    case CardRole::Email:
        return r.firstEmail();
    case CardRole::Emails:
        return r.emails;
    case CardRole::PostingId:
        return r.postingId;
    case CardRole::PostingTitle: {
        const PostingInfo *posting = m_store.posting(r.postingId);
        return posting ? posting->text : QString();
    }
    case CardRole::OwnerId:
        return r.ownerId;
    case CardRole::OwnerName: {
        const UserInfo *user = m_store.user(r.ownerId);
        return user ? user->name : QString();
    }
    case CardRole::OwnerInitials: {
        const UserInfo *user = m_store.user(r.ownerId);
        return user ? user->initials : QString();
    }
    case CardRole::Tags:
        return r.tags;
    case CardRole::Origin:
        return r.origin;
    case CardRole::Sources:
        return r.sources;
    case CardRole::StageId:
        return r.stageId;
    case CardRole::StageName:
        return m_store.stageName(r.stageId);
    case CardRole::DaysInStage: {
        const qint64 since = QDateTime::currentMSecsSinceEpoch() - r.stageEnteredAt;
        return int(qMax<qint64>(0, since / 86400000));
    }
    case CardRole::NextInterview: {
        const ChildData *child = m_store.childData(r.id);
        return child && child->nextInterviewAt > 0 ? QDateTime::fromMSecsSinceEpoch(child->nextInterviewAt)
                                                   : QDateTime();
    }
    case CardRole::NextInterviewConfirmed: {
        const ChildData *child = m_store.childData(r.id);
        return child && child->nextInterviewAt > 0 && child->nextInterviewConfirmed;
    }
    case CardRole::HasOtherOpportunities:
        return !r.contactId.isEmpty() && m_store.opportunitiesOfContact(r.contactId) > 1;
    case CardRole::Archived:
        return r.archived;
    case CardRole::ArchiveReasonId:
        return r.archiveReasonId;
    case CardRole::ArchiveReason:
        return m_store.archiveReasonName(r.archiveReasonId);
    case CardRole::CreatedAt:
        return QDateTime::fromMSecsSinceEpoch(r.createdAt);
    case CardRole::UpdatedAt:
        return QDateTime::fromMSecsSinceEpoch(r.updatedAt);
    case CardRole::ChildDataFetchedAt: {
        const ChildData *child = m_store.childData(r.id);
        return child ? QDateTime::fromMSecsSinceEpoch(child->fetchedAt) : QDateTime();
    }
    case CardRole::PendingWrite:
        return m_store.hasPendingWrite(r.id);
    case CardRole::ContactId:
        return r.contactId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ColumnModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CardRole::Id, "id");
    names.insert(CardRole::Name, "name");
    names.insert(CardRole::Headline, "headline");
    names.insert(CardRole::Email, "email");
    names.insert(CardRole::Emails, "emails");
    names.insert(CardRole::PostingId, "postingId");
    names.insert(CardRole::PostingTitle, "postingTitle");
    names.insert(CardRole::OwnerId, "ownerId");
    names.insert(CardRole::OwnerName, "ownerName");
    names.insert(CardRole::OwnerInitials, "ownerInitials");
    names.insert(CardRole::Tags, "tags");
    names.insert(CardRole::Origin, "origin");
    names.insert(CardRole::Sources, "sources");
    names.insert(CardRole::StageId, "stageId");
    names.insert(CardRole::StageName, "stageName");
    names.insert(CardRole::DaysInStage, "daysInStage");
    names.insert(CardRole::NextInterview, "nextInterview");
    names.insert(CardRole::NextInterviewConfirmed, "nextInterviewConfirmed");
    names.insert(CardRole::HasOtherOpportunities, "hasOtherOpportunities");
    names.insert(CardRole::Archived, "archived");
    names.insert(CardRole::ArchiveReasonId, "archiveReasonId");
    names.insert(CardRole::ArchiveReason, "archiveReason");
    names.insert(CardRole::CreatedAt, "createdAt");
    names.insert(CardRole::UpdatedAt, "updatedAt");
    names.insert(CardRole::ChildDataFetchedAt, "childDataFetchedAt");
    names.insert(CardRole::PendingWrite, "pendingWrite");
    names.insert(CardRole::ContactId, "contactId");
    return names;
}

} // namespace lever::models
