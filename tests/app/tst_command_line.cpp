// The console's command line: parsing (every option and every mistake) and the real executable's exit
// codes and messages for --help, --version and errors.
#include "AccountStore.h"
#include "CommandLine.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::app::CommandLine;
using Action = lever::app::CommandLine::Action;

namespace {
QTemporaryDir *g_root = nullptr;

CommandLine parse(QStringList args, const QString &apiKey = {})
{
    args.prepend(u"lever-console"_s);
    QProcessEnvironment env;
    if (!apiKey.isEmpty())
        env.insert(u"LEVER_API_KEY"_s, apiKey);
    return CommandLine::parse(args, env);
}
} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plainRun();
    void demo();
    void account();
    void baseUrlWithKeyFromEnvironment();
    void baseUrlMistakes();
    void conflictsAndUnknowns();
    void helpAndVersion();
    void unknownAccountNamesTheSavedOnes();
    void executableExitCodes();
};

void TestCommandLine::plainRun()
{
    const CommandLine c = parse({});
    QCOMPARE(c.action, Action::Run);
    QVERIFY(!c.demo);
    QVERIFY(c.accountName.isEmpty());
    QVERIFY(c.baseUrl.isEmpty());
}

void TestCommandLine::demo()
{
    const CommandLine c = parse({u"--demo"_s});
    QCOMPARE(c.action, Action::Run);
    QVERIFY(c.demo);
}

void TestCommandLine::account()
{
    CommandLine c = parse({u"--account"_s, u"Acme recruiting"_s});
    QCOMPARE(c.action, Action::Run);
    QCOMPARE(c.accountName, u"Acme recruiting"_s);
    c = parse({u"--account=Globex"_s});
    QCOMPARE(c.accountName, u"Globex"_s);
    c = parse({u"--account"_s, u"  "_s});
    QCOMPARE(c.action, Action::Error);
    QVERIFY(c.error.contains(u"--account"_s));
    c = parse({u"--account"_s});
    QCOMPARE(c.action, Action::Error);
}

void TestCommandLine::baseUrlWithKeyFromEnvironment()
{
    CommandLine c = parse({u"--base-url"_s, u"https://api.lever.co/v1"_s}, u"key-from-env-0123456789"_s);
    QCOMPARE(c.action, Action::Run);
    QCOMPARE(c.baseUrl, QUrl(u"https://api.lever.co/v1"_s));
    QCOMPARE(c.apiKey, u"key-from-env-0123456789"_s);
    // http only to the local machine.
    c = parse({u"--base-url"_s, u"http://127.0.0.1:8080/v1"_s}, u"k-0123456789abcdef"_s);
    QCOMPARE(c.action, Action::Run);
    QCOMPARE(c.baseUrl.port(), 8080);
}

void TestCommandLine::baseUrlMistakes()
{
    CommandLine c = parse({u"--base-url"_s, u"https://api.lever.co/v1"_s});
    QCOMPARE(c.action, Action::Error);
    QVERIFY2(c.error.contains(u"LEVER_API_KEY"_s), qPrintable(c.error));
    QVERIFY(c.apiKey.isEmpty());

    c = parse({u"--base-url"_s, u"http://lever.example.com/v1"_s}, u"k-0123456789abcdef"_s);
    QCOMPARE(c.action, Action::Error);
    QVERIFY2(c.error.contains(u"https://"_s), qPrintable(c.error));
    QVERIFY(!c.error.contains(u"k-0123456789abcdef"_s)); // the key never appears in messages

    c = parse({u"--base-url"_s, u"not a url"_s}, u"k-0123456789abcdef"_s);
    QCOMPARE(c.action, Action::Error);
    QVERIFY2(c.error.contains(u"not a url"_s), qPrintable(c.error));

    c = parse({u"--base-url"_s, u"ftp://files.example.com/v1"_s}, u"k-0123456789abcdef"_s);
    QCOMPARE(c.action, Action::Error);
}

void TestCommandLine::conflictsAndUnknowns()
{
    CommandLine c = parse({u"--demo"_s, u"--account"_s, u"Acme"_s});
    QCOMPARE(c.action, Action::Error);
    QVERIFY(c.error.contains(u"--demo"_s));
    c = parse({u"--demo"_s, u"--base-url"_s, u"https://api.lever.co/v1"_s}, u"k-0123456789abcdef"_s);
    QCOMPARE(c.action, Action::Error);
    c = parse({u"--frobnicate"_s});
    QCOMPARE(c.action, Action::Error);
    QVERIFY(c.error.contains(u"frobnicate"_s));
    c = parse({u"stray"_s});
    QCOMPARE(c.action, Action::Error);
    QVERIFY(c.error.contains(u"stray"_s));
}

void TestCommandLine::helpAndVersion()
{
    CommandLine c = parse({u"--help"_s});
    QCOMPARE(c.action, Action::Help);
    for (const QString &option :
         {u"--demo"_s, u"--account"_s, u"--base-url"_s, u"--version"_s, u"LEVER_API_KEY"_s})
        QVERIFY2(c.text.contains(option), qPrintable(option));
    c = parse({u"-h"_s});
    QCOMPARE(c.action, Action::Help);
    c = parse({u"--version"_s});
    QCOMPARE(c.action, Action::Version);
    QCOMPARE(c.text, u"lever-console "_s + QStringLiteral(LEVER_VERSION) + u'\n');
}

void TestCommandLine::unknownAccountNamesTheSavedOnes()
{
    QSettings().clear();
    lever::auth::AccountStore store(nullptr);
    CommandLine c = parse({u"--account"_s, u"Acme"_s});
    QVERIFY(c.checkAccounts(store).contains(u"no accounts are saved"_s));
    lever::auth::Account a;
    a.name = u"Acme"_s;
    a.authMethod = lever::auth::Account::AuthMethod::ApiKey;
    QVERIFY(store.add(a));
    a.name = u"Globex"_s;
    QVERIFY(store.add(a));
    QCOMPARE(c.checkAccounts(store), QString());
    QCOMPARE(parse({u"--account"_s, u"acme"_s}).checkAccounts(store), QString()); // case-insensitive
    const QString error = parse({u"--account"_s, u"Initech"_s}).checkAccounts(store);
    QVERIFY(error.contains(u"Initech"_s) && error.contains(u"Acme"_s) && error.contains(u"Globex"_s));
}

void TestCommandLine::executableExitCodes()
{
    // No in-process server here, so waiting on the child process blocks nothing that matters.
    auto run = [](const QStringList &args, const QProcessEnvironment &env) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(LEVER_CONSOLE_EXE), args);
        p.waitForFinished(60000);
        return std::make_tuple(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                               QString::fromUtf8(p.readAllStandardError()));
    };
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s); // none of these may need a window system
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"LEVER_API_KEY"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, g_root->path() + u"/exe-config"_s);
    env.insert(u"XDG_DATA_HOME"_s, g_root->path() + u"/exe-data"_s);

    auto [code, out, err] = run({u"--version"_s}, env);
    QCOMPARE(code, 0);
    QCOMPARE(out, u"lever-console "_s + QStringLiteral(LEVER_VERSION) + u'\n');
    std::tie(code, out, err) = run({u"--help"_s}, env);
    QCOMPARE(code, 0);
    QVERIFY(out.contains(u"--base-url"_s));
    std::tie(code, out, err) = run({u"--bogus"_s}, env);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(u"bogus"_s) && err.contains(u"--help"_s), qPrintable(err));
    std::tie(code, out, err) = run({u"--account"_s, u"Nobody"_s}, env);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(u"Nobody"_s), qPrintable(err));
    std::tie(code, out, err) = run({u"--base-url"_s, u"https://api.lever.co/v1"_s}, env);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(u"LEVER_API_KEY"_s), qPrintable(err));
    std::tie(code, out, err) = run({u"--base-url"_s, u"http://lever.example.com/v1"_s}, env);
    QCOMPARE(code, 2);
    QVERIFY2(err.contains(u"https://"_s), qPrintable(err));
}

int main(int argc, char **argv)
{
    QTemporaryDir root;
    g_root = &root;
    qputenv("XDG_CONFIG_HOME", QString(root.path() + u"/config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", QString(root.path() + u"/data"_s).toLocal8Bit());
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"lever-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_command_line"_s);
    TestCommandLine test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_command_line.moc"
