#include "FeedbackRoutes.h"

#include "BodyReader.h"
#include "ChildDocuments.h"
#include "Database.h"
#include "DocumentStore.h"
#include "FeedbackForm.h"
#include "OpportunityRoutes.h"
#include "PageToken.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// The account id Lever puts on updated feedback; shared with the OAuth server's token claims.
QString accountId(SandboxContext &ctx)
{
    QString id = ctx.db.metaValue(u"oauth.accountId"_s);
    if (id.isEmpty()) {
        id = SandboxContext::newId();
        ctx.db.setMetaValue(u"oauth.accountId"_s, id);
    }
    return id;
}

qint64 pastTimestamp(const BodyReader &body, const QString &key, qint64 now, qint64 fallback)
{
    const auto value = body.timestamp(key);
    if (value && *value > now)
        throw SandboxError::badRequest(key + u" cannot be in the future"_s);
    return value.value_or(fallback);
}

// Adds or removes a feedback id on the interview it was given for.
void linkToInterview(SandboxContext &ctx, const QJsonObject &feedback, bool link)
{
    const QString interviewId = feedback.value(u"interview"_s).toString();
    if (interviewId.isEmpty())
        return;
    auto interview = ctx.docs.get(u"interview"_s, interviewId);
    if (!interview)
        return;
    QJsonArray forms = interview->value(u"feedbackForms"_s).toArray();
    const QJsonValue id = feedback.value(u"id"_s);
    for (qsizetype i = forms.size() - 1; i >= 0; --i) {
        if (forms.at(i) == id)
            forms.removeAt(i);
    }
    if (link)
        forms.append(id);
    interview->insert(u"feedbackForms"_s, forms);
    ctx.docs.put(u"interview"_s, interviewId, ctx.docs.parentOf(u"interview"_s, interviewId), *interview);
}

QJsonObject createFeedback(SandboxContext &ctx, const Request &request, const QString &opportunityId)
{
    const BodyReader body(request.jsonBody());
    const QString templateId = body.requiredString(u"baseTemplateId"_s);
    const auto templ = ctx.docs.get(u"feedback_template"_s, templateId);
    if (!templ)
        throw SandboxError::badRequest(u"baseTemplateId: feedback template "_s + templateId +
                                       u" was not found"_s);

    QJsonValue panel, interview;
    if (body.has(u"panel"_s) != body.has(u"interview"_s))
        throw SandboxError::badRequest(u"panel and interview go together: give both or neither"_s);
    if (body.has(u"panel"_s)) {
        const QString panelId = body.requiredString(u"panel"_s);
        const QString interviewId = body.requiredString(u"interview"_s);
        if (!ctx.docs.get(u"panel"_s, panelId) || ctx.docs.parentOf(u"panel"_s, panelId) != opportunityId)
            throw SandboxError::badRequest(u"panel: "_s + panelId + u" is not a panel of this opportunity"_s);
        const auto doc = ctx.docs.get(u"interview"_s, interviewId);
        if (!doc || ctx.docs.parentOf(u"interview"_s, interviewId) != opportunityId ||
            doc->value(u"panel"_s).toString() != panelId)
            throw SandboxError::badRequest(u"interview: "_s + interviewId +
                                           u" is not an interview of panel "_s + panelId);
        panel = panelId;
        interview = interviewId;
    }
    const QJsonArray fields = FeedbackForm::fill(templ->value(u"fields"_s).toArray(),
                                                 body.array(u"fieldValues"_s).value_or(QJsonArray()));
    const qint64 now = ctx.now();
    const qint64 createdAt = pastTimestamp(body, u"createdAt"_s, now, now);
    const qint64 completedAt = pastTimestamp(body, u"completedAt"_s, now, now);
    const QString id = SandboxContext::newId();
    const QJsonObject feedback{
        {u"id"_s, id},
        {u"type"_s, interview.isNull() ? u"user"_s : u"interview"_s},
        {u"text"_s, templ->value(u"text"_s)},
        {u"instructions"_s, templ->value(u"instructions"_s).toString()},
        {u"baseTemplateId"_s, templateId},
        {u"panel"_s, panel},
        {u"interview"_s, interview},
        {u"user"_s, request.actingUser()},
        {u"fields"_s, fields},
        {u"createdAt"_s, createdAt},
        {u"completedAt"_s, completedAt},
        {u"updatedAt"_s, QJsonValue()},
        {u"deletedAt"_s, QJsonValue()},
    };
    Transaction tx(ctx.db);
    ctx.docs.put(u"feedback"_s, id, opportunityId, feedback);
    linkToInterview(ctx, feedback, true);
    tx.commit();
    return feedback;
}

QJsonObject updateFeedback(SandboxContext &ctx, const Request &request, const QString &opportunityId,
                           QJsonObject feedback)
{
    const BodyReader body(request.jsonBody());
    const qint64 now = ctx.now();
    // PUT replaces the answers: fields left out of fieldValues are cleared.
    feedback.insert(u"fields"_s, FeedbackForm::fill(feedback.value(u"fields"_s).toArray(),
                                                    body.array(u"fieldValues"_s).value_or(QJsonArray())));
    const qint64 completed = qint64(feedback.value(u"completedAt"_s).toDouble(double(now)));
    feedback.insert(u"completedAt"_s, pastTimestamp(body, u"completedAt"_s, now, completed));
    feedback.insert(u"updatedAt"_s, now);
    ctx.docs.put(u"feedback"_s, feedback.value(u"id"_s).toString(), opportunityId, feedback);
    // The recorded PUT answer also names the account, the profile and the author's id.
    feedback.insert(u"accountId"_s, accountId(ctx));
    feedback.insert(u"profileId"_s, opportunityId);
    feedback.insert(u"userId"_s, feedback.value(u"user"_s));
    return feedback;
}
} // namespace

void FeedbackRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"feedback:read:admin"_s;
    const QString write = u"feedback:write:admin"_s;
    auto opp = [&ctx](const Request &request) {
        return OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s))
            .value(u"id"_s)
            .toString();
    };
    auto feedback = [&ctx](const Request &request) {
        return ChildDocuments::require(ctx, u"feedback"_s, request.param(u"id"_s),
                                       request.param(u"feedbackId"_s), u"Feedback"_s);
    };

    router.add("GET", u"/opportunities/:id/feedback"_s, read, [&ctx, opp](Request &request) {
        const QString id = opp(request);
        const auto p = ctx.docs.page(u"feedback"_s, id, PageToken::window(request));
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("GET", u"/opportunities/:id/feedback/:feedbackId"_s, read, [opp, feedback](Request &request) {
        opp(request);
        return Response::data(feedback(request));
    });
    router.add("POST", u"/opportunities/:id/feedback"_s, write, [&ctx, opp](Request &request) {
        return Response::data(createFeedback(ctx, request, opp(request)), 201);
    });
    router.add("PUT", u"/opportunities/:id/feedback/:feedbackId"_s, write,
               [&ctx, opp, feedback](Request &request) {
                   const QString id = opp(request);
                   return Response::data(updateFeedback(ctx, request, id, feedback(request)));
               });
    router.add("DELETE", u"/opportunities/:id/feedback/:feedbackId"_s, write,
               [&ctx, opp, feedback](Request &request) {
                   opp(request);
                   const QJsonObject doc = feedback(request);
                   Transaction tx(ctx.db);
                   ctx.docs.remove(u"feedback"_s, doc.value(u"id"_s).toString());
                   linkToInterview(ctx, doc, false);
                   tx.commit();
                   return Response::noContent();
               });

    const QString templates = u"feedback_templates:read:admin"_s;
    router.add("GET", u"/feedback_templates"_s, templates, [&ctx](Request &request) {
        const auto p = ctx.docs.page(u"feedback_template"_s, std::nullopt, PageToken::window(request), {},
                                     &FeedbackForm::served);
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("GET", u"/feedback_templates/:id"_s, templates, [&ctx](Request &request) {
        return Response::data(FeedbackForm::served(
            ctx.docs.require(u"feedback_template"_s, request.param(u"id"_s), u"Feedback template"_s)));
    });
}

} // namespace lever::sandbox
