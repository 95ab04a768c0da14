#pragma once

#include "SearchQuery.h"
#include "TagIndex.h"

#include <QHash>
#include <vector>

namespace lever::models {

class Store;

// Finds opportunities (active and archived) in the Store as the user types: every word of the query in
// the card's search key (name, emails, headline, which holds the company) or in one of its tags,
// best first (SearchQuery tiers, then active before archived, then by name).
//
// It remembers the matches of each query typed so far: typing on scans only the previous matches, and
// a backspace returns to a remembered step without scanning at all. That keeps a keystroke well under a
// frame's worth of work at 100,000 cards (bench_search). Any store change forgets the steps.
class CandidateSearch
{
public:
    explicit CandidateSearch(const Store &store);

    struct Result
    {
        std::vector<int> top; // slots, best first, at most the limit asked for
        int total = 0;        // every match
    };
    // An empty query finds nothing.
    Result find(const SearchQuery &query, int limit);
    // The store changed (a card, or all of them): the next find() scans every card again.
    void cardChanged(int slot)
    {
        m_steps.clear();
        m_tags.slotChanged(slot);
    }
    // Brings the tag index up to date now (the palette opening), not on the next keystroke.
    void warmUp() { m_tags.update(); }
    void cardsReset()
    {
        m_steps.clear();
        m_tags.reset();
    }

private:
    bool matches(int slot, const SearchQuery &query);
    Result rankMatches(const std::vector<int> &slots, const SearchQuery &query, int limit) const;

    struct Step
    {
        QString text;
        std::vector<int> slots; // matches, in slot order
        Result result;
        int limit = 0;
    };
    const Store &m_store;
    std::vector<Step> m_steps; // each one narrows the one before it
    TagIndex m_tags;
    quint32 m_possibleTagWords = 0; // the query words some tag contains, for the running find()
};

} // namespace lever::models
