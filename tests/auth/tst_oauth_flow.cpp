// OAuthFlow end to end against an in-process sandbox, the test playing the system browser over HTTP;
// then TokenRefresher against the same server (rotation, single flight, invalid_grant).
#include "BrowserPlayer.h"
#include "OAuthBrowser.h"
#include "OAuthFlow.h"
#include "OAuthServer.h"
#include "Pkce.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"
#include "SessionSecretStore.h"
#include "TokenRefresher.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using lever::auth::OAuthFlow;
using lever::auth::SecretStore;
using lever::auth::SessionSecretStore;
using lever::auth::TokenRefresher;
using lever::auth::TokenSet;
using lever::test::BrowserPlayer;
using lever::test::OAuthBrowser;
using lever::test::SandboxFixture;
using Failure = OAuthFlow::Failure;

namespace {
OAuthFlow::Config configFor(SandboxFixture &f, bool confidential)
{
    OAuthFlow::Config c;
    c.authorizeUrl = QUrl(f.sandbox().oauth().authorizeUrl());
    c.tokenUrl = QUrl(f.sandbox().oauth().tokenUrl());
    c.clientId = confidential ? f.sandbox().clientId() : f.sandbox().publicClientId();
    c.clientSecret = confidential ? f.sandbox().clientSecret() : QString();
    c.scopes = {u"opportunities:read:admin"_s, u"users:read:admin"_s};
    c.audience = f.sandbox().baseUrl().toString() + u'/';
    return c;
}

struct Outcome
{
    bool done = false;
    bool ok = false;
    TokenSet tokens;
    QList<Failure> failures;
    QStringList messages;
};

void watch(OAuthFlow &flow, Outcome &out)
{
    QObject::connect(&flow, &OAuthFlow::succeeded, &flow, [&out](const TokenSet &t) {
        out.done = out.ok = true;
        out.tokens = t;
    });
    QObject::connect(&flow, &OAuthFlow::failed, &flow, [&out](Failure kind, const QString &message) {
        out.failures.append(kind);
        out.messages.append(message);
        if (kind != Failure::BrowserUnavailable)
            out.done = true;
    });
}

bool canConnect(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(3000);
}

QString bearerStatus(SandboxFixture &f, const QString &token)
{
    return QString::number(
        f.send("GET", f.apiUrl(u"/users?limit=1"_s), {}, {{"Authorization", "Bearer " + token.toLatin1()}})
            .status);
}
} // namespace

class TestOAuthFlow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publicClientWithPkce();
    void confidentialClient();
    void tamperedStateIsIgnored();
    void deniedConsent();
    void wrongVerifier();
    void cancelClosesListener();
    void timeOutClosesListener();
    void browserUnavailableKeepsWaiting();
    void insecureEndpointsRefused();
    void tokenEndpointUnreachable();
    void refreshRotatesIntoSecretStore();
    void refreshSingleFlight();
    void refreshInvalidGrantAsksToSignInAgain();
};

void TestOAuthFlow::publicClientWithPkce()
{
    SandboxFixture f;
    BrowserPlayer browser(f);
    const QString chosen = f.userWithRole(u"team member"_s).value(u"id"_s).toString();
    QVERIFY(!chosen.isEmpty());
    browser.userId = chosen;
    OAuthFlow flow(configFor(f, false), browser.opener());
    Outcome out;
    watch(flow, out);
    QSignalSpy urlReady(&flow, &OAuthFlow::authorizationUrlReady);
    flow.start();
    QVERIFY(flow.isRunning());
    QCOMPARE(urlReady.size(), 1);
    const QUrl url = urlReady.at(0).at(0).toUrl();
    QCOMPARE(browser.opened, QList<QUrl>{url});
    QCOMPARE(flow.authorizationUrl(), url);
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(u"client_id"_s), f.sandbox().publicClientId());
    QCOMPARE(q.queryItemValue(u"response_type"_s), u"code"_s);
    QCOMPARE(q.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded),
             QString(u"http://127.0.0.1:"_s + QString::number(flow.listenerPort()) + u"/callback"_s));
    QCOMPARE(q.queryItemValue(u"scope"_s, QUrl::FullyDecoded),
             u"opportunities:read:admin users:read:admin offline_access"_s);
    QCOMPARE(q.queryItemValue(u"audience"_s, QUrl::FullyDecoded),
             QString(f.sandbox().baseUrl().toString() + u'/'));
    QCOMPARE(q.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
    QCOMPARE(q.queryItemValue(u"code_challenge"_s).size(), 43);
    QCOMPARE(q.queryItemValue(u"state"_s).size(), 43);
    QCOMPARE(q.queryItemValue(u"prompt"_s), u"consent"_s);
    const quint16 port = flow.listenerPort();
    QVERIFY(port > 0);

    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QVERIFY2(out.ok, qPrintable(out.messages.join(u"; "_s)));
    QCOMPARE(browser.consentPage.status, 200);
    QCOMPARE(browser.decisionReply.status, 302);
    QCOMPARE(browser.callbackReply.status, 200);
    QVERIFY(browser.callbackReply.body.contains("You are signed in"));
    QCOMPARE(out.tokens.userId, chosen);
    QCOMPARE(out.tokens.clientId, f.sandbox().publicClientId());
    QVERIFY(!out.tokens.accountId.isEmpty());
    QVERIFY(!out.tokens.refreshToken.isEmpty());
    QVERIFY(out.tokens.scopes.contains(u"offline_access"_s));
    QVERIFY(out.tokens.expiresAt > QDateTime::currentMSecsSinceEpoch());
    QCOMPARE(bearerStatus(f, out.tokens.accessToken), u"200"_s);
    QVERIFY(!flow.isRunning());
    QCOMPARE(flow.listenerPort(), 0);
    QVERIFY(!canConnect(port));
}

void TestOAuthFlow::confidentialClient()
{
    SandboxFixture f;
    BrowserPlayer browser(f);
    OAuthFlow flow(configFor(f, true), browser.opener());
    Outcome out;
    watch(flow, out);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QVERIFY2(out.ok, qPrintable(out.messages.join(u"; "_s)));
    QCOMPARE(out.tokens.userId, f.sandbox().context().docs.all(u"user"_s).first().value(u"id"_s).toString());
    QCOMPARE(out.tokens.clientId, f.sandbox().clientId());
    QCOMPARE(bearerStatus(f, out.tokens.accessToken), u"200"_s);

    // A wrong client secret: the token endpoint's message reaches the user.
    auto config = configFor(f, true);
    config.clientSecret = u"not-the-secret"_s;
    BrowserPlayer browser2(f);
    OAuthFlow wrong(config, browser2.opener());
    Outcome out2;
    watch(wrong, out2);
    wrong.start();
    QTRY_VERIFY_WITH_TIMEOUT(out2.done, 20000);
    QCOMPARE(out2.failures, QList<Failure>{Failure::ExchangeFailed});
    QVERIFY2(out2.messages.first().contains(u"client_secret"_s), qPrintable(out2.messages.first()));
}

void TestOAuthFlow::tamperedStateIsIgnored()
{
    SandboxFixture f;
    BrowserPlayer browser(f);
    browser.tamperStateFirst = true;
    OAuthFlow flow(configFor(f, false), browser.opener());
    Outcome out;
    watch(flow, out);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QCOMPARE(browser.tamperedReply.status, 400);
    QVERIFY(browser.tamperedReply.body.contains("not valid"));
    QCOMPARE(browser.callbackReply.status, 200);
    QVERIFY2(out.ok, qPrintable(out.messages.join(u"; "_s)));
    QVERIFY(out.failures.isEmpty());
}

void TestOAuthFlow::deniedConsent()
{
    SandboxFixture f;
    BrowserPlayer browser(f);
    browser.decision = u"deny"_s;
    OAuthFlow flow(configFor(f, false), browser.opener());
    Outcome out;
    watch(flow, out);
    flow.start();
    const quint16 port = flow.listenerPort();
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QCOMPARE(out.failures, QList<Failure>{Failure::Denied});
    QVERIFY(out.messages.first().contains(u"denied"_s));
    QCOMPARE(browser.callbackReply.status, 200);
    QVERIFY(browser.callbackReply.body.contains("Sign-in cancelled"));
    QVERIFY(!canConnect(port));
}

void TestOAuthFlow::wrongVerifier()
{
    SandboxFixture f;
    BrowserPlayer browser(f);
    OAuthFlow flow(configFor(f, false), browser.opener());
    Outcome out;
    watch(flow, out);
    flow.start();
    flow.setCodeVerifierForTesting(lever::auth::Pkce::verifier());
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QCOMPARE(out.failures, QList<Failure>{Failure::ExchangeFailed});
    QVERIFY2(out.messages.first().contains(u"code_verifier does not match the code_challenge"_s),
             qPrintable(out.messages.first()));
    QVERIFY(!flow.isRunning());
}

void TestOAuthFlow::cancelClosesListener()
{
    SandboxFixture f;
    BrowserPlayer browser(f);
    browser.followRedirect = false; // the user never finishes in the browser
    OAuthFlow flow(configFor(f, false), browser.opener());
    Outcome out;
    watch(flow, out);
    flow.start();
    const quint16 port = flow.listenerPort();
    QTRY_VERIFY_WITH_TIMEOUT(browser.played, 20000);
    QVERIFY(canConnect(port));
    flow.cancel();
    QVERIFY(out.done);
    QCOMPARE(out.failures, QList<Failure>{Failure::Cancelled});
    QVERIFY(!flow.isRunning());
    QVERIFY(!canConnect(port));
    // The redirect arriving late finds no one.
    QCOMPARE(f.send("GET", QUrl::fromEncoded(browser.location)).networkError,
             int(QNetworkReply::ConnectionRefusedError));
    flow.cancel(); // idempotent, no second signal
    QCOMPARE(out.failures.size(), 1);
}

void TestOAuthFlow::timeOutClosesListener()
{
    SandboxFixture f;
    BrowserPlayer browser(f);
    browser.followRedirect = false;
    OAuthFlow flow(configFor(f, false), browser.opener());
    QCOMPARE(flow.timeout(), std::chrono::milliseconds(std::chrono::minutes(5)));
    flow.setTimeout(std::chrono::milliseconds(300));
    Outcome out;
    watch(flow, out);
    flow.start();
    const quint16 port = flow.listenerPort();
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QCOMPARE(out.failures, QList<Failure>{Failure::TimedOut});
    QVERIFY(out.messages.first().contains(u"timed out"_s));
    QVERIFY(!canConnect(port));

    // A restart after a time-out works with a fresh listener.
    flow.setTimeout(OAuthFlow::kDefaultTimeout);
    browser.followRedirect = true;
    out = Outcome();
    flow.start();
    QVERIFY(flow.listenerPort() != 0);
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QVERIFY2(out.ok, qPrintable(out.messages.join(u"; "_s)));
}

void TestOAuthFlow::browserUnavailableKeepsWaiting()
{
    SandboxFixture f;
    BrowserPlayer browser(f);
    browser.openerSucceeds = false;
    OAuthFlow flow(configFor(f, false), browser.opener());
    Outcome out;
    watch(flow, out);
    flow.start();
    QCOMPARE(out.failures, QList<Failure>{Failure::BrowserUnavailable});
    QVERIFY(out.messages.first().contains(u"Copy the sign-in link"_s));
    QVERIFY(flow.isRunning());
    // The user pastes the URL into a browser: the flow still completes.
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QVERIFY2(out.ok, qPrintable(out.messages.join(u"; "_s)));

    // No opener at all behaves the same.
    OAuthFlow noOpener(configFor(f, false), {});
    Outcome out2;
    watch(noOpener, out2);
    noOpener.start();
    QCOMPARE(out2.failures, QList<Failure>{Failure::BrowserUnavailable});
    QVERIFY(noOpener.isRunning());
    noOpener.cancel();
}

void TestOAuthFlow::insecureEndpointsRefused()
{
    SandboxFixture f;
    auto config = configFor(f, false);
    config.tokenUrl = QUrl(u"http://auth.example.com/oauth/token"_s);
    int opened = 0;
    OAuthFlow flow(config, [&opened](const QUrl &) { return ++opened > 0; });
    Outcome out;
    watch(flow, out);
    flow.start();
    QCOMPARE(out.failures, QList<Failure>{Failure::InvalidConfig});
    QVERIFY(out.messages.first().contains(u"https://"_s));
    QCOMPARE(opened, 0);
    QVERIFY(!flow.isRunning());
    QCOMPARE(flow.listenerPort(), 0);
}

void TestOAuthFlow::tokenEndpointUnreachable()
{
    SandboxFixture f;
    auto config = configFor(f, false);
    // A port nothing listens on: bind one, note it, close it.
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        deadPort = probe.serverPort();
    }
    config.tokenUrl = QUrl(u"http://127.0.0.1:"_s + QString::number(deadPort) + u"/oauth/token"_s);
    BrowserPlayer browser(f);
    OAuthFlow flow(config, browser.opener());
    Outcome out;
    watch(flow, out);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QCOMPARE(out.failures, QList<Failure>{Failure::Network});
    QVERIFY2(out.messages.first().contains(u"Nothing answers"_s), qPrintable(out.messages.first()));
}

void TestOAuthFlow::refreshRotatesIntoSecretStore()
{
    auto options = SandboxFixture::testOptions();
    options.tokenTtlSeconds = 1;
    SandboxFixture f(options);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    f.sandbox().context().clock = [&now] { return now; };
    BrowserPlayer browser(f);
    OAuthFlow flow(configFor(f, false), browser.opener());
    Outcome out;
    watch(flow, out);
    flow.start();
    QTRY_VERIFY_WITH_TIMEOUT(out.done, 20000);
    QVERIFY2(out.ok, qPrintable(out.messages.join(u"; "_s)));

    SessionSecretStore store;
    const QString account = u"acc-1"_s;
    bool written = false;
    store.write(account, SecretStore::Kind::RefreshToken, out.tokens.refreshToken, this,
                [&written](const SecretStore::Result &r) { written = r.ok(); });
    QTRY_VERIFY(written);

    // The access token expires on the server's (pinned) clock.
    QCOMPARE(bearerStatus(f, out.tokens.accessToken), u"200"_s);
    now += 1000;
    QCOMPARE(bearerStatus(f, out.tokens.accessToken), u"401"_s);

    TokenRefresher refresher(&store);
    QSignalSpy refreshed(&refresher, &TokenRefresher::refreshed);
    const TokenRefresher::Client client{
        QUrl(f.sandbox().oauth().tokenUrl()), f.sandbox().publicClientId(), {}};
    TokenRefresher::Result result;
    bool done = false;
    refresher.refresh(account, client, out.tokens.refreshToken, this, [&](const TokenRefresher::Result &r) {
        result = r;
        done = true;
    });
    QVERIFY(!done); // never called back inside refresh()
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(refreshed.size(), 1);
    const QString newest = result.tokens.refreshToken;
    QVERIFY(!newest.isEmpty() && newest != out.tokens.refreshToken);
    QCOMPARE(result.tokens.userId, out.tokens.userId);
    QCOMPARE(bearerStatus(f, result.tokens.accessToken), u"200"_s);

    // The newest refresh and access tokens are what the store holds.
    QString stored, storedAccess;
    store.read(account, SecretStore::Kind::RefreshToken, this,
               [&stored](const SecretStore::Result &r) { stored = r.secret; });
    store.read(account, SecretStore::Kind::AccessToken, this,
               [&storedAccess](const SecretStore::Result &r) { storedAccess = r.secret; });
    QTRY_VERIFY(!stored.isEmpty() && !storedAccess.isEmpty());
    QCOMPARE(stored, newest);
    QCOMPARE(storedAccess, result.tokens.accessToken);

    // The rotated-out refresh token is refused by the server now.
    OAuthBrowser b(f);
    OAuthBrowser::Flow old = b.publicFlow();
    const auto reuse = b.refresh(old, out.tokens.refreshToken);
    QCOMPARE(reuse.status, 400);
    QCOMPARE(reuse.json.value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestOAuthFlow::refreshSingleFlight()
{
    SandboxFixture f;
    OAuthBrowser b(f);
    const QJsonObject t = b.signIn(b.confidentialFlow());
    const QString refreshToken = t.value(u"refresh_token"_s).toString();
    QVERIFY(!refreshToken.isEmpty());

    TokenRefresher refresher;
    const TokenRefresher::Client client{QUrl(f.sandbox().oauth().tokenUrl()), f.sandbox().clientId(),
                                        f.sandbox().clientSecret()};
    QList<TokenRefresher::Result> results;
    auto *doomed = new QObject;
    for (int i = 0; i < 3; ++i)
        refresher.refresh(u"acc"_s, client, refreshToken, this,
                          [&results](const TokenRefresher::Result &r) { results.append(r); });
    bool doomedCalled = false;
    refresher.refresh(u"acc"_s, client, refreshToken, doomed,
                      [&doomedCalled](const TokenRefresher::Result &) { doomedCalled = true; });
    delete doomed; // a closed window: its callback is skipped
    QVERIFY(refresher.isRefreshing(u"acc"_s));
    QCOMPARE(refresher.requestsSent(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 20000);
    QVERIFY(!doomedCalled);
    QVERIFY(!refresher.isRefreshing(u"acc"_s));
    for (const auto &r : results) {
        QVERIFY(r.ok());
        QCOMPARE(r.tokens.refreshToken, results.first().tokens.refreshToken);
    }
    // Had the three each POSTed the same token, the reuse detection would have revoked the family.
    QCOMPARE(bearerStatus(f, results.first().tokens.accessToken), u"200"_s);
    QCOMPARE(OAuthBrowser(f).auditCount(u"oauth.refresh_reuse_detected"_s), 0);
}

void TestOAuthFlow::refreshInvalidGrantAsksToSignInAgain()
{
    SandboxFixture f;
    TokenRefresher refresher;
    const TokenRefresher::Client client{
        QUrl(f.sandbox().oauth().tokenUrl()), f.sandbox().publicClientId(), {}};
    TokenRefresher::Result result;
    bool done = false;
    refresher.refresh(u"acc"_s, client, u"no-such-refresh-token"_s, this,
                      [&](const TokenRefresher::Result &r) {
                          result = r;
                          done = true;
                      });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(result.failure, TokenRefresher::Failure::SignInAgain);
    QVERIFY(result.message.contains(u"Sign in again"_s));

    // A network failure is told apart from it.
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        deadPort = probe.serverPort();
    }
    done = false;
    refresher.refresh(
        u"acc"_s, {QUrl(u"http://127.0.0.1:"_s + QString::number(deadPort) + u"/oauth/token"_s), u"c"_s, {}},
        u"rt"_s, this, [&](const TokenRefresher::Result &r) {
            result = r;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(result.failure, TokenRefresher::Failure::Network);

    // A wrong client secret is a refusal with the server's words, not "sign in again".
    done = false;
    refresher.refresh(u"acc"_s, {QUrl(f.sandbox().oauth().tokenUrl()), f.sandbox().clientId(), u"wrong"_s},
                      u"rt"_s, this, [&](const TokenRefresher::Result &r) {
                          result = r;
                          done = true;
                      });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(result.failure, TokenRefresher::Failure::Refused);
    QVERIFY(result.message.contains(u"client_secret"_s));

    // An insecure token URL is refused before anything is sent.
    done = false;
    const int sent = refresher.requestsSent();
    refresher.refresh(u"acc"_s, {QUrl(u"http://auth.example.com/oauth/token"_s), u"c"_s, {}}, u"rt"_s, this,
                      [&](const TokenRefresher::Result &r) {
                          result = r;
                          done = true;
                      });
    QTRY_VERIFY(done);
    QCOMPARE(result.failure, TokenRefresher::Failure::InvalidConfig);
    QCOMPARE(refresher.requestsSent(), sent);
}

QTEST_GUILESS_MAIN(TestOAuthFlow)
#include "tst_oauth_flow.moc"
