#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace lever::models {

class Store;

// Which tags each card has, and whether it is archived, in a form a per-keystroke scan can read without
// touching the card's record (records lie far apart in memory; reading 100,000 of them costs more than the
// whole key scan): per slot, the id of its distinct tag list. Kept current lazily: store changes only mark
// slots, the next search brings them up to date.
class TagIndex
{
public:
    explicit TagIndex(const Store &store);

    void slotChanged(int slot) { m_dirty.push_back(slot); }
    void reset() { m_stale = true; }
    // Brings the index up to date with the store (a first build reads every card: about 15 ms for
    // 100,000, so the palette does it as it opens rather than on the first keystroke).
    void update();

    // Starts a search: which query words (bits) any tag contains at all, so most cards skip tags.
    quint32 prepare(const QStringList &words);
    // The query words (bits) the slot's tags contain; prepare() first.
    quint32 maskOf(int slot)
    {
        const quint32 list = slot < int(m_listOfSlot.size()) ? m_listOfSlot[size_t(slot)] : 0;
        qint64 &mask = m_masks[list];
        if (mask < 0)
            mask = computeMask(list);
        return quint32(mask);
    }

    bool isArchived(int slot) const { return slot < int(m_archived.size()) && m_archived[size_t(slot)]; }

private:
    void index(int slot);
    qint64 computeMask(quint32 list) const;

    const Store &m_store;
    std::vector<quint32> m_listOfSlot;
    std::vector<bool> m_archived;
    QHash<QString, quint32> m_listIds; // by the lower-case tags joined with '\n'
    // By the list's shared data: the Store interns tag lists, so most cards find theirs here without
    // building a string. Each list seen is kept (m_seen), so its data cannot be freed and its address
    // reused by another list.
    QHash<const void *, quint32> m_idByData;
    QList<QStringList> m_seen;
    QList<QStringList> m_lists; // lower-case; list 0 is the empty one
    QSet<QString> m_tags;       // every lower-case tag seen (never shrinks: a superset is fine)
    std::vector<int> m_dirty;
    bool m_stale = true;
    QStringList m_words;
    std::vector<qint64> m_masks; // per list for the current search; -1 not computed yet
};

} // namespace lever::models
