// The main window: account switcher, the addView/showView extension point, the status bar slots, sign-out
// and account removal (secrets and data folder gone), About, Settings and Keyboard Shortcuts.
#include "AccountStore.h"
#include "SessionSecretStore.h"
#include "ShellTestKit.h"
#include "common/Confirm.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "shell/ShortcutsDialog.h"
#include "shell/StatusBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lever;
using auth::Account;
using auth::SecretStore;
using ui::MainWindow;

namespace {
QTemporaryDir *g_root = nullptr;
}

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void switcherListsAccountsAndAsksToSwitch();
    void viewsAppearOnlyWhenAdded();
    void overviewShowsTheAccount();
    void statusBarSlots();
    void signOutForgetsSecretsAndData();
    void removeAccountAsksThenRemovesEverything();
    void resetDemoOnlyForDemoAccounts();
    void aboutSettingsAndShortcutsOpen();

private:
    Account addAccount(const QString &name, Account::Environment env = Account::Environment::Production);
    auth::SessionSecretStore *m_secrets = nullptr;
    auth::AccountStore *m_accounts = nullptr;
    MainWindow *m_window = nullptr;
    QList<ui::Confirm::Question> m_asked;
    bool m_answer = true;
};

void TestMainWindow::init()
{
    QSettings().clear();
    m_asked.clear();
    ui::Confirm::informedForTesting().clear();
    ui::Confirm::setAnswererForTesting([this](const ui::Confirm::Question &q) {
        m_asked.append(q);
        return m_answer;
    });
    m_secrets = new auth::SessionSecretStore;
    m_accounts = new auth::AccountStore(m_secrets);
    m_window = new MainWindow(m_accounts, m_secrets);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::cleanup()
{
    delete m_window;
    delete m_accounts;
    delete m_secrets;
    ui::Confirm::setAnswererForTesting({});
}

Account TestMainWindow::addAccount(const QString &name, Account::Environment env)
{
    Account a;
    a.name = name;
    a.environment = env;
    a.authMethod = Account::AuthMethod::ApiKey;
    if (env == Account::Environment::Demo || env == Account::Environment::Custom)
        a.baseUrl = QUrl(u"http://127.0.0.1:9/v1"_s);
    QString error;
    const auto added = m_accounts->add(a, &error);
    if (!added)
        qWarning() << error;
    return added.value_or(Account());
}

void TestMainWindow::switcherListsAccountsAndAsksToSwitch()
{
    const Account a = addAccount(u"Acme"_s);
    const Account b = addAccount(u"Globex"_s, Account::Environment::LeverSandbox);
    m_window->setCurrentAccount(a);
    auto *switcher = m_window->findChild<QComboBox *>(u"accountSwitcher"_s);
    QVERIFY(switcher);
    QCOMPARE(switcher->count(), 2);
    QCOMPARE(switcher->currentData().toString(), a.id);
    QVERIFY(switcher->currentText().contains(u"Acme"_s));

    QSignalSpy spy(m_window, &MainWindow::accountSwitchRequested);
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), b.id);

    // The File › Switch Account menu offers the same, with the current one checked.
    auto *toA = m_window->findChild<QAction *>(u"actionSwitchTo_"_s + a.id);
    auto *toB = m_window->findChild<QAction *>(u"actionSwitchTo_"_s + b.id);
    QVERIFY(toA && toB);
    QVERIFY(toA->isChecked());
    toB->trigger();
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), b.id);
    toA->trigger(); // already current: nothing to do
    QCOMPARE(spy.size(), 2);

    // An account added elsewhere shows up in the switcher at once.
    addAccount(u"Initech"_s);
    QCOMPARE(switcher->count(), 3);
    lever::test::screenshot(m_window, u"main-window-switcher"_s);
}

void TestMainWindow::viewsAppearOnlyWhenAdded()
{
    auto *nav = m_window->findChild<QListWidget *>(u"navigation"_s);
    QVERIFY(nav);
    QVERIFY(!nav->isVisible());
    QCOMPARE(m_window->currentViewId(), QString());
    QVERIFY(m_window->overview()->isVisible());
    QVERIFY(!m_window->showView(u"board"_s));

    QSignalSpy changed(m_window, &MainWindow::currentViewChanged);
    auto *board = new QLabel(u"board view"_s);
    m_window->addView(u"board"_s, u"Board"_s, QIcon(), board);
    QVERIFY(nav->isVisible());
    QCOMPARE(nav->count(), 1);
    QCOMPARE(m_window->currentViewId(), u"board"_s);
    QVERIFY(board->isVisible());
    auto *postings = new QLabel(u"postings view"_s);
    m_window->addView(u"postings"_s, u"Postings"_s, QIcon(), postings);
    QCOMPARE(nav->count(), 2);
    QCOMPARE(m_window->currentViewId(), u"board"_s); // a later view waits to be chosen

    QVERIFY(m_window->showView(u"postings"_s));
    QVERIFY(postings->isVisible());
    QCOMPARE(nav->currentRow(), 1);
    QVERIFY(!m_window->showView(u"admin"_s));
    QCOMPARE(m_window->currentViewId(), u"postings"_s);

    // Clicking the navigation entry switches too.
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(0)).center());
    QCOMPARE(m_window->currentViewId(), u"board"_s);
    QCOMPARE(changed.last().at(0).toString(), u"board"_s);

    // Grouped views sit under their heading, after the ungrouped ones, whatever order they come in;
    // the heading is not a view and clicking it changes nothing.
    m_window->addView(u"users"_s, u"Users"_s, QIcon(), new QLabel(u"users"_s), u"Admin"_s);
    m_window->addView(u"webhooks"_s, u"Webhooks"_s, QIcon(), new QLabel(u"webhooks"_s), u"Admin"_s);
    m_window->addView(u"insights"_s, u"Insights"_s, QIcon(), new QLabel(u"insights"_s));
    QCOMPARE(nav->count(), 6);
    QStringList rows;
    for (int i = 0; i < nav->count(); ++i)
        rows.append(nav->item(i)->text());
    QCOMPARE(rows, (QStringList{u"Board"_s, u"Postings"_s, u"Insights"_s, u"Admin"_s, u"Users"_s, u"Webhooks"_s}));
    QVERIFY(!(nav->item(3)->flags() & Qt::ItemIsSelectable));
    QCOMPARE(m_window->navigationRow(u"webhooks"_s), 5);
    QVERIFY(m_window->showView(u"webhooks"_s));
    QCOMPARE(nav->currentRow(), 5);
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(3)).center());
    QCOMPARE(m_window->currentViewId(), u"webhooks"_s);
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, nav->visualItemRect(nav->item(4)).center());
    QCOMPARE(m_window->currentViewId(), u"users"_s);
    // A grouped view replaced goes back under its heading.
    m_window->addView(u"users"_s, u"Users"_s, QIcon(), new QLabel(u"users again"_s), u"Admin"_s);
    QCOMPARE(m_window->navigationRow(u"users"_s), 5);
    QCOMPARE(nav->count(), 6);

    m_window->findChild<QAction *>(u"actionAccountOverview"_s)->trigger();
    QCOMPARE(m_window->currentViewId(), QString());
    QVERIFY(m_window->overview()->isVisible());

    m_window->clearViews();
    QVERIFY(!nav->isVisible());
    QCOMPARE(m_window->viewIds(), QStringList());
}

void TestMainWindow::overviewShowsTheAccount()
{
    Account a = addAccount(u"Acme"_s);
    a.actingUserId = u"u-1"_s;
    a.actingUserName = u"Rita Recruiter"_s;
    ui::AccountOverview::Info info;
    info.account = a;
    info.signedIn = true;
    info.connection = u"Connected"_s;
    info.keychain = u"In the system keychain"_s;
    m_window->setCurrentAccount(a);
    m_window->setOverviewInfo(info);
    ui::AccountOverview *o = m_window->overview();
    QVERIFY(o->fieldText(u"overviewActingUser"_s).contains(u"Rita Recruiter"_s));
    QCOMPARE(o->fieldText(u"overviewBaseUrl"_s), u"https://api.lever.co/v1"_s);
    QCOMPARE(o->fieldText(u"overviewAuthMethod"_s),
             ui::AccountOverview::authMethodText(Account::AuthMethod::ApiKey));
    QCOMPARE(o->fieldText(u"overviewConnection"_s), u"Connected"_s);
    QCOMPARE(o->fieldText(u"overviewKeychain"_s), u"In the system keychain"_s);
    QCOMPARE(o->fieldText(u"overviewEnvironment"_s), ui::AccountOverview::environmentText(a.environment));
    QVERIFY(m_window->windowTitle().contains(u"Acme"_s));
    QVERIFY(!o->findChild<QPushButton *>(u"overviewSignIn"_s)->isVisible());

    // Not signed in: the page offers to sign in to that account.
    info.signedIn = false;
    m_window->setOverviewInfo(info);
    auto *signIn = o->findChild<QPushButton *>(u"overviewSignIn"_s);
    QVERIFY(signIn->isVisible());
    QSignalSpy spy(m_window, &MainWindow::signInRequested);
    QTest::mouseClick(signIn, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), a.id);
    lever::test::screenshot(m_window, u"main-window-overview"_s);
}

void TestMainWindow::statusBarSlots()
{
    ui::StatusBar *bar = m_window->shellStatusBar();
    m_window->setBackgroundStatus(u"Syncing 4,200 of 18,000 opportunities…"_s);
    QCOMPARE(bar->backgroundStatus(), u"Syncing 4,200 of 18,000 opportunities…"_s);
    QVERIFY(!m_window->findChild<QWidget *>(u"statusBusy"_s)->isVisible());
    m_window->setBackgroundBusy(true);
    QVERIFY(m_window->findChild<QWidget *>(u"statusBusy"_s)->isVisible());
    m_window->setBackgroundBusy(false);
    QVERIFY(!m_window->findChild<QWidget *>(u"statusBusy"_s)->isVisible());
    m_window->setBackgroundBusy(true);
    m_window->setBackgroundStatus({});
    QVERIFY(!m_window->findChild<QWidget *>(u"statusBusy"_s)->isVisible());

    QVERIFY(!bar->isInteractiveWaiting());
    m_window->setInteractiveWaiting(true);
    QVERIFY(bar->isInteractiveWaiting());
    QVERIFY(m_window->findChild<QLabel *>(u"statusWaiting"_s)->isVisible());
    m_window->setInteractiveWaiting(false);
    QVERIFY(!bar->isInteractiveWaiting());

    m_window->showError(u"Moving Ada failed"_s, u"HTTP 500 from /opportunities/x/stage"_s);
    auto *error = m_window->findChild<QLabel *>(u"statusError"_s);
    QVERIFY(error->isVisible());
    QCOMPARE(error->toolTip(), u"HTTP 500 from /opportunities/x/stage"_s);
    // Stays while other status text comes and goes; replaced by the next error.
    m_window->setBackgroundStatus(u"Syncing…"_s);
    QCOMPARE(bar->errorText(), u"Moving Ada failed"_s);
    m_window->showError(u"Archiving Bob failed"_s);
    QCOMPARE(bar->errorText(), u"Archiving Bob failed"_s);
    QTest::mouseClick(m_window->findChild<QToolButton *>(u"statusDismissError"_s), Qt::LeftButton);
    QCOMPARE(bar->errorText(), QString());
    QVERIFY(!error->isVisible());

    const Account demo = addAccount(u"Demo"_s, Account::Environment::Demo);
    QVERIFY(!bar->isDemoBadgeVisible());
    m_window->setCurrentAccount(demo);
    QVERIFY(bar->isDemoBadgeVisible());
    QVERIFY(bar->accountText().contains(u"Demo"_s));
    const Account real = addAccount(u"Acme"_s);
    m_window->setCurrentAccount(real);
    QVERIFY(!bar->isDemoBadgeVisible());
    QVERIFY(bar->accountText().contains(u"Acme"_s));
}

void TestMainWindow::signOutForgetsSecretsAndData()
{
    const Account a = addAccount(u"Acme"_s);
    auto store = [&](SecretStore::Kind kind, const QString &value) {
        return lever::test::awaitResult<SecretStore::Result>(
                   [&](auto done) { m_secrets->write(a.id, kind, value, this, done); })
            .ok();
    };
    QVERIFY(store(SecretStore::Kind::AccessToken, u"access-token-value"_s));
    QVERIFY(store(SecretStore::Kind::RefreshToken, u"refresh-token-value"_s));
    const QString folder = auth::AccountStore::dataFolder(a.id);
    QVERIFY(QDir().mkpath(folder));
    QFile cache(folder + u"/cache.sqlite"_s);
    QVERIFY(cache.open(QIODevice::WriteOnly));
    cache.write("cached");
    cache.close();
    m_window->setCurrentAccount(a);
    m_window->addView(u"board"_s, u"Board"_s, QIcon(), new QLabel(u"board"_s));

    QSignalSpy forgetting(m_window, &MainWindow::aboutToForgetAccount);
    QSignalSpy signedOut(m_window, &MainWindow::signedOut);
    m_window->findChild<QAction *>(u"actionSignOut"_s)->trigger();
    QCOMPARE(forgetting.size(), 1);
    QTRY_COMPARE(signedOut.size(), 1);
    QCOMPARE(signedOut.at(0).at(0).toString(), a.id);
    QVERIFY(!QDir(folder).exists());
    for (SecretStore::Kind kind : SecretStore::allKinds()) {
        const auto r = lever::test::awaitResult<SecretStore::Result>(
            [&](auto done) { m_secrets->read(a.id, kind, this, done); });
        QCOMPARE(r.status, SecretStore::Result::NotFound);
    }
    QVERIFY(m_accounts->find(a.id)); // the account stays, ready to sign in again
    QVERIFY(!m_window->currentAccount());
    QCOMPARE(m_window->viewIds(), QStringList()); // the views of that account are gone
    QVERIFY(!m_window->findChild<QAction *>(u"actionSignOut"_s)->isEnabled());
}

void TestMainWindow::removeAccountAsksThenRemovesEverything()
{
    const Account a = addAccount(u"Acme"_s);
    QVERIFY((lever::test::awaitResult<SecretStore::Result>([&](auto done) {
                 m_secrets->write(a.id, SecretStore::Kind::ApiKey, u"api-key-value-123456"_s, this, done);
             }).ok()));
    const QString folder = auth::AccountStore::dataFolder(a.id);
    QVERIFY(QDir().mkpath(folder));
    m_window->setCurrentAccount(a);
    QSignalSpy removed(m_window, &MainWindow::accountRemoved);

    m_answer = false;
    m_window->findChild<QAction *>(u"actionRemoveAccount"_s)->trigger();
    QTRY_COMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.at(0).title.contains(u"Acme"_s));
    QTest::qWait(50);
    QCOMPARE(removed.size(), 0);
    QVERIFY(m_accounts->find(a.id));
    QVERIFY(QDir(folder).exists());

    m_answer = true;
    m_window->findChild<QAction *>(u"actionRemoveAccount"_s)->trigger();
    QTRY_COMPARE(removed.size(), 1);
    QVERIFY(!m_accounts->find(a.id));
    QVERIFY(!QDir(folder).exists());
    const auto r = lever::test::awaitResult<SecretStore::Result>(
        [&](auto done) { m_secrets->read(a.id, SecretStore::Kind::ApiKey, this, done); });
    QCOMPARE(r.status, SecretStore::Result::NotFound);
    QCOMPARE(m_window->accountSwitcher()->count(), 0);
}

void TestMainWindow::resetDemoOnlyForDemoAccounts()
{
    auto *reset = m_window->findChild<QAction *>(u"actionResetDemo"_s);
    m_window->setCurrentAccount(addAccount(u"Acme"_s));
    QVERIFY(!reset->isVisible());
    m_window->setCurrentAccount(addAccount(u"Demo"_s, Account::Environment::Demo));
    QVERIFY(reset->isVisible());
    QSignalSpy spy(m_window, &MainWindow::resetDemoRequested);
    m_answer = false;
    reset->trigger();
    QTRY_COMPARE(m_asked.size(), 1);
    QTest::qWait(50);
    QCOMPARE(spy.size(), 0);
    m_answer = true;
    reset->trigger();
    QTRY_COMPARE(spy.size(), 1);
}

void TestMainWindow::aboutSettingsAndShortcutsOpen()
{
    m_window->addView(u"board"_s, u"Board"_s, QIcon(), new QLabel(u"board"_s));
    m_window->findChild<QAction *>(u"actionAbout"_s)->trigger();
    auto *about = m_window->findChild<ui::AboutDialog *>();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    const QString text = about->findChild<QLabel *>(u"aboutText"_s)->text();
    QVERIFY(text.contains(QStringLiteral(LEVER_VERSION)));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(u"MIT"_s));
    lever::test::screenshot(about, u"about"_s);
    about->reject();

    QSignalSpy applied(m_window, &MainWindow::settingsApplied);
    m_window->findChild<QAction *>(u"actionSettings"_s)->trigger();
    auto *settings = m_window->findChild<ui::SettingsDialog *>();
    QVERIFY(settings);
    QTRY_VERIFY(settings->isVisible());
    lever::test::screenshot(settings, u"settings"_s);
    settings->findChild<QSpinBox *>(u"settingsSyncInterval"_s)->setValue(15);
    auto *view = settings->findChild<QComboBox *>(u"settingsDefaultView"_s);
    view->setCurrentIndex(view->findData(u"board"_s));
    auto *language = settings->findChild<QComboBox *>(u"settingsLanguage"_s);
    language->setCurrentIndex(language->findData(u"de"_s));
    QTest::mouseClick(settings->findChild<QPushButton *>(u"settingsOk"_s), Qt::LeftButton);
    QCOMPARE(applied.size(), 1);
    const ui::ShellSettings saved = ui::ShellSettings::load();
    QCOMPARE(saved.syncIntervalMinutes, 15);
    QCOMPARE(saved.defaultView, u"board"_s);
    QCOMPARE(saved.language, u"de"_s);
    QCOMPARE(applied.at(0).at(0).value<ui::ShellSettings>().syncIntervalMinutes, 15);

    m_window->findChild<QAction *>(u"actionShortcuts"_s)->trigger();
    auto *shortcuts = m_window->findChild<ui::ShortcutsDialog *>();
    QVERIFY(shortcuts);
    auto *table = shortcuts->findChild<QTableWidget *>(u"shortcutsTable"_s);
    QStringList names;
    for (int row = 0; row < table->rowCount(); ++row)
        names.append(table->item(row, 0)->text());
    QVERIFY2(names.contains(u"Refresh"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"Quit"_s));
}

int main(int argc, char **argv)
{
    QTemporaryDir root;
    g_root = &root;
    lever::test::isolateFolders(root.path());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"lever-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_main_window"_s);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_main_window.moc"
