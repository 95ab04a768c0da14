#pragma once

#include "Confidentiality.h"
#include "TimeRange.h"
#include "filters/Expansions.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace lever::api {

// Every filter of GET /opportunities (lever-api-notes.md §2). Values of one list are a union
// (the parameter is repeated); different filters combine.
struct OpportunityFilter
{
    QStringList tags; // case-sensitive
    QStringList emails;
    QStringList origins;
    QStringList sources;
    QStringList stageIds;
    QStringList postingIds;
    QStringList archivedPostingIds;
    QStringList archiveReasonIds;
    QStringList contactIds;
    QStringList locations;
    Confidentiality confidentiality = Confidentiality::Default;
    TimeRange createdAt;
    TimeRange updatedAt;
    TimeRange advancedAt;
    TimeRange archivedAt;
    std::optional<bool> archived; // nullopt: both
    std::optional<bool> snoozed;
    OpportunityExpansions expand;
    OpportunityIncludes include;

    QByteArray toQuery() const;
};

} // namespace lever::api
