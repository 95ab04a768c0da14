#pragma once

#include "filters/AuditEventFilter.h"
#include "resources/Resource.h"
#include "types/AuditEvent.h"

namespace lever::api {

// The account's audit log (read only).
class AuditEventResource : public Resource
{
public:
    explicit AuditEventResource(Client &client)
        : Resource(client)
    {}

    Pager<AuditEvent> list(const AuditEventFilter &filter = {}, Priority priority = Priority::Background);
};

} // namespace lever::api
