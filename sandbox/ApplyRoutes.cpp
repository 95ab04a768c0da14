#include "ApplyRoutes.h"

#include "ApplicationForm.h"
#include "ApplyValidator.h"
#include "ConfidentialFilter.h"
#include "Database.h"
#include "DocumentStore.h"
#include "FileContent.h"
#include "OpportunityAttachments.h"
#include "OpportunityFactory.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QJsonObject requirePosting(SandboxContext &ctx, const Request &request)
{
    const QJsonObject posting = ctx.docs.require(u"posting"_s, request.param(u"id"_s), u"Posting"_s);
    ConfidentialFilter::requireVisible(request, posting, u"Posting"_s);
    return posting;
}

bool isActiveUser(SandboxContext &ctx, const QString &id)
{
    const auto user = id.isEmpty() ? std::nullopt : ctx.docs.get(u"user"_s, id);
    return user && user->value(u"deactivatedAt"_s).isNull();
}

// The POST /opportunities request the applicant amounts to, for OpportunityFactory.
Request opportunityRequest(SandboxContext &ctx, const Request &request, const QJsonObject &posting,
                           const ApplyValidator::Applicant &a)
{
    QJsonObject body{{u"name"_s, a.name},
                     {u"emails"_s, QJsonArray{a.email}},
                     {u"origin"_s, u"applied"_s},
                     {u"stage"_s, u"applicant-new"_s},
                     {u"postings"_s, QJsonArray{posting.value(u"id"_s)}},
                     {u"links"_s, QJsonArray::fromStringList(a.links)},
                     {u"sources"_s, QJsonArray::fromStringList(a.sources)}};
    if (!a.phone.isEmpty())
        body.insert(u"phones"_s, QJsonArray{QJsonObject{{u"value"_s, a.phone}}});
    if (!a.location.isEmpty())
        body.insert(u"location"_s, a.location);
    // Lever shows an applicant's current company as their headline.
    if (!a.company.isEmpty())
        body.insert(u"headline"_s, a.company);
    Request inner = request;
    inner.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    inner.headers.insert("content-type", "application/json");
    inner.query.clear();
    inner.rawQuery.clear();
    // Nobody in the account applied: the posting's owner owns and follows the new candidate.
    if (isActiveUser(ctx, posting.value(u"owner"_s).toString())) {
        inner.query.append({u"perform_as_posting_owner"_s, u"true"_s});
        inner.rawQuery = "perform_as_posting_owner=true";
    }
    return inner;
}

// The factory's hand-added application, turned into the one the applicant filled in.
QJsonObject appliedApplication(QJsonObject application, const ApplyValidator::Applicant &a)
{
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    application.insert(u"type"_s, u"posting"_s);
    application.insert(u"user"_s, QJsonValue());
    application.insert(u"name"_s, a.name);
    application.insert(u"email"_s, a.email);
    application.insert(u"phone"_s, a.phone.isEmpty()
                                       ? QJsonValue()
                                       : QJsonObject{{u"type"_s, QJsonValue()}, {u"value"_s, a.phone}});
    application.insert(u"company"_s, orNull(a.company));
    application.insert(u"links"_s, QJsonArray::fromStringList(a.links));
    application.insert(u"comments"_s, orNull(a.comments));
    application.insert(u"customQuestions"_s, a.customQuestions);
    for (auto it = a.browser.begin(); it != a.browser.end(); ++it)
        application.insert(it.key(), it.value());
    return application;
}

// An EEO response in the shape of GET /eeo/responses/pii, as the survey on the jobs page leaves one.
QJsonObject eeoResponse(SandboxContext &ctx, const QJsonObject &opp, const QJsonObject &posting,
                        const QString &applicationId, const QJsonObject &answers)
{
    QJsonObject eeo{{u"id"_s, SandboxContext::newId()},
                    {u"opportunityId"_s, opp.value(u"id"_s)},
                    {u"contact"_s, opp.value(u"contact"_s)},
                    {u"applicationId"_s, applicationId},
                    {u"posting"_s, posting.value(u"id"_s)},
                    {u"applicationTitle"_s, posting.value(u"text"_s)},
                    {u"appliedAt"_s, opp.value(u"createdAt"_s)},
                    {u"currentStage"_s, opp.value(u"stage"_s)},
                    {u"origin"_s, opp.value(u"origin"_s)},
                    {u"sources"_s, opp.value(u"sources"_s)},
                    {u"opportunityOwner"_s, opp.value(u"owner"_s)},
                    {u"hiringManager"_s, posting.value(u"hiringManager"_s)},
                    {u"eeoResponseSource"_s, u"application"_s},
                    {u"eeoSurveyRespondedAt"_s, ctx.now()},
                    {u"applicationArchiveReason"_s, QJsonValue()},
                    {u"applicationArchivedAt"_s, QJsonValue()},
                    {u"applicationArchivedBy"_s, QJsonValue()},
                    {u"hiredDate"_s, QJsonValue()}};
    for (auto it = answers.begin(); it != answers.end(); ++it)
        eeo.insert(it.key(), it.value());
    return eeo;
}

Response apply(SandboxContext &ctx, Request &request)
{
    const QJsonObject posting = requirePosting(ctx, request);
    const QString postingId = posting.value(u"id"_s).toString();
    const QString state = posting.value(u"state"_s).toString();
    if (state != u"published"_s)
        throw SandboxError::badRequest(u"Posting "_s + postingId + u" is "_s + state +
                                       u" and does not take applications; only published postings do"_s);
    const ApplyValidator::Applicant a =
        ApplyValidator(ctx, ApplicationForm::of(posting)).read(request.jsonBody());
    std::optional<QByteArray> resume;
    if (!a.resumeUploadId.isEmpty()) {
        resume = FileContent::blob(ctx.db, a.resumeUploadId);
        if (!resume)
            throw SandboxError::badRequest(u"personalInformation: resume: upload "_s + a.resumeUploadId +
                                           u" has no content"_s);
    }

    const OpportunityFactory::Result created =
        OpportunityFactory::create(ctx, opportunityRequest(ctx, request, posting, a));
    const QJsonObject &opp = created.opportunity;
    const QString oppId = opp.value(u"id"_s).toString();
    const QString applicationId = opp.value(u"applications"_s).toArray().at(0).toString();
    Transaction tx(ctx.db);
    const QJsonObject application = ctx.docs.require(u"application"_s, applicationId, u"Application"_s);
    ctx.docs.put(u"application"_s, applicationId, oppId, appliedApplication(application, a));
    if (resume) {
        const auto upload = ctx.docs.get(u"upload"_s, a.resumeUploadId);
        MultipartParser::Part part{u"resume"_s, upload->value(u"filename"_s).toString(), {}, *resume};
        OpportunityAttachments::storeResume(
            ctx, oppId, part, QJsonObject{{u"positions"_s, QJsonArray()}, {u"schools"_s, QJsonArray()}});
    }
    if (!a.eeo.isEmpty()) {
        const QJsonObject eeo = eeoResponse(ctx, opp, posting, applicationId, a.eeo);
        ctx.docs.put(u"eeo_response"_s, eeo.value(u"id"_s).toString(), oppId, eeo);
    }
    tx.commit();
    return Response::data(QJsonObject{{u"applicationId"_s, applicationId}}, 201);
}
} // namespace

void ApplyRoutes::install(Router &router, SandboxContext &ctx)
{
    router.add("GET", u"/postings/:id/apply"_s, u"postings:read:admin"_s, [&ctx](Request &request) {
        return Response::data(ApplicationForm::of(requirePosting(ctx, request)));
    });
    router.add("POST", u"/postings/:id/apply"_s, u"postings:write:admin"_s,
               [&ctx](Request &request) { return apply(ctx, request); });
}

} // namespace lever::sandbox
