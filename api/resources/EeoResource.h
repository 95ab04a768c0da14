#pragma once

#include "TimeRange.h"
#include "resources/Resource.h"
#include "types/EeoResponse.h"

namespace lever::api {

// EEO survey responses: anonymous aggregates, or with PII (a separate scope; every read is audited).
class EeoResource : public Resource
{
public:
    explicit EeoResource(Client &client)
        : Resource(client)
    {}

    Pager<EeoResponse> responses(const TimeRange &appliedAt = {}, Priority priority = Priority::Background);
    Pager<EeoResponse> responsesWithPii(const TimeRange &appliedAt = {},
                                        Priority priority = Priority::Background);
};

} // namespace lever::api
