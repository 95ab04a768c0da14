// The audit log (/audit_events and its filters) and EEO responses with and without PII.
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
QStringList keysOf(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

void verifyErrorBody(const SandboxFixture::Reply &r, int status)
{
    QCOMPARE(r.status, status);
    QVERIFY(!r.json.value(u"code"_s).toString().isEmpty());
    QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
}

QJsonObject auditEvent(const QString &type, const QString &user, const QString &targetType,
                       const QString &targetId, qint64 createdAt)
{
    return QJsonObject{{u"id"_s, lever::sandbox::SandboxContext::newId()},
                       {u"type"_s, type},
                       {u"createdAt"_s, createdAt},
                       {u"user"_s, user},
                       {u"target"_s, QJsonObject{{u"type"_s, targetType}, {u"id"_s, targetId}}},
                       {u"meta"_s, QJsonObject{}}};
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(u"id"_s).toString());
    return ids;
}

const QStringList kAnswers = {u"gender"_s, u"race"_s, u"veteran"_s, u"disability"_s};
const QStringList kAnonymous = {u"applicationArchiveReason"_s,
                                u"applicationArchivedAt"_s,
                                u"applicationArchivedBy"_s,
                                u"applicationTitle"_s,
                                u"appliedAt"_s,
                                u"currentStage"_s};
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

// An EEO response as the demo data stores it: the PII shape plus the survey answers.
QJsonObject seedEeo(SandboxFixture &f, const QJsonObject &opportunity, qint64 appliedAt,
                    const QString &gender)
{
    const QString id = lever::sandbox::SandboxContext::newId();
    return f.seedDocument(u"eeo_response"_s, opportunity.value(u"id"_s).toString(),
                          QJsonObject{{u"id"_s, id},
                                      {u"applicationArchiveReason"_s, QJsonValue()},
                                      {u"applicationArchivedAt"_s, QJsonValue()},
                                      {u"applicationArchivedBy"_s, QJsonValue()},
                                      {u"applicationId"_s, id},
                                      {u"applicationTitle"_s, u"Senior Engineer"_s},
                                      {u"appliedAt"_s, appliedAt},
                                      {u"contact"_s, opportunity.value(u"contact"_s)},
                                      {u"currentStage"_s, u"applicant-new"_s},
                                      {u"eeoResponseSource"_s, u"api"_s},
                                      {u"eeoSurveyRespondedAt"_s, appliedAt + 60000},
                                      {u"hiredDate"_s, QJsonValue()},
                                      {u"hiringManager"_s, QJsonValue()},
                                      {u"opportunityId"_s, opportunity.value(u"id"_s)},
                                      {u"opportunityOwner"_s, opportunity.value(u"owner"_s)},
                                      {u"origin"_s, opportunity.value(u"origin"_s)},
                                      {u"posting"_s, u"posting-1"_s},
                                      {u"sources"_s, QJsonArray{u"Job site"_s}},
                                      {u"gender"_s, gender},
                                      {u"race"_s, u"Decline to self-identify"_s},
                                      {u"veteran"_s, u"I am not a protected veteran"_s},
                                      {u"disability"_s, QJsonValue()}});
}
} // namespace

class TestAuditEeo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void auditShapeAndPaging();
    void auditFilters();
    void auditBadParameters();
    void eeoShapes();
    void eeoScopes();
    void eeoPiiReadIsAudited();
    void eeoFiltersAndConfidentiality();
};

void TestAuditEeo::auditShapeAndPaging()
{
    SandboxFixture f;
    for (int i = 0; i < 4; ++i)
        f.sandbox().createApiKey({u"stages:read:admin"_s}, false); // each one is audited
    auto r = f.get(u"/audit_events"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray all = r.list();
    QCOMPARE(all.size(), 5); // the admin key's creation, then the four above
    const QJsonObject event = all.at(1).toObject();
    QCOMPARE(keysOf(event), sorted({u"id"_s, u"type"_s, u"createdAt"_s, u"user"_s, u"target"_s, u"meta"_s}));
    QVERIFY(event.value(u"id"_s).isString());
    QCOMPARE(event.value(u"type"_s).toString(), u"api_key.created"_s);
    QVERIFY(event.value(u"createdAt"_s).isDouble());
    QCOMPARE(event.value(u"user"_s).toString(), f.firstUserId());
    QCOMPARE(keysOf(event.value(u"target"_s).toObject()), sorted({u"type"_s, u"id"_s}));
    QVERIFY(event.value(u"meta"_s).isObject());

    r = f.get(u"/audit_events?limit=2"_s);
    QCOMPARE(r.list().size(), 2);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    QStringList paged = idsOf(r.list());
    r = f.get(u"/audit_events?limit=2&offset="_s + r.json.value(u"next"_s).toString());
    paged += idsOf(r.list());
    r = f.get(u"/audit_events?limit=2&offset="_s + r.json.value(u"next"_s).toString());
    paged += idsOf(r.list());
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(true), false);
    QCOMPARE(paged, idsOf(all));

    const QString noScope = f.sandbox().createApiKey({u"webhooks:read:admin"_s}, false);
    verifyErrorBody(f.get(u"/audit_events"_s, noScope), 403);
    const QString scoped = f.sandbox().createApiKey({u"audit_events:read:admin"_s}, false);
    QCOMPARE(f.get(u"/audit_events"_s, scoped).status, 200);
}

void TestAuditEeo::auditFilters()
{
    SandboxFixture f;
    const QJsonObject e1 = f.seedDocument(u"audit_event"_s, {},
                                          auditEvent(u"user.created"_s, u"u1"_s, u"user"_s, u"t1"_s, 1000));
    const QJsonObject e2 = f.seedDocument(
        u"audit_event"_s, {}, auditEvent(u"webhook.deleted"_s, u"u2"_s, u"webhook"_s, u"t2"_s, 2000));
    const QJsonObject e3 = f.seedDocument(u"audit_event"_s, {},
                                          auditEvent(u"user.created"_s, u"u2"_s, u"user"_s, u"t3"_s, 3000));
    const QString id1 = e1.value(u"id"_s).toString();
    const QString id2 = e2.value(u"id"_s).toString();
    const QString id3 = e3.value(u"id"_s).toString();

    auto ids = [&f](const QString &query) {
        const auto r = f.get(u"/audit_events"_s + query);
        if (r.status != 200)
            qWarning() << query << r.status << r.body;
        return idsOf(r.list());
    };
    QCOMPARE(ids(u"?type=user.created"_s), (QStringList{id1, id3}));
    QCOMPARE(ids(u"?type=user.created&type=webhook.deleted"_s), (QStringList{id1, id2, id3}));
    QCOMPARE(ids(u"?user_id=u2"_s), (QStringList{id2, id3}));
    QCOMPARE(ids(u"?target_type=webhook"_s), QStringList{id2});
    QCOMPARE(ids(u"?target_id=t3"_s), QStringList{id3});
    QCOMPARE(ids(u"?type=user.created&user_id=u2"_s), QStringList{id3});
    // Time bounds are inclusive; the sandbox's own events are far later than these.
    QCOMPARE(ids(u"?created_at_start=1500&created_at_end=2500"_s), QStringList{id2});
    QCOMPARE(ids(u"?created_at_start=1000&created_at_end=2000"_s), (QStringList{id1, id2}));
    QCOMPARE(ids(u"?created_at_end=999"_s), QStringList{});
    QCOMPARE(ids(u"?type=nothing.like.this"_s), QStringList{});
    // Paging counts only matching events.
    auto r = f.get(u"/audit_events?type=user.created&limit=1"_s);
    QCOMPARE(idsOf(r.list()), QStringList{id1});
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    r = f.get(u"/audit_events?type=user.created&limit=1&offset="_s + r.json.value(u"next"_s).toString());
    QCOMPARE(idsOf(r.list()), QStringList{id3});
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(true), false);
}

void TestAuditEeo::auditBadParameters()
{
    SandboxFixture f;
    verifyErrorBody(f.get(u"/audit_events?created_at_start=yesterday"_s), 400);
    verifyErrorBody(f.get(u"/audit_events?created_at_end=-5"_s), 400);
    verifyErrorBody(f.get(u"/audit_events?created_at_end=1.5"_s), 400);
    verifyErrorBody(f.get(u"/audit_events?limit=0"_s), 400);
    verifyErrorBody(f.get(u"/audit_events?offset=garbage"_s), 400);
    QCOMPARE(f.get(u"/audit_events?created_at_start=0"_s).status, 200);
}

void TestAuditEeo::eeoShapes()
{
    SandboxFixture f;
    const QJsonObject opportunity = f.seedOpportunity();
    const QJsonObject first = seedEeo(f, opportunity, 1000, u"Female"_s);
    seedEeo(f, opportunity, 2000, u"Male"_s);

    auto r = f.get(u"/eeo/responses"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(true), false);
    QCOMPARE(r.list().size(), 2);
    const QJsonObject anonymous = r.list().at(0).toObject();
    QCOMPARE(keysOf(anonymous), sorted(kAnonymous + kAnswers));
    QVERIFY(anonymous.value(u"applicationArchiveReason"_s).isNull());
    QVERIFY(anonymous.value(u"applicationArchivedAt"_s).isNull());
    QVERIFY(anonymous.value(u"applicationArchivedBy"_s).isNull());
    QCOMPARE(anonymous.value(u"applicationTitle"_s).toString(), u"Senior Engineer"_s);
    QCOMPARE(anonymous.value(u"appliedAt"_s).toDouble(), 1000.0);
    QCOMPARE(anonymous.value(u"currentStage"_s).toString(), u"applicant-new"_s);
    QCOMPARE(anonymous.value(u"gender"_s).toString(), u"Female"_s);
    QVERIFY(anonymous.value(u"disability"_s).isNull());
    // Nothing that identifies the candidate.
    QVERIFY(!r.body.contains(opportunity.value(u"id"_s).toString().toLatin1()));
    QVERIFY(!r.body.contains(opportunity.value(u"contact"_s).toString().toLatin1()));

    r = f.get(u"/eeo/responses/pii"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 2);
    const QJsonObject pii = r.list().at(0).toObject();
    QCOMPARE(keysOf(pii), sorted(kPii + kAnswers));
    for (const QString &key : kPii + kAnswers)
        QCOMPARE(pii.value(key), first.value(key));
    QVERIFY(pii.value(u"sources"_s).isArray());
    QVERIFY(pii.value(u"eeoSurveyRespondedAt"_s).isDouble());

    // Paged like every list.
    r = f.get(u"/eeo/responses/pii?limit=1"_s);
    QCOMPARE(r.list().size(), 1);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    r = f.get(u"/eeo/responses/pii?limit=1&offset="_s + r.json.value(u"next"_s).toString());
    QCOMPARE(r.list().at(0).toObject().value(u"gender"_s).toString(), u"Male"_s);
}

void TestAuditEeo::eeoScopes()
{
    SandboxFixture f;
    seedEeo(f, f.seedOpportunity(), 1000, u"Female"_s);
    const QString plain = f.sandbox().createApiKey({u"eeo_responses:read:admin"_s}, false);
    const QString piiOnly = f.sandbox().createApiKey({u"eeo_responses_pii:read:admin"_s}, false);
    QCOMPARE(f.get(u"/eeo/responses"_s, plain).status, 200);
    verifyErrorBody(f.get(u"/eeo/responses/pii"_s, plain), 403);
    QCOMPARE(f.get(u"/eeo/responses/pii"_s, piiOnly).status, 200);
    verifyErrorBody(f.get(u"/eeo/responses"_s, piiOnly), 403);
    // A refused read is not a read: nothing audited for it.
    const auto r = f.get(u"/audit_events?type=eeo.pii_read"_s);
    QCOMPARE(r.list().size(), 1);
}

void TestAuditEeo::eeoPiiReadIsAudited()
{
    SandboxFixture f;
    const QJsonObject opportunity = f.seedOpportunity();
    const QString a = seedEeo(f, opportunity, 1000, u"Female"_s).value(u"id"_s).toString();
    const QString b = seedEeo(f, opportunity, 2000, u"Male"_s).value(u"id"_s).toString();
    QString reader;
    const QList<QJsonObject> users = f.sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &user : users) {
        if (user.value(u"id"_s).toString() != f.firstUserId() && user.value(u"deactivatedAt"_s).isNull())
            reader = user.value(u"id"_s).toString();
    }
    const QString key = f.sandbox().createApiKey(
        {u"eeo_responses:read:admin"_s, u"eeo_responses_pii:read:admin"_s}, false, reader);

    QCOMPARE(f.get(u"/eeo/responses"_s, key).status, 200); // the anonymous list is not audited
    QCOMPARE(f.get(u"/audit_events?type=eeo.pii_read"_s).list().size(), 0);

    QCOMPARE(f.get(u"/eeo/responses/pii"_s, key).status, 200);
    auto r = f.get(u"/audit_events?type=eeo.pii_read"_s);
    QCOMPARE(r.list().size(), 1);
    const QJsonObject event = r.list().at(0).toObject();
    QCOMPARE(event.value(u"user"_s).toString(), reader);
    QCOMPARE(event.value(u"target"_s).toObject().value(u"type"_s).toString(), u"eeo_responses"_s);
    const QJsonObject meta = event.value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"count"_s).toInt(), 2);
    QCOMPARE(meta.value(u"responseIds"_s).toArray(), (QJsonArray{a, b}));
    QVERIFY(!meta.value(u"credential"_s).toString().isEmpty());
    // Filterable by the reader, like every audit event.
    QCOMPARE(f.get(u"/audit_events?type=eeo.pii_read&user_id="_s + reader).list().size(), 1);

    // Every page read is its own entry, listing only what that page showed.
    QCOMPARE(f.get(u"/eeo/responses/pii?limit=1"_s, key).status, 200);
    r = f.get(u"/audit_events?type=eeo.pii_read"_s);
    QCOMPARE(r.list().size(), 2);
    QCOMPARE(r.list().at(1).toObject().value(u"meta"_s).toObject().value(u"responseIds"_s).toArray(),
             QJsonArray{a});
}

void TestAuditEeo::eeoFiltersAndConfidentiality()
{
    SandboxFixture f;
    const QJsonObject open = f.seedOpportunity();
    const QJsonObject secret = f.seedOpportunity({{u"confidentiality"_s, u"confidential"_s}});
    seedEeo(f, open, 1000, u"Female"_s);
    seedEeo(f, open, 2000, u"Male"_s);
    seedEeo(f, secret, 3000, u"Non-binary"_s);

    auto appliedAts = [&f](const QString &path, const QString &key = {}) {
        QList<qint64> out;
        const auto r = f.get(path, key);
        if (r.status != 200)
            qWarning() << path << r.status << r.body;
        for (const QJsonValue &item : r.list())
            out.append(qint64(item.toObject().value(u"appliedAt"_s).toDouble()));
        return out;
    };
    QCOMPARE(appliedAts(u"/eeo/responses"_s), (QList<qint64>{1000, 2000, 3000}));
    QCOMPARE(appliedAts(u"/eeo/responses?applied_at_start=1500"_s), (QList<qint64>{2000, 3000}));
    QCOMPARE(appliedAts(u"/eeo/responses/pii?applied_at_start=1000&applied_at_end=2000"_s),
             (QList<qint64>{1000, 2000}));
    verifyErrorBody(f.get(u"/eeo/responses?applied_at_start=soon"_s), 400);
    verifyErrorBody(f.get(u"/eeo/responses/pii?applied_at_end=-1"_s), 400);

    // A key without confidential access sees nothing about confidential candidates.
    const QString limited =
        f.sandbox().createApiKey({u"eeo_responses:read:admin"_s, u"eeo_responses_pii:read:admin"_s}, false);
    QCOMPARE(appliedAts(u"/eeo/responses"_s, limited), (QList<qint64>{1000, 2000}));
    QCOMPARE(appliedAts(u"/eeo/responses/pii"_s, limited), (QList<qint64>{1000, 2000}));
    const QString trusted =
        f.sandbox().createApiKey({u"eeo_responses:read:admin"_s, u"eeo_responses_pii:read:admin"_s}, true);
    QCOMPARE(appliedAts(u"/eeo/responses/pii"_s, trusted), (QList<qint64>{1000, 2000, 3000}));
}

QTEST_GUILESS_MAIN(TestAuditEeo)
#include "tst_audit_eeo.moc"
