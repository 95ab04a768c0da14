#include "ApplicationResource.h"

#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Application> ApplicationResource::list(const QString &opportunityId, Priority priority)
{
    return Resource::list<Application>(path({u"opportunities"_s, opportunityId, u"applications"_s}), {},
                                       priority);
}

Call<Application> ApplicationResource::get(const QString &opportunityId, const QString &applicationId)
{
    return read<Application>(path({u"opportunities"_s, opportunityId, u"applications"_s, applicationId}));
}

Pager<DeletedRecord> ApplicationResource::deleted(const TimeRange &deletedAt, Priority priority)
{
    QueryBuilder q;
    q.add("deleted_at_start", deletedAt.start).add("deleted_at_end", deletedAt.end);
    return Resource::list<DeletedRecord>(u"/applications/deleted"_s, q.encoded(), priority);
}

} // namespace lever::api
