// The /webhooks API: shapes, validation, scopes and audit (delivery is tst_webhook_delivery).
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"
#include "WebhookDispatcher.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::sandbox::WebhookDispatcher;
using lever::test::SandboxFixture;

namespace {
const QStringList kAllOrigins = {u"applied"_s,    u"sourced"_s,  u"referred"_s,
                                 u"university"_s, u"internal"_s, u"agency"_s};

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

QJsonObject createWebhook(SandboxFixture &f, const QString &event, const QString &url)
{
    const auto r = f.post(u"/webhooks"_s, QJsonObject{{u"event"_s, event}, {u"url"_s, url}});
    if (r.status != 201)
        qWarning() << "webhook creation failed" << r.status << r.body;
    return r.data();
}

void verifyErrorBody(const SandboxFixture::Reply &r, int status)
{
    QCOMPARE(r.status, status);
    QVERIFY(!r.json.value(u"code"_s).toString().isEmpty());
    QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
}

SandboxFixture::Reply putRaw(SandboxFixture &f, const QString &path, const QByteArray &body)
{
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "application/json");
    return f.send("PUT", f.apiUrl(path), body, headers);
}
} // namespace

class TestWebhooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createListUpdateDelete();
    void eventsWithoutConditions();
    void bulkUpdate();
    void invalidBodies();
    void unknownIds();
    void scopes();
    void auditTrail();
};

void TestWebhooks::createListUpdateDelete()
{
    SandboxFixture f;
    auto r = f.post(u"/webhooks"_s, QJsonObject{{u"event"_s, u"candidateHired"_s},
                                                {u"url"_s, u"https://example.com/hooks/hired"_s}});
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.data();
    QCOMPARE(keysOf(created),
             sorted({u"id"_s, u"event"_s, u"url"_s, u"configuration"_s, u"createdAt"_s, u"updatedAt"_s}));
    QVERIFY(created.value(u"id"_s).isString());
    QCOMPARE(created.value(u"event"_s).toString(), u"candidateHired"_s);
    QCOMPARE(created.value(u"url"_s).toString(), u"https://example.com/hooks/hired"_s);
    QVERIFY(created.value(u"createdAt"_s).isDouble());
    QVERIFY(created.value(u"updatedAt"_s).isDouble());
    const QJsonObject configuration = created.value(u"configuration"_s).toObject();
    QCOMPARE(keysOf(configuration), sorted({u"conditions"_s, u"signatureToken"_s}));
    const QString token = configuration.value(u"signatureToken"_s).toString();
    QCOMPARE(token.size(), 48);
    // Without conditions the webhook covers every origin, listed as Lever lists them.
    QCOMPARE(configuration.value(u"conditions"_s).toObject().value(u"origins"_s).toArray(),
             QJsonArray::fromStringList(kAllOrigins));
    const QString id = created.value(u"id"_s).toString();

    // The token is shown only at creation: never in the list, nor after an update.
    r = f.get(u"/webhooks"_s);
    QCOMPARE(r.status, 200);
    // The recorded shape: the whole list under `data`, no paging keys.
    QCOMPARE(r.json.keys(), QStringList{u"data"_s});
    QCOMPARE(r.list().size(), 1);
    QJsonObject listed = r.list().at(0).toObject();
    QCOMPARE(keysOf(listed), keysOf(created));
    QCOMPARE(keysOf(listed.value(u"configuration"_s).toObject()), QStringList{u"conditions"_s});
    QVERIFY(!r.body.contains(token.toLatin1()));

    r = f.put(
        u"/webhooks/"_s + id,
        QJsonObject{{u"url"_s, u"https://example.com/hooks/v2"_s},
                    {u"configuration"_s,
                     QJsonObject{{u"conditions"_s,
                                  QJsonObject{{u"origins"_s, QJsonArray{u"referred"_s, u"applied"_s}}}}}}});
    QCOMPARE(r.status, 200);
    QJsonObject updated = r.data();
    QCOMPARE(updated.value(u"url"_s).toString(), u"https://example.com/hooks/v2"_s);
    QCOMPARE(updated.value(u"createdAt"_s), created.value(u"createdAt"_s));
    QVERIFY(updated.value(u"updatedAt"_s).toDouble() >= created.value(u"updatedAt"_s).toDouble());
    // Stored in Lever's canonical order, whatever order was sent.
    QCOMPARE(
        updated.value(u"configuration"_s).toObject().value(u"conditions"_s).toObject().value(u"origins"_s),
        QJsonValue(QJsonArray{u"applied"_s, u"referred"_s}));
    QVERIFY(!r.body.contains(token.toLatin1()));

    // A PUT without configuration keeps the origins filter; the event may be repeated but not changed.
    r = f.put(u"/webhooks/"_s + id,
              QJsonObject{{u"url"_s, u"http://127.0.0.1:9/v3"_s}, {u"event"_s, u"candidateHired"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        r.data().value(u"configuration"_s).toObject().value(u"conditions"_s).toObject().value(u"origins"_s),
        QJsonValue(QJsonArray{u"applied"_s, u"referred"_s}));
    r = f.get(u"/webhooks"_s);
    QCOMPARE(r.list().at(0).toObject().value(u"url"_s).toString(), u"http://127.0.0.1:9/v3"_s);

    r = f.del(u"/webhooks/"_s + id);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    r = f.get(u"/webhooks"_s);
    QCOMPARE(r.list().size(), 0);
}

void TestWebhooks::eventsWithoutConditions()
{
    SandboxFixture f;
    for (const QString &event : WebhookDispatcher::eventNames()) {
        const auto r =
            f.post(u"/webhooks"_s, QJsonObject{{u"event"_s, event}, {u"url"_s, u"https://example.com/x"_s}});
        QCOMPARE(r.status, 201);
        const QJsonObject configuration = r.data().value(u"configuration"_s).toObject();
        QVERIFY(configuration.value(u"signatureToken"_s).isString());
        QCOMPARE(configuration.contains(u"conditions"_s), WebhookDispatcher::takesConditions(event));
    }
    const auto r = f.get(u"/webhooks"_s);
    QCOMPARE(r.list().size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(r.list().at(i).toObject().value(u"event"_s).toString(),
                 WebhookDispatcher::eventNames().at(i));
}

void TestWebhooks::bulkUpdate()
{
    SandboxFixture f;
    const QString a =
        createWebhook(f, u"candidateStageChange"_s, u"https://example.com/a"_s).value(u"id"_s).toString();
    const QString b =
        createWebhook(f, u"contactCreated"_s, u"https://example.com/b"_s).value(u"id"_s).toString();
    auto r = f.put(
        u"/webhooks"_s,
        QJsonObject{
            {u"data"_s,
             QJsonArray{QJsonObject{{u"id"_s, a},
                                    {u"url"_s, u"https://example.com/a2"_s},
                                    {u"configuration"_s,
                                     QJsonObject{{u"conditions"_s,
                                                  QJsonObject{{u"origins"_s, QJsonArray{u"agency"_s}}}}}}},
                        QJsonObject{{u"id"_s, b}, {u"url"_s, u"https://example.com/b2"_s}}}}});
    QCOMPARE(r.status, 200);
    const QJsonArray out = r.list();
    QCOMPARE(out.size(), 2);
    QCOMPARE(out.at(0).toObject().value(u"url"_s).toString(), u"https://example.com/a2"_s);
    QCOMPARE(out.at(1).toObject().value(u"url"_s).toString(), u"https://example.com/b2"_s);
    QVERIFY(!out.at(0).toObject().value(u"configuration"_s).toObject().contains(u"signatureToken"_s));

    // All or nothing: one bad item (unknown id, bad url) leaves every webhook unchanged.
    r = f.put(
        u"/webhooks"_s,
        QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, a}, {u"url"_s, u"https://example.com/a3"_s}},
                                           QJsonObject{{u"id"_s, u"missing"_s},
                                                       {u"url"_s, u"https://example.com/c"_s}}}}});
    verifyErrorBody(r, 404);
    r = f.put(
        u"/webhooks"_s,
        QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, a}, {u"url"_s, u"https://example.com/a3"_s}},
                                           QJsonObject{{u"id"_s, b}, {u"url"_s, u"ftp://x"_s}}}}});
    verifyErrorBody(r, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"data[1].url"_s));
    r = f.get(u"/webhooks"_s);
    QCOMPARE(r.list().at(0).toObject().value(u"url"_s).toString(), u"https://example.com/a2"_s);

    // Malformed bulk bodies.
    verifyErrorBody(f.put(u"/webhooks"_s, QJsonObject{{u"data"_s, u"nope"_s}}), 400);
    verifyErrorBody(f.put(u"/webhooks"_s, QJsonObject{}), 400);
    verifyErrorBody(f.put(u"/webhooks"_s, QJsonObject{{u"data"_s, QJsonArray{}}}), 400);
    verifyErrorBody(f.put(u"/webhooks"_s, QJsonObject{{u"data"_s, QJsonArray{42}}}), 400);
    verifyErrorBody(f.put(u"/webhooks"_s,
                          QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"url"_s, u"https://e.com"_s}}}}}),
                    400);
    verifyErrorBody(
        f.put(
            u"/webhooks"_s,
            QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, a}, {u"url"_s, u"https://e.com"_s}},
                                               QJsonObject{{u"id"_s, a}, {u"url"_s, u"https://e.com"_s}}}}}),
        400);
}

void TestWebhooks::invalidBodies()
{
    SandboxFixture f;
    const QJsonObject origins{{u"conditions"_s, QJsonObject{{u"origins"_s, QJsonArray{u"applied"_s}}}}};
    const QList<QJsonObject> bad = {
        {},
        {{u"url"_s, u"https://example.com"_s}},
        {{u"event"_s, u"candidateExploded"_s}, {u"url"_s, u"https://example.com"_s}},
        {{u"event"_s, 7}, {u"url"_s, u"https://example.com"_s}},
        {{u"event"_s, u"candidateHired"_s}},
        {{u"event"_s, u"candidateHired"_s}, {u"url"_s, u"/relative/path"_s}},
        {{u"event"_s, u"candidateHired"_s}, {u"url"_s, u"ftp://example.com/x"_s}},
        {{u"event"_s, u"candidateHired"_s}, {u"url"_s, u"not a url at all"_s}},
        {{u"event"_s, u"candidateHired"_s}, {u"url"_s, u"http://"_s}},
        {{u"event"_s, u"candidateHired"_s}, {u"url"_s, QJsonArray{u"https://example.com"_s}}},
        {{u"event"_s, u"candidateHired"_s},
         {u"url"_s, QString(u"https://example.com/"_s + QString(3000, u'a'))}},
        {{u"event"_s, u"candidateHired"_s},
         {u"url"_s, u"https://example.com"_s},
         {u"configuration"_s, u"x"_s}},
        {{u"event"_s, u"candidateHired"_s},
         {u"url"_s, u"https://example.com"_s},
         {u"configuration"_s, QJsonObject{{u"conditions"_s, 3}}}},
        {{u"event"_s, u"candidateHired"_s},
         {u"url"_s, u"https://example.com"_s},
         {u"configuration"_s, QJsonObject{{u"conditions"_s, QJsonObject{{u"origins"_s, u"applied"_s}}}}}},
        {{u"event"_s, u"candidateHired"_s},
         {u"url"_s, u"https://example.com"_s},
         {u"configuration"_s,
          QJsonObject{{u"conditions"_s, QJsonObject{{u"origins"_s, QJsonArray{u"walk-in"_s}}}}}}},
        {{u"event"_s, u"candidateHired"_s},
         {u"url"_s, u"https://example.com"_s},
         {u"configuration"_s, QJsonObject{{u"conditions"_s, QJsonObject{{u"origins"_s, QJsonArray{1}}}}}}},
        {{u"event"_s, u"candidateHired"_s},
         {u"url"_s, u"https://example.com"_s},
         {u"configuration"_s, QJsonObject{{u"conditions"_s, QJsonObject{{u"origins"_s, QJsonArray{}}}}}}},
        // Only four events take conditions.
        {{u"event"_s, u"contactCreated"_s},
         {u"url"_s, u"https://example.com"_s},
         {u"configuration"_s, origins}},
        {{u"event"_s, u"interviewDeleted"_s},
         {u"url"_s, u"https://example.com"_s},
         {u"configuration"_s, origins}},
    };
    for (const QJsonObject &body : bad) {
        const auto r = f.post(u"/webhooks"_s, body);
        if (r.status != 400)
            qWarning() << "accepted" << body;
        verifyErrorBody(r, 400);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    }
    // Not JSON at all, and JSON that is not an object.
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "application/json");
    verifyErrorBody(f.send("POST", f.apiUrl(u"/webhooks"_s), "{\"event\":", headers), 400);
    verifyErrorBody(f.send("POST", f.apiUrl(u"/webhooks"_s), "[1,2]", headers), 400);
    QCOMPARE(f.get(u"/webhooks"_s).list().size(), 0);

    // Updates are validated the same way.
    const QString id =
        createWebhook(f, u"contactUpdated"_s, u"https://example.com/u"_s).value(u"id"_s).toString();
    verifyErrorBody(f.put(u"/webhooks/"_s + id, QJsonObject{{u"url"_s, u"mailto:a@b.c"_s}}), 400);
    verifyErrorBody(f.put(u"/webhooks/"_s + id, QJsonObject{{u"configuration"_s, QJsonObject{}}}), 400);
    verifyErrorBody(f.put(u"/webhooks/"_s + id,
                          QJsonObject{{u"url"_s, u"https://example.com"_s}, {u"configuration"_s, origins}}),
                    400);
    verifyErrorBody(f.put(u"/webhooks/"_s + id, QJsonObject{{u"url"_s, u"https://example.com"_s},
                                                            {u"event"_s, u"contactCreated"_s}}),
                    400);
    verifyErrorBody(putRaw(f, u"/webhooks/"_s + id, "nope"), 400);
    QCOMPARE(f.get(u"/webhooks"_s).list().at(0).toObject().value(u"url"_s).toString(),
             u"https://example.com/u"_s);
}

void TestWebhooks::unknownIds()
{
    SandboxFixture f;
    auto r = f.put(u"/webhooks/no-such-webhook"_s, QJsonObject{{u"url"_s, u"https://example.com"_s}});
    verifyErrorBody(r, 404);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"ResourceNotFound"_s);
    verifyErrorBody(f.del(u"/webhooks/no-such-webhook"_s), 404);
    const QString id =
        createWebhook(f, u"contactCreated"_s, u"https://example.com"_s).value(u"id"_s).toString();
    QCOMPARE(f.del(u"/webhooks/"_s + id).status, 204);
    verifyErrorBody(f.del(u"/webhooks/"_s + id), 404);
    verifyErrorBody(f.put(u"/webhooks/"_s + id, QJsonObject{{u"url"_s, u"https://example.com"_s}}), 404);
    // Lever has no single-webhook GET.
    verifyErrorBody(f.get(u"/webhooks/"_s + id), 405);
}

void TestWebhooks::scopes()
{
    SandboxFixture f;
    const QString id =
        createWebhook(f, u"candidateHired"_s, u"https://example.com"_s).value(u"id"_s).toString();
    const QString readOnly = f.sandbox().createApiKey({u"webhooks:read:admin"_s}, false);
    const QString none = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    const QString writeOnly = f.sandbox().createApiKey({u"webhooks:write:admin"_s}, false);

    QCOMPARE(f.get(u"/webhooks"_s, readOnly).status, 200);
    verifyErrorBody(f.get(u"/webhooks"_s, none), 403);
    verifyErrorBody(f.get(u"/webhooks"_s, writeOnly), 403);
    const QJsonObject body{{u"event"_s, u"candidateHired"_s}, {u"url"_s, u"https://example.com"_s}};
    verifyErrorBody(f.post(u"/webhooks"_s, body, readOnly), 403);
    verifyErrorBody(f.put(u"/webhooks/"_s + id, body, readOnly), 403);
    verifyErrorBody(f.put(u"/webhooks"_s,
                          QJsonObject{{u"data"_s, QJsonArray{QJsonObject{{u"id"_s, id},
                                                                         {u"url"_s, u"https://e.com"_s}}}}},
                          readOnly),
                    403);
    verifyErrorBody(f.del(u"/webhooks/"_s + id, readOnly), 403);
    QCOMPARE(f.post(u"/webhooks"_s, body, writeOnly).status, 201);
    QCOMPARE(f.del(u"/webhooks/"_s + id, writeOnly).status, 204);
}

void TestWebhooks::auditTrail()
{
    SandboxFixture f;
    // Act as another active user through perform_as: the audit names who acted.
    QString other;
    const QList<QJsonObject> users = f.sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &user : users) {
        if (user.value(u"id"_s).toString() != f.firstUserId() && user.value(u"deactivatedAt"_s).isNull()) {
            other = user.value(u"id"_s).toString();
            break;
        }
    }
    QVERIFY(!other.isEmpty());
    auto r = f.post(u"/webhooks?perform_as="_s + other,
                    QJsonObject{{u"event"_s, u"contactCreated"_s}, {u"url"_s, u"https://example.com/a"_s}});
    QCOMPARE(r.status, 201);
    const QString id = r.data().value(u"id"_s).toString();
    QCOMPARE(f.put(u"/webhooks/"_s + id, QJsonObject{{u"url"_s, u"https://example.com/b"_s}}).status, 200);
    QCOMPARE(f.del(u"/webhooks/"_s + id).status, 204);

    r = f.get(u"/audit_events?target_type=webhook&target_id="_s + id);
    QCOMPARE(r.status, 200);
    const QJsonArray events = r.list();
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(0).toObject().value(u"type"_s).toString(), u"webhook.created"_s);
    QCOMPARE(events.at(0).toObject().value(u"user"_s).toString(), other);
    QCOMPARE(events.at(1).toObject().value(u"type"_s).toString(), u"webhook.updated"_s);
    QCOMPARE(events.at(1).toObject().value(u"meta"_s).toObject().value(u"url"_s).toString(),
             u"https://example.com/b"_s);
    QCOMPARE(events.at(2).toObject().value(u"type"_s).toString(), u"webhook.deleted"_s);
    QCOMPARE(events.at(2).toObject().value(u"user"_s).toString(), f.firstUserId());
    // The secret never reaches the audit log.
    QVERIFY(!r.body.contains("signatureToken"));
}

QTEST_GUILESS_MAIN(TestWebhooks)
#include "tst_webhooks.moc"
