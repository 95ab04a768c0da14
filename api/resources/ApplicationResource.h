#pragma once

#include "TimeRange.h"
#include "resources/Resource.h"
#include "types/Application.h"
#include "types/DeletedRecord.h"

namespace lever::api {

// The applications of an opportunity (read only).
class ApplicationResource : public Resource
{
public:
    explicit ApplicationResource(Client &client)
        : Resource(client)
    {}

    Pager<Application> list(const QString &opportunityId, Priority priority = Priority::Interactive);
    Call<Application> get(const QString &opportunityId, const QString &applicationId);
    // GET /applications/deleted (applications:read:admin; not in the spec): applications deleted with
    // their opportunity or on their own, each naming its opportunity.
    Pager<DeletedRecord> deleted(const TimeRange &deletedAt = {}, Priority priority = Priority::Background);
};

} // namespace lever::api
