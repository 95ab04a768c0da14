#include "ChildListing.h"

#include "DocumentStore.h"
#include "OpportunityRoutes.h"
#include "OpportunityStore.h"
#include "Request.h"
#include "Response.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

bool ChildListing::canSeeConfidential(const Request &request)
{
    return request.principal.confidentialAccess || request.principal.kind == Principal::Kind::Admin ||
           request.principal.hasScope(u"confidential:access:admin"_s);
}

Response ChildListing::ofOpportunity(SandboxContext &ctx, const Request &request, const QString &kind,
                                     const QString &oppId)
{
    const PageToken::Window window = PageToken::window(request);
    OpportunityRoutes::requireVisible(ctx, request, oppId);
    const auto page = ctx.docs.page(kind, oppId, window);
    return Response::page(page.items, page.hasNext, page.next);
}

Response ChildListing::ofAll(SandboxContext &ctx, const Request &request, const QString &kind)
{
    const PageToken::Window window = PageToken::window(request);
    const QStringList wanted = request.queryValues(u"opportunity_id"_s);
    const bool access = canSeeConfidential(request);
    // Visibility per opportunity, looked up once per page.
    QHash<QString, bool> visible;
    auto isVisible = [&ctx, access, &visible](const QString &oppId) {
        auto it = visible.constFind(oppId);
        if (it != visible.constEnd())
            return *it;
        const auto opp = ctx.opportunities.get(oppId);
        const bool ok = opp && (access || opp->value(u"confidentiality"_s).toString() != u"confidential"_s);
        visible.insert(oppId, ok);
        return ok;
    };
    if (wanted.size() == 1) {
        if (!isVisible(wanted.first()))
            return Response::page(QList<QByteArray>(), false, QString());
        const auto page = ctx.docs.page(kind, wanted.first(), window);
        return Response::page(page.items, page.hasNext, page.next);
    }
    const auto page = ctx.docs.page(kind, std::nullopt, window, [&](const QJsonObject &doc) {
        const QString parent = ctx.docs.parentOf(kind, doc.value(u"id"_s).toString());
        return (wanted.isEmpty() || wanted.contains(parent)) && isVisible(parent);
    });
    return Response::page(page.items, page.hasNext, page.next);
}

Response ChildListing::one(SandboxContext &ctx, const Request &request, const QString &kind,
                           const QString &oppId, const QString &id, const QString &what)
{
    OpportunityRoutes::requireVisible(ctx, request, oppId);
    const auto doc = ctx.docs.get(kind, id);
    if (!doc || ctx.docs.parentOf(kind, id) != oppId)
        throw SandboxError::notFound(what + u' ' + id + u" was not found"_s);
    return Response::data(*doc);
}

} // namespace lever::sandbox
