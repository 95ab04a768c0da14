// SecretStore implementations: the OS keychain round trip against a real Secret Service (gnome-keyring
// in the private D-Bus session that scripts/run-tests.sh starts), and the in-memory session store.
#include "KeychainSecretStore.h"
#include "SessionSecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using lever::auth::KeychainSecretStore;
using lever::auth::SecretStore;
using lever::auth::SessionSecretStore;
using Kind = SecretStore::Kind;
using Result = SecretStore::Result;

namespace {
// Runs one store call to completion and returns its result.
template <typename Call> Result await(Call call)
{
    std::optional<Result> result;
    bool calledInside = false;
    bool returned = false;
    call([&](const Result &r) {
        calledInside = !returned;
        result = r;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000)) {
        Result timedOut;
        timedOut.status = Result::Failed;
        timedOut.message = u"no answer within 30 s"_s;
        return timedOut;
    }
    if (calledInside)
        qWarning("callback ran inside the call");
    return calledInside ? Result{Result::Failed, {}, u"callback ran inside the call"_s} : *result;
}

QString newAccount()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysAndNames();
    void keychainRoundTrip();
    void sessionStoreRoundTrip();
    void destroyedContextSkipsCallback();

private:
    void roundTrip(SecretStore &store);
};

void TestKeychain::keysAndNames()
{
    QCOMPARE(KeychainSecretStore::serviceName(), u"lever-console"_s);
    QCOMPARE(SecretStore::keyFor(u"acc"_s, Kind::ApiKey), u"acc/apiKey"_s);
    QCOMPARE(SecretStore::keyFor(u"acc"_s, Kind::AccessToken), u"acc/accessToken"_s);
    QCOMPARE(SecretStore::keyFor(u"acc"_s, Kind::RefreshToken), u"acc/refreshToken"_s);
    QCOMPARE(SecretStore::keyFor(u"acc"_s, Kind::ClientSecret), u"acc/clientSecret"_s);
}

void TestKeychain::roundTrip(SecretStore &store)
{
    const QString account = newAccount();
    const QString other = newAccount();
    QCOMPARE(await([&](auto done) { store.read(account, Kind::ApiKey, this, done); }).status,
             Result::NotFound);
    Result r =
        await([&](auto done) { store.write(account, Kind::ApiKey, u"key-1 \u00e9\u2603"_s, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    r = await([&](auto done) { store.read(account, Kind::ApiKey, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.secret, u"key-1 \u00e9\u2603"_s);

    // Overwrite.
    QVERIFY(await([&](auto done) { store.write(account, Kind::ApiKey, u"key-2"_s, this, done); }).ok());
    QCOMPARE(await([&](auto done) { store.read(account, Kind::ApiKey, this, done); }).secret, u"key-2"_s);

    // Remove one; removing again still succeeds.
    QVERIFY(await([&](auto done) { store.remove(account, Kind::ApiKey, this, done); }).ok());
    QCOMPARE(await([&](auto done) { store.read(account, Kind::ApiKey, this, done); }).status,
             Result::NotFound);
    QVERIFY(await([&](auto done) { store.remove(account, Kind::ApiKey, this, done); }).ok());

    // removeAll: every kind of this account, nothing of another.
    for (Kind kind : SecretStore::allKinds()) {
        QVERIFY(await([&](auto done) {
                    store.write(account, kind, SecretStore::kindName(kind) + u"-secret"_s, this, done);
                }).ok());
    }
    QVERIFY(await([&](auto done) { store.write(other, Kind::RefreshToken, u"other"_s, this, done); }).ok());
    QCOMPARE(await([&](auto done) { store.read(account, Kind::ClientSecret, this, done); }).secret,
             u"clientSecret-secret"_s);
    r = await([&](auto done) { store.removeAll(account, this, done); });
    QVERIFY2(r.ok(), qPrintable(r.message));
    for (Kind kind : SecretStore::allKinds())
        QCOMPARE(await([&](auto done) { store.read(account, kind, this, done); }).status, Result::NotFound);
    QCOMPARE(await([&](auto done) { store.read(other, Kind::RefreshToken, this, done); }).secret, u"other"_s);
    QVERIFY(await([&](auto done) { store.removeAll(other, this, done); }).ok());
}

void TestKeychain::keychainRoundTrip()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP(
            "No D-Bus session: run the suite through scripts/test.sh (dbus-run-session with gnome-keyring)");
    KeychainSecretStore store;
    store.setRetryDelay(std::chrono::milliseconds(200));
    roundTrip(store);
}

void TestKeychain::sessionStoreRoundTrip()
{
    SessionSecretStore store;
    roundTrip(store);
}

void TestKeychain::destroyedContextSkipsCallback()
{
    SessionSecretStore store;
    auto *context = new QObject;
    bool called = false;
    store.write(u"a"_s, Kind::ApiKey, u"s"_s, context, [&called](const Result &) { called = true; });
    store.removeAll(u"a"_s, context, [&called](const Result &) { called = true; });
    delete context;
    QTest::qWait(50);
    QVERIFY(!called);
    // The operations still ran (the write, then removeAll); only their callbacks were dropped.
    QCOMPARE(await([&](auto done) { store.read(u"a"_s, Kind::ApiKey, this, done); }).status,
             Result::NotFound);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
