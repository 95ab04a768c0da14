#include "AuditEventResource.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<AuditEvent> AuditEventResource::list(const AuditEventFilter &filter, Priority priority)
{
    return Resource::list<AuditEvent>(u"/audit_events"_s, filter.toQuery(), priority);
}

} // namespace lever::api
