// End to end: writes made through the API produce signed webhook deliveries with Lever's data.
#include "SandboxFixture.h"
#include "WebhookReceiver.h"

#include <QJsonArray>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;
using lever::test::WebhookReceiver;

class TestWebhookEndToEnd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stageMoveAndArchiveAreDelivered();
};

void TestWebhookEndToEnd::stageMoveAndArchiveAreDelivered()
{
    SandboxFixture f;
    WebhookReceiver receiver;
    const QJsonObject stageHook = receiver.subscribe(f, u"candidateStageChange"_s, u"/stage"_s);
    const QString stageToken =
        stageHook.value(u"configuration"_s).toObject().value(u"signatureToken"_s).toString();
    QVERIFY(!stageToken.isEmpty());
    receiver.subscribe(f, u"candidateArchiveChange"_s, u"/archive"_s);
    // Only referred candidates: the applied one below must not reach this hook.
    receiver.subscribe(f, u"candidateHired"_s, u"/hired"_s, {u"referred"_s});

    const QJsonObject opp = f.seedOpportunity(QJsonObject{{u"origin"_s, u"applied"_s}});
    const QString id = opp.value(u"id"_s).toString();
    auto r = f.put(u"/opportunities/"_s + id + u"/stage"_s, QJsonObject{{u"stage"_s, u"offer"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(receiver.waitForHits(1));
    const auto stage = receiver.hits().at(0);
    QCOMPARE(stage.path, QByteArray("/stage"));
    QCOMPARE(stage.json.value(u"event"_s).toString(), u"candidateStageChange"_s);
    const QJsonObject data = stage.json.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"opportunityId"_s).toString(), id);
    QCOMPARE(data.value(u"fromStageId"_s).toString(), u"applicant-new"_s);
    QCOMPARE(data.value(u"toStageId"_s).toString(), u"offer"_s);
    QCOMPARE(data.value(u"contactId"_s).toString(), opp.value(u"contact"_s).toString());
    const QByteArray signed_ = stage.json.value(u"token"_s).toString().toUtf8() +
                               QByteArray::number(qint64(stage.json.value(u"triggeredAt"_s).toDouble()));
    QCOMPARE(
        stage.json.value(u"signature"_s).toString().toLatin1(),
        QMessageAuthenticationCode::hash(signed_, stageToken.toUtf8(), QCryptographicHash::Sha256).toHex());

    const auto reasons = f.get(u"/archive_reasons?type=hired"_s).list();
    QVERIFY(!reasons.isEmpty());
    const QString hired = reasons.at(0).toObject().value(u"id"_s).toString();
    r = f.put(u"/opportunities/"_s + id + u"/archived"_s, QJsonObject{{u"reason"_s, hired}});
    QCOMPARE(r.status, 200);
    QVERIFY(receiver.waitForHits(2));
    const auto archive = receiver.hits().at(1);
    QCOMPARE(archive.path, QByteArray("/archive"));
    const QJsonObject change = archive.json.value(u"data"_s).toObject();
    QVERIFY(change.value(u"fromArchived"_s).isNull());
    QCOMPARE(change.value(u"toArchived"_s).toObject().value(u"reason"_s).toString(), hired);
    // The hired hook is limited to referred candidates: nothing more arrives.
    QVERIFY(!receiver.waitForHits(3, 500));
    QCOMPARE(WebhookReceiver::deliveries(f).size(), 2);
}

QTEST_GUILESS_MAIN(TestWebhookEndToEnd)
#include "tst_webhook_e2e.moc"
