#include "BoardModel.h"

#include "Store.h"

namespace lever::models {

BoardModel::BoardModel(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_compiled(m_filter, QString())
{
    connect(&store, &Store::stagesChanged, this, &BoardModel::rebuildColumns);
    connect(&store, &Store::archiveReasonsChanged, this, &BoardModel::rebuildColumns);
    connect(&store, &Store::opportunityInserted, this, &BoardModel::onInserted);
    connect(&store, &Store::opportunityUpdated, this, &BoardModel::onUpdated);
    connect(&store, &Store::opportunityRemoved, this, &BoardModel::onRemoved);
    connect(&store, &Store::opportunitiesAboutToBeCleared, this, &BoardModel::onAboutToClear);
    connect(&store, &Store::opportunitiesReset, this, [this] {
        computeMatches(false, true);
        for (ColumnModel *column : std::as_const(m_stageColumns) + m_archiveColumns)
            column->rebuild();
        emitShownCount();
    });
    connect(&store, &Store::childDataChanged, this, &BoardModel::onChildData);
    // Names of postings and users show on cards: refresh the rows when they arrive.
    auto refreshAll = [this] {
        for (ColumnModel *column : std::as_const(m_stageColumns) + m_archiveColumns) {
            if (column->rowCount() > 0)
                Q_EMIT column->dataChanged(column->index(0), column->index(column->rowCount() - 1));
        }
    };
    connect(&store, &Store::postingsChanged, this, refreshAll);
    connect(&store, &Store::usersChanged, this, refreshAll);
    computeMatches(false, true);
    rebuildColumns();
}

BoardModel::~BoardModel() = default;

ColumnModel *BoardModel::laneColumn(const OpportunityRecord &r) const
{
    return r.archived ? m_byReason.value(r.archiveReasonId) : m_byStage.value(r.stageId);
}

ColumnModel *BoardModel::columnOf(const QString &opportunityId) const
{
    const OpportunityRecord *r = m_store.opportunity(opportunityId);
    return r ? laneColumn(*r) : nullptr;
}

void BoardModel::rebuildColumns()
{
    QHash<QString, ColumnModel *> oldStages = m_byStage;
    QHash<QString, ColumnModel *> oldReasons = m_byReason;
    QList<ColumnModel *> stages;
    QList<ColumnModel *> reasons;
    m_byStage.clear();
    m_byReason.clear();
    for (const StageInfo &stage : m_store.stages()) {
        ColumnModel *column = oldStages.take(stage.id);
        if (!column) {
            column = new ColumnModel(*this, ColumnModel::Lane::Stage, stage.id, this);
            connect(column, &ColumnModel::countChanged, this, &BoardModel::emitShownCount);
            column->rebuild();
        }
        stages.append(column);
        m_byStage.insert(stage.id, column);
    }
    for (const ArchiveReasonInfo &reason : m_store.archiveReasons()) {
        ColumnModel *column = oldReasons.take(reason.id);
        if (!column) {
            column = new ColumnModel(*this, ColumnModel::Lane::Archive, reason.id, this);
            connect(column, &ColumnModel::countChanged, this, &BoardModel::emitShownCount);
            column->rebuild();
        }
        reasons.append(column);
        m_byReason.insert(reason.id, column);
    }
    m_stageColumns = stages;
    m_archiveColumns = reasons;
    Q_EMIT columnsChanged();
    for (ColumnModel *gone : std::as_const(oldStages))
        gone->deleteLater();
    for (ColumnModel *gone : std::as_const(oldReasons))
        gone->deleteLater();
    emitShownCount();
}

void BoardModel::setFilter(const CardFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = m_filter.isNarrowedBy(filter);
    const bool wantsArchived = filter.archived != CardFilter::Archived::ActiveOnly &&
                               m_filter.archived == CardFilter::Archived::ActiveOnly;
    m_filter = filter;
    m_compiled = CompiledFilter(m_filter, m_actingUserId);
    applyFilter(narrowing);
    Q_EMIT filterChanged();
    if (wantsArchived || filter.archived == CardFilter::Archived::ArchivedOnly)
        Q_EMIT archivedWanted();
}

void BoardModel::setSearchText(const QString &text)
{
    CardFilter f = m_filter;
    f.text = text;
    setFilter(f);
}

void BoardModel::setActingUserId(const QString &userId)
{
    if (userId == m_actingUserId)
        return;
    m_actingUserId = userId;
    m_compiled = CompiledFilter(m_filter, m_actingUserId);
    if (m_filter.owner == CardFilter::Owner::Mine)
        applyFilter(false);
    else
        computeMatches(false);
}

void BoardModel::computeMatches(bool narrowing, bool readLanes)
{
    const int slots = m_store.slotCount();
    m_match.resize(size_t(slots), 0);
    // Each slot's lane is kept beside its flag (updateMatch()); after a reset it is read again.
    if (readLanes) {
        narrowing = false;
        for (int slot = 0; slot < slots; ++slot)
            m_match[size_t(slot)] = m_store.isLive(slot) && m_store.at(slot).archived ? kArchivedFlag : 0;
    }
    // A lane the filter shows nothing of is not searched: with the Archive lane collapsed, typing scans
    // the active cards, a third of a typical account. Showing that lane again is a new filter, not a
    // narrower one, so its cards are searched then.
    const bool active = m_compiled.acceptsActive();
    const bool archived = m_compiled.acceptsArchived();
    for (int slot = 0; slot < slots; ++slot) {
        quint8 &flags = m_match[size_t(slot)];
        const quint8 lane = flags & kArchivedFlag;
        if (!m_store.isLive(slot))
            flags = 0;
        else if (!(lane ? archived : active))
            flags = lane;
        else if (!narrowing || (flags & kMatchFlag))
            flags =
                lane | (m_compiled.acceptsEverything() || (m_compiled.matchesText(m_store.searchKey(slot)) &&
                                                           (!m_compiled.hasFieldConditions() ||
                                                            m_compiled.matchesFields(m_store.at(slot))))
                            ? kMatchFlag
                            : 0);
    }
}

void BoardModel::updateMatch(int slot)
{
    if (slot >= int(m_match.size()))
        m_match.resize(size_t(slot) + 1, 0);
    if (!m_store.isLive(slot)) {
        m_match[size_t(slot)] = 0;
        return;
    }
    const OpportunityRecord &record = m_store.at(slot);
    m_match[size_t(slot)] =
        quint8((record.archived ? kArchivedFlag : 0) | (m_compiled.matches(record) ? kMatchFlag : 0));
}

void BoardModel::applyFilter(bool narrowing)
{
    computeMatches(narrowing);
    for (ColumnModel *column : std::as_const(m_stageColumns))
        column->refilter(narrowing);
    for (ColumnModel *column : std::as_const(m_archiveColumns))
        column->refilter(narrowing);
    emitShownCount();
}

void BoardModel::setSort(const CardSort &sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    for (ColumnModel *column : std::as_const(m_stageColumns))
        column->rebuild();
    for (ColumnModel *column : std::as_const(m_archiveColumns))
        column->rebuild();
    Q_EMIT sortChanged();
}

int BoardModel::shownCount() const
{
    int n = 0;
    for (const ColumnModel *column : m_stageColumns)
        n += column->count();
    for (const ColumnModel *column : m_archiveColumns)
        n += column->count();
    return n;
}

void BoardModel::emitShownCount()
{
    const int n = shownCount();
    if (n == m_lastShown)
        return;
    m_lastShown = n;
    Q_EMIT shownCountChanged(n);
}

void BoardModel::onInserted(int slot)
{
    updateMatch(slot);
    if (ColumnModel *column = laneColumn(m_store.at(slot)))
        column->insertSlot(slot);
}

void BoardModel::onUpdated(int slot, const OpportunityRecord &before)
{
    updateMatch(slot);
    ColumnModel *from = laneColumn(before);
    ColumnModel *to = laneColumn(m_store.at(slot));
    if (from == to) {
        if (to)
            to->updateSlot(slot);
        return;
    }
    if (from)
        from->removeSlot(slot);
    if (to)
        to->insertSlot(slot);
}

void BoardModel::onRemoved(int slot, const OpportunityRecord &before)
{
    updateMatch(slot);
    if (ColumnModel *column = laneColumn(before))
        column->removeSlot(slot);
}

void BoardModel::onAboutToClear()
{
    for (ColumnModel *column : std::as_const(m_stageColumns))
        column->clearAll();
    for (ColumnModel *column : std::as_const(m_archiveColumns))
        column->clearAll();
    m_match.clear();
    emitShownCount();
}

void BoardModel::onChildData(int slot)
{
    if (ColumnModel *column = laneColumn(m_store.at(slot)))
        column->slotDataChanged(slot);
}

} // namespace lever::models
