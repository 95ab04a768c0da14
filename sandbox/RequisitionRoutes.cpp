#include "RequisitionRoutes.h"

#include "ConfidentialFilter.h"
#include "Database.h"
#include "DocumentStore.h"
#include "Request.h"
#include "RequisitionLinks.h"
#include "RequisitionWriteShape.h"
#include "RequisitionValidator.h"
#include "ResourceFields.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QJsonObject requireVisible(SandboxContext &ctx, const Request &request)
{
    const QJsonObject doc = ctx.docs.require(u"requisition"_s, request.param(u"id"_s), u"Requisition"_s);
    ConfidentialFilter::requireVisible(request, doc, u"Requisition"_s);
    return doc;
}
} // namespace

void RequisitionRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"requisitions:read:admin"_s;
    const QString write = u"requisitions:write:admin"_s;
    router.add("GET", u"/requisitions"_s, read, [&ctx](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        const auto start = request.epochMsQuery(u"created_at_start"_s);
        const auto end = request.epochMsQuery(u"created_at_end"_s);
        const QStringList codes = request.queryValues(u"requisition_code"_s);
        const QStringList statuses =
            ResourceFields::enumParams(request, u"status"_s, RequisitionValidator::statuses());
        const ConfidentialFilter::Mode confidentiality = ConfidentialFilter::parse(request);
        const auto accept = [&](const QJsonObject &doc) {
            const qint64 created = qint64(doc.value(u"createdAt"_s).toDouble());
            return ConfidentialFilter::accepts(confidentiality, doc) && (!start || created >= *start) &&
                   (!end || created <= *end) &&
                   (codes.isEmpty() || codes.contains(doc.value(u"requisitionCode"_s).toString())) &&
                   (statuses.isEmpty() || statuses.contains(doc.value(u"status"_s).toString()));
        };
        const auto page = ctx.docs.page(u"requisition"_s, std::nullopt, window, accept);
        return Response::page(page.items, page.hasNext, page.next);
    });
    router.add("GET", u"/requisitions/:id"_s, read,
               [&ctx](Request &request) { return Response::data(requireVisible(ctx, request)); });
    router.add("POST", u"/requisitions"_s, write, [&ctx](Request &request) {
        const QJsonObject doc = RequisitionValidator(ctx, request).create(request.jsonBody());
        Transaction tx(ctx.db);
        ctx.docs.put(u"requisition"_s, doc.value(u"id"_s).toString(), {}, doc);
        RequisitionLinks::requisitionChanged(ctx, {}, doc);
        RequisitionWriteShape::recordStatus(ctx, {}, doc, ctx.now());
        tx.commit();
        return Response::data(RequisitionWriteShape::answer(ctx, doc), 201);
    });
    router.add("PUT", u"/requisitions/:id"_s, write, [&ctx](Request &request) {
        const QJsonObject current = requireVisible(ctx, request);
        const QJsonObject doc = RequisitionValidator(ctx, request).replace(current, request.jsonBody());
        Transaction tx(ctx.db);
        ctx.docs.put(u"requisition"_s, doc.value(u"id"_s).toString(), {}, doc);
        RequisitionLinks::requisitionChanged(ctx, current, doc);
        RequisitionWriteShape::recordStatus(ctx, current, doc, ctx.now());
        tx.commit();
        return Response::data(RequisitionWriteShape::answer(ctx, doc));
    });
    router.add("DELETE", u"/requisitions/:id"_s, write, [&ctx](Request &request) {
        const QJsonObject current = requireVisible(ctx, request);
        Transaction tx(ctx.db);
        ctx.docs.remove(u"requisition"_s, current.value(u"id"_s).toString());
        RequisitionLinks::requisitionChanged(ctx, current, {});
        RequisitionWriteShape::forget(ctx, current.value(u"id"_s).toString());
        tx.commit();
        return Response::noContent();
    });
}

} // namespace lever::sandbox
