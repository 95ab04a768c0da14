// ApiKeyVerifier against the sandbox: a good key lists the active users; unknown keys, keys without
// users:read, unreachable servers and http:// to other machines get messages a person can act on.
#include "ApiKeyVerifier.h"
#include "AuthHttp.h"
#include "DocumentStore.h"
#include "RequestLog.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::auth::ApiKeyVerifier;
using lever::test::SandboxFixture;
using Outcome = ApiKeyVerifier::Outcome;

namespace {
ApiKeyVerifier::Result verify(ApiKeyVerifier &verifier, const QUrl &base, const QString &key,
                              QObject *context)
{
    std::optional<ApiKeyVerifier::Result> result;
    bool returned = false;
    bool inside = false;
    verifier.verify(base, key, context, [&](const ApiKeyVerifier::Result &r) {
        inside = !returned;
        result = r;
    });
    returned = true;
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 40000))
        return {Outcome::BadResponse, u"no answer"_s, {}, false};
    if (inside)
        return {Outcome::BadResponse, u"called back inside verify()"_s, {}, false};
    return *result;
}
} // namespace

class TestApiKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodKeyListsActiveUsers();
    void unknownKey();
    void keyWithoutUsersScope();
    void unreachable();
    void insecureUrlRefused();
};

void TestApiKey::goodKeyListsActiveUsers()
{
    SandboxFixture f;
    ApiKeyVerifier verifier;
    const auto r = verify(verifier, f.sandbox().baseUrl(), f.apiKey(), this);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QStringList active;
    const QList<QJsonObject> users = f.sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (u.value(u"deactivatedAt"_s).isNull())
            active.append(u.value(u"id"_s).toString());
    }
    QVERIFY(active.size() < users.size()); // the baseline has a deactivated user, which must not show
    QStringList got;
    for (const auto &u : r.users) {
        got.append(u.id);
        QVERIFY(!u.name.isEmpty() && u.email.contains(u'@') && !u.accessRole.isEmpty());
    }
    QCOMPARE(got, active);
    QVERIFY(!r.hasMoreUsers);
    const auto admin =
        std::find_if(r.users.begin(), r.users.end(), [&](const auto &u) { return u.id == f.firstUserId(); });
    QVERIFY(admin != r.users.end());
    QCOMPARE(admin->accessRole, u"super admin"_s);

    // The request was one GET /users?limit=100 with the key as the Basic user name.
    const auto last = f.sandbox().requestLog().entries().last();
    QCOMPARE(last.method, QByteArray("GET"));
    QCOMPARE(last.path, u"/users?limit=100"_s);

    // A trailing slash on the base URL changes nothing.
    QVERIFY(verify(verifier, QUrl(f.sandbox().baseUrl().toString() + u'/'), f.apiKey(), this).ok());
}

void TestApiKey::unknownKey()
{
    SandboxFixture f;
    ApiKeyVerifier verifier;
    const auto r = verify(verifier, f.sandbox().baseUrl(), u"not-a-real-key"_s, this);
    QCOMPARE(r.outcome, Outcome::Refused);
    QVERIFY(r.message.contains(u"The key was refused"_s));
    QVERIFY(r.users.isEmpty());
    QCOMPARE(verify(verifier, f.sandbox().baseUrl(), u"  "_s, this).outcome, Outcome::Refused);
}

void TestApiKey::keyWithoutUsersScope()
{
    SandboxFixture f;
    const QString key = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    ApiKeyVerifier verifier;
    const auto r = verify(verifier, f.sandbox().baseUrl(), key, this);
    QCOMPARE(r.outcome, Outcome::MissingScope);
    QVERIFY(r.message.contains(u"users:read"_s));
}

void TestApiKey::unreachable()
{
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        deadPort = probe.serverPort();
    }
    ApiKeyVerifier verifier;
    const auto r =
        verify(verifier, QUrl(u"http://127.0.0.1:"_s + QString::number(deadPort) + u"/v1"_s), u"key"_s, this);
    QCOMPARE(r.outcome, Outcome::Network);
    QVERIFY2(r.message.contains(u"Nothing answers at 127.0.0.1:"_s + QString::number(deadPort)),
             qPrintable(r.message));
}

void TestApiKey::insecureUrlRefused()
{
    ApiKeyVerifier verifier;
    for (const QString &url : {u"http://api.example.com/v1"_s, u"http://10.0.0.5:8080/v1"_s,
                               u"ftp://example.com/v1"_s, u"not a url"_s}) {
        const auto r = verify(verifier, QUrl(url), u"key"_s, this);
        QVERIFY2(r.outcome == Outcome::InsecureUrl, qPrintable(url));
        QVERIFY(!r.message.isEmpty());
    }
    const auto r = verify(verifier, QUrl(u"http://api.example.com/v1"_s), u"key"_s, this);
    QVERIFY(r.message.contains(u"https://"_s));
    // http:// is fine on loopback, https:// anywhere (not contacted here: the checks are on the URL).
    QVERIFY(lever::auth::AuthHttp::insecureUrlReason(QUrl(u"http://localhost:9/v1"_s)).isEmpty());
    QVERIFY(lever::auth::AuthHttp::insecureUrlReason(QUrl(u"http://[::1]:9/v1"_s)).isEmpty());
    QVERIFY(lever::auth::AuthHttp::insecureUrlReason(QUrl(u"http://127.0.0.5:9/v1"_s)).isEmpty());
    QVERIFY(lever::auth::AuthHttp::insecureUrlReason(QUrl(u"https://api.lever.co/v1"_s)).isEmpty());
    QVERIFY(!lever::auth::AuthHttp::insecureUrlReason(QUrl(u"http://localhost.example.com/v1"_s)).isEmpty());
}

QTEST_GUILESS_MAIN(TestApiKey)
#include "tst_api_key.moc"
