// Demo mode with the real lever-sandbox as a child process: start, sign in (workspaceReady with an acting
// user), a change that survives until "Reset demo data" throws it away, --base-url's session-only
// account, and afterwards no key in any file under the config and data folders nor in the log output.
#include "AccountStore.h"
#include "AppController.h"
#include "DemoSandbox.h"
#include "IsolatedAppMain.h"
#include "LeverApi.h"
#include "RoutingSecretStore.h"
#include "SessionSecretStore.h"
#include "common/Confirm.h"
#include "shell/MainWindow.h"
#include "shell/StatusBar.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace lever;
using auth::Account;

namespace {
QTemporaryDir *g_root = nullptr;
QStringList g_messages;

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

bool processAlive(qint64 pid)
{
    // A zombie still answers kill(0); /proc says whether it runs.
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = stat.readAll().split(' ');
    return fields.size() > 2 && fields.at(2) != "Z";
}
} // namespace

class TestDemoMode : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoStartsSignsInAndResets();
    void baseUrlIsSessionOnly();
    void noSecretsOnDiskOrInTheLog();
    void missingSandboxIsExplained();

private:
    QStringList m_secrets; // every key seen, to look for afterwards
    QUrl m_demoUrl;
};

void TestDemoMode::initTestCase()
{
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
        g_messages.append(QString::fromUtf8(ctx.category ? ctx.category : "") + u' ' + msg);
        previous(type, ctx, msg);
    });
    QLoggingCategory::setFilterRules(u"lever.*.debug=true"_s);
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
}

void TestDemoMode::demoStartsSignsInAndResets()
{
    auth::SessionSecretStore keychain; // stands in for the OS keychain
    auto controller = std::make_unique<app::AppController>(&keychain);
    controller->demo()->setExecutable(QStringLiteral(LEVER_SANDBOX_EXE));
    controller->demo()->setDemoSize(40);
    QSignalSpy ready(controller.get(), &app::AppController::workspaceReady);
    QSignalSpy closing(controller.get(), &app::AppController::workspaceClosing);
    QSignalSpy checked(controller.get(), &app::AppController::connectionChecked);
    app::CommandLine commandLine;
    commandLine.demo = true;
    // A key in the console's environment (for --base-url use) must not reach the sandbox child.
    qputenv("LEVER_API_KEY", "key-meant-for-the-console-only");
    controller->start(commandLine);

    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 120000);
    qunsetenv("LEVER_API_KEY");
    {
        // The child's command line and environment, as any local user's `ps` would show them.
        const QString proc = u"/proc/%1/"_s.arg(controller->demo()->processId());
        QFile cmdline(proc + u"cmdline"_s), environ(proc + u"environ"_s);
        QVERIFY(cmdline.open(QIODevice::ReadOnly) && environ.open(QIODevice::ReadOnly));
        const QByteArray args = cmdline.readAll(), env = environ.readAll();
        QVERIFY(args.contains("--demo-size"));
        QVERIFY(!args.contains(controller->demo()->apiKey().toUtf8()));
        QVERIFY(!env.contains(controller->demo()->apiKey().toUtf8()));
        QVERIFY(!env.contains("key-meant-for-the-console-only"));
        QVERIFY(!env.contains("LEVER_API_KEY"));
    }
    api::Client *client = controller->client();
    QVERIFY(client);
    QCOMPARE(ready.at(0).at(0).value<api::Client *>(), client);
    const Account account = ready.at(0).at(1).value<Account>();
    QCOMPARE(account.environment, Account::Environment::Demo);
    QCOMPARE(client->baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(!account.actingUserId.isEmpty());
    QCOMPARE(client->actingUserId(), account.actingUserId);
    QVERIFY(controller->secrets()->isSessionOnly(account.id));
    QVERIFY(controller->window()->shellStatusBar()->isDemoBadgeVisible());
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
    QCOMPARE(checked.at(0).at(0).toString(), QString());
    QCOMPARE(controller->window()->overview()->fieldText(u"overviewConnection"_s), u"Connected"_s);
    m_secrets.append(controller->demo()->apiKey());
    m_demoUrl = client->baseUrl();

    // The database lives in the user's data folder, readable by the user only.
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/demo"_s;
    QCOMPARE(controller->demo()->databasePath(), folder + u"/demo.sqlite"_s);
    QVERIFY(QFile::exists(folder + u"/demo.sqlite"_s));
    QCOMPARE(QFile::permissions(folder) & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());

    // A change to the demo data...
    std::optional<api::Result<api::User>> created;
    api::User user;
    user.name = u"Reset Probe"_s;
    user.email = u"reset.probe@example.com"_s;
    user.accessRole = u"interviewer"_s;
    client->users().create(user).then(this, [&](const api::Result<api::User> &r) { created = r; });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), 30000);
    QVERIFY2(created->ok(), qPrintable(created->errorString()));
    const QString probeId = created->value().id;

    // ...is gone after File › Reset Demo Data (confirmed), which restarts the sandbox and signs in again.
    const qint64 firstPid = controller->demo()->processId();
    QVERIFY(processAlive(firstPid));
    auto *reset = controller->window()->findChild<QAction *>(u"actionResetDemo"_s);
    QVERIFY(reset && reset->isVisible());
    reset->trigger();
    QTRY_COMPARE(closing.size(), 1);
    QCOMPARE(closing.at(0).at(0).value<api::Client *>(), client);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 120000);
    QVERIFY(!processAlive(firstPid));
    client = controller->client();
    QCOMPARE(ready.at(1).at(1).value<Account>().id, account.id); // the same demo account
    QVERIFY(!client->actingUserId().isEmpty());
    m_secrets.append(controller->demo()->apiKey());
    std::optional<api::Result<api::User>> after;
    client->users().get(probeId).then(this, [&](const api::Result<api::User> &r) { after = r; });
    QTRY_VERIFY_WITH_TIMEOUT(after.has_value(), 30000);
    QVERIFY(!after->ok());
    QCOMPARE(after->error().httpStatus(), 404);

    // Quitting stops the sandbox.
    const qint64 secondPid = controller->demo()->processId();
    QVERIFY(processAlive(secondPid));
    controller.reset();
    QTRY_VERIFY(!processAlive(secondPid));
}

void TestDemoMode::baseUrlIsSessionOnly()
{
    // A sandbox of our own (the demo's executable) for the scripted --base-url path.
    app::DemoSandbox sandbox;
    sandbox.setExecutable(QStringLiteral(LEVER_SANDBOX_EXE));
    sandbox.setDataFolder(g_root->path() + u"/scripted"_s);
    sandbox.setDemoSize(5);
    QSignalSpy up(&sandbox, &app::DemoSandbox::ready);
    sandbox.start();
    QTRY_COMPARE_WITH_TIMEOUT(up.size(), 1, 120000);
    m_secrets.append(sandbox.apiKey());

    auth::SessionSecretStore keychain;
    app::AppController controller(&keychain);
    QSignalSpy ready(&controller, &app::AppController::workspaceReady);
    QSignalSpy checked(&controller, &app::AppController::connectionChecked);
    const QString key = sandbox.apiKey();
    const app::CommandLine commandLine =
        app::CommandLine::parse({u"lever-console"_s, u"--base-url"_s, sandbox.baseUrl().toString()}, [&] {
            QProcessEnvironment env;
            env.insert(u"LEVER_API_KEY"_s, key);
            return env;
        }());
    QCOMPARE(commandLine.action, app::CommandLine::Action::Run);
    controller.start(commandLine);
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 30000);
    const Account account = ready.at(0).at(1).value<Account>();
    QVERIFY(controller.secrets()->isSessionOnly(account.id));
    QVERIFY(!controller.accounts()->find(account.id)); // never saved
    QVERIFY(!controller.accounts()->findByName(account.name));
    // Listed in the switcher while it is open, next to the saved ones.
    QCOMPARE(controller.window()->accountSwitcher()->count(), controller.accounts()->list().size() + 1);
    QCOMPARE(controller.window()->accountSwitcher()->currentData().toString(), account.id);
    QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 30000);
    QCOMPARE(checked.at(0).at(0).toString(), QString());
    // Nothing reached the keychain either.
    std::optional<auth::SecretStore::Result> inKeychain;
    keychain.read(account.id, auth::SecretStore::Kind::ApiKey, this,
                  [&](const auth::SecretStore::Result &r) { inKeychain = r; });
    QTRY_VERIFY(inKeychain.has_value());
    QCOMPARE(inKeychain->status, auth::SecretStore::Result::NotFound);
}

void TestDemoMode::noSecretsOnDiskOrInTheLog()
{
    QSettings().sync();
    QVERIFY(m_secrets.size() >= 3);
    const QStringList folders{QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                              QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                              QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    int scanned = 0;
    for (const QString &folder : folders) {
        QVERIFY2(folder.startsWith(g_root->path()), qPrintable(folder));
        for (const QString &path : filesUnder(folder)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            ++scanned;
            for (const QString &secret : std::as_const(m_secrets))
                QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(u"a key is in "_s + path));
        }
    }
    QVERIFY(scanned >= 2); // the settings file and the demo database at least
    QVERIFY(g_messages.size() > 10);
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &secret : std::as_const(m_secrets))
            QVERIFY2(!message.contains(secret), "a key is in the log output");
    }
    QVERIFY(g_messages.filter(m_demoUrl.toString()).size() > 0); // the log did record the demo's start
}

void TestDemoMode::missingSandboxIsExplained()
{
    app::DemoSandbox sandbox;
    sandbox.setExecutable(g_root->path() + u"/no-such-lever-sandbox"_s);
    sandbox.setDataFolder(g_root->path() + u"/missing"_s);
    QSignalSpy failed(&sandbox, &app::DemoSandbox::failed);
    sandbox.start();
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"no-such-lever-sandbox"_s),
             qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(sandbox.state(), app::DemoSandbox::State::Stopped);
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestDemoMode>(argc, argv, u"tst_demo_mode"_s, &g_root);
}

#include "tst_demo_mode.moc"
