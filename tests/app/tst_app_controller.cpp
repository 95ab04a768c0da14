// AppController against an in-process sandbox: the first start offers the demo, the last account is
// reopened, switching accounts closes one workspace and opens the next, an OAuth token is refreshed
// through TokenRefresher (the rotated refresh token stored), a dead refresh token brings the sign-in
// dialog back for that account with the window kept, and missing secrets or a sign-out ask to sign in.
#include "IsolatedAppMain.h"
#include "../auth/BrowserPlayer.h"
#include "AccountStore.h"
#include "AppController.h"
#include "LeverApi.h"
#include "OAuthBrowser.h"
#include "RoutingSecretStore.h"
#include "SandboxFixture.h"
#include "SessionSecretStore.h"
#include "common/Confirm.h"
#include "shell/MainWindow.h"
#include "signin/SignInDialog.h"

#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using auth::Account;
using auth::SecretStore;
using Kind = auth::SecretStore::Kind;

// Receives the URLs the sign-in dialog opens "in the browser" and plays the browser.
class BrowserHandler : public QObject
{
    Q_OBJECT
public:
    test::BrowserPlayer *player = nullptr;
public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        QTimer::singleShot(0, this, [this, url] { player->play(url); });
    }
};

class TestAppController : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void firstStartOffersTheDemo();
    void reopensTheLastAccountAndSwitches();
    void oauthRefreshStoresTheNewestToken();
    void deadRefreshTokenAsksToSignInAgain();
    void missingSecretsAskToSignIn();
    void signOutAsksToSignInAgain();

private:
    Account saveApiKeyAccount(const QString &name);
    void store(const QString &id, Kind kind, const QString &value);
    QString read(const QString &id, Kind kind);

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<auth::SessionSecretStore> m_keychain; // stands in for the OS keychain
    std::unique_ptr<app::AppController> m_controller;
};

void TestAppController::init()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    m_fixture = std::make_unique<test::SandboxFixture>();
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    m_controller = std::make_unique<app::AppController>(m_keychain.get());
}

void TestAppController::cleanup()
{
    m_controller.reset();
    m_keychain.reset();
    m_fixture.reset();
}

void TestAppController::store(const QString &id, Kind kind, const QString &value)
{
    bool done = false;
    m_controller->secrets()->write(id, kind, value, this, [&](const SecretStore::Result &r) {
        QVERIFY(r.ok());
        done = true;
    });
    QTRY_VERIFY(done);
}

QString TestAppController::read(const QString &id, Kind kind)
{
    std::optional<SecretStore::Result> result;
    m_controller->secrets()->read(id, kind, this, [&](const SecretStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        return {};
    return result->secret;
}

Account TestAppController::saveApiKeyAccount(const QString &name)
{
    Account a;
    a.name = name;
    a.environment = Account::Environment::Custom;
    a.baseUrl = m_fixture->sandbox().baseUrl();
    a.authMethod = Account::AuthMethod::ApiKey;
    a.actingUserId = m_fixture->firstUserId();
    const auto added = m_controller->accounts()->add(a);
    if (added)
        store(added->id, Kind::ApiKey, m_fixture->apiKey());
    return added.value_or(Account());
}

void TestAppController::firstStartOffersTheDemo()
{
    m_controller->start({});
    QTRY_VERIFY(m_controller->signInDialog() && m_controller->signInDialog()->isVisible());
    QVERIFY(m_controller->signInDialog()->findChild<QPushButton *>(u"signInTryDemo"_s)->isVisible());
    QVERIFY(m_controller->window()->isVisible());
    QVERIFY(!m_controller->client());
}

void TestAppController::reopensTheLastAccountAndSwitches()
{
    const Account a = saveApiKeyAccount(u"First"_s);
    const Account b = saveApiKeyAccount(u"Second"_s);
    m_controller->accounts()->markOpened(b.id);
    QSignalSpy ready(m_controller.get(), &app::AppController::workspaceReady);
    QSignalSpy closing(m_controller.get(), &app::AppController::workspaceClosing);
    QSignalSpy checked(m_controller.get(), &app::AppController::connectionChecked);
    m_controller->start({});
    QTRY_COMPARE(ready.size(), 1);
    QCOMPARE(ready.at(0).at(1).value<Account>().id, b.id);
    QCOMPARE(m_controller->client()->actingUserId(), b.actingUserId);
    QTRY_COMPARE(checked.size(), 1);
    QCOMPARE(checked.at(0).at(0).toString(), QString());
    // The acting user's name was looked up and kept.
    QVERIFY(!m_controller->accounts()->find(b.id)->actingUserName.isEmpty());

    api::Client *first = m_controller->client();
    Q_EMIT m_controller->window()->accountSwitchRequested(a.id);
    QCOMPARE(closing.size(), 1);
    QCOMPARE(closing.at(0).at(0).value<api::Client *>(), first);
    QTRY_COMPARE(ready.size(), 2);
    QCOMPARE(ready.at(1).at(1).value<Account>().id, a.id);
    QCOMPARE(m_controller->accounts()->lastAccountId(), a.id);
    QCOMPARE(m_controller->window()->currentAccount()->id, a.id);
}

void TestAppController::oauthRefreshStoresTheNewestToken()
{
    test::OAuthBrowser browser(*m_fixture);
    test::OAuthBrowser::Flow flow = browser.publicFlow();
    const QJsonObject tokens = browser.signIn(flow);
    const QString refresh = tokens.value(u"refresh_token"_s).toString();
    QVERIFY(!refresh.isEmpty());

    Account a;
    a.name = u"OAuth"_s;
    a.environment = Account::Environment::Custom;
    a.baseUrl = m_fixture->sandbox().baseUrl();
    a.authMethod = Account::AuthMethod::OAuth;
    a.oauthClientId = flow.clientId;
    a.actingUserId = m_fixture->firstUserId();
    const auto added = m_controller->accounts()->add(a);
    QVERIFY(added);
    // An access token the server no longer accepts: the first call gets 401 and refreshes.
    store(added->id, Kind::AccessToken, u"expired-access-token"_s);
    store(added->id, Kind::RefreshToken, refresh);

    QSignalSpy ready(m_controller.get(), &app::AppController::workspaceReady);
    QSignalSpy checked(m_controller.get(), &app::AppController::connectionChecked);
    m_controller->openAccount(added->id);
    QTRY_COMPARE(ready.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
    QCOMPARE(checked.at(0).at(0).toString(), QString());
    const QString newest = read(added->id, Kind::RefreshToken);
    QVERIFY(!newest.isEmpty());
    QVERIFY(newest != refresh); // rotated, and the new one kept
    QVERIFY(read(added->id, Kind::AccessToken) != u"expired-access-token"_s);
    QVERIFY(!m_controller->signInDialog());
}

void TestAppController::deadRefreshTokenAsksToSignInAgain()
{
    Account a;
    a.name = u"Stale"_s;
    a.environment = Account::Environment::Custom;
    a.baseUrl = m_fixture->sandbox().baseUrl();
    a.authMethod = Account::AuthMethod::OAuth;
    a.oauthClientId = m_fixture->sandbox().publicClientId();
    a.actingUserId = m_fixture->firstUserId();
    const auto added = m_controller->accounts()->add(a);
    QVERIFY(added);
    store(added->id, Kind::AccessToken, u"expired-access-token"_s);
    store(added->id, Kind::RefreshToken, u"revoked-refresh-token"_s);
    QSignalSpy ready(m_controller.get(), &app::AppController::workspaceReady);
    m_controller->openAccount(added->id);
    QTRY_COMPARE(ready.size(), 1);
    // The workspace's views (board, postings, requisitions) must survive signing in again.
    const QStringList views = m_controller->window()->viewIds();
    QVERIFY(views.contains(u"board"_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->signInDialog() && m_controller->signInDialog()->isVisible(),
                             30000);
    // The dialog deletes itself once signed in: a guarded pointer, not a dangling one (ASan found it).
    QPointer<ui::SignInDialog> dialog = m_controller->signInDialog();
    auto *name = dialog->findChild<QLineEdit *>(u"signInName"_s);
    QCOMPARE(name->text(), u"Stale"_s);
    QVERIFY(!name->isEnabled()); // the same account, signing in again
    QCOMPARE(dialog->findChild<QLineEdit *>(u"signInClientId"_s)->text(), a.oauthClientId);
    // The window and its views stay as they were.
    QCOMPARE(m_controller->window()->currentAccount()->id, added->id);
    QCOMPARE(m_controller->window()->viewIds(), views);
    api::Client *client = m_controller->client();
    QVERIFY(client);

    // Signing in again in the browser puts new tokens into the same client: nothing is torn down.
    test::BrowserPlayer player(*m_fixture);
    player.userId = a.actingUserId;
    BrowserHandler handler;
    handler.player = &player;
    QDesktopServices::setUrlHandler(u"http"_s, &handler, "openUrl");
    QSignalSpy closing(m_controller.get(), &app::AppController::workspaceClosing);
    QSignalSpy checked(m_controller.get(), &app::AppController::connectionChecked);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"signInSubmit"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QCOMPARE(checked.at(0).at(0).toString(), QString());
    QCOMPARE(closing.size(), 0);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(m_controller->client(), client);
    QCOMPARE(m_controller->window()->viewIds(), views);
    QVERIFY(read(added->id, Kind::RefreshToken) != u"revoked-refresh-token"_s);
}

void TestAppController::missingSecretsAskToSignIn()
{
    Account a;
    a.name = u"Forgotten"_s;
    a.environment = Account::Environment::Custom;
    a.baseUrl = m_fixture->sandbox().baseUrl();
    a.authMethod = Account::AuthMethod::ApiKey;
    const auto added = m_controller->accounts()->add(a);
    QVERIFY(added);
    QSignalSpy ready(m_controller.get(), &app::AppController::workspaceReady);
    m_controller->start({});
    QTRY_VERIFY(m_controller->signInDialog() && m_controller->signInDialog()->isVisible());
    QVERIFY(m_controller->signInDialog()->findChild<QWidget *>(u"signInReason"_s)->isVisible());
    QCOMPARE(ready.size(), 0);
}

void TestAppController::signOutAsksToSignInAgain()
{
    const Account a = saveApiKeyAccount(u"Leaving"_s);
    QSignalSpy ready(m_controller.get(), &app::AppController::workspaceReady);
    QSignalSpy closing(m_controller.get(), &app::AppController::workspaceClosing);
    m_controller->start({});
    QTRY_COMPARE(ready.size(), 1);
    m_controller->window()->findChild<QAction *>(u"actionSignOut"_s)->trigger();
    QCOMPARE(closing.size(), 1);
    QVERIFY(!m_controller->client());
    QTRY_VERIFY(m_controller->signInDialog() && m_controller->signInDialog()->isVisible());
    QCOMPARE(m_controller->signInDialog()->findChild<QLineEdit *>(u"signInName"_s)->text(), u"Leaving"_s);
    QCOMPARE(read(a.id, Kind::ApiKey), QString());
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestAppController>(argc, argv, u"tst_app_controller"_s);
}

#include "tst_app_controller.moc"
