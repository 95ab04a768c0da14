#include "CandidateSearch.h"

#include "Store.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace lever::models {

CandidateSearch::CandidateSearch(const Store &store)
    : m_store(store)
    , m_tags(store)
{}

CandidateSearch::Result CandidateSearch::find(const SearchQuery &query, int limit)
{
    if (query.isEmpty())
        return {};
    // Back to the longest remembered step this query still narrows.
    while (!m_steps.empty() && !query.text().startsWith(m_steps.back().text))
        m_steps.pop_back();
    if (!m_steps.empty() && m_steps.back().text == query.text()) {
        Step &same = m_steps.back();
        if (same.limit != limit) {
            same.result = rankMatches(same.slots, query, limit);
            same.limit = limit;
        }
        return same.result;
    }

    m_possibleTagWords = m_tags.prepare(query.words());
    std::vector<int> found;
    if (m_steps.empty()) {
        const int count = m_store.slotCount();
        for (int slot = 0; slot < count; ++slot) {
            if (m_store.isLive(slot) && matches(slot, query))
                found.push_back(slot);
        }
    } else {
        for (const int slot : m_steps.back().slots) {
            if (matches(slot, query))
                found.push_back(slot);
        }
    }
    Step step{query.text(), std::move(found), {}, limit};
    step.result = rankMatches(step.slots, query, limit);
    m_steps.push_back(std::move(step));
    return m_steps.back().result;
}

bool CandidateSearch::matches(int slot, const SearchQuery &query)
{
    const QByteArrayView key = m_store.searchKey(slot);
    const QList<QByteArray> &words = query.utf8Words();
    const quint32 all = (words.size() >= 32) ? ~0u : ((1u << words.size()) - 1);
    quint32 mask = 0;
    for (qsizetype i = 0; i < words.size() && i < 32; ++i) {
        const QByteArray &word = words.at(i);
        if (memmem(key.data(), size_t(key.size()), word.constData(), size_t(word.size())))
            mask |= 1u << i;
    }
    if (mask == all)
        return true;
    // Only when tags could supply every missing word are this card's tags looked at.
    if ((mask | m_possibleTagWords) != all)
        return false;
    return (mask | m_tags.maskOf(slot)) == all;
}

CandidateSearch::Result CandidateSearch::rankMatches(const std::vector<int> &slots, const SearchQuery &query,
                                                     int limit) const
{
    Result result;
    result.total = int(slots.size());
    if (limit <= 0 || slots.empty())
        return result;
    // Everything here reads the contiguous key buffer (the name is the key up to its first line break)
    // and the tag index's archived flags; records themselves lie far apart in memory.
    auto nameOf = [this](int slot) {
        const QByteArrayView key = m_store.searchKey(slot);
        const void *end = memchr(key.data(), '\n', size_t(key.size()));
        return end ? key.first(static_cast<const char *>(end) - key.data()) : key;
    };
    std::vector<quint8> tiers(slots.size());
    std::array<int, 4> perTier{};
    for (size_t i = 0; i < slots.size(); ++i) {
        tiers[i] = quint8(query.rankName(nameOf(slots[i])));
        ++perTier[tiers[i]];
    }
    int cutoff = 0; // the worst tier that still gets a place in the list
    for (int shown = perTier[0]; shown < limit && cutoff < 3; shown += perTier[size_t(++cutoff)]) {
    }
    struct Ranked
    {
        int order; // tier * 2 + archived
        int slot;
    };
    std::vector<Ranked> ranked;
    for (size_t i = 0; i < slots.size(); ++i) {
        if (tiers[i] <= cutoff)
            ranked.push_back({tiers[i] * 2 + (m_tags.isArchived(slots[i]) ? 1 : 0), slots[i]});
    }
    const auto better = [this](const Ranked &a, const Ranked &b) {
        if (a.order != b.order)
            return a.order < b.order;
        // By name, then by the rest of the key (emails), then slot: a stable order between keystrokes.
        const QByteArrayView ak = m_store.searchKey(a.slot);
        const QByteArrayView bk = m_store.searchKey(b.slot);
        const int c = std::string_view(ak.data(), size_t(ak.size()))
                          .compare(std::string_view(bk.data(), size_t(bk.size())));
        return c != 0 ? c < 0 : a.slot < b.slot;
    };
    const size_t keep = std::min(ranked.size(), size_t(limit));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(keep), ranked.end(), better);
    result.top.reserve(keep);
    for (size_t i = 0; i < keep; ++i)
        result.top.push_back(ranked[i].slot);
    return result;
}

} // namespace lever::models
