#include "DeletedRoutes.h"

#include "ConfidentialFilter.h"
#include "DeletedRecords.h"
#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
Response deletedPage(SandboxContext &ctx, const Request &request, const QString &kind,
                     const DocumentStore::Predicate &visible)
{
    const PageToken::Window window = PageToken::window(request);
    const DocumentStore::Predicate within = DeletedRecords::deletedWithin(request);
    DocumentStore::Predicate accept;
    if (within || visible)
        accept = [within, visible](const QJsonObject &doc) {
            return (!within || within(doc)) && (!visible || visible(doc));
        };
    const auto page = ctx.docs.page(kind, std::nullopt, window, accept);
    return Response::page(page.items, page.hasNext, page.next);
}
} // namespace

void DeletedRoutes::install(Router &router, SandboxContext &ctx)
{
    router.add("GET", u"/postings/deleted"_s, u"postings:read:admin"_s, [&ctx](Request &request) {
        DocumentStore::Predicate visible;
        if (!ConfidentialFilter::granted(request))
            visible = [](const QJsonObject &doc) { return !ConfidentialFilter::isConfidential(doc); };
        return deletedPage(ctx, request, DeletedRecords::kPostings, visible);
    });
    router.add("GET", u"/applications/deleted"_s, u"applications:read:admin"_s, [&ctx](Request &request) {
        DocumentStore::Predicate visible;
        if (!ConfidentialFilter::granted(request))
            visible = [&ctx](const QJsonObject &doc) {
                // The opportunity may be deleted too; its row (and confidentiality) is kept.
                return !ctx.opportunities.isConfidential(doc.value(u"opportunityId"_s).toString());
            };
        return deletedPage(ctx, request, DeletedRecords::kApplications, visible);
    });
}

} // namespace lever::sandbox
