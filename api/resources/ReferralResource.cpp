#include "ReferralResource.h"

#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Referral> ReferralResource::list(const QString &opportunityId, Priority priority)
{
    QueryBuilder q;
    if (!opportunityId.isEmpty())
        q.add("opportunity_id", opportunityId);
    return Resource::list<Referral>(u"/referrals"_s, q.encoded(), priority);
}

Pager<Referral> ReferralResource::forOpportunity(const QString &opportunityId, Priority priority)
{
    return Resource::list<Referral>(path({u"opportunities"_s, opportunityId, u"referrals"_s}), {}, priority);
}

} // namespace lever::api
