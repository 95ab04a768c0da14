// Contacts (GET/PUT /contacts/:id and their propagation), the read-only lists of applications, offers
// and referrals, and deleted candidates.
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
QStringList ids(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out.append(v.toObject().value(u"id"_s).toString());
    return out;
}

QJsonObject offer(const QString &id, const QString &oppId)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"createdAt"_s, qint64(1700000000000)},
        {u"status"_s, u"signed"_s},
        {u"creator"_s, u"user-1"_s},
        {u"fields"_s,
         QJsonArray{QJsonObject{
             {u"text"_s, u"Salary"_s}, {u"identifier"_s, u"salary_amount"_s}, {u"value"_s, 120000}}}},
        {u"signatures"_s, QJsonObject{{u"candidate"_s, QJsonObject{{u"signed"_s, true}}}}},
        {u"approved"_s, true},
        {u"approvedAt"_s, qint64(1700000100000)},
        {u"sentAt"_s, qint64(1700000200000)},
        {u"sentDocument"_s, QJsonValue()},
        {u"signedDocument"_s, QJsonValue()},
        {u"posting"_s, u"posting-1"_s},
        {u"opportunityId"_s, oppId},
    };
}

QJsonObject referral(const QString &id)
{
    return QJsonObject{
        {u"id"_s, id},
        {u"type"_s, u"referral"_s},
        {u"text"_s, u"Referral"_s},
        {u"instructions"_s, u"Tell us about them"_s},
        {u"fields"_s, QJsonArray{QJsonObject{{u"type"_s, u"referral-relationship"_s},
                                             {u"text"_s, u"Relationship"_s},
                                             {u"description"_s, u""_s},
                                             {u"required"_s, true},
                                             {u"value"_s, u"Former colleague"_s}}}},
        {u"baseTemplateId"_s, u"template-1"_s},
        {u"user"_s, u"user-1"_s},
        {u"referrer"_s, u"user-1"_s},
        {u"stage"_s, u"lead-new"_s},
        {u"createdAt"_s, qint64(1700000000000)},
        {u"completedAt"_s, qint64(1700000000000)},
    };
}
} // namespace

class TestContacts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void getContact();
    void putContactPropagates();
    void putContactRefusals();
    void applications();
    void offers();
    void referrals();
    void deletedCandidates();
};

void TestContacts::getContact()
{
    SandboxFixture f;
    const auto created =
        f.post(u"/opportunities"_s,
               QJsonObject{{u"name"_s, u"Radia Perlman"_s},
                           {u"headline"_s, u"Engineer"_s},
                           {u"location"_s, u"Seattle"_s},
                           {u"emails"_s, QJsonArray{u"radia@example.com"_s}},
                           {u"phones"_s,
                            QJsonArray{QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, u"555-0100"_s}}}}});
    const QString contact = created.data().value(u"contact"_s).toString();
    auto r = f.get(u"/contacts/"_s + contact);
    QCOMPARE(r.status, 200);
    const QJsonObject c = r.data();
    const QStringList problems = SandboxFixture::shapeProblems(c, {{u"id"_s, u"string"_s},
                                                                   {u"name"_s, u"string"_s},
                                                                   {u"headline"_s, u"string"_s},
                                                                   {u"location"_s, u"object"_s},
                                                                   {u"emails"_s, u"array"_s},
                                                                   {u"phones"_s, u"array"_s},
                                                                   {u"isAnonymized"_s, u"boolean"_s},
                                                                   {u"dataProtection"_s, u"object"_s}});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QCOMPARE(c.value(u"id"_s).toString(), contact);
    QCOMPARE(c.value(u"location"_s).toObject().value(u"name"_s).toString(), u"Seattle"_s);
    QCOMPARE(c.value(u"phones"_s).toArray().at(0).toObject(),
             (QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, u"555-0100"_s}}));
    const QJsonObject intelligence =
        c.value(u"dataProtection"_s).toObject().value(u"interviewIntelligence"_s).toObject();
    QVERIFY(intelligence.value(u"allowed"_s).isBool());
    QVERIFY(intelligence.value(u"expiresAt"_s).isNull());

    // A contact known only through opportunities written straight into the store is served too.
    const QJsonObject seeded = f.seedOpportunity();
    r = f.get(u"/contacts/"_s + seeded.value(u"contact"_s).toString());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"name"_s).toString(), u"Test Person"_s);
    QCOMPARE(r.data().value(u"location"_s).toObject().value(u"name"_s).toString(), u"Berlin"_s);

    QCOMPARE(f.get(u"/contacts/nope"_s).status, 404);
    const QString noScope = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, true);
    QCOMPARE(f.get(u"/contacts/"_s + contact, noScope).status, 403);
    // A person known only through confidential opportunities needs confidential access.
    const QJsonObject secret = f.seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}});
    const QString plain = f.sandbox().createApiKey({u"contact:read:admin"_s}, false);
    QCOMPARE(f.get(u"/contacts/"_s + secret.value(u"contact"_s).toString(), plain).status, 403);
    QCOMPARE(f.get(u"/contacts/"_s + contact, plain).status, 200);
}

void TestContacts::putContactPropagates()
{
    SandboxFixture f;
    qint64 now = f.sandbox().context().now();
    f.sandbox().context().clock = [&now] { return now; };
    const QJsonObject person{{u"name"_s, u"Frances Allen"_s},
                             {u"emails"_s, QJsonArray{u"fran@example.com"_s}}};
    const QJsonObject a = f.post(u"/opportunities"_s, person).data();
    const QJsonObject b = f.post(u"/opportunities"_s, person).data();
    const QJsonObject stranger = f.post(u"/opportunities"_s, QJsonObject{{u"name"_s, u"Other"_s}}).data();
    const QString contact = a.value(u"contact"_s).toString();
    QCOMPARE(b.value(u"contact"_s).toString(), contact);
    auto &events = f.recordEvents();
    now += 5000;
    const QJsonArray phones{QJsonObject{{u"value"_s, u"5555550100"_s}, {u"type"_s, u"mobile"_s}}};
    auto r =
        f.put(u"/contacts/"_s + contact, QJsonObject{{u"name"_s, u"Frances E. Allen"_s},
                                                     {u"emails"_s, QJsonArray{u"fran.allen@example.com"_s}},
                                                     {u"headline"_s, u"Fellow at IBM"_s},
                                                     {u"location"_s, u"Peru, NY"_s},
                                                     {u"phones"_s, phones}});
    QCOMPARE(r.status, 200);
    const QJsonObject c = r.data();
    QCOMPARE(c.value(u"name"_s).toString(), u"Frances E. Allen"_s);
    QCOMPARE(c.value(u"location"_s).toObject().value(u"name"_s).toString(), u"Peru, NY"_s);
    QCOMPARE(c.value(u"phones"_s).toArray(), phones);
    for (const QJsonObject &opp : {a, b}) {
        const QJsonObject now_ = f.get(u"/opportunities/"_s + opp.value(u"id"_s).toString()).data();
        QCOMPARE(now_.value(u"name"_s).toString(), u"Frances E. Allen"_s);
        QCOMPARE(now_.value(u"headline"_s).toString(), u"Fellow at IBM"_s);
        QCOMPARE(now_.value(u"location"_s).toString(), u"Peru, NY"_s);
        QCOMPARE(now_.value(u"emails"_s).toArray(), QJsonArray{u"fran.allen@example.com"_s});
        QCOMPARE(now_.value(u"phones"_s).toArray(), phones);
        QCOMPARE(now_.value(u"updatedAt"_s).toInteger(), now);
    }
    QCOMPARE(
        f.get(u"/opportunities/"_s + stranger.value(u"id"_s).toString()).data().value(u"name"_s).toString(),
        u"Other"_s);
    // The email filter follows the change.
    QCOMPARE(f.get(u"/opportunities?email=fran.allen%40example.com"_s).list().size(), 2);
    QCOMPARE(f.get(u"/opportunities?email=fran%40example.com"_s).list().size(), 0);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).name, u"contactUpdated"_s);
    QCOMPARE(events.at(0).data, (QJsonObject{{u"contactId"_s, contact}}));

    // Location as {name}; omitted optional fields keep their values.
    r = f.put(u"/contacts/"_s + contact,
              QJsonObject{{u"name"_s, u"Frances E. Allen"_s},
                          {u"emails"_s, QJsonArray{u"fran.allen@example.com"_s}},
                          {u"location"_s, QJsonObject{{u"name"_s, u"New York"_s}}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"location"_s).toObject().value(u"name"_s).toString(), u"New York"_s);
    QCOMPARE(r.data().value(u"headline"_s).toString(), u"Fellow at IBM"_s);
    QCOMPARE(r.data().value(u"phones"_s).toArray(), phones);
    QCOMPARE(f.get(u"/contacts/"_s + contact).data(), r.data());
    QCOMPARE(events.size(), 2);
}

void TestContacts::putContactRefusals()
{
    SandboxFixture f;
    const QJsonObject opp = f.seedOpportunity();
    const QString path = u"/contacts/"_s + opp.value(u"contact"_s).toString();
    const QJsonArray emails{u"x@example.com"_s};
    const QList<QPair<QJsonObject, QString>> bad = {
        {QJsonObject{{u"emails"_s, emails}}, u"name"_s},
        {QJsonObject{{u"name"_s, u""_s}, {u"emails"_s, emails}}, u"name"_s},
        {QJsonObject{{u"name"_s, u"X"_s}}, u"emails"_s},
        {QJsonObject{{u"name"_s, u"X"_s}, {u"emails"_s, u"x@example.com"_s}}, u"emails"_s},
        {QJsonObject{{u"name"_s, u"X"_s}, {u"emails"_s, QJsonArray{u"nope"_s}}}, u"emails"_s},
        {QJsonObject{{u"name"_s, u"X"_s}, {u"emails"_s, emails}, {u"location"_s, 3}}, u"location"_s},
        {QJsonObject{
             {u"name"_s, u"X"_s}, {u"emails"_s, emails}, {u"location"_s, QJsonObject{{u"name"_s, 3}}}},
         u"location.name"_s},
        {QJsonObject{{u"name"_s, u"X"_s}, {u"emails"_s, emails}, {u"phones"_s, QJsonArray{u"555"_s}}},
         u"phones[0]"_s},
        {QJsonObject{{u"name"_s, QString(1000, u'n')}, {u"emails"_s, emails}}, u"name"_s},
        {QJsonObject{{u"name"_s, u"X"_s}, {u"emails"_s, emails}, {u"headline"_s, false}}, u"headline"_s},
    };
    for (const auto &[body, mentions] : bad) {
        const auto r = f.put(path, body);
        QCOMPARE(r.status, 400);
        QVERIFY2(r.json.value(u"message"_s).toString().contains(mentions),
                 qPrintable(r.json.value(u"message"_s).toString()));
    }
    QCOMPARE(f.get(u"/opportunities/"_s + opp.value(u"id"_s).toString()).data().value(u"name"_s).toString(),
             u"Test Person"_s);
    const QJsonObject ok{{u"name"_s, u"X"_s}, {u"emails"_s, emails}};
    QCOMPARE(f.put(u"/contacts/nope"_s, ok).status, 404);
    const QString readOnly = f.sandbox().createApiKey({u"contact:read:admin"_s}, true);
    QCOMPARE(f.put(path, ok, readOnly).status, 403);
    // Empty email list is a valid person without email.
    QCOMPARE(f.put(path, QJsonObject{{u"name"_s, u"X"_s}, {u"emails"_s, QJsonArray{}}}).status, 200);
}

void TestContacts::applications()
{
    SandboxFixture f;
    f.seedDocument(
        u"posting"_s, {},
        QJsonObject{{u"id"_s, u"posting-1"_s}, {u"text"_s, u"SRE"_s}, {u"owner"_s, f.firstUserId()}});
    const QJsonObject a =
        f.post(u"/opportunities"_s,
               QJsonObject{{u"name"_s, u"A"_s}, {u"postings"_s, QJsonArray{u"posting-1"_s}}})
            .data();
    const QJsonObject b =
        f.post(u"/opportunities"_s,
               QJsonObject{{u"name"_s, u"B"_s}, {u"postings"_s, QJsonArray{u"posting-1"_s}}})
            .data();
    const QString appA = a.value(u"applications"_s).toArray().at(0).toString();
    const QString appB = b.value(u"applications"_s).toArray().at(0).toString();
    const QString base = u"/opportunities/"_s + a.value(u"id"_s).toString() + u"/applications"_s;
    auto r = f.get(base + u'/' + appA);
    QCOMPARE(r.status, 200);
    const QStringList problems =
        SandboxFixture::shapeProblems(r.data(), {{u"id"_s, u"string"_s},
                                                 {u"type"_s, u"string"_s},
                                                 {u"candidateId"_s, u"string"_s},
                                                 {u"opportunityId"_s, u"string"_s},
                                                 {u"posting"_s, u"string"_s},
                                                 {u"postingOwner"_s, u"string"_s},
                                                 {u"postingHiringManager"_s, u"null"_s},
                                                 {u"user"_s, u"string"_s},
                                                 {u"name"_s, u"null"_s},
                                                 {u"email"_s, u"null"_s},
                                                 {u"phone"_s, u"null"_s},
                                                 {u"company"_s, u"null"_s},
                                                 {u"links"_s, u"array"_s},
                                                 {u"comments"_s, u"null"_s},
                                                 {u"customQuestions"_s, u"array"_s},
                                                 {u"createdAt"_s, u"number"_s},
                                                 {u"archived"_s, u"object|null"_s},
                                                 {u"requisitionForHire"_s, u"null"_s},
                                                 {u"ipAddress"_s, u"null"_s},
                                                 {u"userAgent"_s, u"null"_s},
                                                 {u"acceptLanguage"_s, u"null"_s},
                                                 {u"referer"_s, u"null"_s},
                                                 {u"timezone"_s, u"null"_s}});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    r = f.get(base);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.list()), QStringList{appA});
    QCOMPARE(r.json.value(u"hasNext"_s), QJsonValue(false));
    QCOMPARE(f.get(base + u'/' + appB).status, 404); // another opportunity's
    QCOMPARE(f.get(base + u"/nope"_s).status, 404);
    QCOMPARE(f.get(u"/opportunities/nope/applications"_s).status, 404);
    QCOMPARE(f.get(base + u"?limit=0"_s).status, 400);
    const QString noScope = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, true);
    QCOMPARE(f.get(base, noScope).status, 403);
    QCOMPARE(f.get(base + u'/' + appA, noScope).status, 403);
}

void TestContacts::offers()
{
    SandboxFixture f;
    const QString a = f.seedOpportunity().value(u"id"_s).toString();
    const QString b = f.seedOpportunity().value(u"id"_s).toString();
    const QString secret =
        f.seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}}).value(u"id"_s).toString();
    f.seedDocument(u"offer"_s, a, offer(u"o1"_s, a));
    f.seedDocument(u"offer"_s, b, offer(u"o2"_s, b));
    f.seedDocument(u"offer"_s, a, offer(u"o3"_s, a));
    f.seedDocument(u"offer"_s, secret, offer(u"o4"_s, secret));

    auto r = f.get(u"/opportunities/"_s + a + u"/offers"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.list()), (QStringList{u"o1"_s, u"o3"_s}));
    QCOMPARE(r.list().at(0).toObject(), offer(u"o1"_s, a));
    r = f.get(u"/offers"_s);
    QCOMPARE(ids(r.list()), (QStringList{u"o1"_s, u"o2"_s, u"o3"_s, u"o4"_s}));
    r = f.get(u"/offers?opportunity_id="_s + b);
    QCOMPARE(ids(r.list()), QStringList{u"o2"_s});
    r = f.get(u"/offers?opportunity_id="_s + b + u"&opportunity_id="_s + secret);
    QCOMPARE(ids(r.list()), (QStringList{u"o2"_s, u"o4"_s}));
    // Paging.
    r = f.get(u"/offers?limit=3"_s);
    QCOMPARE(r.list().size(), 3);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    r = f.get(u"/offers?limit=3&offset="_s + r.json.value(u"next"_s).toString());
    QCOMPARE(ids(r.list()), QStringList{u"o4"_s});
    // Without confidential access the confidential candidate's offer is not listed.
    const QString plain = f.sandbox().createApiKey({u"offers:read:admin"_s}, false);
    QCOMPARE(ids(f.get(u"/offers"_s, plain).list()), (QStringList{u"o1"_s, u"o2"_s, u"o3"_s}));
    QCOMPARE(f.get(u"/offers?opportunity_id="_s + secret, plain).list().size(), 0);
    QCOMPARE(f.get(u"/opportunities/"_s + secret + u"/offers"_s, plain).status, 403);
    QCOMPARE(f.get(u"/opportunities/nope/offers"_s).status, 404);
    const QString noScope = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, true);
    QCOMPARE(f.get(u"/offers"_s, noScope).status, 403);
    QCOMPARE(f.get(u"/opportunities/"_s + a + u"/offers"_s, noScope).status, 403);
}

void TestContacts::referrals()
{
    SandboxFixture f;
    const QString a = f.seedOpportunity(QJsonObject{{u"origin"_s, u"referred"_s}}).value(u"id"_s).toString();
    const QString b = f.seedOpportunity().value(u"id"_s).toString();
    f.seedDocument(u"referral"_s, a, referral(u"r1"_s));
    auto r = f.get(u"/opportunities/"_s + a + u"/referrals"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject(), referral(u"r1"_s));
    QCOMPARE(f.get(u"/opportunities/"_s + b + u"/referrals"_s).list().size(), 0);
    QCOMPARE(ids(f.get(u"/referrals"_s).list()), QStringList{u"r1"_s});
    QCOMPARE(f.get(u"/referrals?opportunity_id="_s + b).list().size(), 0);
    QCOMPARE(f.get(u"/opportunities/nope/referrals"_s).status, 404);
    const QString noScope = f.sandbox().createApiKey({u"offers:read:admin"_s}, true);
    QCOMPARE(f.get(u"/referrals"_s, noScope).status, 403);
    QCOMPARE(f.get(u"/opportunities/"_s + a + u"/referrals"_s, noScope).status, 403);
}

void TestContacts::deletedCandidates()
{
    SandboxFixture f;
    const QJsonObject opp = f.seedOpportunity();
    const QString id = opp.value(u"id"_s).toString();
    f.seedDocument(u"offer"_s, id, offer(u"o1"_s, id));
    auto &events = f.recordEvents();
    const QString control = f.sandbox().origin() + u"/_sandbox/opportunities/"_s;
    QCOMPARE(f.send("DELETE", QUrl(control + id), {}, {}).status, 401);
    QCOMPARE(f.send("DELETE", QUrl(control + id + u"?deleted_by=nobody"_s), {}, f.basicAuth()).status, 400);
    QCOMPARE(f.send("DELETE", QUrl(control + u"nope"_s), {}, f.basicAuth()).status, 404);
    auto r = f.send("DELETE", QUrl(control + id), {}, f.basicAuth());
    QCOMPARE(r.status, 204);
    QCOMPARE(f.get(u"/opportunities/"_s + id).status, 404);
    QCOMPARE(f.get(u"/opportunities"_s).list().size(), 0);
    QCOMPARE(f.put(u"/opportunities/"_s + id + u"/stage"_s, QJsonObject{{u"stage"_s, u"offer"_s}}).status,
             404);
    QCOMPARE(f.get(u"/offers"_s).list().size(), 0);
    r = f.get(u"/opportunities/deleted"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 1);
    const QJsonObject deleted = r.list().at(0).toObject();
    QCOMPARE(deleted.value(u"id"_s).toString(), id);
    QCOMPARE(deleted.value(u"deletedBy"_s).toString(), f.firstUserId());
    QVERIFY(deleted.value(u"deletedAt"_s).isDouble());
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).name, u"candidateDeleted"_s);
    QCOMPARE(events.at(0).data, (QJsonObject{{u"opportunityId"_s, id},
                                             {u"candidateId"_s, id},
                                             {u"contactId"_s, opp.value(u"contact"_s)},
                                             {u"deletedBy"_s, f.firstUserId()}}));
    // Deleting twice: it is gone.
    QCOMPARE(f.send("DELETE", QUrl(control + id), {}, f.basicAuth()).status, 404);
}

QTEST_GUILESS_MAIN(TestContacts)
#include "tst_contacts.moc"
