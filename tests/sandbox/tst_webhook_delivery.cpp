// Webhook delivery: real, signed POSTs to a loopback receiver, retries, give-up, origin conditions.
#include "SandboxContext.h"
#include "SandboxFixture.h"
#include "WebhookDispatcher.h"
#include "WebhookReceiver.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::sandbox::WebhookDispatcher;
using lever::test::SandboxFixture;
using lever::test::WebhookReceiver;

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

QJsonObject stageChange(const QJsonObject &opportunity)
{
    const QString id = opportunity.value(u"id"_s).toString();
    return QJsonObject{{u"opportunityId"_s, id},
                       {u"candidateId"_s, id},
                       {u"contactId"_s, opportunity.value(u"contact"_s)},
                       {u"fromStageId"_s, u"applicant-new"_s},
                       {u"toStageId"_s, u"offer"_s}};
}
} // namespace

class TestWebhookDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliverySignedAndRecorded();
    void retriesUntilSuccess();
    void givesUpAfterSixAttempts();
    void redirectIsAFailure();
    void unreachableAndTimeout();
    void originConditionsFilter();
    void deletedWebhookStopsRetrying();
    void deliveriesControlRoute();
    void teardownWithDeliveriesPending();
};

void TestWebhookDelivery::deliverySignedAndRecorded()
{
    SandboxFixture f;
    WebhookReceiver receiver;
    const QJsonObject webhook = receiver.subscribe(f, u"candidateStageChange"_s);
    const QString secret = webhook.value(u"configuration"_s).toObject().value(u"signatureToken"_s).toString();
    receiver.subscribe(f, u"candidateHired"_s, u"/other"_s); // another event: must stay quiet
    const QJsonObject opportunity = f.seedOpportunity();
    const QJsonObject data = stageChange(opportunity);

    QSignalSpy finished(&f.sandbox().webhooks(), &WebhookDispatcher::deliveryFinished);
    QCOMPARE(f.sandbox().webhooks().notify(u"candidateStageChange"_s, data), 1);
    f.sandbox().context().notify(u"candidateStageChange"_s, data); // the route handlers' way in
    QVERIFY(receiver.waitForHits(2));
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(f.sandbox().webhooks().pendingCount(), 0);

    QSet<QString> ids;
    for (const WebhookReceiver::Hit &hit : receiver.hits()) {
        QCOMPARE(hit.method, QByteArray("POST"));
        QCOMPARE(hit.path, QByteArray("/hook"));
        QCOMPARE(hit.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(hit.headers.value("user-agent"), QByteArray("Lever-Webhooks"));
        const QJsonObject body = hit.json;
        QCOMPARE(keysOf(body),
                 sorted({u"id"_s, u"event"_s, u"triggeredAt"_s, u"token"_s, u"signature"_s, u"data"_s}));
        QCOMPARE(body.value(u"event"_s).toString(), u"candidateStageChange"_s);
        QCOMPARE(body.value(u"data"_s).toObject(), data);
        QVERIFY(body.value(u"triggeredAt"_s).isDouble());
        const QString token = body.value(u"token"_s).toString();
        QCOMPARE(token.size(), 48);
        // Verified the way Lever's docs tell receivers to: HMAC-SHA256 of token + triggeredAt.
        const qint64 triggeredAt = qint64(body.value(u"triggeredAt"_s).toDouble());
        const QByteArray expected =
            QMessageAuthenticationCode::hash(QString(token + QString::number(triggeredAt)).toUtf8(),
                                             secret.toUtf8(), QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(body.value(u"signature"_s).toString().toLatin1(), expected);
        ids.insert(body.value(u"id"_s).toString());
    }
    QCOMPARE(ids.size(), 2);

    const QJsonArray attempts = WebhookReceiver::deliveries(f);
    QCOMPARE(attempts.size(), 2);
    const QJsonObject attempt = attempts.at(0).toObject();
    QCOMPARE(keysOf(attempt), sorted({u"id"_s, u"deliveryId"_s, u"webhookId"_s, u"event"_s, u"url"_s,
                                      u"attempt"_s, u"status"_s, u"error"_s, u"at"_s, u"succeeded"_s}));
    QCOMPARE(attempt.value(u"webhookId"_s).toString(), webhook.value(u"id"_s).toString());
    QCOMPARE(attempt.value(u"event"_s).toString(), u"candidateStageChange"_s);
    QCOMPARE(attempt.value(u"attempt"_s).toInt(), 1);
    QCOMPARE(attempt.value(u"status"_s).toInt(), 200);
    QVERIFY(attempt.value(u"error"_s).isNull());
    QVERIFY(attempt.value(u"at"_s).isDouble());
    QCOMPARE(attempt.value(u"succeeded"_s).toBool(), true);
    QVERIFY(ids.contains(attempt.value(u"deliveryId"_s).toString()));

    // No webhook on an event, or an unknown event name: nothing is queued.
    QCOMPARE(f.sandbox().webhooks().notify(u"contactCreated"_s, QJsonObject{{u"contactId"_s, u"c"_s}}), 0);
    QCOMPARE(f.sandbox().webhooks().notify(u"candidateExploded"_s, data), 0);
}

void TestWebhookDelivery::retriesUntilSuccess()
{
    SandboxFixture f;
    WebhookReceiver receiver;
    receiver.script({500, 503}, 200);
    const QJsonObject webhook = receiver.subscribe(f, u"contactUpdated"_s);
    const QString secret = webhook.value(u"configuration"_s).toObject().value(u"signatureToken"_s).toString();
    QSignalSpy finished(&f.sandbox().webhooks(), &WebhookDispatcher::deliveryFinished);
    f.sandbox().context().notify(u"contactUpdated"_s, QJsonObject{{u"contactId"_s, u"contact-1"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QCOMPARE(receiver.hits().size(), 3);

    // One delivery (same id and triggeredAt), each attempt with a fresh, correctly signed token.
    const QJsonObject first = receiver.hits().at(0).json;
    QSet<QString> tokens;
    for (const WebhookReceiver::Hit &hit : receiver.hits()) {
        QCOMPARE(hit.json.value(u"id"_s), first.value(u"id"_s));
        QCOMPARE(hit.json.value(u"triggeredAt"_s), first.value(u"triggeredAt"_s));
        const QString token = hit.json.value(u"token"_s).toString();
        tokens.insert(token);
        QCOMPARE(
            hit.json.value(u"signature"_s).toString(),
            WebhookDispatcher::signature(secret, token, qint64(first.value(u"triggeredAt"_s).toDouble())));
    }
    QCOMPARE(tokens.size(), 3);

    const QJsonArray attempts =
        WebhookReceiver::deliveries(f, u"?webhook_id="_s + webhook.value(u"id"_s).toString());
    QCOMPARE(attempts.size(), 3);
    const int statuses[] = {500, 503, 200};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject attempt = attempts.at(i).toObject();
        QCOMPARE(attempt.value(u"attempt"_s).toInt(), i + 1);
        QCOMPARE(attempt.value(u"status"_s).toInt(), statuses[i]);
        QCOMPARE(attempt.value(u"succeeded"_s).toBool(), i == 2);
        QCOMPARE(attempt.value(u"error"_s).isNull(), i == 2);
        QCOMPARE(attempt.value(u"deliveryId"_s), first.value(u"id"_s));
    }
    QVERIFY(attempts.at(0).toObject().value(u"error"_s).toString().contains(u"500"_s));
    QVERIFY(attempts.at(1).toObject().value(u"at"_s).toDouble() >=
            attempts.at(0).toObject().value(u"at"_s).toDouble());
}

void TestWebhookDelivery::givesUpAfterSixAttempts()
{
    auto options = SandboxFixture::testOptions();
    options.webhookRetryBaseMs = 5; // gaps 5, 20, 80, 320, 1280 ms
    SandboxFixture f(options);
    WebhookReceiver receiver;
    receiver.script({}, 500);
    receiver.subscribe(f, u"interviewCreated"_s);
    QSignalSpy finished(&f.sandbox().webhooks(), &WebhookDispatcher::deliveryFinished);
    QSignalSpy recorded(&f.sandbox().webhooks(), &WebhookDispatcher::attemptRecorded);
    f.sandbox().context().notify(u"interviewCreated"_s, QJsonObject{{u"opportunityId"_s, u"o"_s},
                                                                    {u"candidateId"_s, u"o"_s},
                                                                    {u"contactId"_s, u"c"_s},
                                                                    {u"interviewId"_s, u"i"_s},
                                                                    {u"panelId"_s, u"p"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QCOMPARE(recorded.size(), WebhookDispatcher::kMaxAttempts);
    QCOMPARE(receiver.hits().size(), 6);
    QCOMPARE(f.sandbox().webhooks().pendingCount(), 0);
    // Given up means given up: longer than the next gap would be, and still six.
    QTest::qWait(5 * 1024 + 200);
    QCOMPARE(receiver.hits().size(), 6);
    const QJsonArray attempts = WebhookReceiver::deliveries(f);
    QCOMPARE(attempts.size(), 6);
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(attempts.at(i).toObject().value(u"attempt"_s).toInt(), i + 1);
        QCOMPARE(attempts.at(i).toObject().value(u"succeeded"_s).toBool(), false);
    }
}

void TestWebhookDelivery::redirectIsAFailure()
{
    SandboxFixture f;
    WebhookReceiver receiver;
    receiver.script({302}, 200);
    receiver.subscribe(f, u"contactCreated"_s);
    QSignalSpy finished(&f.sandbox().webhooks(), &WebhookDispatcher::deliveryFinished);
    f.sandbox().context().notify(u"contactCreated"_s, QJsonObject{{u"contactId"_s, u"c"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    // The redirect was not followed: both attempts went to the registered URL.
    QCOMPARE(receiver.hits().size(), 2);
    for (const auto &hit : receiver.hits())
        QCOMPARE(hit.path, QByteArray("/hook"));
    const QJsonArray attempts = WebhookReceiver::deliveries(f);
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).toObject().value(u"status"_s).toInt(), 302);
    QCOMPARE(attempts.at(0).toObject().value(u"succeeded"_s).toBool(), false);
    QCOMPARE(attempts.at(1).toObject().value(u"succeeded"_s).toBool(), true);
}

void TestWebhookDelivery::unreachableAndTimeout()
{
    auto options = SandboxFixture::testOptions();
    options.webhookRetryBaseMs = 5;
    SandboxFixture f(options);
    // A port nothing listens on: every attempt is a network error without an HTTP status.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const QString closed = u"http://127.0.0.1:"_s + QString::number(probe.serverPort()) + u"/gone"_s;
    probe.close();
    auto r = f.post(u"/webhooks"_s, QJsonObject{{u"event"_s, u"contactCreated"_s}, {u"url"_s, closed}});
    QCOMPARE(r.status, 201);
    const QString unreachable = r.data().value(u"id"_s).toString();
    QSignalSpy finished(&f.sandbox().webhooks(), &WebhookDispatcher::deliveryFinished);
    f.sandbox().context().notify(u"contactCreated"_s, QJsonObject{{u"contactId"_s, u"c"_s}});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QJsonArray attempts = WebhookReceiver::deliveries(f, u"?webhook_id="_s + unreachable);
    QCOMPARE(attempts.size(), 6);
    for (const QJsonValue &attempt : attempts) {
        QVERIFY(attempt.toObject().value(u"status"_s).isNull());
        QVERIFY(!attempt.toObject().value(u"error"_s).toString().isEmpty());
    }
    QCOMPARE(f.del(u"/webhooks/"_s + unreachable).status, 204);

    // A receiver that never answers: the attempt times out and is retried.
    WebhookReceiver silent;
    silent.setSilent(true);
    const QString slow = silent.subscribe(f, u"contactUpdated"_s).value(u"id"_s).toString();
    f.sandbox().webhooks().setAttemptTimeoutMs(200);
    QSignalSpy recorded(&f.sandbox().webhooks(), &WebhookDispatcher::attemptRecorded);
    f.sandbox().context().notify(u"contactUpdated"_s, QJsonObject{{u"contactId"_s, u"c"_s}});
    QTRY_VERIFY_WITH_TIMEOUT(recorded.size() >= 2, 20000);
    attempts = WebhookReceiver::deliveries(f, u"?webhook_id="_s + slow);
    QVERIFY(attempts.size() >= 2);
    QVERIFY(attempts.at(0).toObject().value(u"error"_s).toString().contains(u"timed out"_s));
    QCOMPARE(attempts.at(0).toObject().value(u"succeeded"_s).toBool(), false);
    QVERIFY(silent.hits().size() >= 2);
}

void TestWebhookDelivery::originConditionsFilter()
{
    SandboxFixture f;
    WebhookReceiver receiver;
    receiver.subscribe(f, u"candidateStageChange"_s, u"/sourced-only"_s, {u"sourced"_s});
    receiver.subscribe(f, u"candidateStageChange"_s, u"/every-origin"_s);
    receiver.subscribe(f, u"candidateStageChange"_s, u"/referral-or-agency"_s, {u"referred"_s, u"agency"_s});
    receiver.subscribe(f, u"contactCreated"_s, u"/contacts"_s);
    const QJsonObject applied = f.seedOpportunity({{u"origin"_s, u"applied"_s}});
    const QJsonObject sourced = f.seedOpportunity({{u"origin"_s, u"sourced"_s}});
    auto &dispatcher = f.sandbox().webhooks();

    QCOMPARE(dispatcher.notify(u"candidateStageChange"_s, stageChange(applied)), 1);
    QVERIFY(receiver.waitForHits(1));
    QCOMPARE(dispatcher.notify(u"candidateStageChange"_s, stageChange(sourced)), 2);
    QVERIFY(receiver.waitForHits(3));
    // An opportunity that cannot be found matches no origin filter, only the unfiltered webhook.
    QJsonObject unknown = stageChange(applied);
    unknown.insert(u"opportunityId"_s, u"no-such-opportunity"_s);
    QCOMPARE(dispatcher.notify(u"candidateStageChange"_s, unknown), 1);
    // Events without conditions reach their webhooks whatever the origin.
    QCOMPARE(
        dispatcher.notify(u"contactCreated"_s, QJsonObject{{u"contactId"_s, applied.value(u"contact"_s)}}),
        1);
    QVERIFY(receiver.waitForHits(5));
    QTRY_COMPARE(dispatcher.pendingCount(), 0);

    QMultiHash<QByteArray, QString> byPath;
    for (const auto &hit : receiver.hits())
        byPath.insert(hit.path, hit.json.value(u"data"_s).toObject().value(u"opportunityId"_s).toString());
    QCOMPARE(receiver.hits().size(), 5);
    QCOMPARE(byPath.values("/sourced-only"), QStringList{sourced.value(u"id"_s).toString()});
    QCOMPARE(byPath.count("/every-origin"), 3);
    QCOMPARE(byPath.count("/referral-or-agency"), 0);
    QCOMPARE(byPath.count("/contacts"), 1);
}

void TestWebhookDelivery::deletedWebhookStopsRetrying()
{
    SandboxFixture f;
    WebhookReceiver receiver;
    receiver.script({}, 500);
    const QString id = receiver.subscribe(f, u"contactCreated"_s).value(u"id"_s).toString();
    QSignalSpy finished(&f.sandbox().webhooks(), &WebhookDispatcher::deliveryFinished);
    f.sandbox().context().notify(u"contactCreated"_s, QJsonObject{{u"contactId"_s, u"c"_s}});
    QVERIFY(receiver.waitForHits(1));
    QCOMPARE(f.del(u"/webhooks/"_s + id).status, 204);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    // At most the attempt already under way when the webhook went; its history stays listed.
    QVERIFY(receiver.hits().size() <= 2);
    QCOMPARE(WebhookReceiver::deliveries(f, u"?webhook_id="_s + id).size(), receiver.hits().size());
}

void TestWebhookDelivery::deliveriesControlRoute()
{
    SandboxFixture f;
    WebhookReceiver receiver;
    const QString a = receiver.subscribe(f, u"contactCreated"_s, u"/a"_s).value(u"id"_s).toString();
    const QString b = receiver.subscribe(f, u"contactUpdated"_s, u"/b"_s).value(u"id"_s).toString();
    for (int i = 0; i < 3; ++i) {
        f.sandbox().context().notify(u"contactCreated"_s, QJsonObject{{u"contactId"_s, QString::number(i)}});
        f.sandbox().context().notify(u"contactUpdated"_s, QJsonObject{{u"contactId"_s, QString::number(i)}});
    }
    QVERIFY(receiver.waitForHits(6));
    QTRY_COMPARE(f.sandbox().webhooks().pendingCount(), 0);
    QCOMPARE(WebhookReceiver::deliveries(f).size(), 6);
    QCOMPARE(WebhookReceiver::deliveries(f, u"?webhook_id="_s + a).size(), 3);
    QCOMPARE(WebhookReceiver::deliveries(f, u"?webhook_id="_s + b).size(), 3);
    QCOMPARE(WebhookReceiver::deliveries(f, u"?event=contactUpdated"_s).size(), 3);
    const QString deliveryId =
        WebhookReceiver::deliveries(f).at(0).toObject().value(u"deliveryId"_s).toString();
    QCOMPARE(WebhookReceiver::deliveries(f, u"?delivery_id="_s + deliveryId).size(), 1);

    const QUrl url(f.sandbox().origin() + u"/_sandbox/webhook_deliveries?limit=4"_s);
    auto r = f.send("GET", url, {}, f.basicAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 4);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    QCOMPARE(f.send("GET", QUrl(f.sandbox().origin() + u"/_sandbox/webhook_deliveries?limit=0"_s), {},
                    f.basicAuth())
                 .status,
             400);
    // The control API is for the sandbox admin key only.
    const QString other = f.sandbox().createApiKey(lever::sandbox::Sandbox::allScopes(), true);
    QCOMPARE(f.send("GET", url, {}, f.basicAuth(other)).status, 401);
    QCOMPARE(f.send("GET", url).status, 401);
}

void TestWebhookDelivery::teardownWithDeliveriesPending()
{
    WebhookReceiver silent;
    silent.setSilent(true);
    WebhookReceiver failing;
    failing.script({}, 500);
    qsizetype failingHits = 0;
    {
        SandboxFixture f;
        silent.subscribe(f, u"contactCreated"_s);
        failing.subscribe(f, u"contactCreated"_s);
        QCOMPARE(f.sandbox().webhooks().notify(u"contactCreated"_s, QJsonObject{{u"contactId"_s, u"c"_s}}),
                 2);
        QVERIFY(silent.waitForHits(1));
        QVERIFY(failing.waitForHits(1));
        QCOMPARE(f.sandbox().webhooks().pendingCount(), 2); // one in flight, one retrying
        failingHits = failing.hits().size();
    }
    // The sandbox is gone: nothing more arrives (retries were due after 50 and 200 ms), nothing crashed.
    QTest::qWait(500);
    QCOMPARE(silent.hits().size(), 1);
    QCOMPARE(failing.hits().size(), failingHits);
}

QTEST_GUILESS_MAIN(TestWebhookDelivery)
#include "tst_webhook_delivery.moc"
