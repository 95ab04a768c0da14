#include "ApplicationRoutes.h"

#include "ChildListing.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

void ApplicationRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"applications:read:admin"_s;
    router.add("GET", u"/opportunities/:id/applications"_s, read, [&ctx](Request &request) {
        return ChildListing::ofOpportunity(ctx, request, u"application"_s, request.param(u"id"_s));
    });
    router.add("GET", u"/opportunities/:id/applications/:applicationId"_s, read, [&ctx](Request &request) {
        return ChildListing::one(ctx, request, u"application"_s, request.param(u"id"_s),
                                 request.param(u"applicationId"_s), u"Application"_s);
    });
}

} // namespace lever::sandbox
