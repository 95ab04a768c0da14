#include "PanelRoutes.h"

#include "ChildDocuments.h"
#include "DocumentStore.h"
#include "OpportunityRoutes.h"
#include "PageToken.h"
#include "PanelValidator.h"
#include "PanelWriter.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QJsonObject createPanel(SandboxContext &ctx, const Request &request, const QJsonObject &opportunity)
{
    PanelValidator validator(ctx, opportunity);
    const QJsonObject input = validator.panel(request.jsonBody());
    return PanelWriter(ctx, opportunity, request.actingUser()).create(input);
}

QJsonObject replacePanel(SandboxContext &ctx, const Request &request, const QJsonObject &opportunity,
                         const QJsonObject &panel)
{
    PanelRoutes::requireApiManaged(panel);
    QSet<QString> ids;
    const QJsonArray entries = panel.value(u"interviews"_s).toArray();
    for (const QJsonValue &e : entries)
        ids.insert(e.toObject().value(u"id"_s).toString());
    PanelValidator validator(ctx, opportunity);
    const QJsonObject input = validator.panel(request.jsonBody(), ids);
    return PanelWriter(ctx, opportunity, request.actingUser()).replace(panel, input);
}

Response deletePanel(SandboxContext &ctx, const Request &request, const QJsonObject &opportunity,
                     const QJsonObject &panel)
{
    PanelRoutes::requireApiManaged(panel);
    PanelWriter(ctx, opportunity, request.actingUser()).remove(panel);
    return Response::noContent();
}

// The top-level answers name the opportunity, which the nested routes carry in their path.
QJsonObject withOpportunity(SandboxContext &ctx, QJsonObject panel)
{
    panel.insert(u"opportunityId"_s, ctx.docs.parentOf(u"panel"_s, panel.value(u"id"_s).toString()));
    return panel;
}

QJsonObject opportunityFromQuery(SandboxContext &ctx, const Request &request)
{
    const QString id = request.queryValue(u"opportunity_id"_s);
    if (id.isEmpty())
        throw SandboxError::badRequest(u"The opportunity_id query parameter is required"_s);
    return OpportunityRoutes::requireVisible(ctx, request, id);
}
} // namespace

void PanelRoutes::requireApiManaged(const QJsonObject &panel)
{
    if (!panel.value(u"externallyManaged"_s).toBool())
        throw SandboxError::forbidden(
            u"Panel "_s + panel.value(u"id"_s).toString() +
            u" was created in Lever's UI; only panels created through the API can be "
            u"changed or deleted"_s);
}

void PanelRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"panels:read:admin"_s;
    const QString write = u"panels:write:admin"_s;
    auto opp = [&ctx](const Request &request) {
        return OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s));
    };
    auto nestedPanel = [&ctx](const Request &request) {
        return ChildDocuments::require(ctx, u"panel"_s, request.param(u"id"_s), request.param(u"panelId"_s),
                                       u"Panel"_s);
    };

    router.add("GET", u"/opportunities/:id/panels"_s, read, [&ctx, opp](Request &request) {
        const QString id = opp(request).value(u"id"_s).toString();
        const auto p = ctx.docs.page(u"panel"_s, id, PageToken::window(request));
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("GET", u"/opportunities/:id/panels/:panelId"_s, read, [opp, nestedPanel](Request &request) {
        opp(request);
        return Response::data(nestedPanel(request));
    });
    router.add("POST", u"/opportunities/:id/panels"_s, write, [&ctx, opp](Request &request) {
        return Response::data(createPanel(ctx, request, opp(request)), 201);
    });
    router.add("PUT", u"/opportunities/:id/panels/:panelId"_s, write,
               [&ctx, opp, nestedPanel](Request &request) {
                   const QJsonObject opportunity = opp(request);
                   return Response::data(replacePanel(ctx, request, opportunity, nestedPanel(request)));
               });
    router.add("DELETE", u"/opportunities/:id/panels/:panelId"_s, write,
               [&ctx, opp, nestedPanel](Request &request) {
                   const QJsonObject opportunity = opp(request);
                   return deletePanel(ctx, request, opportunity, nestedPanel(request));
               });

    // The spec's top-level forms.
    router.add("GET", u"/panels"_s, read, [&ctx](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        auto transform = [&ctx](const QJsonObject &panel) { return withOpportunity(ctx, panel); };
        if (request.hasQuery(u"opportunity_id"_s)) {
            const QString id = opportunityFromQuery(ctx, request).value(u"id"_s).toString();
            const auto p = ctx.docs.page(u"panel"_s, id, window, {}, transform);
            return Response::page(p.items, p.hasNext, p.next);
        }
        const auto p = ctx.docs.page(u"panel"_s, std::nullopt, window,
                                     ChildDocuments::visibleTo(ctx, request, u"panel"_s), transform);
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("GET", u"/panels/:id"_s, read, [&ctx](Request &request) {
        const auto owned =
            ChildDocuments::requireOwned(ctx, request, u"panel"_s, request.param(u"id"_s), u"Panel"_s);
        return Response::data(withOpportunity(ctx, owned.doc));
    });
    router.add("POST", u"/panels"_s, write, [&ctx](Request &request) {
        return Response::data(
            withOpportunity(ctx, createPanel(ctx, request, opportunityFromQuery(ctx, request))), 201);
    });
    router.add("PUT", u"/panels/:id"_s, write, [&ctx](Request &request) {
        const auto owned =
            ChildDocuments::requireOwned(ctx, request, u"panel"_s, request.param(u"id"_s), u"Panel"_s);
        return Response::data(withOpportunity(ctx, replacePanel(ctx, request, owned.opportunity, owned.doc)));
    });
    router.add("DELETE", u"/panels/:id"_s, write, [&ctx](Request &request) {
        const auto owned =
            ChildDocuments::requireOwned(ctx, request, u"panel"_s, request.param(u"id"_s), u"Panel"_s);
        return deletePanel(ctx, request, owned.opportunity, owned.doc);
    });
}

} // namespace lever::sandbox
