#include "InterviewRoutes.h"

#include "BodyReader.h"
#include "ChildDocuments.h"
#include "DocumentStore.h"
#include "OpportunityRoutes.h"
#include "PageToken.h"
#include "PanelRoutes.h"
#include "PanelValidator.h"
#include "PanelWriter.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// The API-created panel an existing interview belongs to; UI-scheduled interviews cannot be changed.
QJsonObject managedPanelOf(SandboxContext &ctx, const QJsonObject &interview)
{
    const auto panel = ctx.docs.get(u"panel"_s, interview.value(u"panel"_s).toString());
    if (!panel || !panel->value(u"externallyManaged"_s).toBool())
        throw SandboxError::forbidden(
            u"Interview "_s + interview.value(u"id"_s).toString() +
            u" was scheduled in Lever's UI; only interviews of panels created through "
            u"the API can be changed or deleted"_s);
    return *panel;
}
} // namespace

void InterviewRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"interviews:read:admin"_s;
    const QString write = u"interviews:write:admin"_s;
    auto opp = [&ctx](const Request &request) {
        return OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s));
    };
    auto interview = [&ctx](const Request &request) {
        return ChildDocuments::require(ctx, u"interview"_s, request.param(u"id"_s),
                                       request.param(u"interviewId"_s), u"Interview"_s);
    };

    router.add("GET", u"/opportunities/:id/interviews"_s, read, [&ctx, opp](Request &request) {
        const QString id = opp(request).value(u"id"_s).toString();
        const auto p = ctx.docs.page(u"interview"_s, id, PageToken::window(request));
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("GET", u"/opportunities/:id/interviews/:interviewId"_s, read,
               [opp, interview](Request &request) {
                   opp(request);
                   return Response::data(interview(request));
               });
    router.add("POST", u"/opportunities/:id/interviews"_s, write, [&ctx, opp](Request &request) {
        const QJsonObject opportunity = opp(request);
        const BodyReader body(request.jsonBody());
        const QString panelId = body.requiredString(u"panel"_s);
        const auto panel = ctx.docs.get(u"panel"_s, panelId);
        if (!panel || ctx.docs.parentOf(u"panel"_s, panelId) != opportunity.value(u"id"_s).toString())
            throw SandboxError::badRequest(u"panel: "_s + panelId + u" is not a panel of this opportunity"_s);
        PanelRoutes::requireApiManaged(*panel);
        PanelValidator validator(ctx, opportunity);
        const QJsonObject entry = validator.interview(body, false);
        return Response::data(PanelWriter(ctx, opportunity, request.actingUser()).addInterview(*panel, entry),
                              201);
    });
    router.add(
        "PUT", u"/opportunities/:id/interviews/:interviewId"_s, write,
        [&ctx, opp, interview](Request &request) {
            const QJsonObject opportunity = opp(request);
            const QJsonObject current = interview(request);
            const QJsonObject panel = managedPanelOf(ctx, current);
            QJsonObject object = request.jsonBody();
            const BodyReader body(object);
            if (body.has(u"panel"_s) && body.requiredString(u"panel"_s) != panel.value(u"id"_s).toString())
                throw SandboxError::badRequest(
                    u"panel cannot be changed; schedule a new interview instead"_s);
            if (body.has(u"id"_s) && body.requiredString(u"id"_s) != current.value(u"id"_s).toString())
                throw SandboxError::badRequest(u"id does not match the interview being updated"_s);
            object.remove(u"id"_s);
            PanelValidator validator(ctx, opportunity);
            const QJsonObject entry = validator.interview(BodyReader(object), false);
            return Response::data(PanelWriter(ctx, opportunity, request.actingUser())
                                      .replaceInterview(panel, current.value(u"id"_s).toString(), entry));
        });
    router.add("DELETE", u"/opportunities/:id/interviews/:interviewId"_s, write,
               [&ctx, opp, interview](Request &request) {
                   const QJsonObject opportunity = opp(request);
                   const QJsonObject current = interview(request);
                   const QJsonObject panel = managedPanelOf(ctx, current);
                   PanelWriter(ctx, opportunity, request.actingUser())
                       .removeInterview(panel, current.value(u"id"_s).toString());
                   return Response::noContent();
               });
}

} // namespace lever::sandbox
