// Admin › Webhooks against an in-process sandbox through its real widgets: https required, origin
// conditions only for the events that take them, create shows the signature token once (and it is gone
// once the dialog closes), a test delivery reaches a receiver here with a valid signature, edit, delete.
#include "AdminTestKit.h"
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "LeverApi.h"
#include "SandboxFixture.h"
#include "WebhookDispatcher.h"
#include "WebhookReceiver.h"
#include "admin/WebhookTokenDialog.h"
#include "admin/WebhooksAdminModel.h"
#include "admin/WebhooksPage.h"
#include "common/Confirm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageAuthenticationCode>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::SandboxFixture;
using namespace lever::test::admin;
using lever::test::WebhookReceiver;

namespace {

QJsonArray webhooks(SandboxFixture &f)
{
    return f.get(u"/webhooks"_s).list();
}

// A click on the box itself (a wide check box's centre can be past its label).
void toggle(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

// Every text a widget of `root` shows.
QStringList shownTexts(QWidget *root)
{
    QStringList texts;
    for (QLineEdit *e : root->findChildren<QLineEdit *>())
        texts.append(e->text());
    for (QLabel *l : root->findChildren<QLabel *>())
        texts.append(l->text());
    return texts;
}

} // namespace

class TestAdminWebhooks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_asked.clear();
        ui::Confirm::setAnswererForTesting([this](const ui::Confirm::Question &q) {
            m_asked.append(q);
            return true;
        });
    }
    void cleanup() { ui::Confirm::setAnswererForTesting({}); }

    void createShowsTokenOnceTestDeliveryEditDelete()
    {
        SandboxFixture f;
        WebhookReceiver receiver;
        auto client = makeClient(f, f.apiKey());
        ui::WebhooksPage page(*client);
        QAbstractItemModelTester tester(page.model());
        page.resize(1400, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.model()->isLoading());
        const int before = int(webhooks(f).size());

        QTest::mouseClick(w<QPushButton>(&page, u"webhooksNew"_s), Qt::LeftButton);
        auto *event = w<QComboBox>(&page, u"webhookEvent"_s);
        auto *conditions = w<QGroupBox>(&page, u"webhookConditions"_s);
        // Origin conditions only for the four events that take them.
        event->setCurrentIndex(event->findData(u"contactCreated"_s));
        QVERIFY(!conditions->isVisible());
        event->setCurrentIndex(event->findData(u"candidateStageChange"_s));
        QVERIFY(conditions->isVisible());

        // An https URL is required (a plain http URL to another host is refused before sending).
        auto *url = w<QLineEdit>(&page, u"webhookUrl"_s);
        QTest::keyClicks(url, u"http://example.com/hook"_s);
        QTest::mouseClick(w<QPushButton>(&page, u"webhookSave"_s), Qt::LeftButton);
        QVERIFY2(page.statusText().contains(u"https"_s), qPrintable(page.statusText()));
        QTest::qWait(200);
        QCOMPARE(int(webhooks(f).size()), before);

        // Only applied and referred candidates; the receiver is on loopback, allowed for a local sandbox.
        for (const QString &origin : {u"sourced"_s, u"university"_s, u"agency"_s, u"internal"_s})
            toggle(w<QCheckBox>(&page, u"webhookOrigin_"_s + origin));
        type(url, receiver.url());
        QTest::mouseClick(w<QPushButton>(&page, u"webhookSave"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.tokenDialog() && page.tokenDialog()->isVisible(), 10000);
        QCOMPARE(int(webhooks(f).size()), before + 1);
        const QJsonObject stored = webhooks(f).last().toObject();
        const QString id = stored.value(u"id"_s).toString();
        QCOMPARE(stored.value(u"event"_s).toString(), u"candidateStageChange"_s);
        QCOMPARE(stored.value(u"url"_s).toString(), receiver.url());
        QCOMPARE(stored.value(u"configuration"_s)
                     .toObject()
                     .value(u"conditions"_s)
                     .toObject()
                     .value(u"origins"_s)
                     .toArray(),
                 (QJsonArray{u"applied"_s, u"referred"_s}));

        // The token, shown once, is the sandbox's signing key for this webhook; Copy puts it on the
        // clipboard.
        ui::WebhookTokenDialog *dialog = page.tokenDialog();
        const QString token = dialog->shownToken();
        QCOMPARE(token, sandbox::WebhookDispatcher::signatureTokenOf(f.sandbox().context(), id));
        QVERIFY(!w<QLabel>(dialog, u"webhookTokenWarning"_s)->text().isEmpty());
        for (QWidget *control : {static_cast<QWidget *>(w<QLineEdit>(dialog, u"webhookToken"_s)),
                                 static_cast<QWidget *>(w<QPushButton>(dialog, u"webhookTokenCopy"_s)),
                                 static_cast<QWidget *>(w<QPushButton>(dialog, u"webhookTokenClose"_s))})
            QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
        QTest::mouseClick(w<QPushButton>(dialog, u"webhookTokenCopy"_s), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), token);
        QApplication::clipboard()->clear();
        // The row and the model hold no token; after Close the dialog and its text are gone.
        QVERIFY(!page.model()->webhook(id)->signatureToken.has_value());
        QTest::mouseClick(w<QPushButton>(dialog, u"webhookTokenClose"_s), Qt::LeftButton);
        QTRY_VERIFY(!page.tokenDialog());
        QVERIFY(!shownTexts(&page).join(u'\n').contains(token));
        // Reloading (Lever's list) never brings it back.
        page.model()->reload();
        QTRY_VERIFY(!page.model()->isLoading());
        QVERIFY(!page.model()->webhook(id)->signatureToken.has_value());

        // Send a test event: a signed delivery reaches the receiver, and the page shows the result.
        auto *table = w<QTableView>(&page, u"webhooksTable"_s);
        table->selectRow(page.model()->rowOf(id));
        QCOMPARE(page.currentId(), id);
        auto *test = w<QPushButton>(&page, u"webhooksTest"_s);
        QVERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QVERIFY(receiver.waitForHits(1));
        const WebhookReceiver::Hit hit = receiver.hits().first();
        QCOMPARE(hit.headers.value("user-agent"), QByteArray("Lever-Webhooks"));
        QCOMPARE(hit.json.value(u"event"_s).toString(), u"candidateStageChange"_s);
        QCOMPARE(hit.json.value(u"data"_s).toObject(), QJsonObject());
        const QString signed_ = hit.json.value(u"token"_s).toString() +
                                QString::number(qint64(hit.json.value(u"triggeredAt"_s).toDouble()));
        const QByteArray expected =
            QMessageAuthenticationCode::hash(signed_.toUtf8(), token.toUtf8(), QCryptographicHash::Sha256)
                .toHex();
        QCOMPARE(hit.json.value(u"signature"_s).toString().toLatin1(), expected);
        QTRY_VERIFY_WITH_TIMEOUT(page.testResultText().contains(u"HTTP 200"_s), 10000);
        const QJsonArray attempts = WebhookReceiver::deliveries(f, u"?webhook_id="_s + id);
        QCOMPARE(attempts.size(), 1);
        QVERIFY(attempts.first().toObject().value(u"succeeded"_s).toBool());

        // A failing receiver is reported as such.
        receiver.script({500});
        QTRY_VERIFY(test->isEnabled());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(page.testResultText().contains(u"Not delivered"_s), 10000);
        QVERIFY2(page.testResultText().contains(u"500"_s), qPrintable(page.testResultText()));

        // Edit: a new URL and every origin; the event cannot change.
        QTest::mouseClick(w<QPushButton>(&page, u"webhooksEdit"_s), Qt::LeftButton);
        QVERIFY(!event->isEnabled());
        QCOMPARE(url->text(), receiver.url());
        type(url, receiver.url(u"/moved"_s));
        for (const QString &origin : {u"sourced"_s, u"university"_s, u"agency"_s, u"internal"_s})
            toggle(w<QCheckBox>(&page, u"webhookOrigin_"_s + origin));
        QTest::mouseClick(w<QPushButton>(&page, u"webhookSave"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(webhooks(f).last().toObject().value(u"url"_s).toString(),
                                  receiver.url(u"/moved"_s), 10000);
        QCOMPARE(webhooks(f)
                     .last()
                     .toObject()
                     .value(u"configuration"_s)
                     .toObject()
                     .value(u"conditions"_s)
                     .toObject()
                     .value(u"origins"_s)
                     .toArray()
                     .size(),
                 6);
        QVERIFY(!page.tokenDialog()); // only a creation shows a token

        // Delete, confirmed.
        table->selectRow(page.model()->rowOf(id));
        QTest::mouseClick(w<QPushButton>(&page, u"webhooksDelete"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(int(webhooks(f).size()), before, 10000);
        QCOMPARE(m_asked.size(), 1);
        QTRY_COMPARE(page.model()->rowOf(id), -1);
    }

    void withoutWriteScopeExplainsInsteadOfButtons()
    {
        SandboxFixture f;
        const QString key = f.sandbox().createApiKey({u"webhooks:read:admin"_s}, false);
        auto client = makeClient(f, key);
        ui::WebhooksPage page(*client);
        page.show();
        QTRY_VERIFY(!page.model()->isLoading());
        QTest::mouseClick(w<QPushButton>(&page, u"webhooksNew"_s), Qt::LeftButton);
        QTest::keyClicks(w<QLineEdit>(&page, u"webhookUrl"_s), u"https://example.com/hook"_s);
        QTest::mouseClick(w<QPushButton>(&page, u"webhookSave"_s), Qt::LeftButton);
        auto *explanation = w<QLabel>(&page, u"webhooksForbidden"_s);
        QTRY_VERIFY_WITH_TIMEOUT(explanation->isVisible(), 10000);
        QVERIFY2(explanation->text().contains(u"webhooks:write:admin"_s), qPrintable(explanation->text()));
        for (const QString &name : {u"webhooksNew"_s, u"webhooksEdit"_s, u"webhooksDelete"_s})
            QVERIFY2(!w<QPushButton>(&page, name)->isVisible(), qPrintable(name));
        QVERIFY(webhooks(f).isEmpty());
    }

    void testEventsOnlyWhereASandboxCanSendThem()
    {
        // Against Lever (an https host) the button says where Lever's own test is instead.
        api::Client client(QUrl(u"https://127.0.0.1:1/v1"_s),
                           std::make_shared<api::ApiKeyCredentials>(u"k"_s));
        ui::WebhooksPage page(client);
        QVERIFY(!w<QPushButton>(&page, u"webhooksTest"_s)->isEnabled());
        QVERIFY(page.testResultText().contains(u"Lever"_s));
        QVERIFY(models::WebhooksAdminModel::checkUrl(u"http://127.0.0.1:9/x"_s).contains(u"https"_s));
        QVERIFY(models::WebhooksAdminModel::checkUrl(u"http://127.0.0.1:9/x"_s, true).isEmpty());
        QVERIFY(!models::WebhooksAdminModel::checkUrl(u"http://example.com/x"_s, true).isEmpty());
        QVERIFY(models::WebhooksAdminModel::checkUrl(u"https://example.com/x"_s).isEmpty());
    }

private:
    QList<ui::Confirm::Question> m_asked;
};

QTEST_MAIN(TestAdminWebhooks)
#include "tst_admin_webhooks.moc"
