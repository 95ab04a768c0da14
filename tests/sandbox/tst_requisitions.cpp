// Requisitions: create, read, replace, delete, validation, filters, links to postings.
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString idOf(const SandboxFixture::Reply &r)
{
    return r.data().value(u"id"_s).toString();
}

QStringList ids(const SandboxFixture::Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.list())
        out.append(v.toObject().value(u"id"_s).toString());
    out.sort();
    return out;
}

// Ids of the baseline requisition fields, by type ("text", "yes-no").
QHash<QString, QString> fieldIds(SandboxFixture &f)
{
    QHash<QString, QString> out;
    const QList<QJsonObject> fields = f.sandbox().context().docs.all(u"requisition_field"_s);
    for (const QJsonObject &field : fields)
        out.insert(field.value(u"type"_s).toString(), field.value(u"id"_s).toString());
    return out;
}

QString userWithRole(SandboxFixture &f, const QString &role, bool active = true)
{
    const QList<QJsonObject> users = f.sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if ((role.isEmpty() || u.value(u"accessRole"_s).toString() == role) &&
            u.value(u"deactivatedAt"_s).isNull() == active)
            return u.value(u"id"_s).toString();
    }
    return {};
}

// A write answer minus the internal fields Lever adds to it (accountId, stateHistory...): the GET shape.
QJsonObject withoutWriteFields(QJsonObject r)
{
    for (const char *key : {"accountId", "creatorUserId", "hasConfidentialPosting", "ownerUserId", "postingIds",
                            "reservedOfferIds", "search", "stateHistory"})
        r.remove(QLatin1String(key));
    return r;
}

// GET /requisitions/{id} key paths and types of lever-response-shapes.md.
void verifyRequisitionShape(const QJsonObject &r)
{
    for (const char *key : {"id", "name", "requisitionCode", "status", "confidentiality", "internalNotes"})
        QVERIFY2(r.value(QLatin1String(key)).isString(), key);
    for (const char *key : {"createdAt", "updatedAt", "headcountHired"})
        QVERIFY2(r.value(QLatin1String(key)).isDouble(), key);
    for (const char *key : {"backfill", "headcountInfinite"})
        QVERIFY2(r.value(QLatin1String(key)).isBool(), key);
    for (const char *key : {"offerIds", "postings"})
        QVERIFY2(r.value(QLatin1String(key)).isArray(), key);
    QVERIFY(r.value(u"headcountTotal"_s).isDouble() || r.value(u"headcountTotal"_s).isString());
    QVERIFY(r.value(u"approval"_s).toObject().value(u"steps"_s).isArray());
    QVERIFY(r.value(u"customFields"_s).isObject());
    for (const char *key :
         {"creator", "owner", "hiringManager", "location", "team", "department", "employmentStatus"}) {
        QVERIFY2(r.contains(QLatin1String(key)), key);
        const QJsonValue v = r.value(QLatin1String(key));
        QVERIFY2(v.isString() || v.isNull(), key);
    }
    QVERIFY(r.value(u"closedAt"_s).isDouble() || r.value(u"closedAt"_s).isNull());
    QVERIFY(r.value(u"compensationBand"_s).isObject() || r.value(u"compensationBand"_s).isNull());
    QVERIFY(r.contains(u"timeToFillStartAt"_s) && r.contains(u"timeToFillEndAt"_s));
}

const char *const kMinimal = R"({"name": "Backend", "requisitionCode": "ENG-1", "headcountTotal": 2})";
} // namespace

class TestRequisitions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createFull();
    void createDefaults();
    void unlimitedHeadcount();
    void invalidCreate_data();
    void invalidCreate();
    void duplicateCode();
    void putReplaces();
    void backToDraft();
    void deleteRequisition();
    void listFilters();
    void confidentialRequisitions();
    void scopesAndNotFound();
    void codeRenameFollowsPostings();
};

void TestRequisitions::createFull()
{
    SandboxFixture f;
    const QString posting =
        f.post(u"/postings"_s, json(u"{\"text\": \"Backend\"}"_s)).data().value(u"id"_s).toString();
    const auto fields = fieldIds(f);
    const QString manager = userWithRole(f, u"team member"_s);
    QJsonObject body =
        json(uR"({"name": "Backend", "requisitionCode": "ENG-7", "headcountTotal": 3, "backfill": true,
        "compensationBand": {"currency": "EUR", "interval": "per-year-salary", "min": 60000, "max": 80000},
        "employmentStatus": "full-time", "internalNotes": "Budget Q3", "location": "Berlin", "status": "open",
        "team": "Platform", "department": "Engineering"})"_s);
    body.insert(u"hiringManager"_s, manager);
    body.insert(u"owner"_s, f.firstUserId());
    body.insert(u"postingIds"_s, QJsonArray{posting});
    body.insert(u"customFields"_s,
                QJsonObject{{fields.value(u"text"_s), u"CC-100"_s}, {fields.value(u"yes-no"_s), true}});
    const auto r = f.post(u"/requisitions"_s, body);
    QCOMPARE(r.status, 201);
    const QJsonObject req = r.data();
    verifyRequisitionShape(req);
    QCOMPARE(req.value(u"headcountTotal"_s).toInt(), 3);
    QCOMPARE(req.value(u"headcountInfinite"_s).toBool(), false);
    QCOMPARE(req.value(u"backfill"_s).toBool(), true);
    QCOMPARE(req.value(u"compensationBand"_s).toObject().value(u"max"_s).toDouble(), 80000.0);
    QCOMPARE(req.value(u"employmentStatus"_s).toString(), u"full-time"_s);
    QCOMPARE(req.value(u"hiringManager"_s).toString(), manager);
    QCOMPARE(req.value(u"owner"_s).toString(), f.firstUserId());
    QCOMPARE(req.value(u"creator"_s).toString(), f.firstUserId());
    QCOMPARE(req.value(u"postings"_s).toArray(), QJsonArray{posting});
    QCOMPARE(req.value(u"customFields"_s).toObject().value(fields.value(u"text"_s)).toString(), u"CC-100"_s);
    QCOMPARE(req.value(u"department"_s).toString(), u"Engineering"_s);
    QVERIFY(req.value(u"closedAt"_s).isNull());

    const auto got = f.get(u"/requisitions/"_s + idOf(r));
    QCOMPARE(got.status, 200);
    QCOMPARE(got.data(), withoutWriteFields(req));
    // The write answer carries Lever's internal record fields too.
    QCOMPARE(req.value(u"ownerUserId"_s).toString(), f.firstUserId());
    QCOMPARE(req.value(u"postingIds"_s).toArray(), QJsonArray{posting});
    QCOMPARE(req.value(u"stateHistory"_s).toArray().size(), 1);
    QCOMPARE(req.value(u"stateHistory"_s).toArray().at(0).toObject().value(u"status"_s).toString(), u"open"_s);
    QVERIFY(req.value(u"search"_s).toObject().value(u"nameCodeTokens"_s).toArray().contains(u"eng"_s));
    // The posting now names the requisition's code.
    QCOMPARE(f.get(u"/postings/"_s + posting).data().value(u"requisitionCodes"_s).toArray(),
             QJsonArray{u"ENG-7"_s});
}

void TestRequisitions::createDefaults()
{
    SandboxFixture f;
    const auto r = f.post(u"/requisitions"_s, json(QString::fromUtf8(kMinimal)));
    QCOMPARE(r.status, 201);
    const QJsonObject req = r.data();
    verifyRequisitionShape(req);
    QCOMPARE(req.value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(req.value(u"backfill"_s).toBool(), false);
    QCOMPARE(req.value(u"confidentiality"_s).toString(), u"non-confidential"_s);
    QCOMPARE(req.value(u"headcountHired"_s).toInt(), 0);
    QCOMPARE(req.value(u"internalNotes"_s).toString(), QString());
    QCOMPARE(req.value(u"customFields"_s).toObject(), QJsonObject());
    QCOMPARE(req.value(u"approval"_s).toObject(), (QJsonObject{{u"steps"_s, QJsonArray()}}));
    for (const char *key : {"compensationBand", "employmentStatus", "location", "team", "department", "owner",
                            "hiringManager", "closedAt", "timeToFillStartAt", "timeToFillEndAt"})
        QVERIFY2(req.value(QLatin1String(key)).isNull(), key);

    // A closed requisition records when it closed.
    const auto closed = f.post(
        u"/requisitions"_s,
        json(uR"({"name": "Old", "requisitionCode": "OLD-1", "headcountTotal": 1, "status": "closed"})"_s));
    QCOMPARE(closed.status, 201);
    QVERIFY(closed.data().value(u"closedAt"_s).isDouble());
}

void TestRequisitions::unlimitedHeadcount()
{
    SandboxFixture f;
    const auto r =
        f.post(u"/requisitions"_s,
               json(uR"({"name": "Sales", "requisitionCode": "S-1", "headcountTotal": "unlimited"})"_s));
    QCOMPARE(r.status, 201);
    verifyRequisitionShape(r.data());
    QCOMPARE(r.data().value(u"headcountTotal"_s).toString(), u"unlimited"_s);
    QCOMPARE(r.data().value(u"headcountInfinite"_s).toBool(), true);
    // And back to a number on PUT.
    const auto p = f.put(u"/requisitions/"_s + idOf(r),
                         json(uR"({"name": "Sales", "requisitionCode": "S-1", "headcountTotal": 4})"_s));
    QCOMPARE(p.status, 200);
    QCOMPARE(p.data().value(u"headcountTotal"_s).toInt(), 4);
    QCOMPARE(p.data().value(u"headcountInfinite"_s).toBool(), false);
}

void TestRequisitions::invalidCreate_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    const QString base = uR"("name": "N", "requisitionCode": "C-1", "headcountTotal": 1)"_s;
    auto row = [&base](const char *name, const QString &extra, const QString &message) {
        QTest::newRow(name) << QString(u"{"_s + base + (extra.isEmpty() ? QString() : u", "_s + extra) +
                                       u"}"_s)
                            << message;
    };
    QTest::newRow("name missing") << uR"({"requisitionCode": "C", "headcountTotal": 1})"_s
                                  << u"name is required"_s;
    QTest::newRow("code missing") << uR"({"name": "N", "headcountTotal": 1})"_s
                                  << u"requisitionCode is required"_s;
    QTest::newRow("code not string") << uR"({"name": "N", "requisitionCode": 5, "headcountTotal": 1})"_s
                                     << u"requisitionCode must be a string"_s;
    QTest::newRow("headcount missing")
        << uR"({"name": "N", "requisitionCode": "C"})"_s << u"headcountTotal is required"_s;
    const QString headcount = u"headcountTotal must be an integer of at least 1, or \"unlimited\""_s;
    for (const char *value : {"0", "-2", "1.5", "\"lots\"", "\"5\"", "\"Unlimited\"", "true"})
        QTest::newRow(qPrintable(u"headcount "_s + QString::fromLatin1(value)))
            << QString(uR"({"name": "N", "requisitionCode": "C", "headcountTotal": )"_s +
                       QString::fromLatin1(value) + u"}"_s)
            << headcount;
    row("backfill string", uR"("backfill": "yes")"_s, u"backfill must be true or false"_s);
    row("band partial", uR"("compensationBand": {"currency": "USD", "min": 1})"_s,
        u"compensationBand needs min, max, currency and interval together; missing: max, interval"_s);
    row("band min > max",
        uR"("compensationBand": {"currency": "USD", "interval": "one-time", "min": 5, "max": 1})"_s,
        u"compensationBand.min must not be greater than compensationBand.max"_s);
    row("band currency",
        uR"("compensationBand": {"currency": "DOLLARS", "interval": "one-time", "min": 1, "max": 5})"_s,
        u"compensationBand.currency must be an ISO 4217 currency code"_s);
    row("band not object", uR"("compensationBand": [1, 2])"_s, u"compensationBand must be an object"_s);
    row("employment", uR"("employmentStatus": "freelance")"_s,
        u"employmentStatus must be one of: full-time"_s);
    row("status", uR"("status": "paused")"_s, u"status must be one of: open, onHold, closed, draft"_s);
    row("manager unknown", uR"("hiringManager": "ghost")"_s, u"hiringManager names no user: ghost"_s);
    row("owner deactivated", uR"("owner": "DEACTIVATED")"_s, u"owner names a deactivated user"_s);
    row("notes number", uR"("internalNotes": 4)"_s, u"internalNotes must be a string"_s);
    row("custom not object", uR"("customFields": [])"_s, u"customFields must be an object"_s);
    row("custom unknown", uR"("customFields": {"nope": "x"})"_s,
        u"customFields: no requisition field has the id nope"_s);
    row("custom text type", uR"("customFields": {"TEXT_FIELD": 12})"_s,
        u"(\"Cost center\") must be a string"_s);
    row("custom yes-no type", uR"("customFields": {"YESNO_FIELD": "yes"})"_s,
        u"(\"Budget approved\") must be true or false"_s);
    row("postings unknown", uR"("postingIds": ["missing-posting"])"_s,
        u"postingIds: no posting has the id missing-posting"_s);
    row("postings string", uR"("postingIds": "p1")"_s, u"postingIds must be an array of strings"_s);
    row("created future", uR"("createdAt": 99999999999999)"_s, u"createdAt must be a past timestamp"_s);
}

void TestRequisitions::invalidCreate()
{
    QFETCH(QString, body);
    QFETCH(QString, message);
    SandboxFixture f;
    const auto fields = fieldIds(f);
    body.replace(u"TEXT_FIELD"_s, fields.value(u"text"_s));
    body.replace(u"YESNO_FIELD"_s, fields.value(u"yes-no"_s));
    body.replace(u"DEACTIVATED"_s, userWithRole(f, {}, false));
    const QJsonObject object = json(body);
    QVERIFY2(!object.isEmpty(), qPrintable(body));
    const auto r = f.post(u"/requisitions"_s, object);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    const QString got = r.json.value(u"message"_s).toString();
    QVERIFY2(got.contains(message), qPrintable(got));
    QCOMPARE(f.sandbox().context().docs.count(u"requisition"_s), 0);
}

void TestRequisitions::duplicateCode()
{
    SandboxFixture f;
    QCOMPARE(f.post(u"/requisitions"_s, json(QString::fromUtf8(kMinimal))).status, 201);
    auto r = f.post(u"/requisitions"_s, json(QString::fromUtf8(kMinimal)));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"ConflictError"_s);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"A requisition with the code ENG-1 already exists"_s);

    const QString other = idOf(f.post(
        u"/requisitions"_s, json(uR"({"name": "B", "requisitionCode": "ENG-2", "headcountTotal": 1})"_s)));
    r = f.put(u"/requisitions/"_s + other,
              json(uR"({"name": "B", "requisitionCode": "ENG-1", "headcountTotal": 1})"_s));
    QCOMPARE(r.status, 409);
    // Keeping its own code is fine.
    r = f.put(u"/requisitions/"_s + other,
              json(uR"({"name": "B2", "requisitionCode": "ENG-2", "headcountTotal": 1})"_s));
    QCOMPARE(r.status, 200);
}

void TestRequisitions::putReplaces()
{
    SandboxFixture f;
    qint64 now = 1'700'000'000'000;
    f.sandbox().context().clock = [&now] { return now; };
    const auto created =
        f.post(u"/requisitions"_s, json(uR"({"name": "A", "requisitionCode": "A-1", "headcountTotal": 1,
        "team": "T", "backfill": true, "internalNotes": "n", "employmentStatus": "intern"})"_s));
    const QString id = idOf(created);
    now += 5000;
    auto r = f.put(
        u"/requisitions/"_s + id,
        json(uR"({"name": "A2", "requisitionCode": "A-1", "headcountTotal": 2, "status": "closed"})"_s));
    QCOMPARE(r.status, 200);
    const QJsonObject req = r.data();
    verifyRequisitionShape(req);
    QCOMPARE(req.value(u"name"_s).toString(), u"A2"_s);
    QVERIFY(req.value(u"team"_s).isNull());
    QVERIFY(req.value(u"employmentStatus"_s).isNull());
    QCOMPARE(req.value(u"backfill"_s).toBool(), false);
    QCOMPARE(req.value(u"internalNotes"_s).toString(), QString());
    QCOMPARE(req.value(u"createdAt"_s), created.data().value(u"createdAt"_s));
    QCOMPARE(req.value(u"creator"_s), created.data().value(u"creator"_s));
    QCOMPARE(req.value(u"updatedAt"_s).toDouble(), double(now));
    QCOMPARE(req.value(u"closedAt"_s).toDouble(), double(now));
    QCOMPARE(f.get(u"/requisitions/"_s + id).data(), withoutWriteFields(req));
    // open -> closed: the status history grew.
    QCOMPARE(req.value(u"stateHistory"_s).toArray().size(), 2);

    // Reopening clears closedAt; a createdAt in the past may be set.
    r = f.put(u"/requisitions/"_s + id, json(uR"({"name": "A2", "requisitionCode": "A-1", "headcountTotal": 2,
        "status": "onHold", "createdAt": 1600000000000})"_s));
    QCOMPARE(r.status, 200);
    QVERIFY(r.data().value(u"closedAt"_s).isNull());
    QCOMPARE(r.data().value(u"createdAt"_s).toDouble(), 1600000000000.0);

    r = f.put(u"/requisitions/"_s + id, json(uR"({"name": "A2", "headcountTotal": 2})"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"requisitionCode is required"_s);
    r = f.put(u"/requisitions/"_s + id, json(uR"({"name": "A2", "requisitionCode": "A-1"})"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"headcountTotal is required"_s);
    QCOMPARE(f.put(u"/requisitions/"_s + id, QJsonObject()).status, 400);
}

void TestRequisitions::backToDraft()
{
    SandboxFixture f;
    const QString id = idOf(f.post(
        u"/requisitions"_s,
        json(uR"({"name": "D", "requisitionCode": "D-1", "headcountTotal": 1, "status": "draft"})"_s)));
    const QString draft =
        uR"({"name": "D", "requisitionCode": "D-1", "headcountTotal": 1, "status": "draft"})"_s;
    QCOMPARE(f.put(u"/requisitions/"_s + id, json(draft)).status, 200); // draft -> draft
    QCOMPARE(f.put(u"/requisitions/"_s + id,
                   json(uR"({"name": "D", "requisitionCode": "D-1", "headcountTotal": 1})"_s))
                 .data()
                 .value(u"status"_s)
                 .toString(),
             u"open"_s);
    const auto r = f.put(u"/requisitions/"_s + id, json(draft));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(),
             u"A requisition cannot move back to draft once it left it"_s);
    QCOMPARE(f.get(u"/requisitions/"_s + id).data().value(u"status"_s).toString(), u"open"_s);
}

void TestRequisitions::deleteRequisition()
{
    SandboxFixture f;
    const QString posting =
        f.post(u"/postings"_s, json(u"{\"text\": \"P\"}"_s)).data().value(u"id"_s).toString();
    QJsonObject body = json(QString::fromUtf8(kMinimal));
    body.insert(u"postingIds"_s, QJsonArray{posting});
    const QString id = idOf(f.post(u"/requisitions"_s, body));
    QCOMPARE(f.get(u"/postings/"_s + posting).data().value(u"requisitionCodes"_s).toArray(),
             QJsonArray{u"ENG-1"_s});
    const auto r = f.del(u"/requisitions/"_s + id);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(f.get(u"/requisitions/"_s + id).status, 404);
    QCOMPARE(f.del(u"/requisitions/"_s + id).status, 404);
    QCOMPARE(f.get(u"/postings/"_s + posting).data().value(u"requisitionCodes"_s).toArray(), QJsonArray());
    // The code is free again.
    QCOMPARE(f.post(u"/requisitions"_s, json(QString::fromUtf8(kMinimal))).status, 201);
}

void TestRequisitions::listFilters()
{
    SandboxFixture f;
    qint64 now = 1'700'000'000'000;
    f.sandbox().context().clock = [&now] { return now; };
    const QString a = idOf(f.post(
        u"/requisitions"_s, json(uR"({"name": "A", "requisitionCode": "A-1", "headcountTotal": 1})"_s)));
    now += 10'000;
    const QString b = idOf(f.post(
        u"/requisitions"_s,
        json(uR"({"name": "B", "requisitionCode": "B-1", "headcountTotal": 1, "status": "onHold"})"_s)));
    now += 10'000;
    const QString c = idOf(f.post(
        u"/requisitions"_s,
        json(uR"({"name": "C", "requisitionCode": "C-1", "headcountTotal": 1, "status": "closed"})"_s)));
    auto list = [&f](const QString &query) { return ids(f.get(u"/requisitions?"_s + query)); };
    auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    const auto all = f.get(u"/requisitions"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(all.json.value(u"hasNext"_s).toBool(), false);
    for (const QJsonValue &v : all.list())
        verifyRequisitionShape(v.toObject());
    QCOMPARE(ids(all), sorted({a, b, c}));
    QCOMPARE(list(u"created_at_start=1700000010000"_s), sorted({b, c}));
    QCOMPARE(list(u"created_at_end=1700000010000"_s), sorted({a, b}));
    QCOMPARE(list(u"created_at_start=1700000005000&created_at_end=1700000015000"_s), QStringList{b});
    QCOMPARE(list(u"requisition_code=C-1"_s), QStringList{c});
    QCOMPARE(list(u"requisition_code=C-1&requisition_code=A-1"_s), sorted({a, c}));
    QCOMPARE(list(u"status=onHold"_s), QStringList{b});
    QCOMPARE(list(u"status=open&status=closed"_s), sorted({a, c}));
    QCOMPARE(list(u"status=closed&requisition_code=A-1"_s), QStringList{});
    QCOMPARE(f.get(u"/requisitions?status=paused"_s).status, 400);
    QCOMPARE(f.get(u"/requisitions?created_at_start=soon"_s).status, 400);
    const auto page = f.get(u"/requisitions?limit=2"_s);
    QCOMPARE(page.list().size(), 2);
    QVERIFY(page.json.value(u"hasNext"_s).toBool());
    QCOMPARE(f.get(u"/requisitions?limit=2&offset="_s + page.json.value(u"next"_s).toString()).list().size(),
             1);
}

void TestRequisitions::confidentialRequisitions()
{
    SandboxFixture f;
    const QString open = idOf(f.post(u"/requisitions"_s, json(QString::fromUtf8(kMinimal))));
    QJsonObject secret = f.get(u"/requisitions/"_s + open).data();
    secret.insert(u"id"_s, u"secret-req"_s);
    secret.insert(u"requisitionCode"_s, u"SECRET-1"_s);
    secret.insert(u"confidentiality"_s, u"confidential"_s);
    f.seedDocument(u"requisition"_s, {}, secret);

    QCOMPARE(ids(f.get(u"/requisitions"_s)), QStringList{open});
    QCOMPARE(ids(f.get(u"/requisitions?confidentiality=confidential"_s)), QStringList{u"secret-req"_s});
    QCOMPARE(ids(f.get(u"/requisitions?confidentiality=all"_s)).size(), 2);
    const QString plain =
        f.sandbox().createApiKey({u"requisitions:read:admin"_s, u"requisitions:write:admin"_s}, false);
    QCOMPARE(f.get(u"/requisitions?confidentiality=all"_s, plain).status, 403);
    QCOMPARE(f.get(u"/requisitions/secret-req"_s, plain).status, 403);
    QCOMPARE(f.del(u"/requisitions/secret-req"_s, plain).status, 403);
    QCOMPARE(f.get(u"/requisitions/"_s + open, plain).status, 200);
    const QString granted = f.sandbox().createApiKey({u"requisitions:read:admin"_s}, true);
    QCOMPARE(f.get(u"/requisitions/secret-req"_s, granted).status, 200);
}

void TestRequisitions::scopesAndNotFound()
{
    SandboxFixture f;
    const QString id = idOf(f.post(u"/requisitions"_s, json(QString::fromUtf8(kMinimal))));
    const QString readOnly = f.sandbox().createApiKey({u"requisitions:read:admin"_s}, false);
    const QString none = f.sandbox().createApiKey({u"postings:read:admin"_s}, false);
    QCOMPARE(f.get(u"/requisitions"_s, readOnly).status, 200);
    QCOMPARE(f.get(u"/requisitions/"_s + id, readOnly).status, 200);
    const QJsonObject body = json(uR"({"name": "X", "requisitionCode": "X-1", "headcountTotal": 1})"_s);
    for (const QString &key : {readOnly, none}) {
        QCOMPARE(f.post(u"/requisitions"_s, body, key).status, 403);
        QCOMPARE(f.put(u"/requisitions/"_s + id, body, key).status, 403);
        QCOMPARE(f.del(u"/requisitions/"_s + id, key).status, 403);
    }
    QCOMPARE(f.get(u"/requisitions"_s, none).status, 403);
    QCOMPARE(f.get(u"/requisitions/"_s + id, none).status, 403);

    auto r = f.get(u"/requisitions/nope"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"Requisition nope was not found"_s);
    QCOMPARE(f.put(u"/requisitions/nope"_s, body).status, 404);
    QCOMPARE(f.del(u"/requisitions/nope"_s).status, 404);
    r = f.send("POST", f.apiUrl(u"/requisitions"_s), "[1, 2]", f.basicAuth());
    QCOMPARE(r.status, 400);
}

void TestRequisitions::codeRenameFollowsPostings()
{
    SandboxFixture f;
    const QString p1 = f.post(u"/postings"_s, json(u"{\"text\": \"P1\"}"_s)).data().value(u"id"_s).toString();
    const QString p2 = f.post(u"/postings"_s, json(u"{\"text\": \"P2\"}"_s)).data().value(u"id"_s).toString();
    QJsonObject body = json(QString::fromUtf8(kMinimal));
    body.insert(u"postingIds"_s, QJsonArray{p1});
    const QString id = idOf(f.post(u"/requisitions"_s, body));
    body.insert(u"requisitionCode"_s, u"ENG-9"_s);
    body.insert(u"postingIds"_s, QJsonArray{p2});
    QCOMPARE(f.put(u"/requisitions/"_s + id, body).status, 200);
    QCOMPARE(f.get(u"/postings/"_s + p1).data().value(u"requisitionCodes"_s).toArray(), QJsonArray());
    QCOMPARE(f.get(u"/postings/"_s + p2).data().value(u"requisitionCodes"_s).toArray(),
             QJsonArray{u"ENG-9"_s});
}

QTEST_GUILESS_MAIN(TestRequisitions)
#include "tst_requisitions.moc"
