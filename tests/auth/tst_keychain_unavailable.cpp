// The no-keychain path: D-Bus points at a socket that does not exist (set before QtKeychain is first
// used), so every KeychainSecretStore call ends Unavailable, after one retry, with a fix-it message, and
// nothing is written anywhere (QtKeychain's plaintext fallback stays off).
#include "KeychainSecretStore.h"

#include <QDirIterator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::auth::KeychainSecretStore;
using lever::auth::SecretStore;
using Kind = SecretStore::Kind;
using Result = SecretStore::Result;

namespace {
QTemporaryDir *g_home = nullptr;
QStringList g_messages;

template <typename Call> Result await(Call call)
{
    std::optional<Result> result;
    call([&](const Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        return Result{Result::Failed, {}, u"no answer within 60 s"_s};
    return *result;
}

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}
} // namespace

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void unavailableWithFixItMessage();
};

void TestKeychainUnavailable::initTestCase()
{
    // Here, not in main(): QTest installs its own handler when it starts; ours chains to it.
    static QtMessageHandler previous = nullptr;
    previous = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &ctx, const QString &msg) {
        g_messages.append(msg);
        previous(type, ctx, msg);
    });
}

void TestKeychainUnavailable::unavailableWithFixItMessage()
{
    KeychainSecretStore store;
    store.setRetryDelay(std::chrono::milliseconds(100));
    const QString account = u"7d1c5a8e-0000-4000-8000-000000000001"_s;
    g_messages.clear();

    Result r = await(
        [&](auto done) { store.write(account, Kind::RefreshToken, u"secret-refresh-token"_s, this, done); });
    QCOMPARE(r.status, Result::Unavailable);
    QVERIFY2(r.message.contains(u"GNOME Keyring"_s) && r.message.contains(u"KWallet"_s),
             qPrintable(r.message));
    QVERIFY(r.message.contains(u"unlocked"_s));
    QVERIFY(r.message.contains(u"session only"_s));
    // Asked twice: once, then once more after the retry delay.
    QCOMPARE(g_messages.filter(u"keychain unavailable for write"_s).size(), 1);

    QCOMPARE(await([&](auto done) { store.read(account, Kind::RefreshToken, this, done); }).status,
             Result::Unavailable);
    QCOMPARE(await([&](auto done) { store.remove(account, Kind::RefreshToken, this, done); }).status,
             Result::Unavailable);
    QCOMPARE(await([&](auto done) { store.removeAll(account, this, done); }).status, Result::Unavailable);

    // Nothing written anywhere: not in the config, data or cache folders, nor in the home folder.
    const QStringList written = filesUnder(g_home->path());
    QVERIFY2(written.isEmpty(), qPrintable(written.join(u", "_s)));
    for (const QString &m : std::as_const(g_messages))
        QVERIFY(!m.contains(u"secret-refresh-token"_s));
}

int main(int argc, char **argv)
{
    // Before QCoreApplication and before any QtKeychain use: no Secret Service can be found.
    QTemporaryDir home;
    g_home = &home;
    const QByteArray root = home.path().toUtf8();
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + root + "/no-such-bus-socket");
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/config");
    qputenv("XDG_DATA_HOME", root + "/data");
    qputenv("XDG_CACHE_HOME", root + "/cache");
    qputenv("QT_LOGGING_RULES", "lever.*.debug=true");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
    QCoreApplication app(argc, argv);
    TestKeychainUnavailable test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_unavailable.moc"
