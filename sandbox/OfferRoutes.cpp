#include "OfferRoutes.h"

#include "ChildListing.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

void OfferRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"offers:read:admin"_s;
    router.add("GET", u"/opportunities/:id/offers"_s, read, [&ctx](Request &request) {
        return ChildListing::ofOpportunity(ctx, request, u"offer"_s, request.param(u"id"_s));
    });
    router.add("GET", u"/offers"_s, read,
               [&ctx](Request &request) { return ChildListing::ofAll(ctx, request, u"offer"_s); });
}

} // namespace lever::sandbox
