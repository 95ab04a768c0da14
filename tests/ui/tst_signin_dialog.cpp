// The sign-in dialog against an in-process sandbox: API key (wrong key kept and explained, right key then
// the acting user), OAuth end to end with the test playing the system browser through
// QDesktopServices::setUrlHandler, declined consent, cancel, time-out, and a keychain that does not answer.
#include "../auth/BrowserPlayer.h"
#include "AccountStore.h"
#include "RoutingSecretStore.h"
#include "SandboxFixture.h"
#include "SessionSecretStore.h"
#include "ShellTestKit.h"
#include "signin/SignInDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace lever;
using auth::Account;
using auth::SecretStore;
using ui::SignInDialog;
using Page = ui::SignInDialog::Page;

namespace {
QTemporaryDir *g_root = nullptr;
}

// Receives the URLs the dialog opens "in the browser"; plays the browser when a player is set.
class BrowserHandler : public QObject
{
    Q_OBJECT
public:
    test::BrowserPlayer *player = nullptr;
    QList<QUrl> opened;
public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        opened.append(url);
        if (player)
            QTimer::singleShot(0, this, [this, url] { player->play(url); });
    }
};

class TestSignInDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void apiKeyWrongThenRight();
    void oauthEndToEnd();
    void oauthDeniedIsShownPlainly();
    void oauthCancelAndTimeOut();
    void keychainUnavailableOffersSessionOnly();
    void demoIsOffered();
    void invalidInputIsExplained();

private:
    void create(SecretStore *persistent);
    void fillCustom(const QString &name, bool apiKey);
    template <typename T> T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning() << "no widget" << name;
        return widget;
    }
    QString secret(SecretStore *store, const QString &accountId, SecretStore::Kind kind)
    {
        return test::awaitResult<SecretStore::Result>(
                   [&](auto done) { store->read(accountId, kind, this, done); })
            .secret;
    }

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<auth::SessionSecretStore> m_keychain; // stands in for the OS keychain
    std::unique_ptr<test::UnavailableSecretStore> m_noKeychain;
    std::unique_ptr<auth::SessionSecretStore> m_session;
    std::unique_ptr<auth::RoutingSecretStore> m_secrets;
    std::unique_ptr<auth::AccountStore> m_accounts;
    QPointer<SignInDialog> m_dialog;
    BrowserHandler m_browser;
};

void TestSignInDialog::init()
{
    QSettings().clear();
    m_fixture = std::make_unique<test::SandboxFixture>();
    m_browser.player = nullptr;
    m_browser.opened.clear();
    QDesktopServices::setUrlHandler(u"http"_s, &m_browser, "openUrl");
    QDesktopServices::setUrlHandler(u"https"_s, &m_browser, "openUrl");
}

void TestSignInDialog::cleanup()
{
    delete m_dialog;
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QDesktopServices::unsetUrlHandler(u"https"_s);
    m_accounts.reset();
    m_secrets.reset();
    m_session.reset();
    m_keychain.reset();
    m_noKeychain.reset();
    m_fixture.reset();
}

void TestSignInDialog::create(SecretStore *persistent)
{
    m_session = std::make_unique<auth::SessionSecretStore>();
    m_secrets = std::make_unique<auth::RoutingSecretStore>(persistent, m_session.get());
    m_accounts = std::make_unique<auth::AccountStore>(m_secrets.get());
    m_dialog = new SignInDialog(m_accounts.get(), m_secrets.get());
    m_dialog->open();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
}

void TestSignInDialog::fillCustom(const QString &name, bool apiKey)
{
    auto *env = child<QComboBox>(u"signInEnvironment"_s);
    env->setCurrentIndex(env->findData(int(Account::Environment::Custom)));
    auto *url = child<QLineEdit>(u"signInBaseUrl"_s);
    QVERIFY(url->isVisible());
    url->clear();
    QTest::keyClicks(url, m_fixture->sandbox().baseUrl().toString());
    auto *nameEdit = child<QLineEdit>(u"signInName"_s);
    nameEdit->clear();
    QTest::keyClicks(nameEdit, name);
    QTest::mouseClick(child<QRadioButton>(apiKey ? u"signInMethodApiKey"_s : u"signInMethodOAuth"_s),
                      Qt::LeftButton);
}

void TestSignInDialog::apiKeyWrongThenRight()
{
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    create(m_keychain.get());
    fillCustom(u"Local sandbox"_s, true);
    auto *key = child<QLineEdit>(u"signInApiKey"_s);
    QVERIFY(key->isVisible());
    QVERIFY(!child<QLineEdit>(u"signInClientId"_s)->isVisible());
    QTest::keyClicks(key, u"not-the-right-key-0000"_s);
    QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->errorText().isEmpty());
    QCOMPARE(m_dialog->page(), Page::Form);
    // Nothing the user typed is lost, nothing is saved.
    QCOMPARE(key->text(), u"not-the-right-key-0000"_s);
    QCOMPARE(child<QLineEdit>(u"signInName"_s)->text(), u"Local sandbox"_s);
    QCOMPARE(child<QLineEdit>(u"signInBaseUrl"_s)->text(), m_fixture->sandbox().baseUrl().toString());
    QVERIFY(m_accounts->list().isEmpty());
    test::screenshot(m_dialog, u"signin-apikey-error"_s);

    key->clear();
    QTest::keyClicks(key, m_fixture->apiKey());
    QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->page(), Page::ActingUser);
    auto *users = child<QListWidget>(u"signInUsers"_s);
    QVERIFY(users->count() > 1);
    QVERIFY(!child<QPushButton>(u"signInUseUser"_s)->isEnabled()); // someone must be chosen
    test::screenshot(m_dialog, u"signin-acting-user"_s);
    users->setCurrentRow(1);
    const QString chosenId = users->item(1)->data(Qt::UserRole).toString();
    QSignalSpy signedIn(m_dialog.data(), &SignInDialog::signedIn);
    QTest::mouseClick(child<QPushButton>(u"signInUseUser"_s), Qt::LeftButton);
    QTRY_COMPARE(signedIn.size(), 1);

    const auto saved = m_accounts->findByName(u"Local sandbox"_s);
    QVERIFY(saved);
    QCOMPARE(saved->authMethod, Account::AuthMethod::ApiKey);
    QCOMPARE(saved->environment, Account::Environment::Custom);
    QCOMPARE(saved->actingUserId, chosenId);
    QVERIFY(!saved->actingUserName.isEmpty());
    QCOMPARE(signedIn.at(0).at(0).value<Account>().id, saved->id);
    QCOMPARE(secret(m_keychain.get(), saved->id, SecretStore::Kind::ApiKey), m_fixture->apiKey());
    QVERIFY(!m_secrets->isSessionOnly(saved->id));
    QVERIFY(!m_dialog->isVisible());
}

void TestSignInDialog::oauthEndToEnd()
{
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    create(m_keychain.get());
    test::BrowserPlayer player(*m_fixture);
    const QJsonObject consenting = m_fixture->userWithRole(u"admin"_s);
    player.userId = consenting.value(u"id"_s).toString();
    m_browser.player = &player;
    fillCustom(u"Sandbox OAuth"_s, false);
    QTest::keyClicks(child<QLineEdit>(u"signInClientId"_s), m_fixture->sandbox().publicClientId());
    QSignalSpy signedIn(m_dialog.data(), &SignInDialog::signedIn);
    QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->page(), Page::Waiting);
    QTRY_VERIFY(!child<QLineEdit>(u"signInAuthorizeUrl"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(u"signInAuthorizeUrl"_s)->text().contains(u"/authorize?"_s));
    QTRY_COMPARE(signedIn.size(), 1);
    QCOMPARE(m_browser.opened.size(), 1);
    QVERIFY(player.played);
    QCOMPARE(player.decisionReply.status, 302);

    const auto saved = m_accounts->findByName(u"Sandbox OAuth"_s);
    QVERIFY(saved);
    QCOMPARE(saved->authMethod, Account::AuthMethod::OAuth);
    QCOMPARE(saved->oauthClientId, m_fixture->sandbox().publicClientId());
    QCOMPARE(saved->actingUserId, player.userId); // from the token's user claim
    QVERIFY(!saved->hasClientSecret);
    const QString access = secret(m_keychain.get(), saved->id, SecretStore::Kind::AccessToken);
    QVERIFY(!access.isEmpty());
    QVERIFY(!secret(m_keychain.get(), saved->id, SecretStore::Kind::RefreshToken).isEmpty());
    // The stored token works against the API.
    test::OAuthBrowser browser(*m_fixture);
    QCOMPARE(browser.bearerGet(u"/users?limit=1"_s, access).status, 200);
}

void TestSignInDialog::oauthDeniedIsShownPlainly()
{
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    create(m_keychain.get());
    test::BrowserPlayer player(*m_fixture);
    player.decision = u"deny"_s;
    m_browser.player = &player;
    fillCustom(u"Denied"_s, false);
    QTest::keyClicks(child<QLineEdit>(u"signInClientId"_s), m_fixture->sandbox().publicClientId());
    QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
    QTRY_VERIFY(!m_dialog->errorText().isEmpty());
    QVERIFY2(m_dialog->errorText().contains(u"declined"_s), qPrintable(m_dialog->errorText()));
    QCOMPARE(m_dialog->page(), Page::Form);
    QCOMPARE(child<QLineEdit>(u"signInClientId"_s)->text(), m_fixture->sandbox().publicClientId());
    QVERIFY(m_accounts->list().isEmpty());
    test::screenshot(m_dialog, u"signin-oauth-denied"_s);
}

void TestSignInDialog::oauthCancelAndTimeOut()
{
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    create(m_keychain.get());
    fillCustom(u"Waiting"_s, false);
    QTest::keyClicks(child<QLineEdit>(u"signInClientId"_s), m_fixture->sandbox().publicClientId());
    QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->page(), Page::Waiting);
    QTRY_COMPARE(m_browser.opened.size(), 1); // nobody plays the browser
    test::screenshot(m_dialog, u"signin-oauth-waiting"_s);
    QTest::mouseClick(child<QPushButton>(u"signInWaitCancel"_s), Qt::LeftButton);
    QTRY_COMPARE(m_dialog->page(), Page::Form);
    QVERIFY(m_dialog->errorText().contains(u"cancelled"_s));
    QVERIFY(m_dialog->isVisible());

    m_dialog->setOAuthTimeout(std::chrono::milliseconds(300));
    QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->page(), Page::Waiting);
    QTRY_COMPARE(m_dialog->page(), Page::Form);
    QVERIFY2(m_dialog->errorText().contains(u"in time"_s), qPrintable(m_dialog->errorText()));
    QVERIFY(m_accounts->list().isEmpty());
}

void TestSignInDialog::keychainUnavailableOffersSessionOnly()
{
    m_noKeychain = std::make_unique<test::UnavailableSecretStore>();
    create(m_noKeychain.get());
    fillCustom(u"No keychain"_s, true);
    QTest::keyClicks(child<QLineEdit>(u"signInApiKey"_s), m_fixture->apiKey());
    auto toKeychainPage = [this] {
        QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->page(), Page::ActingUser);
        child<QListWidget>(u"signInUsers"_s)->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(u"signInUseUser"_s), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->page(), Page::Keychain);
    };
    toKeychainPage();
    const QString message = child<QLabel>(u"signInKeychainMessage"_s)->text();
    QVERIFY2(message.contains(u"GNOME Keyring"_s), qPrintable(message));
    QVERIFY(child<QPushButton>(u"signInSessionOnly"_s)->isVisible());
    QVERIFY(child<QPushButton>(u"signInKeychainRetry"_s)->isVisible());
    test::screenshot(m_dialog, u"signin-keychain-unavailable"_s);

    // Try again asks the keychain once more; Back returns to the form with the input kept, not signed in.
    const int before = m_noKeychain->calls;
    QTest::mouseClick(child<QPushButton>(u"signInKeychainRetry"_s), Qt::LeftButton);
    QTRY_VERIFY(m_noKeychain->calls > before);
    QTRY_VERIFY(child<QPushButton>(u"signInKeychainBack"_s)->isEnabled());
    QCOMPARE(m_dialog->page(), Page::Keychain);
    QTest::mouseClick(child<QPushButton>(u"signInKeychainBack"_s), Qt::LeftButton);
    QCOMPARE(m_dialog->page(), Page::Form);
    QCOMPARE(child<QLineEdit>(u"signInApiKey"_s)->text(), m_fixture->apiKey());
    QTRY_VERIFY(m_accounts->list().isEmpty());

    toKeychainPage();
    QSignalSpy signedIn(m_dialog.data(), &SignInDialog::signedIn);
    QTest::mouseClick(child<QPushButton>(u"signInSessionOnly"_s), Qt::LeftButton);
    QTRY_COMPARE(signedIn.size(), 1);
    const auto saved = m_accounts->findByName(u"No keychain"_s);
    QVERIFY(saved);
    QVERIFY(m_secrets->isSessionOnly(saved->id));
    QCOMPARE(secret(m_session.get(), saved->id, SecretStore::Kind::ApiKey), m_fixture->apiKey());
    QCOMPARE(secret(m_secrets.get(), saved->id, SecretStore::Kind::ApiKey), m_fixture->apiKey());
}

void TestSignInDialog::demoIsOffered()
{
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    create(m_keychain.get());
    auto *tryDemo = child<QPushButton>(u"signInTryDemo"_s);
    QVERIFY(!tryDemo->isVisible());
    m_dialog->setDemoOffered(true);
    QVERIFY(tryDemo->isVisible());
    test::screenshot(m_dialog, u"signin-oauth-form"_s);
    QSignalSpy demo(m_dialog.data(), &SignInDialog::demoRequested);
    QTest::mouseClick(tryDemo, Qt::LeftButton);
    QCOMPARE(demo.size(), 1);
    QVERIFY(!m_dialog->isVisible());

    // Choosing the Demo environment does the same.
    delete m_dialog;
    create(m_keychain.get());
    auto *env = child<QComboBox>(u"signInEnvironment"_s);
    env->setCurrentIndex(env->findData(int(Account::Environment::Demo)));
    QVERIFY(!child<QLineEdit>(u"signInApiKey"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(u"signInClientId"_s)->isVisible());
    QSignalSpy demo2(m_dialog.data(), &SignInDialog::demoRequested);
    QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
    QCOMPARE(demo2.size(), 1);
}

void TestSignInDialog::invalidInputIsExplained()
{
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    create(m_keychain.get());
    auto *env = child<QComboBox>(u"signInEnvironment"_s);
    env->setCurrentIndex(env->findData(int(Account::Environment::Custom)));
    QTest::keyClicks(child<QLineEdit>(u"signInBaseUrl"_s), u"http://lever.example.com/v1"_s);
    QTest::mouseClick(child<QRadioButton>(u"signInMethodApiKey"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(u"signInApiKey"_s), u"some-key-1234567890"_s);
    QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
    QVERIFY2(m_dialog->errorText().contains(u"https"_s), qPrintable(m_dialog->errorText()));
    QCOMPARE(m_dialog->page(), Page::Form);
    test::screenshot(m_dialog, u"signin-apikey-form"_s);

    // OAuth needs a client id; Lever's own environments need no address.
    env->setCurrentIndex(env->findData(int(Account::Environment::Production)));
    QVERIFY(!child<QLineEdit>(u"signInBaseUrl"_s)->isVisible());
    QTest::mouseClick(child<QRadioButton>(u"signInMethodOAuth"_s), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(u"signInSubmit"_s), Qt::LeftButton);
    QVERIFY2(m_dialog->errorText().contains(u"client id"_s), qPrintable(m_dialog->errorText()));
    QVERIFY(m_browser.opened.isEmpty());
}

int main(int argc, char **argv)
{
    QTemporaryDir root;
    g_root = &root;
    lever::test::isolateFolders(root.path());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"lever-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_signin_dialog"_s);
    TestSignInDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_signin_dialog.moc"
