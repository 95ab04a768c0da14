#include "insights/InsightsInput.h"

#include "OpportunityRecord.h"

namespace lever::models {

InsightsRow InsightsRow::of(const OpportunityRecord &r)
{
    return InsightsRow{.id = r.id,
                       .stageId = r.stageId,
                       .ownerId = r.ownerId,
                       .postingId = r.postingId,
                       .origin = r.origin,
                       .archiveReasonId = r.archiveReasonId,
                       .sources = r.sources,
                       .stagePath = r.stagePath,
                       .stagePathAt = r.stagePathAt,
                       .createdAt = r.createdAt,
                       .stageEnteredAt = r.stageEnteredAt,
                       .archivedAt = r.archivedAt,
                       .archived = r.archived};
}

} // namespace lever::models
