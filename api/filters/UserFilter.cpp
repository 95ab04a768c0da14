#include "UserFilter.h"

#include "QueryBuilder.h"

namespace lever::api {

QByteArray UserFilter::toQuery() const
{
    QueryBuilder q;
    // Lever documents the bracket form for this one filter (`accessRole[]=admin`).
    q.add("email", emails)
        .add("accessRole[]", accessRoles)
        .add("external_directory_id", externalDirectoryIds);
    if (includeDeactivated)
        q.add("includeDeactivated", std::optional<bool>(true));
    return q.encoded();
}

} // namespace lever::api
