#include "OpportunityFactory.h"

#include "BodyFields.h"
#include "ContactDirectory.h"
#include "Database.h"
#include "DocumentStore.h"
#include "FileActions.h"
#include "FileContent.h"
#include "OpportunityAttachments.h"
#include "OpportunityEvents.h"
#include "OpportunityForm.h"
#include "OpportunityStore.h"
#include "Request.h"
#include "ResumeParser.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kOrigins = {u"agency"_s,   u"applied"_s, u"internal"_s,
                              u"referred"_s, u"sourced"_s, u"university"_s};

// The validated request, before anything is written.
struct Input
{
    std::optional<QJsonObject> contact; // from `contact` or found by email
    bool deduped = false;
    QString name, headline, location, opportunityLocation, origin, stage, owner, actor;
    QStringList emails, links, tags, sources, followers;
    QJsonArray phones;
    std::optional<QJsonObject> posting;
    qint64 createdAt = 0;
    QJsonValue archived; // null or {reason, archivedAt}
    bool confidential = false;
};

bool queryFlag(const Request &request, const QString &name)
{
    if (!request.hasQuery(name))
        return false;
    const QString value = request.queryValue(name);
    if (value == u"true"_s)
        return true;
    if (value == u"false"_s)
        return false;
    throw SandboxError::badRequest(name + u" must be true or false"_s);
}

bool canSeeConfidential(const Request &request)
{
    return request.principal.confidentialAccess || request.principal.kind == Principal::Kind::Admin ||
           request.principal.hasScope(u"confidential:access:admin"_s);
}

Input parse(SandboxContext &ctx, const Request &request, const BodyFields &f)
{
    const qint64 now = ctx.now();
    Input in;
    if (const auto contactId = f.string(u"contact"_s, BodyFields::kMaxText, false)) {
        in.contact = ContactDirectory::find(ctx, *contactId);
        if (!in.contact)
            throw SandboxError::badRequest(u"contact: contact "_s + *contactId + u" was not found"_s);
        in.deduped = true;
    }
    const auto name = f.string(u"name"_s, BodyFields::kMaxText, false);
    if (!name && !in.contact)
        throw SandboxError::badRequest(u"name is required (or an existing contact)"_s);
    in.name = name.value_or(QString());
    in.headline = f.string(u"headline"_s).value_or(QString());
    in.location = f.string(u"location"_s).value_or(QString());
    in.opportunityLocation = f.string(u"opportunityLocation"_s).value_or(in.location);
    in.emails = f.emails(u"emails"_s).value_or(QStringList());
    in.phones = f.phones(u"phones"_s).value_or(QJsonArray());
    in.links = f.strings(u"links"_s, BodyFields::kMaxLink).value_or(QStringList());
    in.tags = f.strings(u"tags"_s).value_or(QStringList());
    in.sources = f.strings(u"sources"_s).value_or(QStringList());

    in.origin = f.string(u"origin"_s).value_or(u"sourced"_s);
    if (!kOrigins.contains(in.origin))
        throw SandboxError::badRequest(u"origin must be one of "_s + kOrigins.join(u", "_s));
    in.stage = f.string(u"stage"_s, BodyFields::kMaxText, false).value_or(u"lead-new"_s);
    BodyFields::stage(ctx, in.stage, u"stage"_s);

    const QStringList postings = f.strings(u"postings"_s).value_or(QStringList());
    if (postings.size() > 1)
        throw SandboxError::badRequest(u"postings takes at most one posting id"_s);
    if (!postings.isEmpty()) {
        in.posting = ctx.docs.get(u"posting"_s, postings.first());
        if (!in.posting)
            throw SandboxError::badRequest(u"postings[0]: posting "_s + postings.first() +
                                           u" was not found"_s);
        in.confidential = in.posting->value(u"confidentiality"_s).toString() == u"confidential"_s;
        if (in.confidential && !canSeeConfidential(request))
            throw SandboxError::forbidden(u"postings[0]: posting "_s + postings.first() +
                                          u" is confidential"_s);
    }
    in.actor = request.actingUser();
    if (queryFlag(request, u"perform_as_posting_owner"_s)) {
        if (!in.posting)
            throw SandboxError::badRequest(u"perform_as_posting_owner needs a posting in postings"_s);
        in.actor = in.posting->value(u"owner"_s).toString();
        BodyFields::activeUser(ctx, in.actor, u"perform_as_posting_owner"_s);
    }
    in.owner = f.string(u"owner"_s, BodyFields::kMaxText, false).value_or(in.actor);
    BodyFields::activeUser(ctx, in.owner, u"owner"_s);
    const QStringList followers = f.strings(u"followers"_s).value_or(QStringList());
    for (qsizetype i = 0; i < followers.size(); ++i)
        BodyFields::activeUser(ctx, followers.at(i), u"followers["_s + QString::number(i) + u']');
    // The creator and the owner follow the profile, as in Lever's UI.
    in.followers = followers;
    for (const QString &user : {in.actor, in.owner}) {
        if (!user.isEmpty() && !in.followers.contains(user))
            in.followers.append(user);
    }

    in.createdAt = f.timestamp(u"createdAt"_s).value_or(now);
    if (in.createdAt > now)
        throw SandboxError::badRequest(u"createdAt must not be in the future"_s);
    if (const auto archived = f.object(u"archived"_s)) {
        const BodyFields a(*archived, u"archived."_s);
        const QString reason = a.requiredString(u"reason"_s);
        BodyFields::activeArchiveReason(ctx, reason, u"archived.reason"_s);
        const qint64 at = a.timestamp(u"archivedAt"_s).value_or(now);
        if (at > now || at < in.createdAt)
            throw SandboxError::badRequest(u"archived.archivedAt must lie between createdAt and now"_s);
        in.archived = QJsonObject{{u"reason"_s, reason}, {u"archivedAt"_s, at}};
    }
    return in;
}
} // namespace

QStringList OpportunityFactory::postingTags(const QJsonObject &posting)
{
    const QJsonObject categories = posting.value(u"categories"_s).toObject();
    QStringList tags;
    for (const QJsonValue &v :
         {posting.value(u"text"_s), categories.value(u"department"_s), categories.value(u"team"_s),
          categories.value(u"location"_s), categories.value(u"commitment"_s)}) {
        const QString tag = v.toString().trimmed();
        if (!tag.isEmpty() && !tags.contains(tag))
            tags.append(tag);
    }
    return tags;
}

QJsonObject OpportunityFactory::application(const QString &id, const QJsonObject &opp,
                                            const QJsonObject &posting, const QString &userId,
                                            qint64 createdAt)
{
    const QJsonValue owner = posting.value(u"owner"_s);
    const QJsonValue manager = posting.value(u"hiringManager"_s);
    return QJsonObject{
        {u"id"_s, id},
        {u"type"_s, u"user"_s},
        {u"candidateId"_s, opp.value(u"id"_s)},
        {u"opportunityId"_s, opp.value(u"id"_s)},
        {u"posting"_s, posting.value(u"id"_s)},
        {u"postingOwner"_s, owner.isString() ? owner : QJsonValue()},
        {u"postingHiringManager"_s, manager.isString() ? manager : QJsonValue()},
        {u"user"_s, userId},
        {u"name"_s, QJsonValue()},
        {u"email"_s, QJsonValue()},
        {u"phone"_s, QJsonValue()},
        {u"company"_s, QJsonValue()},
        {u"links"_s, QJsonArray()},
        {u"comments"_s, QJsonValue()},
        {u"customQuestions"_s, QJsonArray()},
        {u"createdAt"_s, createdAt},
        {u"archived"_s, opp.value(u"archived"_s)},
        {u"requisitionForHire"_s, QJsonValue()},
        {u"ipAddress"_s, QJsonValue()},
        {u"userAgent"_s, QJsonValue()},
        {u"acceptLanguage"_s, QJsonValue()},
        {u"referer"_s, QJsonValue()},
        {u"timezone"_s, QJsonValue()},
    };
}

OpportunityFactory::Result OpportunityFactory::create(SandboxContext &ctx, const Request &request)
{
    // JSON, or multipart when a resume or files come along (the same fields, in form notation).
    OpportunityForm::Parsed form;
    if (request.contentType().startsWith("multipart/"))
        form = OpportunityForm::parse(request.header("content-type"), request.body);
    else
        form.body = request.jsonBody();
    // parse=true reads the resume into the fields the request left out, before the email dedupe.
    QJsonObject parsedData{{u"positions"_s, QJsonArray()}, {u"schools"_s, QJsonArray()}};
    if (queryFlag(request, u"parse"_s) && form.resume) {
        const QString text = ResumeParser::text(FileContent::extensionOf(*form.resume->fileName),
                                                form.resume->data);
        ResumeParser::fill(form.body, ResumeParser::details(text));
    }
    Input in = parse(ctx, request, BodyFields(form.body));
    if (!in.contact) {
        if (const auto existing = ContactDirectory::findByEmails(ctx, in.emails)) {
            in.contact = ContactDirectory::find(ctx, *existing);
            in.deduped = in.contact.has_value();
        }
    }
    QJsonObject contact;
    bool contactChanged = false;
    if (in.deduped) {
        // The person is known: the new details join theirs; blanks they had are filled in.
        contact = *in.contact;
        contactChanged = ContactDirectory::merge(contact, in.emails, in.phones, in.links);
        if (contact.value(u"headline"_s).toString().isEmpty() && !in.headline.isEmpty()) {
            contact.insert(u"headline"_s, in.headline);
            contactChanged = true;
        }
        if (ContactDirectory::locationName(contact).isEmpty() && !in.location.isEmpty()) {
            contact.insert(u"location"_s, QJsonObject{{u"name"_s, in.location}});
            contactChanged = true;
        }
    } else {
        contact = ContactDirectory::make(SandboxContext::newId(), in.name, in.headline, in.location,
                                         in.emails, in.phones, in.links);
    }

    const qint64 now = ctx.now();
    const QString id = SandboxContext::newId();
    const QList<QJsonObject> stages = ctx.docs.all(u"stage"_s);
    qsizetype stageIndex = 0;
    while (stageIndex < stages.size() && stages.at(stageIndex).value(u"id"_s).toString() != in.stage)
        ++stageIndex;
    QStringList tags = in.tags;
    QStringList postingIds;
    QString applicationId;
    if (in.posting) {
        for (const QString &tag : postingTags(*in.posting)) {
            if (!tags.contains(tag))
                tags.append(tag);
        }
        postingIds.append(in.posting->value(u"id"_s).toString());
        applicationId = SandboxContext::newId();
    }
    QJsonObject opp{
        {u"id"_s, id},
        {u"confidentiality"_s, in.confidential ? u"confidential"_s : u"non-confidential"_s},
        {u"opportunityLocation"_s, in.opportunityLocation},
        {u"archived"_s, in.archived},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"sources"_s, QJsonArray::fromStringList(in.sources)},
        {u"stage"_s, in.stage},
        {u"stageChanges"_s, QJsonArray{QJsonObject{{u"toStageId"_s, in.stage},
                                                   {u"toStageIndex"_s, stageIndex},
                                                   {u"updatedAt"_s, in.createdAt},
                                                   {u"userId"_s, in.actor}}}},
        {u"origin"_s, in.origin},
        {u"sourcedBy"_s, in.origin == u"sourced"_s ? QJsonValue(in.actor) : QJsonValue()},
        {u"owner"_s, in.owner},
        {u"followers"_s, QJsonArray::fromStringList(in.followers)},
        {u"applications"_s, applicationId.isEmpty() ? QJsonArray() : QJsonArray{applicationId}},
        {u"createdAt"_s, in.createdAt},
        {u"updatedAt"_s, now},
        {u"lastInteractionAt"_s, now},
        {u"lastAdvancedAt"_s, in.createdAt},
        {u"snoozedUntil"_s, QJsonValue()},
        {u"urls"_s, QJsonObject{{u"list"_s, QString(ctx.origin + u"/candidates"_s)},
                                {u"show"_s, QString(ctx.origin + u"/candidates/"_s + id)}}},
        {u"dataProtection"_s, QJsonValue()},
        {u"isAnonymized"_s, false},
    };
    ContactDirectory::applyTo(opp, contact);

    Transaction tx(ctx.db);
    if (!in.deduped || contactChanged)
        ContactDirectory::save(ctx, contact);
    ctx.opportunities.save(opp, postingIds);
    if (in.posting)
        ctx.docs.put(u"application"_s, applicationId, id,
                     application(applicationId, opp, *in.posting, in.actor, in.createdAt));
    if (form.resume)
        OpportunityAttachments::storeResume(ctx, id, *form.resume, parsedData);
    for (const MultipartParser::Part &file : std::as_const(form.files))
        FileActions::record(ctx, id, u"uploaded"_s,
                            OpportunityAttachments::storeFile(ctx, id, file, SandboxContext::newId()),
                            in.actor);
    tx.commit();

    if (!in.deduped)
        OpportunityEvents::contactCreated(ctx, contact.value(u"id"_s).toString());
    else if (contactChanged)
        OpportunityEvents::contactUpdated(ctx, contact.value(u"id"_s).toString());
    if (in.posting)
        OpportunityEvents::applicationCreated(ctx, opp, applicationId, postingIds.first());
    return {opp, in.deduped};
}

} // namespace lever::sandbox
