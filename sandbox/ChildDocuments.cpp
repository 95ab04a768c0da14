#include "ChildDocuments.h"

#include "OpportunityRoutes.h"
#include "OpportunityStore.h"
#include "Request.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QHash>
#include <memory>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

QJsonObject ChildDocuments::require(SandboxContext &ctx, const QString &kind, const QString &opportunityId,
                                    const QString &id, const QString &what)
{
    const auto doc = ctx.docs.get(kind, id);
    if (!doc || ctx.docs.parentOf(kind, id) != opportunityId)
        throw SandboxError::notFound(what + u' ' + id + u" was not found"_s);
    return *doc;
}

ChildDocuments::Owned ChildDocuments::requireOwned(SandboxContext &ctx, const Request &request,
                                                   const QString &kind, const QString &id,
                                                   const QString &what)
{
    const QJsonObject doc = ctx.docs.require(kind, id, what);
    const QString parent = ctx.docs.parentOf(kind, id);
    if (parent.isEmpty() || !ctx.opportunities.get(parent))
        throw SandboxError::notFound(what + u' ' + id + u" was not found"_s);
    return {doc, OpportunityRoutes::requireVisible(ctx, request, parent)};
}

DocumentStore::Predicate ChildDocuments::visibleTo(SandboxContext &ctx, const Request &request,
                                                   const QString &kind)
{
    const bool confidentialAccess =
        request.principal.confidentialAccess || request.principal.hasScope(u"confidential:access:admin"_s);
    // Shared by the copies std::function makes; one lookup per opportunity for the whole page.
    auto cache = std::make_shared<QHash<QString, bool>>();
    return [&ctx, kind, confidentialAccess, cache](const QJsonObject &doc) {
        const QString parent = ctx.docs.parentOf(kind, doc.value(u"id"_s).toString());
        const auto hit = cache->constFind(parent);
        if (hit != cache->constEnd())
            return *hit;
        const auto opp = ctx.opportunities.get(parent);
        const bool visible =
            opp && (confidentialAccess || opp->value(u"confidentiality"_s).toString() != u"confidential"_s);
        cache->insert(parent, visible);
        return visible;
    };
}

} // namespace lever::sandbox
