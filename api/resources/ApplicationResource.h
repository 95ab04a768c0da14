#pragma once

#include "resources/Resource.h"
#include "types/Application.h"

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
};

} // namespace lever::api
