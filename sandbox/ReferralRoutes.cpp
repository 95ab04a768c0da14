#include "ReferralRoutes.h"

#include "ChildListing.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

void ReferralRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"referrals:read:admin"_s;
    router.add("GET", u"/opportunities/:id/referrals"_s, read, [&ctx](Request &request) {
        return ChildListing::ofOpportunity(ctx, request, u"referral"_s, request.param(u"id"_s));
    });
    router.add("GET", u"/referrals"_s, read,
               [&ctx](Request &request) { return ChildListing::ofAll(ctx, request, u"referral"_s); });
}

} // namespace lever::sandbox
