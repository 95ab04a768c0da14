#pragma once

#include "OpportunityRecord.h"

#include <Qt>

namespace lever::models {

// How cards are ordered within a column. Ascending means: name A→Z, most days in stage first,
// newest created first, most recently updated first (what a recruiter wants on top); Descending
// reverses it. Ties go by id, so the order is total and stable across updates.
struct CardSort
{
    enum class Key { Name, DaysInStage, Created, Updated };
    Key key = Key::Name;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const CardSort &) const = default;

    bool lessThan(const OpportunityRecord &a, const OpportunityRecord &b) const
    {
        return order == Qt::AscendingOrder ? naturalLess(a, b) : naturalLess(b, a);
    }

private:
    bool naturalLess(const OpportunityRecord &a, const OpportunityRecord &b) const
    {
        switch (key) {
        case Key::Name: {
            const int c = a.nameKey().compare(b.nameKey());
            if (c != 0)
                return c < 0;
            break;
        }
        case Key::DaysInStage:
            if (a.stageEnteredAt != b.stageEnteredAt)
                return a.stageEnteredAt < b.stageEnteredAt;
            break;
        case Key::Created:
            if (a.createdAt != b.createdAt)
                return a.createdAt > b.createdAt;
            break;
        case Key::Updated:
            if (a.updatedAt != b.updatedAt)
                return a.updatedAt > b.updatedAt;
            break;
        }
        return a.id < b.id;
    }
};

} // namespace lever::models
