#include "ControlRoutes.h"

#include "AuditLog.h"
#include "BaselineData.h"
#include "BodyReader.h"
#include "Database.h"
#include "DeletedRecords.h"
#include "DocumentStore.h"
#include "FaultInjector.h"
#include "OpportunityEvents.h"
#include "OpportunityStore.h"
#include "RateLimiter.h"
#include "Request.h"
#include "RequestLog.h"
#include "Response.h"
#include "Router.h"
#include "Sandbox.h"
#include "SandboxContext.h"
#include "SandboxError.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// `deleted_by` (a user id; default: the first super admin).
QString deleter(SandboxContext &ctx, const Request &request)
{
    if (!request.hasQuery(u"deleted_by"_s))
        return BaselineData::superAdminId(ctx);
    const QString id = request.queryValue(u"deleted_by"_s);
    if (!ctx.docs.get(u"user"_s, id))
        throw SandboxError::badRequest(u"deleted_by: user "_s + id + u" was not found"_s);
    return id;
}
} // namespace

void ControlRoutes::install(Router &router, Sandbox &sandbox)
{
    router.add("GET", u"/requests"_s, {}, [&sandbox](Request &) {
        return Response::json(QJsonObject{{u"data"_s, sandbox.requestLog().toJson()}});
    });
    router.add("DELETE", u"/requests"_s, {}, [&sandbox](Request &) {
        sandbox.requestLog().clear();
        return Response::noContent();
    });
    // Body: {"method": "PUT", "path": "^/opportunities/[^/]+/stage$", "status": 500, "count": 1,
    //        "drop": false, "lostAnswer": false}
    router.add("POST", u"/faults"_s, {}, [&sandbox](Request &request) {
        const QJsonObject body = request.jsonBody();
        FaultInjector::Rule rule;
        rule.method = body.value(u"method"_s).toString().toUpper().toLatin1();
        rule.path = QRegularExpression(body.value(u"path"_s).toString(u".*"_s));
        if (!rule.path.isValid())
            throw SandboxError::badRequest(u"path is not a valid regular expression"_s);
        rule.status = body.value(u"status"_s).toInt(500);
        if (rule.status < 400 || rule.status > 599)
            throw SandboxError::badRequest(u"status must be from 400 to 599"_s);
        rule.drop = body.value(u"drop"_s).toBool(false);
        rule.loseAnswer = body.value(u"lostAnswer"_s).toBool(false);
        rule.remaining = body.value(u"count"_s).toInt(-1);
        sandbox.faults().addRule(rule);
        return Response::noContent();
    });
    router.add("DELETE", u"/faults"_s, {}, [&sandbox](Request &) {
        sandbox.faults().clearRules();
        sandbox.faults().setRates(0, 0);
        sandbox.faults().setLostAnswerRate(0);
        sandbox.faults().setLatencyMs(0);
        sandbox.faults().setLatencyJitterMs(0);
        return Response::noContent();
    });
    // Body: {"failRate": 0.1, "dropRate": 0.05, "lostAnswerRate": 0.02, "latencyMs": 20,
    //        "latencyJitterMs": 80}
    router.add("PUT", u"/faults"_s, {}, [&sandbox](Request &request) {
        const QJsonObject body = request.jsonBody();
        const double fail = body.value(u"failRate"_s).toDouble(0);
        const double drop = body.value(u"dropRate"_s).toDouble(0);
        const double lost = body.value(u"lostAnswerRate"_s).toDouble(0);
        const int latency = body.value(u"latencyMs"_s).toInt(0);
        const int jitter = body.value(u"latencyJitterMs"_s).toInt(0);
        const auto isRate = [](double r) { return r >= 0 && r <= 1; };
        if (!isRate(fail) || !isRate(drop) || !isRate(lost) || latency < 0 || latency > 60000 || jitter < 0 ||
            jitter > 60000)
            throw SandboxError::badRequest(
                u"failRate, dropRate and lostAnswerRate run 0..1; latencyMs and latencyJitterMs 0..60000"_s);
        sandbox.faults().setRates(fail, drop);
        sandbox.faults().setLostAnswerRate(lost);
        sandbox.faults().setLatencyMs(latency);
        sandbox.faults().setLatencyJitterMs(jitter);
        return Response::noContent();
    });
    // Body: {"enabled": true, "rate": 10, "burst": 20}
    router.add("PUT", u"/rate-limit"_s, {}, [&sandbox](Request &request) {
        const QJsonObject body = request.jsonBody();
        const double rate = body.value(u"rate"_s).toDouble(sandbox.rateLimiter().rate());
        const double burst = body.value(u"burst"_s).toDouble(sandbox.rateLimiter().burst());
        if (rate <= 0 || burst < 1)
            throw SandboxError::badRequest(u"rate must be positive and burst at least 1"_s);
        sandbox.rateLimiter().configure(rate, burst);
        sandbox.rateLimiter().setEnabled(body.value(u"enabled"_s).toBool(true));
        return Response::noContent();
    });
    // Webhook delivery attempts, oldest first, paged like the API; filters webhook_id, event, delivery_id.
    router.add("GET", u"/webhook_deliveries"_s, {}, [&sandbox](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        const QString event = request.queryValue(u"event"_s);
        const QString delivery = request.queryValue(u"delivery_id"_s);
        DocumentStore::Predicate accept;
        if (!event.isEmpty() || !delivery.isEmpty())
            accept = [event, delivery](const QJsonObject &attempt) {
                return (event.isEmpty() || attempt.value(u"event"_s).toString() == event) &&
                       (delivery.isEmpty() || attempt.value(u"deliveryId"_s).toString() == delivery);
            };
        const std::optional<QString> webhook =
            request.hasQuery(u"webhook_id"_s) ? std::optional<QString>(request.queryValue(u"webhook_id"_s))
                                              : std::nullopt;
        const auto page = sandbox.context().docs.page(u"webhook_delivery"_s, webhook, window, accept);
        return Response::page(page.items, page.hasNext, page.next);
    });
    // The Data API cannot delete candidates; this is how tests and demos make deleted ones. Optional
    // query `deleted_by` (a user id; default: the first super admin).
    router.add("DELETE", u"/opportunities/:id"_s, {}, [&sandbox](Request &request) {
        SandboxContext &ctx = sandbox.context();
        const QString id = request.param(u"id"_s);
        const auto opp = ctx.opportunities.get(id);
        if (!opp)
            throw SandboxError::notFound(u"Opportunity "_s + id + u" was not found"_s);
        const QString deletedBy = deleter(ctx, request);
        const qint64 now = ctx.now();
        Transaction tx(ctx.db);
        ctx.opportunities.markDeleted(id, deletedBy, now);
        // Lever deletes a candidate's applications with it; /applications/deleted lists them.
        DeletedRecords::opportunityDeleted(ctx, id, deletedBy, now);
        ctx.audit.record(u"opportunity.deleted"_s, deletedBy, u"opportunity"_s, id);
        tx.commit();
        OpportunityEvents::deleted(ctx, *opp, deletedBy);
        return Response::noContent();
    });
    // Stages and archive reasons are made in Lever's settings only; these add one, as an admin would
    // between two syncs. Body: {"text": "..."} and, for a reason, "type": "hired" | "non-hired".
    router.add("POST", u"/stages"_s, {}, [&sandbox](Request &request) {
        SandboxContext &ctx = sandbox.context();
        const BodyReader body(request.jsonBody());
        const QString id = SandboxContext::newId();
        const QJsonObject stage{{u"id"_s, id}, {u"text"_s, body.requiredString(u"text"_s)}};
        ctx.docs.put(u"stage"_s, id, {}, stage);
        return Response::data(stage, 201);
    });
    router.add("POST", u"/archive_reasons"_s, {}, [&sandbox](Request &request) {
        SandboxContext &ctx = sandbox.context();
        const BodyReader body(request.jsonBody());
        const QString type = body.string(u"type"_s).value_or(u"non-hired"_s);
        if (type != u"hired"_s && type != u"non-hired"_s)
            throw SandboxError::badRequest(u"type must be hired or non-hired"_s);
        const QString id = SandboxContext::newId();
        const QJsonObject reason{{u"id"_s, id},
                                 {u"text"_s, body.requiredString(u"text"_s)},
                                 {u"status"_s, u"active"_s},
                                 {u"type"_s, type}};
        ctx.docs.put(u"archive_reason"_s, id, {}, reason);
        return Response::data(reason, 201);
    });
    // An application is removed from a candidate in Lever's UI only ("remove from job"); this is how tests
    // fill /applications/deleted with one whose opportunity lives on. Optional query `deleted_by`.
    router.add("DELETE", u"/opportunities/:id/applications/:applicationId"_s, {},
               [&sandbox](Request &request) {
                   SandboxContext &ctx = sandbox.context();
                   const QString id = request.param(u"id"_s);
                   const QString applicationId = request.param(u"applicationId"_s);
                   const QString deletedBy = deleter(ctx, request);
                   Transaction tx(ctx.db);
                   DeletedRecords::deleteApplication(ctx, id, applicationId, deletedBy, ctx.now());
                   ctx.audit.record(u"application.deleted"_s, deletedBy, u"application"_s, applicationId);
                   tx.commit();
                   return Response::noContent();
               });
    // Postings are deleted in Lever's UI only; this is how tests and demos fill GET /postings/deleted.
    // Like Lever's UI, it refuses a posting that still has candidates (close it instead). Optional query
    // `deleted_by`, as above.
    router.add("DELETE", u"/postings/:id"_s, {}, [&sandbox](Request &request) {
        SandboxContext &ctx = sandbox.context();
        const QString id = request.param(u"id"_s);
        ctx.docs.require(u"posting"_s, id, u"Posting"_s);
        const QString deletedBy = deleter(ctx, request);
        OpportunityFilter onPosting;
        onPosting.confidentiality = OpportunityFilter::Confidentiality::All;
        onPosting.postingIds = {id};
        OpportunityFilter archivedOnPosting = onPosting;
        archivedOnPosting.postingIds.clear();
        archivedOnPosting.archivedPostingIds = {id};
        const PageToken::Window one{1, 0};
        if (!ctx.opportunities.query(onPosting, one).isEmpty() ||
            !ctx.opportunities.query(archivedOnPosting, one).isEmpty())
            throw SandboxError::conflict(u"Posting "_s + id +
                                         u" has candidates and cannot be deleted; close it instead"_s);
        Transaction tx(ctx.db);
        DeletedRecords::deletePosting(ctx, id, deletedBy, ctx.now());
        ctx.audit.record(u"posting.deleted"_s, deletedBy, u"posting"_s, id);
        tx.commit();
        return Response::noContent();
    });
}

} // namespace lever::sandbox
