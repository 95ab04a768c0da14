// Value types: real-shaped samples parse, round-trip what they model, and malformed answers (wrong
// types, nulls, truncated JSON) give an error, never a crash.
#include "ApiSamples.h"
#include "LeverApi.h"
#include "Page.h"
#include "Parsers.h"
#include "types/NewOpportunity.h"
#include "types/OpportunityChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever::api;
namespace samples = lever::test::samples;

namespace {
QJsonObject object(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad sample: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Where `out` disagrees with `in` on what both have: keys only one side has are skipped (unknown
// fields are dropped, unset ones written as null), so nested objects are compared key by key.
QString difference(const QJsonValue &in, const QJsonValue &out, const QString &path)
{
    if (in.isObject() && out.isObject()) {
        const QJsonObject a = in.toObject();
        const QJsonObject b = out.toObject();
        for (auto it = b.begin(); it != b.end(); ++it) {
            if (a.contains(it.key())) {
                const QString d = difference(a.value(it.key()), it.value(), path + u'.' + it.key());
                if (!d.isEmpty())
                    return d;
            }
        }
        return {};
    }
    if (in.isArray() && out.isArray()) {
        const QJsonArray a = in.toArray();
        const QJsonArray b = out.toArray();
        if (a.size() != b.size())
            return path + u": array size changed"_s;
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString d = difference(a.at(i), b.at(i), path + u'[' + QString::number(i) + u']');
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (in != out)
        return path + u" changed: "_s +
               QString::fromUtf8(QJsonDocument(QJsonArray{in, out}).toJson(QJsonDocument::Compact));
    return {};
}

// Empty when every key the type writes back equals the sample's, and a second trip is stable.
template <class T> QString roundTripProblem(const QByteArray &json)
{
    const QJsonObject in = object(json);
    QString error;
    const auto value = T::fromJson(in, &error);
    if (!value)
        return u"parse failed: "_s + error;
    const QJsonObject out = value->toJson();
    if (const QString d = difference(in, out, QString()); !d.isEmpty())
        return d;
    const auto again = T::fromJson(out, &error);
    if (!again)
        return u"re-parse failed: "_s + error;
    if (again->toJson() != out)
        return u"second round trip differs"_s;
    return {};
}

// Every key replaced by every JSON type: never a crash; null is always accepted.
template <class T> QString hostileProblem(const QByteArray &json)
{
    const QJsonObject in = object(json);
    const QJsonValue replacements[] = {
        QJsonValue(), QJsonValue(0), QJsonValue(1.5),          QJsonValue(u"x"_s),        QJsonValue(true),
        QJsonArray(), QJsonObject(), QJsonArray{QJsonValue()}, QJsonArray{QJsonObject()}, QJsonValue(1e300)};
    for (auto it = in.begin(); it != in.end(); ++it) {
        for (const QJsonValue &r : replacements) {
            QJsonObject changed = in;
            changed.insert(it.key(), r);
            QString error;
            const auto value = T::fromJson(changed, &error);
            if (r.isNull() && !value)
                return u"null for "_s + it.key() + u" refused: "_s + error;
            if (!value && error.isEmpty())
                return u"refused without a message for "_s + it.key();
        }
    }
    return {};
}

// Every prefix of `{"data": sample}` (all invalid JSON) through the real parser: an error each time.
template <class T> QString truncationProblem(const QByteArray &json, int step)
{
    const QByteArray full = "{\"data\":" + json + "}";
    const auto parser = Parsers::data<T>();
    if (parser(full, 200).error)
        return u"the full sample failed"_s;
    for (qsizetype n = 0; n < full.size() - 1; n += step) {
        const Job::Parsed parsed = parser(full.left(n), 200);
        if (!parsed.error || parsed.error->category() != ApiError::Category::Parse)
            return u"prefix of "_s + QString::number(n) + u" bytes was accepted"_s;
    }
    return {};
}
} // namespace

class TestValues : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void opportunity();
    void opportunityExpanded();
    void contactAndApplication();
    void posting();
    void catalogTypes();
    void userType();
    void scheduling();
    void feedbackAndNotes();
    void filesAndOffers();
    void requisitions();
    void webhookAuditEeo();
    void roundTrips();
    void hostileValues();
    void truncatedJson();
    void wrongTypesNamePaths();
    void pages();
    void requestBodies();
    void filtersAndQueries();
};

void TestValues::opportunity()
{
    QString error;
    const auto o = Opportunity::fromJson(object(samples::opportunity), &error);
    QVERIFY2(o, qPrintable(error));
    QCOMPARE(o->id, u"250d8f03-738a-4bba-a671-8a3d73477145"_s);
    QCOMPARE(o->contact.id, u"7f23e772-d2f3-4e11-9c38-7a0e9dd4b3b2"_s);
    QVERIFY(!o->contact.expanded);
    QCOMPARE(o->phones.size(), 1);
    QCOMPARE(o->phones.first().type, u"mobile"_s);
    QVERIFY(o->isArchived());
    QCOMPARE(o->archived->archivedAt, 1526575955000LL);
    QCOMPARE(o->archived->archivedAtTime().toMSecsSinceEpoch(), 1526575955000LL);
    QCOMPARE(o->stage.id, u"00922a60-7c15-422b-b086-f62000824fd7"_s);
    QCOMPARE(o->stageChanges.size(), 2);
    QCOMPARE(o->stageChanges.at(0).userId.value_or(QString()), u"df0ac5c2-3dc5-4b7e-a4d7-52b0c5a5e9a2"_s);
    QVERIFY(!o->stageChanges.at(1).userId);
    QCOMPARE(o->stageChanges.at(1).toStageIndex, 3);
    QCOMPARE(o->followers.size(), 2);
    QCOMPARE(o->applications.size(), 1);
    QCOMPARE(o->createdAt, 1407460071043LL);
    QCOMPARE(o->createdAtTime().offsetFromUtc(), 0);
    QVERIFY(!o->snoozedUntil);
    QVERIFY(o->dataProtection.isNull());
    QCOMPARE(o->urls.show, u"https://hire.lever.co/candidates/250d8f03-738a-4bba-a671-8a3d73477145"_s);
    QCOMPARE(o->opportunityLocation.value_or(QString()), u"Oakland, CA"_s);
    QVERIFY(!o->isConfidential());
    // Unknown fields are ignored, and an all-null or empty object is a valid (empty) opportunity.
    QVERIFY(Opportunity::fromJson(QJsonObject()));
}

void TestValues::opportunityExpanded()
{
    QString error;
    const auto o = Opportunity::fromJson(object(samples::opportunityExpanded), &error);
    QVERIFY2(o, qPrintable(error));
    QCOMPARE(o->stage.id, u"lead-new"_s);
    QVERIFY(o->stage.expanded);
    QCOMPARE(o->stage.expanded->text, u"New lead"_s);
    QCOMPARE(o->owner.id, u"u1"_s);
    QCOMPARE(o->owner.expanded->jobTitle.value_or(QString()), u"Head of Talent"_s);
    QVERIFY(o->sourcedBy.isNull());
    QCOMPARE(o->followers.size(), 2);
    QVERIFY(o->followers.at(0).expanded);
    QCOMPARE(o->followers.at(1).id, u"u2"_s);
    QVERIFY(!o->followers.at(1).expanded);
    QCOMPARE(Ref<User>::ids(o->followers), (QStringList{u"u1"_s, u"u2"_s}));
    QCOMPARE(o->contact.expanded->location, u"Berlin"_s);
    QCOMPARE(o->applications.first().expanded->posting.value_or(QString()), u"p1"_s);
    // Written back in the form read: objects stay objects, ids stay ids.
    const QJsonObject out = o->toJson();
    QVERIFY(out.value(u"stage"_s).isObject());
    QVERIFY(out.value(u"followers"_s).toArray().at(0).isObject());
    QVERIFY(out.value(u"followers"_s).toArray().at(1).isString());
    QVERIFY(out.value(u"sourcedBy"_s).isNull());
}

void TestValues::contactAndApplication()
{
    QString error;
    const auto c = Contact::fromJson(object(samples::contact), &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->location, u"Lisbon"_s);
    QCOMPARE(c->phones.first().value, u"5555550100"_s);
    QVERIFY(c->dataProtection.contains(u"interviewIntelligence"_s));
    // A plain-string location (PUT bodies use it) is accepted too; a number is not.
    QCOMPARE(Contact::fromJson(QJsonObject{{u"location"_s, u"Porto"_s}})->location, u"Porto"_s);
    QVERIFY(!Contact::fromJson(QJsonObject{{u"location"_s, 5}}, &error));
    QVERIFY(error.contains(u"location"_s));

    const auto a = Application::fromJson(object(samples::application), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->type, u"posting"_s);
    QCOMPARE(a->archived->reason, u"r-1"_s);
    QVERIFY(!a->phone);
    QVERIFY(!a->name);
    QCOMPARE(a->customQuestions.size(), 1);
    QCOMPARE(a->postingOwner.value_or(QString()), u"u-1"_s);
}

void TestValues::posting()
{
    QString error;
    const auto p = Posting::fromJson(object(samples::posting), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->categories.team.value_or(QString()), u"Platform"_s);
    QVERIFY(!p->categories.level);
    QCOMPARE(p->categories.allLocations.size(), 2);
    QCOMPARE(p->content->lists.first().text, u"Requirements"_s);
    QCOMPARE(p->salaryRange->max, 200000.0);
    QCOMPARE(p->salaryRange->interval, u"per-year-salary"_s);
    QCOMPARE(p->urls->apply, u"https://jobs.lever.co/x/p-1/apply"_s);
    QVERIFY(!p->distributionChannels);
    QCOMPARE(p->hiringManager.id, u"u-2"_s);
    QCOMPARE(p->screeningEnabled, std::optional<bool>(false));
    QCOMPARE(p->workplaceType, u"hybrid"_s);

    const auto d = Posting::fromJson(object(samples::draftPosting), &error);
    QVERIFY2(d, qPrintable(error));
    QVERIFY(!d->urls);
    QVERIFY(d->user.isNull());
    QCOMPARE(*d->distributionChannels, (QStringList{u"public"_s, u"internal"_s}));
    QVERIFY(!d->content);
    QVERIFY(d->toJson().value(u"urls"_s).isNull());
}

void TestValues::catalogTypes()
{
    QCOMPARE(Stage::fromJson(object(samples::stage))->text, u"New lead"_s);
    const auto r = ArchiveReason::fromJson(object(samples::archiveReason));
    QVERIFY(r && r->isHired() && r->isActive());
    QVERIFY(!ArchiveReason::fromJson(QJsonObject{{u"type"_s, QJsonValue()}})->type);
    QCOMPARE(Source::fromJson(object(samples::source))->count, 12);
    QCOMPARE(Tag::fromJson(object(samples::tag))->text, u"Rust"_s);
    QCOMPARE(RequisitionField::fromJson(object(samples::requisitionField))->isRequired, true);
}

void TestValues::userType()
{
    QString error;
    const auto u = User::fromJson(object(samples::user), &error);
    QVERIFY2(u, qPrintable(error));
    QCOMPARE(u->accessRole, u"interviewer"_s);
    QVERIFY(!u->isDeactivated());
    QCOMPARE(u->linkedContactIds.value_or(QStringList()), QStringList{u"c-1"_s});
    QVERIFY(!u->photo);
    QCOMPARE(u->createdAtTime().toMSecsSinceEpoch(), 1782974020828LL);
    const QJsonObject body = u->toWriteJson();
    QCOMPARE(body.value(u"jobTitle"_s).toString(), u"Updated Job Title"_s);
    QVERIFY(!body.contains(u"id"_s));
    QVERIFY(!body.contains(u"managerId"_s)); // unset optionals are left out of bodies
}

void TestValues::scheduling()
{
    QString error;
    const auto i = Interview::fromJson(object(samples::interview), &error);
    QVERIFY2(i, qPrintable(error));
    QCOMPARE(i->duration, 45);
    QCOMPARE(i->end().toMSecsSinceEpoch() - i->start().toMSecsSinceEpoch(), 45LL * 60 * 1000);
    QCOMPARE(i->interviewers.first().feedbackTemplate.value_or(QString()), u"no-feedback"_s);
    QVERIFY(!i->interviewers.first().responseStatus);
    const auto p = Panel::fromJson(object(samples::panel), &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY(p->externallyManaged);
    QCOMPARE(p->interviews.size(), 1);
    QCOMPARE(p->interviews.first().interviewers.first().responseStatus.value_or(QString()), u"needsAction"_s);
    // A PUT keeps interview ids and sends interviewers as {id, feedbackTemplate} only.
    const QJsonObject body = p->toWriteJson();
    const QJsonObject first = body.value(u"interviews"_s).toArray().first().toObject();
    QCOMPARE(first.value(u"id"_s).toString(), u"i-1"_s);
    QCOMPARE(first.value(u"interviewers"_s).toArray().first().toObject().keys(),
             (QStringList{u"feedbackTemplate"_s, u"id"_s}));
    QCOMPARE(body.value(u"applications"_s).toArray().size(), 1);
    Panel empty = *p;
    empty.applications.clear();
    QVERIFY(!empty.toWriteJson().contains(u"applications"_s)); // an empty list is invalid for Lever
    QVERIFY(i->toWriteJson(true, false).contains(u"panel"_s));
    QVERIFY(!i->toWriteJson(false, false).contains(u"id"_s));
}

void TestValues::feedbackAndNotes()
{
    QString error;
    const auto f = Feedback::fromJson(object(samples::feedback), &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->score(), u"3 - Hire"_s);
    QCOMPARE(f->fields.size(), 3);
    QVERIFY(f->fields.at(1).hasValue());
    QVERIFY(f->fields.at(1).value.isNull());
    QCOMPARE(f->fields.at(2).value.toArray().size(), 2);
    QCOMPARE(f->user.id, u"u-1"_s);
    // PUT answers call the author userId.
    QCOMPARE(Feedback::fromJson(QJsonObject{{u"userId"_s, u"u-7"_s}})->user.id, u"u-7"_s);

    const auto t = FeedbackTemplate::fromJson(object(samples::feedbackTemplate), &error);
    QVERIFY2(t, qPrintable(error));
    QCOMPARE(t->group->name, u"Engineering"_s);
    QCOMPARE(t->fields.at(1).scores.size(), 2);
    QVERIFY(!t->fields.at(0).hasValue());
    QVERIFY(!t->createdAt);

    const auto n = Note::fromJson(object(samples::note), &error);
    QVERIFY2(n, qPrintable(error));
    QCOMPARE(n->value(), u"Test note @morgan"_s);
    QCOMPARE(n->noteId.value_or(QString()), u"n-1"_s);
    QVERIFY(!n->fields.first().score);

    const auto r = Referral::fromJson(object(samples::referral), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->fields.first().value.toString(), u"Former colleague"_s);
    QCOMPARE(r->referrer, u"u-2"_s);
}

void TestValues::filesAndOffers()
{
    QString error;
    const auto f = File::fromJson(object(samples::file), &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->size, 1234);
    QVERIFY(!f->hasFailed());
    const auto r = Resume::fromJson(object(samples::resume), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->file.name, u"cv.pdf"_s);
    QCOMPARE(r->parsedData.value(u"positions"_s).toArray().size(), 1);
    QCOMPARE(Upload::fromJson(object(samples::upload))->filename, u"cv.pdf"_s);
    const auto o = Offer::fromJson(object(samples::offer), &error);
    QVERIFY2(o, qPrintable(error));
    QCOMPARE(o->field(u"salary_amount"_s).toInt(), 120000);
    QVERIFY(o->field(u"anticipated_start_date"_s).isNull());
    QVERIFY(o->field(u"nope"_s).isUndefined());
    QVERIFY(o->signedDocument.isNull());
    QCOMPARE(o->sentDocument.toObject().value(u"fileName"_s).toString(), u"offer.pdf"_s);
}

void TestValues::requisitions()
{
    QString error;
    const auto r = Requisition::fromJson(object(samples::requisition), &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->headcountTotal, 2);
    QVERIFY(!r->headcountInfinite);
    QCOMPARE(r->compensationBand->currency, u"EUR"_s);
    QCOMPARE(r->postings, QStringList{u"p-1"_s});
    QCOMPARE(r->customFields.value(u"cost_center"_s).toString(), u"R&D"_s);
    const auto created = Requisition::fromJson(object(samples::requisitionCreated), &error);
    QVERIFY2(created, qPrintable(error));
    QVERIFY(created->headcountInfinite);
    QCOMPARE(created->postings, QStringList{u"p-9"_s});
    QCOMPARE(created->offerIds, QStringList{u"of-1"_s});
    QVERIFY(!created->owner);
    QCOMPARE(created->toWriteJson().value(u"headcountTotal"_s).toString(), u"unlimited"_s);
    QCOMPARE(r->toWriteJson().value(u"postingIds"_s).toArray().size(), 1);
    // Numbers as strings are read; other strings are an error.
    QCOMPARE(Requisition::fromJson(QJsonObject{{u"headcountTotal"_s, u"3"_s}})->headcountTotal, 3);
    QVERIFY(!Requisition::fromJson(QJsonObject{{u"headcountTotal"_s, u"many"_s}}, &error));
    QVERIFY(error.contains(u"headcountTotal"_s));
}

void TestValues::webhookAuditEeo()
{
    QString error;
    const auto w = Webhook::fromJson(object(samples::webhook), &error);
    QVERIFY2(w, qPrintable(error));
    QCOMPARE(w->origins, (QStringList{u"applied"_s, u"sourced"_s}));
    QCOMPARE(w->signatureToken.value_or(QString()), u"tok-123"_s);
    QVERIFY(!w->toWriteJson(false).contains(u"id"_s));
    QCOMPARE(w->toWriteJson(true).value(u"id"_s).toString(), u"w-1"_s);
    QVERIFY(!Webhook::fromJson(QJsonObject{{u"configuration"_s, QJsonObject{}}})->signatureToken);

    const auto a = AuditEvent::fromJson(object(samples::auditEvent), &error);
    QVERIFY2(a, qPrintable(error));
    QCOMPARE(a->targetType, u"user"_s);
    QCOMPARE(a->targetId, u"u-9"_s);
    QCOMPARE(a->meta.value(u"changed"_s).toArray().size(), 1);

    const auto pii = EeoResponse::fromJson(object(samples::eeoResponsePii), &error);
    QVERIFY2(pii, qPrintable(error));
    QCOMPARE(pii->opportunityId.value_or(QString()), u"o-1"_s);
    QCOMPARE(pii->race.toArray().first().toString(), u"Asian"_s);
    const auto plain = EeoResponse::fromJson(object(samples::eeoResponse), &error);
    QVERIFY2(plain, qPrintable(error));
    QVERIFY(!plain->id);
    QVERIFY(!plain->toJson().contains(u"opportunityId"_s)); // the anonymous form stays anonymous
}

void TestValues::roundTrips()
{
    const std::pair<const char *, QString> problems[] = {
        {"opportunity", roundTripProblem<Opportunity>(samples::opportunity)},
        {"opportunityExpanded", roundTripProblem<Opportunity>(samples::opportunityExpanded)},
        {"contact", roundTripProblem<Contact>(samples::contact)},
        {"application", roundTripProblem<Application>(samples::application)},
        {"posting", roundTripProblem<Posting>(samples::posting)},
        {"draftPosting", roundTripProblem<Posting>(samples::draftPosting)},
        {"stage", roundTripProblem<Stage>(samples::stage)},
        {"archiveReason", roundTripProblem<ArchiveReason>(samples::archiveReason)},
        {"source", roundTripProblem<Source>(samples::source)},
        {"tag", roundTripProblem<Tag>(samples::tag)},
        {"user", roundTripProblem<User>(samples::user)},
        {"interview", roundTripProblem<Interview>(samples::interview)},
        {"panel", roundTripProblem<Panel>(samples::panel)},
        {"feedback", roundTripProblem<Feedback>(samples::feedback)},
        {"feedbackTemplate", roundTripProblem<FeedbackTemplate>(samples::feedbackTemplate)},
        {"note", roundTripProblem<Note>(samples::note)},
        {"file", roundTripProblem<File>(samples::file)},
        {"resume", roundTripProblem<Resume>(samples::resume)},
        {"upload", roundTripProblem<Upload>(samples::upload)},
        {"offer", roundTripProblem<Offer>(samples::offer)},
        {"requisition", roundTripProblem<Requisition>(samples::requisition)},
        {"requisitionCreated", roundTripProblem<Requisition>(samples::requisitionCreated)},
        {"requisitionField", roundTripProblem<RequisitionField>(samples::requisitionField)},
        {"referral", roundTripProblem<Referral>(samples::referral)},
        {"webhook", roundTripProblem<Webhook>(samples::webhook)},
        {"auditEvent", roundTripProblem<AuditEvent>(samples::auditEvent)},
        {"eeoResponsePii", roundTripProblem<EeoResponse>(samples::eeoResponsePii)},
        {"eeoResponse", roundTripProblem<EeoResponse>(samples::eeoResponse)},
    };
    for (const auto &[name, problem] : problems)
        QVERIFY2(problem.isEmpty(), qPrintable(QString::fromLatin1(name) + u": "_s + problem));
}

void TestValues::hostileValues()
{
    const std::pair<const char *, QString> problems[] = {
        {"opportunity", hostileProblem<Opportunity>(samples::opportunity)},
        {"opportunityExpanded", hostileProblem<Opportunity>(samples::opportunityExpanded)},
        {"contact", hostileProblem<Contact>(samples::contact)},
        {"application", hostileProblem<Application>(samples::application)},
        {"posting", hostileProblem<Posting>(samples::posting)},
        {"user", hostileProblem<User>(samples::user)},
        {"interview", hostileProblem<Interview>(samples::interview)},
        {"panel", hostileProblem<Panel>(samples::panel)},
        {"feedback", hostileProblem<Feedback>(samples::feedback)},
        {"feedbackTemplate", hostileProblem<FeedbackTemplate>(samples::feedbackTemplate)},
        {"note", hostileProblem<Note>(samples::note)},
        {"file", hostileProblem<File>(samples::file)},
        {"resume", hostileProblem<Resume>(samples::resume)},
        {"upload", hostileProblem<Upload>(samples::upload)},
        {"offer", hostileProblem<Offer>(samples::offer)},
        {"requisition", hostileProblem<Requisition>(samples::requisition)},
        {"referral", hostileProblem<Referral>(samples::referral)},
        {"webhook", hostileProblem<Webhook>(samples::webhook)},
        {"auditEvent", hostileProblem<AuditEvent>(samples::auditEvent)},
        {"eeoResponsePii", hostileProblem<EeoResponse>(samples::eeoResponsePii)},
        {"stage", hostileProblem<Stage>(samples::stage)},
        {"archiveReason", hostileProblem<ArchiveReason>(samples::archiveReason)},
        {"source", hostileProblem<Source>(samples::source)},
        {"tag", hostileProblem<Tag>(samples::tag)},
        {"requisitionField", hostileProblem<RequisitionField>(samples::requisitionField)},
    };
    for (const auto &[name, problem] : problems)
        QVERIFY2(problem.isEmpty(), qPrintable(QString::fromLatin1(name) + u": "_s + problem));
}

void TestValues::truncatedJson()
{
    QCOMPARE(truncationProblem<Opportunity>(samples::opportunity, 1), QString());
    QCOMPARE(truncationProblem<Posting>(samples::posting, 3), QString());
    QCOMPARE(truncationProblem<Panel>(samples::panel, 3), QString());
    QCOMPARE(truncationProblem<Feedback>(samples::feedback, 5), QString());
    QCOMPARE(truncationProblem<Requisition>(samples::requisition, 5), QString());
    QCOMPARE(truncationProblem<Webhook>(samples::webhook, 2), QString());
    // Not JSON at all, an array, data missing or not an object.
    const auto parser = Parsers::data<Opportunity>();
    for (const QByteArray &bad :
         {QByteArray(), QByteArray("<html>502</html>"), QByteArray("[1,2]"), QByteArray("{}"),
          QByteArray("{\"data\": []}"), QByteArray("{\"data\": \"x\"}"), QByteArray("\xff\xfe\x00")}) {
        const Job::Parsed parsed = parser(bad, 200);
        QVERIFY2(parsed.error && parsed.error->category() == ApiError::Category::Parse, bad.constData());
    }
}

void TestValues::wrongTypesNamePaths()
{
    QString error;
    QVERIFY(!Opportunity::fromJson(QJsonObject{{u"createdAt"_s, u"yesterday"_s}}, &error));
    QVERIFY2(error.contains(u"createdAt: expected a number, got a string"_s), qPrintable(error));
    QJsonObject o = object(samples::opportunity);
    QJsonArray changes = o.value(u"stageChanges"_s).toArray();
    QJsonObject second = changes.at(1).toObject();
    second.insert(u"updatedAt"_s, true);
    changes.replace(1, second);
    o.insert(u"stageChanges"_s, changes);
    QVERIFY(!Opportunity::fromJson(o, &error));
    QVERIFY2(error.contains(u"stageChanges[1].updatedAt"_s), qPrintable(error));
    QVERIFY(!Opportunity::fromJson(QJsonObject{{u"tags"_s, QJsonArray{u"a"_s, 3}}}, &error));
    QVERIFY2(error.contains(u"tags[1]"_s), qPrintable(error));
    QVERIFY(!Opportunity::fromJson(QJsonObject{{u"owner"_s, 42}}, &error));
    QVERIFY2(error.contains(u"owner: expected an id or an object"_s), qPrintable(error));
    QVERIFY(!Opportunity::fromJson(QJsonObject{{u"createdAt"_s, 1.5}}, &error));
    QVERIFY(!Opportunity::fromJson(QJsonObject{{u"archived"_s, u"yes"_s}}, &error));
}

void TestValues::pages()
{
    const QByteArray opp = samples::opportunity;
    QString error;
    auto page = Page<Opportunity>::fromJson("{\"data\":[" + opp + "," + opp +
                                                "],\"hasNext\":true,"
                                                "\"next\":\"%5B3%2C1%5D\"}",
                                            &error);
    QVERIFY2(page, qPrintable(error));
    QCOMPARE(page->items.size(), 2);
    QVERIFY(page->hasNext);
    QCOMPARE(page->next, u"%5B3%2C1%5D"_s); // kept exactly as sent
    page = Page<Opportunity>::fromJson(R"({"data":[],"hasNext":false})", &error);
    QVERIFY(page && page->items.isEmpty() && !page->hasNext);
    QVERIFY(!Page<Opportunity>::fromJson(R"({"data":[],"hasNext":true})", &error));
    QVERIFY(!Page<Opportunity>::fromJson(R"({"hasNext":false})", &error));
    QVERIFY(!Page<Opportunity>::fromJson(R"({"data":{},"hasNext":false})", &error));
    QVERIFY(!Page<Opportunity>::fromJson(R"({"data":[{"id":"a"},"b"],"hasNext":false})", &error));
    QVERIFY2(error.contains(u"data[1]"_s), qPrintable(error));
    QVERIFY(!Page<Opportunity>::fromJson(R"({"data":[{"id":"a"}],"hasNext":false)", &error));
    const auto created =
        CreatedOpportunity::fromJson(object("{\"data\":" + opp + ",\"deduped\":true}"), &error);
    QVERIFY2(created, qPrintable(error));
    QVERIFY(created->deduped);
    QCOMPARE(created->opportunity.name, u"Shane Smith"_s);
    QVERIFY(!CreatedOpportunity::fromJson(object(R"({"deduped":true})")));
}

void TestValues::requestBodies()
{
    NewOpportunity n;
    n.name = u"Ada Lovelace"_s;
    n.emails = {u"ada@example.com"_s};
    n.posting = u"p-1"_s;
    n.origin = u"sourced"_s;
    QJsonObject body = n.toJson();
    QCOMPARE(body.value(u"postings"_s).toArray(), QJsonArray{u"p-1"_s});
    QVERIFY(!body.contains(u"stage"_s));
    QVERIFY(!body.contains(u"tags"_s));

    OpportunityChanges c;
    c.headline = u"Engineer"_s;
    QCOMPARE(c.toJson().keys(), QStringList{u"headline"_s});

    PostingDraft d;
    d.text = u"Engineer"_s;
    Posting::Categories cats;
    cats.team = u"Platform"_s;
    d.categories = cats;
    body = d.toJson();
    QCOMPARE(body.value(u"categories"_s).toObject().keys(),
             QStringList{u"team"_s}); // partial: others untouched

    NoteDraft note{u"Call back"_s, true, 3, std::nullopt, std::nullopt};
    QCOMPARE(note.toJson().value(u"score"_s).toInt(), 3);
    QVERIFY(!note.toJson().contains(u"notifyFollowers"_s));

    FeedbackDraft f;
    f.baseTemplateId = u"t-1"_s;
    f.fieldValues = {{u"f-1"_s, u"3 - Hire"_s}, {u"f-3"_s, QJsonArray{u"C++"_s}}};
    body = f.toJson();
    QCOMPARE(body.value(u"fieldValues"_s).toArray().size(), 2);
    QVERIFY(!f.toUpdateJson().contains(u"baseTemplateId"_s));
}

void TestValues::filtersAndQueries()
{
    OpportunityFilter f;
    f.tags = {u"C++"_s, u"a,b"_s};
    f.stageIds = {u"lead-new"_s};
    f.archived = false;
    f.createdAt.start = 1000;
    f.confidentiality = Confidentiality::All;
    f.expand = OpportunityExpand::Owner | OpportunityExpand::Stage;
    f.include = OpportunityInclude::Followers;
    QCOMPARE(f.toQuery(),
             QByteArray("tag=C%2B%2B&tag=a%2Cb&stage_id=lead-new&confidentiality=all&"
                        "created_at_start=1000&archived=false&expand=stage&expand=owner&include=followers"));
    PostingFilter p;
    p.states = {u"published"_s};
    p.distributionChannels = {u"public"_s, u"internal"_s};
    QVERIFY(p.validate().isEmpty());
    p.updatedAt.start = 5;
    QVERIFY(!p.validate().isEmpty()); // only combinable with confidentiality
    PostingFilter q;
    q.updatedAt.start = 5;
    q.confidentiality = Confidentiality::NonConfidential;
    QVERIFY(q.validate().isEmpty());
    UserFilter u;
    u.accessRoles = {u"super admin"_s};
    u.includeDeactivated = true;
    QCOMPARE(u.toQuery(), QByteArray("accessRole%5B%5D=super%20admin&includeDeactivated=true"));
    AuditEventFilter a;
    a.types = {u"user.created"_s};
    a.createdAt = TimeRange{1, 2};
    QCOMPARE(a.toQuery(), QByteArray("type=user.created&created_at_start=1&created_at_end=2"));
    RequisitionFilter r;
    r.statuses = {u"onHold"_s};
    QCOMPARE(r.toQuery(), QByteArray("status=onHold"));
}

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
