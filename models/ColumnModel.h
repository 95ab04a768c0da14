#pragma once

#include <QAbstractListModel>
#include <QList>

namespace lever::models {

class BoardModel;
class Store;

// One column of the pipeline board: the cards of one stage (active opportunities) or of one archive
// reason (the Archive lane), filtered by the board's filter and sorted by its sort. Rows are store
// slots; store changes arrive as row inserts, moves, removals and dataChanged, never a reset (a new
// filter or sort resets). Data roles: CardRole. Created and owned by BoardModel.
class ColumnModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    enum class Lane { Stage, Archive };
    Q_ENUM(Lane)

    ColumnModel(BoardModel &board, Lane lane, const QString &key, QObject *parent = nullptr);

    Lane lane() const { return m_lane; }
    // The stage id (Lane::Stage) or the archive reason id (Lane::Archive).
    QString key() const { return m_key; }
    // The stage's or the archive reason's name.
    QString title() const;
    // Cards shown (after the filter), and cards in the lane before filtering.
    int count() const { return int(m_rows.size()); }
    int totalCount() const { return int(m_all.size()); }
    QString idAt(int row) const;
    int rowOf(const QString &id) const; // -1 when not shown
    QStringList ids() const;            // shown, in order
    // The store slots of the shown cards, in order (exports copy the records from them).
    QList<int> shownSlots() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The shown count (and the lane's total) changed.
    void countChanged(int count, int total);

private:
    friend class BoardModel;
    // Everything again from the store's index (new column, new sort): a reset.
    void rebuild();
    // After a filter change: a reset. `narrowing`: only rows already shown can remain.
    void refilter(bool narrowing);
    void insertSlot(int slot);
    void removeSlot(int slot);
    void updateSlot(int slot); // still in this lane; its place or visibility may change
    void slotDataChanged(int slot);
    void clearAll(); // the store is being cleared
    bool accepts(int slot) const;
    qsizetype lowerBound(const QList<int> &list, int slot) const;
    void emitCount();

    BoardModel &m_board;
    const Store &m_store;
    Lane m_lane;
    QString m_key;
    QList<int> m_all;  // every slot of the lane, sorted
    QList<int> m_rows; // the shown subsequence of m_all
    int m_lastCount = -1;
    int m_lastTotal = -1;
};

} // namespace lever::models
