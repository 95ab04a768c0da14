// POST /_sandbox/webhooks/:id/test (WebhookTestRoutes): one signed delivery with `data: {}` to that
// webhook alone, recorded like any other attempt (plus test/durationMs), no retries; admin key only.
#include "SandboxFixture.h"
#include "WebhookDispatcher.h"
#include "WebhookReceiver.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::SandboxFixture;
using lever::test::WebhookReceiver;

class TestWebhookTestRoute : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliversOneSignedTestEventToThatWebhookOnly()
    {
        SandboxFixture f;
        WebhookReceiver receiver;
        const QJsonObject target = receiver.subscribe(f, u"candidateHired"_s, u"/target"_s);
        receiver.subscribe(f, u"candidateHired"_s, u"/other"_s);
        const QString id = target.value(u"id"_s).toString();
        const QString key = target.value(u"configuration"_s).toObject().value(u"signatureToken"_s).toString();
        QVERIFY(!key.isEmpty());

        const auto r = f.send("POST", QUrl(f.sandbox().origin() + u"/_sandbox/webhooks/"_s + id + u"/test"_s),
                              {}, f.basicAuth());
        QCOMPARE(r.status, 202);
        const QString deliveryId = r.json.value(u"data"_s).toObject().value(u"deliveryId"_s).toString();
        QVERIFY(!deliveryId.isEmpty());
        QVERIFY(receiver.waitForHits(1));
        QTest::qWait(300); // nothing else arrives
        QCOMPARE(receiver.hits().size(), 1);
        const WebhookReceiver::Hit &hit = receiver.hits().first();
        QCOMPARE(hit.path, QByteArray("/target"));
        QCOMPARE(hit.json.value(u"id"_s).toString(), deliveryId);
        QCOMPARE(hit.json.value(u"event"_s).toString(), u"candidateHired"_s);
        QCOMPARE(hit.json.value(u"data"_s).toObject(), QJsonObject());
        const QString message = hit.json.value(u"token"_s).toString() +
                                QString::number(qint64(hit.json.value(u"triggeredAt"_s).toDouble()));
        QCOMPARE(hit.json.value(u"signature"_s).toString().toLatin1(),
                 QMessageAuthenticationCode::hash(message.toUtf8(), key.toUtf8(), QCryptographicHash::Sha256)
                     .toHex());

        QJsonArray attempts;
        QTRY_VERIFY((attempts = WebhookReceiver::deliveries(f, u"?delivery_id="_s + deliveryId)).size() == 1);
        const QJsonObject attempt = attempts.first().toObject();
        QCOMPARE(attempt.value(u"webhookId"_s).toString(), id);
        QCOMPARE(attempt.value(u"status"_s).toInt(), 200);
        QVERIFY(attempt.value(u"succeeded"_s).toBool());
        QVERIFY(attempt.value(u"test"_s).toBool());
        QVERIFY(attempt.value(u"durationMs"_s).toDouble() >= 0);
    }

    void aFailureIsRecordedAndNotRetried()
    {
        SandboxFixture f;
        WebhookReceiver receiver;
        receiver.script({500, 500, 500});
        const QString id = receiver.subscribe(f, u"contactCreated"_s).value(u"id"_s).toString();
        const auto r = f.send("POST", QUrl(f.sandbox().origin() + u"/_sandbox/webhooks/"_s + id + u"/test"_s),
                              {}, f.basicAuth());
        QCOMPARE(r.status, 202);
        const QString deliveryId = r.json.value(u"data"_s).toObject().value(u"deliveryId"_s).toString();
        QJsonArray attempts;
        QTRY_VERIFY((attempts = WebhookReceiver::deliveries(f, u"?delivery_id="_s + deliveryId)).size() == 1);
        QCOMPARE(attempts.first().toObject().value(u"status"_s).toInt(), 500);
        QVERIFY(!attempts.first().toObject().value(u"succeeded"_s).toBool());
        QTest::qWait(500);
        QCOMPARE(receiver.hits().size(), 1);
    }

    void adminKeyOnlyAndUnknownWebhooks()
    {
        SandboxFixture f;
        WebhookReceiver receiver;
        const QString id = receiver.subscribe(f, u"contactCreated"_s).value(u"id"_s).toString();
        const QUrl url(f.sandbox().origin() + u"/_sandbox/webhooks/"_s + id + u"/test"_s);
        const QString narrow = f.sandbox().createApiKey(f.sandbox().allScopes(), true);
        QCOMPARE(f.send("POST", url, {}, f.basicAuth(narrow)).status, 401);
        QCOMPARE(f.send("POST", url).status, 401);
        QCOMPARE(
            f.send("POST", QUrl(f.sandbox().origin() + u"/_sandbox/webhooks/nope/test"_s), {}, f.basicAuth())
                .status,
            404);
        QTest::qWait(200);
        QVERIFY(receiver.hits().isEmpty());
    }
};

QTEST_MAIN(TestWebhookTestRoute)
#include "tst_webhook_test_route.moc"
