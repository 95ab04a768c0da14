#pragma once

#include "resources/Resource.h"
#include "types/Interview.h"

namespace lever::api {

// Interviews of an opportunity. Creating one needs an API-created panel (Interview::panel); PUT
// replaces the interview; deleting the last interview of a panel deletes the panel.
class InterviewResource : public Resource
{
public:
    explicit InterviewResource(Client &client)
        : Resource(client)
    {}

    Pager<Interview> list(const QString &opportunityId, Priority priority = Priority::Interactive);
    Call<Interview> get(const QString &opportunityId, const QString &interviewId);
    Call<Interview> create(const QString &opportunityId, const Interview &interview);
    Call<Interview> update(const QString &opportunityId, const QString &interviewId,
                           const Interview &interview);
    Call<NoContent> remove(const QString &opportunityId, const QString &interviewId);
};

} // namespace lever::api
