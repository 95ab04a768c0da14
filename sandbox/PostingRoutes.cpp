#include "PostingRoutes.h"

#include "AuditLog.h"
#include "ConfidentialFilter.h"
#include "Database.h"
#include "DocumentStore.h"
#include "Expander.h"
#include "PostingValidator.h"
#include "Request.h"
#include "RequisitionLinks.h"
#include "ResourceFields.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kExpandable = {u"user"_s, u"owner"_s, u"hiringManager"_s, u"followers"_s};

bool anyIn(const QJsonValue &values, const QStringList &wanted)
{
    const QJsonArray items = values.toArray();
    for (const QJsonValue &v : items) {
        if (wanted.contains(v.toString()))
            return true;
    }
    return false;
}

// The filters of `GET /postings`; empty lists match everything.
struct PostingFilter
{
    QStringList states, channels, teams, departments, locations, commitments, levels, tags;
    ConfidentialFilter::Mode confidentiality = ConfidentialFilter::Mode::NonConfidential;
    std::optional<qint64> updatedStart, updatedEnd;

    static PostingFilter parse(const Request &request)
    {
        PostingFilter f;
        f.states = ResourceFields::enumParams(request, u"state"_s, PostingValidator::states());
        f.channels =
            ResourceFields::enumParams(request, u"distributionChannel"_s, {u"public"_s, u"internal"_s});
        f.teams = request.queryValues(u"team"_s);
        f.departments = request.queryValues(u"department"_s);
        f.locations = request.queryValues(u"location"_s);
        f.commitments = request.queryValues(u"commitment"_s);
        f.levels = request.queryValues(u"level"_s);
        f.tags = request.queryValues(u"tag"_s);
        f.confidentiality = ConfidentialFilter::parse(request);
        f.updatedStart = request.epochMsQuery(u"updated_at_start"_s);
        f.updatedEnd = request.epochMsQuery(u"updated_at_end"_s);
        const bool others =
            !(f.states.isEmpty() && f.channels.isEmpty() && f.teams.isEmpty() && f.departments.isEmpty() &&
              f.locations.isEmpty() && f.commitments.isEmpty() && f.levels.isEmpty() && f.tags.isEmpty());
        if ((f.updatedStart || f.updatedEnd) && others)
            throw SandboxError::badRequest(
                u"updated_at_start and updated_at_end can only be combined with confidentiality"_s);
        return f;
    }

    bool accepts(const QJsonObject &doc) const
    {
        if (!ConfidentialFilter::accepts(confidentiality, doc))
            return false;
        const QString state = doc.value(u"state"_s).toString();
        if (!states.isEmpty() && !states.contains(state))
            return false;
        const QJsonValue docChannels = doc.value(u"distributionChannels"_s);
        if (!channels.isEmpty() && !anyIn(docChannels, channels))
            return false;
        const bool bothChannels = channels.contains(u"public"_s) && channels.contains(u"internal"_s);
        if (states.contains(u"published"_s) && state == u"published"_s && !bothChannels &&
            !anyIn(docChannels, {u"public"_s}))
            return false;
        const QJsonObject categories = doc.value(u"categories"_s).toObject();
        const auto matches = [&categories](const QString &key, const QStringList &wanted) {
            return wanted.isEmpty() || wanted.contains(categories.value(key).toString());
        };
        if (!matches(u"team"_s, teams) || !matches(u"department"_s, departments) ||
            !matches(u"commitment"_s, commitments) || !matches(u"level"_s, levels))
            return false;
        if (!locations.isEmpty() && !matches(u"location"_s, locations) &&
            !anyIn(categories.value(u"allLocations"_s), locations))
            return false;
        if (!tags.isEmpty() && !anyIn(doc.value(u"tags"_s), tags))
            return false;
        const qint64 updated = qint64(doc.value(u"updatedAt"_s).toDouble());
        return (!updatedStart || updated >= *updatedStart) && (!updatedEnd || updated <= *updatedEnd);
    }
};

QStringList codesOf(const QJsonObject &posting)
{
    return posting.value(u"requisitionCodes"_s).toVariant().toStringList();
}

QJsonObject requireVisible(SandboxContext &ctx, const Request &request)
{
    const QJsonObject doc = ctx.docs.require(u"posting"_s, request.param(u"id"_s), u"Posting"_s);
    ConfidentialFilter::requireVisible(request, doc, u"Posting"_s);
    return doc;
}

Response save(SandboxContext &ctx, Request &request, PostingValidator::Mode mode)
{
    const QJsonObject current = requireVisible(ctx, request);
    const QJsonObject body = request.jsonBody();
    const QJsonObject doc = PostingValidator(ctx, request).update(current, body, mode);
    const QString id = doc.value(u"id"_s).toString();
    Transaction tx(ctx.db);
    ctx.docs.put(u"posting"_s, id, {}, doc);
    if (codesOf(doc) != codesOf(current))
        RequisitionLinks::postingChanged(ctx, id, codesOf(doc));
    const QString from = current.value(u"state"_s).toString();
    const QString to = doc.value(u"state"_s).toString();
    if (from != to)
        ctx.audit.record(u"posting.state_changed"_s, request.actingUser(), u"posting"_s, id,
                         QJsonObject{{u"from"_s, from}, {u"to"_s, to}});
    tx.commit();
    return Response::data(doc);
}
} // namespace

void PostingRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"postings:read:admin"_s;
    const QString write = u"postings:write:admin"_s;
    router.add("GET", u"/postings"_s, read, [&ctx](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        const PostingFilter filter = PostingFilter::parse(request);
        Expander expander(ctx, request, kExpandable);
        DocumentStore::Transform transform;
        if (!expander.isIdentity())
            transform = [&expander](const QJsonObject &doc) { return expander.posting(doc); };
        const auto page = ctx.docs.page(
            u"posting"_s, std::nullopt, window,
            [&filter](const QJsonObject &doc) { return filter.accepts(doc); }, transform);
        return Response::page(page.items, page.hasNext, page.next);
    });
    router.add("GET", u"/postings/:id"_s, read, [&ctx](Request &request) {
        Expander expander(ctx, request, kExpandable);
        return Response::data(expander.posting(requireVisible(ctx, request)));
    });
    router.add("POST", u"/postings"_s, write, [&ctx](Request &request) {
        const QJsonObject doc = PostingValidator(ctx, request).create(request.jsonBody());
        const QString id = doc.value(u"id"_s).toString();
        Transaction tx(ctx.db);
        ctx.docs.put(u"posting"_s, id, {}, doc);
        if (!codesOf(doc).isEmpty())
            RequisitionLinks::postingChanged(ctx, id, codesOf(doc));
        ctx.audit.record(u"posting.created"_s, request.actingUser(), u"posting"_s, id,
                         QJsonObject{{u"text"_s, doc.value(u"text"_s)}, {u"state"_s, doc.value(u"state"_s)}});
        tx.commit();
        return Response::data(doc, 201);
    });
    router.add("POST", u"/postings/:id"_s, write,
               [&ctx](Request &request) { return save(ctx, request, PostingValidator::Mode::Patch); });
    router.add("PUT", u"/postings/:id"_s, write,
               [&ctx](Request &request) { return save(ctx, request, PostingValidator::Mode::Replace); });
}

} // namespace lever::sandbox
