#include "OpportunityFilter.h"

#include "QueryBuilder.h"

namespace lever::api {

QByteArray OpportunityFilter::toQuery() const
{
    QueryBuilder q;
    q.add("tag", tags)
        .add("email", emails)
        .add("origin", origins)
        .add("source", sources)
        .add("stage_id", stageIds)
        .add("posting_id", postingIds)
        .add("archived_posting_id", archivedPostingIds)
        .add("archive_reason_id", archiveReasonIds)
        .add("contact_id", contactIds)
        .add("location", locations);
    if (confidentiality != Confidentiality::Default)
        q.add("confidentiality", confidentialityParam(confidentiality));
    q.add("created_at_start", createdAt.start)
        .add("created_at_end", createdAt.end)
        .add("updated_at_start", updatedAt.start)
        .add("updated_at_end", updatedAt.end)
        .add("advanced_at_start", advancedAt.start)
        .add("advanced_at_end", advancedAt.end)
        .add("archived_at_start", archivedAt.start)
        .add("archived_at_end", archivedAt.end)
        .add("archived", archived)
        .add("snoozed", snoozed);
    Expansions::add(q, expand);
    Expansions::add(q, include);
    return q.encoded();
}

} // namespace lever::api
