#include "TagIndex.h"

#include "Store.h"

namespace lever::models {

TagIndex::TagIndex(const Store &store)
    : m_store(store)
{
    m_lists.append(QStringList());
    m_listIds.insert(QString(), 0);
}

void TagIndex::update()
{
    if (m_stale) {
        m_stale = false;
        m_dirty.clear();
        m_listOfSlot.assign(size_t(m_store.slotCount()), 0);
        m_archived.assign(size_t(m_store.slotCount()), false);
        for (int slot = 0; slot < m_store.slotCount(); ++slot)
            index(slot);
        return;
    }
    for (const int slot : m_dirty)
        index(slot);
    m_dirty.clear();
}

void TagIndex::index(int slot)
{
    if (slot >= int(m_listOfSlot.size())) {
        m_listOfSlot.resize(size_t(slot) + 1, 0);
        m_archived.resize(size_t(slot) + 1, false);
    }
    const bool live = m_store.isLive(slot);
    m_archived[size_t(slot)] = live && m_store.at(slot).archived;
    const QStringList &tags = live ? m_store.at(slot).tags : QStringList();
    if (tags.isEmpty()) {
        m_listOfSlot[size_t(slot)] = 0;
        return;
    }
    const void *data = tags.constData();
    if (const auto known = m_idByData.constFind(data); known != m_idByData.constEnd()) {
        m_listOfSlot[size_t(slot)] = *known;
        return;
    }
    QStringList lower;
    lower.reserve(tags.size());
    for (const QString &tag : tags)
        lower.append(tag.toLower());
    const QString key = lower.join(u'\n');
    auto it = m_listIds.constFind(key);
    if (it == m_listIds.constEnd()) {
        it = m_listIds.insert(key, quint32(m_lists.size()));
        m_lists.append(lower);
        for (const QString &tag : std::as_const(lower))
            m_tags.insert(tag);
    }
    m_seen.append(tags);
    m_idByData.insert(data, *it);
    m_listOfSlot[size_t(slot)] = *it;
}

quint32 TagIndex::prepare(const QStringList &words)
{
    update();
    m_words = words;
    m_masks.assign(size_t(m_lists.size()), -1);
    m_masks[0] = 0;
    quint32 possible = 0;
    for (const QString &tag : std::as_const(m_tags)) {
        for (qsizetype i = 0; i < words.size() && i < 32; ++i) {
            if (tag.contains(words.at(i)))
                possible |= 1u << i;
        }
    }
    return possible;
}

qint64 TagIndex::computeMask(quint32 list) const
{
    quint32 mask = 0;
    for (const QString &tag : m_lists.at(list)) {
        for (qsizetype i = 0; i < m_words.size() && i < 32; ++i) {
            if (tag.contains(m_words.at(i)))
                mask |= 1u << i;
        }
    }
    return mask;
}

} // namespace lever::models
