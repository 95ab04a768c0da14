#include "OfferResource.h"

#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Offer> OfferResource::list(const QString &opportunityId, Priority priority)
{
    QueryBuilder q;
    if (!opportunityId.isEmpty())
        q.add("opportunity_id", opportunityId);
    return Resource::list<Offer>(u"/offers"_s, q.encoded(), priority);
}

Pager<Offer> OfferResource::forOpportunity(const QString &opportunityId, Priority priority)
{
    return Resource::list<Offer>(path({u"opportunities"_s, opportunityId, u"offers"_s}), {}, priority);
}

} // namespace lever::api
