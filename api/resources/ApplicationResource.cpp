#include "ApplicationResource.h"

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

} // namespace lever::api
