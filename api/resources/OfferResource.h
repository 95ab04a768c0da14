#pragma once

#include "resources/Resource.h"
#include "types/Offer.h"

namespace lever::api {

// Offers (read only).
class OfferResource : public Resource
{
public:
    explicit OfferResource(Client &client)
        : Resource(client)
    {}

    // GET /offers, optionally of one opportunity (opportunity_id).
    Pager<Offer> list(const QString &opportunityId = {}, Priority priority = Priority::Background);
    // GET /opportunities/{id}/offers.
    Pager<Offer> forOpportunity(const QString &opportunityId, Priority priority = Priority::Interactive);
};

} // namespace lever::api
