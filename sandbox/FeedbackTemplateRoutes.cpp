#include "FeedbackTemplateRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "DocumentStore.h"
#include "FeedbackForm.h"
#include "FeedbackTemplateWriter.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
using W = FeedbackTemplateWriter;

QJsonObject requireWritable(SandboxContext &ctx, const Request &request)
{
    const QString id = request.param(u"id"_s);
    const QJsonObject templ = ctx.docs.require(W::kKind, id, u"Feedback template"_s);
    W::requireApiCreated(ctx, id);
    return templ;
}
} // namespace

void FeedbackTemplateRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString write = u"feedback_templates:write:admin"_s;
    router.add("POST", u"/feedback_templates"_s, write, [&ctx](Request &request) {
        const QJsonObject templ = W::create(ctx, request.jsonBody());
        const QString id = templ.value(u"id"_s).toString();
        Transaction tx(ctx.db);
        ctx.docs.put(W::kKind, id, {}, templ);
        ctx.docs.put(W::kMetaKind, id, {}, QJsonObject{{u"id"_s, id}, {u"apiCreated"_s, true}});
        ctx.audit.record(u"feedback_template.created"_s, request.actingUser(), u"feedback_template"_s, id);
        tx.commit();
        return Response::data(FeedbackForm::served(templ), 201);
    });
    router.add("PUT", u"/feedback_templates/:id"_s, write, [&ctx](Request &request) {
        const QJsonObject templ = W::replace(ctx, requireWritable(ctx, request), request.jsonBody());
        const QString id = templ.value(u"id"_s).toString();
        Transaction tx(ctx.db);
        ctx.docs.put(W::kKind, id, {}, templ);
        ctx.audit.record(u"feedback_template.updated"_s, request.actingUser(), u"feedback_template"_s, id);
        tx.commit();
        return Response::data(FeedbackForm::served(templ));
    });
    router.add("DELETE", u"/feedback_templates/:id"_s, write, [&ctx](Request &request) {
        const QString id = requireWritable(ctx, request).value(u"id"_s).toString();
        Transaction tx(ctx.db);
        ctx.docs.remove(W::kKind, id);
        ctx.docs.remove(W::kMetaKind, id);
        ctx.audit.record(u"feedback_template.deleted"_s, request.actingUser(), u"feedback_template"_s, id);
        tx.commit();
        return Response::noContent();
    });
}

} // namespace lever::sandbox
