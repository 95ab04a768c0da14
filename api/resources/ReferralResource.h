#pragma once

#include "resources/Resource.h"
#include "types/Referral.h"

namespace lever::api {

// Referrals (read only).
class ReferralResource : public Resource
{
public:
    explicit ReferralResource(Client &client)
        : Resource(client)
    {}

    // GET /referrals, optionally of one opportunity (opportunity_id).
    Pager<Referral> list(const QString &opportunityId = {}, Priority priority = Priority::Background);
    // GET /opportunities/{id}/referrals.
    Pager<Referral> forOpportunity(const QString &opportunityId, Priority priority = Priority::Interactive);
};

} // namespace lever::api
