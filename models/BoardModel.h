#pragma once

#include "CardFilter.h"
#include "CardSort.h"
#include "ColumnModel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <vector>

namespace lever::models {

class Store;
struct OpportunityRecord;

// The pipeline board's data: one ColumnModel per stage (pipeline order, active cards) and one per
// archive reason (the Archive lane, archived cards), all fed by the Store and sharing one filter and
// one sort. Why a model per column rather than one model with a column proxy: docs/architecture.md,
// "Models: store, sync and actions".
class BoardModel : public QObject
{
    Q_OBJECT
public:
    explicit BoardModel(Store &store, QObject *parent = nullptr);
    ~BoardModel() override;

    const Store &store() const { return m_store; }

    // In pipeline order; replaced (columnsChanged()) when the stages or archive reasons change.
    // A column that stays keeps its object.
    QList<ColumnModel *> stageColumns() const { return m_stageColumns; }
    QList<ColumnModel *> archiveColumns() const { return m_archiveColumns; }
    ColumnModel *stageColumn(const QString &stageId) const { return m_byStage.value(stageId); }
    ColumnModel *archiveColumn(const QString &reasonId) const { return m_byReason.value(reasonId); }
    // The column a card belongs in (shown or filtered out); null when its stage or reason is unknown.
    ColumnModel *columnOf(const QString &opportunityId) const;

    void setFilter(const CardFilter &filter);
    const CardFilter &filter() const { return m_filter; }
    // The text search alone (the search field as the user types).
    void setSearchText(const QString &text);
    void setSort(const CardSort &sort);
    const CardSort &sort() const { return m_sort; }
    // Whose cards "mine" means: the client's acting user.
    void setActingUserId(const QString &userId);
    QString actingUserId() const { return m_actingUserId; }

    // Cards shown over all columns.
    int shownCount() const;
    const CompiledFilter &compiledFilter() const { return m_compiled; }
    // Whether the filter accepts the card in this store slot, apart from its archived condition, which
    // the columns apply per lane (a card of a lane the filter hides is not searched, and reads false);
    // kept up to date on every store change.
    bool matchesSlot(int slot) const
    {
        return slot < int(m_match.size()) && (m_match[size_t(slot)] & kMatchFlag);
    }

Q_SIGNALS:
    void columnsChanged();
    void filterChanged();
    void sortChanged();
    void shownCountChanged(int count);
    // The filter now shows archived cards: whoever syncs should load them if it has not.
    void archivedWanted();

private:
    friend class ColumnModel;
    ColumnModel *laneColumn(const OpportunityRecord &record) const;
    void rebuildColumns();
    void applyFilter(bool narrowing);
    void onInserted(int slot);
    void onUpdated(int slot, const OpportunityRecord &before);
    void onRemoved(int slot, const OpportunityRecord &before);
    void onAboutToClear();
    void onChildData(int slot);
    void emitShownCount();
    // `readLanes`: the records changed wholesale (a reset): read each slot's lane again.
    void computeMatches(bool narrowing, bool readLanes = false);
    void updateMatch(int slot);

    Store &m_store;
    CardFilter m_filter;
    CompiledFilter m_compiled;
    CardSort m_sort;
    QString m_actingUserId;
    QList<ColumnModel *> m_stageColumns;
    QList<ColumnModel *> m_archiveColumns;
    QHash<QString, ColumnModel *> m_byStage;
    QHash<QString, ColumnModel *> m_byReason;
    int m_lastShown = -1;
    // Flags per store slot, computed in slot order: a scan in memory order is several times faster
    // than testing cards column by column in their sorted (scattered) order. The slot's lane is kept
    // with it, so a search can skip a lane without reading the (far-apart) records.
    static constexpr quint8 kMatchFlag = 1;
    static constexpr quint8 kArchivedFlag = 2;
    std::vector<quint8> m_match;
};

} // namespace lever::models
