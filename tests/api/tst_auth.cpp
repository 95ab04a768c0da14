// Credentials: API keys as HTTP Basic, and OAuth with a single-flight refresh on 401 that replays
// every request that failed meanwhile. OAuth on the sandbox is written in parallel, so the
// "refreshed" token is a sandbox API key delivered with token type Basic (the seam of
// OAuthToken::tokenType), after a bogus bearer token that the sandbox refuses with 401.
#include "ClientTestKit.h"
#include "LeverApi.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace lever::api;
using lever::test::requestsTo;
using lever::test::SandboxFixture;

class TestAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apiKeyIsBasic();
    void refreshOnceThenReplayAll();
    void failedRefreshAsksToSignInAgain();
    void expiredTokenRefreshedBeforeSending();
    void lateRefreshAnswerIsIgnored();

private:
    static OAuthToken basicToken(const QString &apiKey, const QString &refreshToken)
    {
        OAuthToken t;
        t.tokenType = u"Basic"_s;
        t.accessToken = QString::fromLatin1(QByteArray(apiKey.toUtf8() + ':').toBase64());
        t.refreshToken = refreshToken;
        return t;
    }
};

void TestAuth::apiKeyIsBasic()
{
    ApiKeyCredentials key(u"abc123"_s);
    QCOMPARE(key.authorization(), QByteArray("Basic ") + QByteArray("abc123:").toBase64());
    QVERIFY(!key.canRefresh());
    QVERIFY(key.bucketKey().startsWith(u"apikey:"_s));
    QVERIFY(!key.bucketKey().contains(u"abc123"_s)); // a digest, safe to show
    QCOMPARE(ApiKeyCredentials(u"abc123"_s).bucketKey(), key.bucketKey());
    QVERIFY(ApiKeyCredentials(u"other"_s).bucketKey() != key.bucketKey());
    OAuthCredentials oauth(u"oauth:c:u"_s, OAuthToken{u"tok"_s, u"r"_s, u"Bearer"_s, {}}, nullptr);
    QCOMPARE(oauth.authorization(), QByteArray("Bearer tok"));
    QVERIFY(!oauth.canRefresh());
}

void TestAuth::refreshOnceThenReplayAll()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    int refreshes = 0;
    QString refreshTokenSeen;
    auto credentials = std::make_shared<OAuthCredentials>(
        u"oauth:test:user"_s, OAuthToken{u"expired-or-bogus"_s, u"refresh-1"_s, u"Bearer"_s, {}},
        [&](const QString &refreshToken, std::function<void(std::optional<OAuthToken>)> done) {
            ++refreshes;
            refreshTokenSeen = refreshToken;
            // Answer later, as a token endpoint would: the other 401s arrive meanwhile.
            QTimer::singleShot(100, [done, key = f.apiKey()] { done(basicToken(key, u"refresh-2"_s)); });
        });
    QSignalSpy refreshed(credentials.get(), &OAuthCredentials::tokenRefreshed);
    Client client(f.sandbox().baseUrl(), credentials, lever::test::fastOptions());
    QSignalSpy reauth(&client, &Client::reauthenticationRequired);
    int ok = 0, failed = 0;
    QList<Call<Opportunity>> calls;
    for (int i = 0; i < 5; ++i)
        calls.append(client.opportunities().get(id).then(
            this, [&](const Result<Opportunity> &r) { r.ok() ? ++ok : ++failed; }));
    QTRY_VERIFY_WITH_TIMEOUT(ok + failed == 5, 30000);
    QCOMPARE(ok, 5);
    QCOMPARE(refreshes, 1);
    QCOMPARE(refreshTokenSeen, u"refresh-1"_s);
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(refreshed.first().first().value<OAuthToken>().refreshToken, u"refresh-2"_s);
    QCOMPARE(credentials->token().refreshToken, u"refresh-2"_s); // rotated: the newest is kept
    QCOMPARE(reauth.size(), 0);
    const auto log = requestsTo(f, u"/opportunities/"_s);
    QCOMPARE(lever::test::countStatus(log, 401), 5);
    QCOMPARE(lever::test::countStatus(log, 200), 5);
    for (const auto &call : calls)
        QCOMPARE(call.attempts(), 2);

    // Later requests use the new token straight away.
    bool later = false;
    client.opportunities().get(id).then(this, [&](const Result<Opportunity> &r) { later = r.ok(); });
    QTRY_VERIFY(later);
    QCOMPARE(refreshes, 1);
    QCOMPARE(requestsTo(f, u"/opportunities/"_s).size(), 11);
}

void TestAuth::failedRefreshAsksToSignInAgain()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    int refreshes = 0;
    auto credentials = std::make_shared<OAuthCredentials>(
        u"oauth:test:revoked"_s, OAuthToken{u"bogus"_s, u"revoked"_s, u"Bearer"_s, {}},
        [&](const QString &, std::function<void(std::optional<OAuthToken>)> done) {
            ++refreshes;
            QTimer::singleShot(50, [done] { done(std::nullopt); });
        });
    Client client(f.sandbox().baseUrl(), credentials, lever::test::fastOptions());
    QSignalSpy reauth(&client, &Client::reauthenticationRequired);
    QList<ApiError> errors;
    for (int i = 0; i < 3; ++i)
        client.opportunities().get(id).then(this, [&](const Result<Opportunity> &r) {
            if (!r.ok())
                errors.append(r.error());
        });
    QTRY_VERIFY_WITH_TIMEOUT(errors.size() == 3, 30000);
    for (const ApiError &e : std::as_const(errors)) {
        QCOMPARE(e.category(), ApiError::Category::Auth);
        QVERIFY(e.userText().contains(u"sign in again"_s));
    }
    QCOMPARE(refreshes, 1);
    QCOMPARE(reauth.size(), 1);
    QCOMPARE(requestsTo(f, u"/opportunities/"_s).size(), 3); // nothing replayed
}

void TestAuth::expiredTokenRefreshedBeforeSending()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    int refreshes = 0;
    OAuthToken stale{u"bogus"_s, u"r1"_s, u"Bearer"_s, QDateTime::currentDateTimeUtc().addSecs(-10)};
    auto credentials = std::make_shared<OAuthCredentials>(
        u"oauth:test:expired"_s, stale,
        [&](const QString &, std::function<void(std::optional<OAuthToken>)> done) {
            ++refreshes;
            OAuthToken fresh = basicToken(f.apiKey(), u"r2"_s);
            fresh.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
            done(fresh); // answering at once is allowed too
        });
    QVERIFY(credentials->isExpired());
    Client client(f.sandbox().baseUrl(), credentials, lever::test::fastOptions());
    bool ok = false;
    client.opportunities().get(id).then(this, [&](const Result<Opportunity> &r) { ok = r.ok(); });
    QTRY_VERIFY(ok);
    QCOMPARE(refreshes, 1);
    QVERIFY(!credentials->isExpired());
    const auto log = requestsTo(f, u"/opportunities/"_s);
    QCOMPARE(log.size(), 1); // no request was spent on a certain 401
    QCOMPARE(log.first().status, 200);
}

void TestAuth::lateRefreshAnswerIsIgnored()
{
    std::function<void(std::optional<OAuthToken>)> pending;
    OAuthCredentials credentials(u"oauth:x"_s, OAuthToken{u"a"_s, u"r"_s, u"Bearer"_s, {}},
                                 [&](const QString &, std::function<void(std::optional<OAuthToken>)> done) {
                                     pending = std::move(done);
                                 });
    credentials.setRefreshTimeoutMs(50);
    QObject context;
    int answers = 0;
    bool result = true;
    credentials.refresh(credentials.generation(), &context, [&](bool ok) {
        ++answers;
        result = ok;
    });
    QVERIFY(credentials.isRefreshing());
    QTRY_COMPARE(answers, 1); // the refresher never answered: timed out
    QVERIFY(!result);
    pending(OAuthToken{u"b"_s, u"r2"_s, u"Bearer"_s, {}}); // too late: ignored
    QCOMPARE(answers, 1);
    QCOMPARE(credentials.token().accessToken, u"a"_s);
    QCOMPARE(credentials.refreshCount(), 0);
}

QTEST_GUILESS_MAIN(TestAuth)
#include "tst_auth.moc"
