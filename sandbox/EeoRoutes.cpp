#include "EeoRoutes.h"

#include "AuditLog.h"
#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "PageToken.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <optional>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QString kKind = u"eeo_response"_s;

// The survey answers, reported in both lists (the anonymous one is what aggregate reports use).
const QStringList kAnswers = {u"gender"_s, u"race"_s, u"veteran"_s, u"disability"_s};
// GET /eeo/responses: nothing that identifies the candidate (lever-response-shapes.md).
const QStringList kAnonymous = {u"applicationArchiveReason"_s,
                                u"applicationArchivedAt"_s,
                                u"applicationArchivedBy"_s,
                                u"applicationTitle"_s,
                                u"appliedAt"_s,
                                u"currentStage"_s};
// GET /eeo/responses/pii.
const QStringList kPii = {u"id"_s,
                          u"applicationArchiveReason"_s,
                          u"applicationArchivedAt"_s,
                          u"applicationArchivedBy"_s,
                          u"applicationId"_s,
                          u"applicationTitle"_s,
                          u"appliedAt"_s,
                          u"contact"_s,
                          u"currentStage"_s,
                          u"eeoResponseSource"_s,
                          u"eeoSurveyRespondedAt"_s,
                          u"hiredDate"_s,
                          u"hiringManager"_s,
                          u"opportunityId"_s,
                          u"opportunityOwner"_s,
                          u"origin"_s,
                          u"posting"_s,
                          u"sources"_s};

// Only the listed keys leave the sandbox, each present (null when the stored document lacks it), so
// a stray field in a stored document can never leak identity through the anonymous list.
QJsonObject project(const QJsonObject &doc, const QStringList &keys)
{
    QJsonObject out;
    for (const QString &key : keys) {
        const QJsonValue value = doc.value(key);
        if (!value.isUndefined())
            out.insert(key, value);
        else
            out.insert(key, key == u"sources"_s ? QJsonValue(QJsonArray()) : QJsonValue());
    }
    for (const QString &key : kAnswers)
        out.insert(key, doc.value(key).isUndefined() ? QJsonValue() : doc.value(key));
    return out;
}

DocumentStore::Predicate filterFor(SandboxContext &ctx, const Request &request)
{
    const auto start = request.epochMsQuery(u"applied_at_start"_s);
    const auto end = request.epochMsQuery(u"applied_at_end"_s);
    const bool confidential = request.principal.confidentialAccess ||
                              request.principal.kind == Principal::Kind::Admin ||
                              request.principal.hasScope(u"confidential:access:admin"_s);
    return [&ctx, start, end, confidential](const QJsonObject &doc) {
        const qint64 appliedAt = qint64(doc.value(u"appliedAt"_s).toDouble());
        if ((start && appliedAt < *start) || (end && appliedAt > *end))
            return false;
        // Answers about a confidential candidate stay hidden from credentials that may not see them.
        return confidential || !ctx.opportunities.isConfidential(doc.value(u"opportunityId"_s).toString());
    };
}
} // namespace

void EeoRoutes::install(Router &router, SandboxContext &ctx)
{
    router.add("GET", u"/eeo/responses"_s, u"eeo_responses:read:admin"_s, [&ctx](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        const auto page = ctx.docs.page(kKind, std::nullopt, window, filterFor(ctx, request),
                                        [](const QJsonObject &doc) { return project(doc, kAnonymous); });
        return Response::page(page.items, page.hasNext, page.next);
    });

    router.add("GET", u"/eeo/responses/pii"_s, u"eeo_responses_pii:read:admin"_s, [&ctx](Request &request) {
        const PageToken::Window window = PageToken::window(request);
        QJsonArray shown;
        const auto page = ctx.docs.page(kKind, std::nullopt, window, filterFor(ctx, request),
                                        [&shown](const QJsonObject &doc) {
                                            shown.append(doc.value(u"id"_s));
                                            return project(doc, kPii);
                                        });
        // Who saw which candidates' answers: one entry per page read.
        QJsonObject meta{{u"count"_s, shown.size()},
                         {u"responseIds"_s, shown},
                         {u"credential"_s, request.principal.credentialId}};
        if (!request.principal.clientId.isEmpty())
            meta.insert(u"clientId"_s, request.principal.clientId);
        ctx.audit.record(u"eeo.pii_read"_s, request.actingUser(), u"eeo_responses"_s, QString(), meta);
        return Response::page(page.items, page.hasNext, page.next);
    });
}

} // namespace lever::sandbox
