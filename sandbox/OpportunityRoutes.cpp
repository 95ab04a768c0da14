#include "OpportunityRoutes.h"

#include "Expander.h"
#include "OpportunityStore.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kExpandable = {u"applications"_s, u"stage"_s,     u"owner"_s,
                                 u"followers"_s,    u"sourcedBy"_s, u"contact"_s};

Response pageOf(const QList<OpportunityStore::Row> &rows, int limit, Expander &expander)
{
    const bool hasNext = rows.size() > limit;
    const qsizetype count = hasNext ? limit : rows.size();
    QList<QByteArray> items;
    items.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        if (expander.isIdentity())
            items.append(rows.at(i).doc);
        else
            items.append(QJsonDocument(expander.opportunity(QJsonDocument::fromJson(rows.at(i).doc).object()))
                             .toJson(QJsonDocument::Compact));
    }
    return Response::page(items, hasNext, hasNext ? PageToken{rows.at(count - 1).seq}.encode() : QString());
}
} // namespace

OpportunityFilter OpportunityRoutes::parseFilter(const Request &request)
{
    OpportunityFilter f;
    f.stageIds = request.queryValues(u"stage_id"_s);
    f.postingIds = request.queryValues(u"posting_id"_s);
    f.archivedPostingIds = request.queryValues(u"archived_posting_id"_s);
    f.tags = request.queryValues(u"tag"_s);
    f.emails = request.queryValues(u"email"_s);
    f.origins = request.queryValues(u"origin"_s);
    f.sources = request.queryValues(u"source"_s);
    f.archiveReasonIds = request.queryValues(u"archive_reason_id"_s);
    f.contactIds = request.queryValues(u"contact_id"_s);
    f.locations = request.queryValues(u"location"_s);
    f.ownerIds = request.queryValues(u"owner_id"_s);
    static const QStringList origins = {u"agency"_s,   u"applied"_s, u"internal"_s,
                                        u"referred"_s, u"sourced"_s, u"university"_s};
    for (const QString &origin : std::as_const(f.origins)) {
        if (!origins.contains(origin))
            throw SandboxError::badRequest(u"origin must be one of "_s + origins.join(u", "_s));
    }
    f.archived = request.boolQuery(u"archived"_s);
    f.snoozed = request.boolQuery(u"snoozed"_s);
    f.createdStart = request.epochMsQuery(u"created_at_start"_s);
    f.createdEnd = request.epochMsQuery(u"created_at_end"_s);
    f.updatedStart = request.epochMsQuery(u"updated_at_start"_s);
    f.updatedEnd = request.epochMsQuery(u"updated_at_end"_s);
    f.advancedStart = request.epochMsQuery(u"advanced_at_start"_s);
    f.advancedEnd = request.epochMsQuery(u"advanced_at_end"_s);
    f.archivedStart = request.epochMsQuery(u"archived_at_start"_s);
    f.archivedEnd = request.epochMsQuery(u"archived_at_end"_s);
    if (request.hasQuery(u"confidentiality"_s)) {
        const QString c = request.queryValue(u"confidentiality"_s);
        using C = OpportunityFilter::Confidentiality;
        if (c == u"non-confidential"_s)
            f.confidentiality = C::NonConfidential;
        else if (c == u"confidential"_s)
            f.confidentiality = C::Confidential;
        else if (c == u"all"_s)
            f.confidentiality = C::All;
        else
            throw SandboxError::badRequest(
                u"confidentiality must be confidential, non-confidential or all"_s);
        if (f.confidentiality != C::NonConfidential && !request.principal.confidentialAccess &&
            request.principal.kind != Principal::Kind::Admin &&
            !request.principal.hasScope(u"confidential:access:admin"_s))
            throw SandboxError::forbidden(u"This credential has no access to confidential data"_s);
    }
    f.now = request.now;
    return f;
}

QJsonObject OpportunityRoutes::requireVisible(SandboxContext &ctx, const Request &request, const QString &id)
{
    const auto opp = ctx.opportunities.get(id);
    if (!opp)
        throw SandboxError::notFound(u"Opportunity "_s + id + u" was not found"_s);
    if (opp->value(u"confidentiality"_s).toString() == u"confidential"_s &&
        !request.principal.confidentialAccess && !request.principal.hasScope(u"confidential:access:admin"_s))
        throw SandboxError::forbidden(u"Opportunity "_s + id + u" is confidential"_s);
    return *opp;
}

void OpportunityRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"opportunities:read:admin"_s;
    router.add("GET", u"/opportunities"_s, read, [&ctx](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        const OpportunityFilter filter = parseFilter(request);
        Expander expander(ctx, request, kExpandable);
        return pageOf(ctx.opportunities.query(filter, window), window.limit, expander);
    });
    router.add("GET", u"/opportunities/deleted"_s, read, [&ctx](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        Expander none(ctx, request, {});
        return pageOf(ctx.opportunities.deleted(request.epochMsQuery(u"deleted_at_start"_s),
                                                request.epochMsQuery(u"deleted_at_end"_s), window),
                      window.limit, none);
    });
    router.add("GET", u"/opportunities/:id"_s, read, [&ctx](Request &request) {
        Expander expander(ctx, request, kExpandable);
        return Response::data(expander.opportunity(requireVisible(ctx, request, request.param(u"id"_s))));
    });
}

} // namespace lever::sandbox
