// RoutingSecretStore: session-only accounts keep their secrets in memory, the others in the persistent
// store (the keychain); removal clears both, and a missing keychain does not block a session-only removal.
#include "../ui/ShellTestKit.h"
#include "RoutingSecretStore.h"
#include "SessionSecretStore.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using auth::SecretStore;
using Kind = auth::SecretStore::Kind;
using Result = auth::SecretStore::Result;

class TestRoutingSecretStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void routesBySessionOnly();
    void removeClearsBoth();
    void sessionOnlyRemovalIgnoresAMissingKeychain();

private:
    Result write(SecretStore &s, const QString &id, const QString &value)
    {
        return test::awaitResult<Result>([&](auto done) { s.write(id, Kind::ApiKey, value, this, done); });
    }
    Result read(SecretStore &s, const QString &id)
    {
        return test::awaitResult<Result>([&](auto done) { s.read(id, Kind::ApiKey, this, done); });
    }
    Result remove(SecretStore &s, const QString &id)
    {
        return test::awaitResult<Result>([&](auto done) { s.remove(id, Kind::ApiKey, this, done); });
    }
};

void TestRoutingSecretStore::routesBySessionOnly()
{
    auth::SessionSecretStore keychain, session;
    auth::RoutingSecretStore store(&keychain, &session);
    QVERIFY(write(store, u"a"_s, u"kept-in-keychain"_s).ok());
    store.setSessionOnly(u"b"_s, true);
    QVERIFY(store.isSessionOnly(u"b"_s));
    QVERIFY(write(store, u"b"_s, u"kept-in-memory"_s).ok());

    QCOMPARE(read(keychain, u"a"_s).secret, u"kept-in-keychain"_s);
    QCOMPARE(read(session, u"a"_s).status, Result::NotFound);
    QCOMPARE(read(session, u"b"_s).secret, u"kept-in-memory"_s);
    QCOMPARE(read(keychain, u"b"_s).status, Result::NotFound);
    QCOMPARE(read(store, u"a"_s).secret, u"kept-in-keychain"_s);
    QCOMPARE(read(store, u"b"_s).secret, u"kept-in-memory"_s);

    store.setSessionOnly(u"b"_s, false);
    QCOMPARE(read(store, u"b"_s).status, Result::NotFound); // now read from the keychain
}

void TestRoutingSecretStore::removeClearsBoth()
{
    auth::SessionSecretStore keychain, session;
    auth::RoutingSecretStore store(&keychain, &session);
    // A leftover in each store (e.g. signed in once with, once without a keychain).
    QVERIFY(write(keychain, u"a"_s, u"old"_s).ok());
    QVERIFY(write(session, u"a"_s, u"newer"_s).ok());
    QVERIFY(remove(store, u"a"_s).ok());
    QTRY_COMPARE(read(keychain, u"a"_s).status, Result::NotFound);
    QTRY_COMPARE(read(session, u"a"_s).status, Result::NotFound);
}

void TestRoutingSecretStore::sessionOnlyRemovalIgnoresAMissingKeychain()
{
    test::UnavailableSecretStore keychain;
    auth::SessionSecretStore session;
    auth::RoutingSecretStore store(&keychain, &session);
    store.setSessionOnly(u"demo"_s, true);
    QVERIFY(write(store, u"demo"_s, u"demo-key"_s).ok());
    QVERIFY(remove(store, u"demo"_s).ok());
    QCOMPARE(read(session, u"demo"_s).status, Result::NotFound);
    QVERIFY(keychain.calls >= 1); // asked too, for leftovers
    // A saved account reports what the keychain said.
    QCOMPARE(remove(store, u"saved"_s).status, Result::Unavailable);
}

QTEST_GUILESS_MAIN(TestRoutingSecretStore)

#include "tst_routing_secret_store.moc"
