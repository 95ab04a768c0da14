#include "AuditEventFilter.h"

#include "QueryBuilder.h"

namespace lever::api {

QByteArray AuditEventFilter::toQuery() const
{
    QueryBuilder q;
    q.add("type", types)
        .add("user_id", userIds)
        .add("target_type", targetTypes)
        .add("target_id", targetIds)
        .add("created_at_start", createdAt.start)
        .add("created_at_end", createdAt.end);
    return q.encoded();
}

} // namespace lever::api
