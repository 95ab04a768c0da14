#include "CatalogRoutes.h"

#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
Response listOf(SandboxContext &ctx, const Request &request, const QString &kind,
                const DocumentStore::Predicate &accept = {})
{
    const auto page = ctx.docs.page(kind, std::nullopt, PageToken::window(request), accept);
    return Response::page(page.items, page.hasNext, page.next);
}

// Sources and tags are computed, not stored: the cursor is the count of entries already sent, over the
// list sorted by text, so a value added between pages may shift one entry (no sequence to key on).
Response keyCounts(SandboxContext &ctx, const Request &request, const QString &kind)
{
    const PageToken::Window window = PageToken::window(request);
    const QList<QPair<QString, qint64>> counts = ctx.opportunities.keyCounts(kind);
    QJsonArray items;
    const qint64 end = qMin<qint64>(counts.size(), window.afterSeq + window.limit);
    for (qint64 i = window.afterSeq; i < end; ++i)
        items.append(QJsonObject{{u"text"_s, counts.at(i).first}, {u"count"_s, counts.at(i).second}});
    const bool hasNext = end < counts.size();
    return Response::page(items, hasNext, hasNext ? PageToken{end}.encode() : QString());
}
} // namespace

void CatalogRoutes::install(Router &router, SandboxContext &ctx)
{
    router.add("GET", u"/stages"_s, u"stages:read:admin"_s,
               [&ctx](Request &request) { return listOf(ctx, request, u"stage"_s); });
    router.add("GET", u"/stages/:id"_s, u"stages:read:admin"_s, [&ctx](Request &request) {
        // Lever's own wording: "stages <id> was not found".
        return Response::data(ctx.docs.require(u"stage"_s, request.param(u"id"_s), u"stages"_s));
    });
    router.add("GET", u"/archive_reasons"_s, u"archive_reasons:read:admin"_s, [&ctx](Request &request) {
        if (!request.hasQuery(u"type"_s))
            return listOf(ctx, request, u"archive_reason"_s);
        const QString type = request.queryValue(u"type"_s);
        if (type != u"hired"_s && type != u"non-hired"_s)
            throw SandboxError::badRequest(u"type must be hired or non-hired"_s);
        return listOf(ctx, request, u"archive_reason"_s, [type](const QJsonObject &reason) {
            return reason.value(u"type"_s).toString() == type;
        });
    });
    router.add("GET", u"/archive_reasons/:id"_s, u"archive_reasons:read:admin"_s, [&ctx](Request &request) {
        return Response::data(
            ctx.docs.require(u"archive_reason"_s, request.param(u"id"_s), u"archive_reasons"_s));
    });
    router.add("GET", u"/sources"_s, u"sources:read:admin"_s,
               [&ctx](Request &request) { return keyCounts(ctx, request, u"source"_s); });
    router.add("GET", u"/tags"_s, u"tags:read:admin"_s,
               [&ctx](Request &request) { return keyCounts(ctx, request, u"tag"_s); });
    router.add("GET", u"/requisition_fields"_s, u"requisition_fields:read:admin"_s,
               [&ctx](Request &request) { return listOf(ctx, request, u"requisition_field"_s); });
}

} // namespace lever::sandbox
