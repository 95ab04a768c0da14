// The OAuth 2.0 authorization server over HTTP, the test playing browser and client: consent page,
// code and refresh grants, PKCE, client authentication, expiry, scopes on /v1.
#include "DocumentStore.h"
#include "OAuthBrowser.h"
#include "OAuthClients.h"
#include "OAuthServer.h"
#include "RequestLog.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;
using B = lever::test::OAuthBrowser;
using Flow = B::Flow;
using ConsentForm = B::ConsentForm;
using Params = B::Params;

class TestOAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readyInfoAndSecretReminting();
    void fullFlowWithPkce();
    void confidentialClient();
    void pkceFailures();
    void reusedCodeRevokesTokens();
    void denyRedirectsAccessDenied();
    void refreshRotationAndReuse();
    void expiry();
    void scopeEnforcement();
    void loopbackRedirectOnAnyPort();
    void deactivatedUserLosesAccess();
};

void TestOAuth::readyInfoAndSecretReminting()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto options = SandboxFixture::testOptions();
    options.dbPath = dir.filePath(u"sandbox.db"_s);
    QString clientId, oldSecret, publicId;
    {
        SandboxFixture f(options);
        B b(f);
        const QJsonObject oauth = f.sandbox().readyInfo().value(u"oauth"_s).toObject();
        QCOMPARE(oauth.value(u"authorizeUrl"_s).toString(), QString(f.sandbox().origin() + u"/authorize"_s));
        QCOMPARE(oauth.value(u"tokenUrl"_s).toString(), QString(f.sandbox().origin() + u"/oauth/token"_s));
        QCOMPARE(oauth.value(u"clientId"_s).toString(), f.sandbox().clientId());
        QCOMPARE(oauth.value(u"clientSecret"_s).toString(), f.sandbox().clientSecret());
        QCOMPARE(oauth.value(u"publicClientId"_s).toString(), f.sandbox().publicClientId());
        clientId = f.sandbox().clientId();
        oldSecret = f.sandbox().clientSecret();
        publicId = f.sandbox().publicClientId();
        QVERIFY(!clientId.isEmpty() && !oldSecret.isEmpty() && !publicId.isEmpty() && clientId != publicId);
        // Only a hash is stored.
        const auto doc = f.sandbox().context().docs.get(u"oauth_client"_s, clientId);
        QVERIFY(doc);
        QVERIFY(!QJsonDocument(*doc).toJson().contains(oldSecret.toUtf8()));
        QVERIFY(!b.accessToken(b.confidentialFlow()).isEmpty());
    }
    SandboxFixture f(options);
    B b(f);
    QCOMPARE(f.sandbox().clientId(), clientId);
    QCOMPARE(f.sandbox().publicClientId(), publicId);
    QVERIFY(f.sandbox().clientSecret() != oldSecret);
    Flow stale = b.confidentialFlow();
    stale.clientSecret = oldSecret;
    const QString code = b.approvedCode(stale);
    auto r = b.exchange(stale, code);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_client"_s);
    r = b.exchange(b.confidentialFlow(), code);
    QCOMPARE(r.status, 200);
}

void TestOAuth::fullFlowWithPkce()
{
    SandboxFixture f;
    B b(f);
    Flow flow = b.publicFlow();
    const auto page = b.authorizePage(flow);
    QCOMPARE(page.status, 200);
    QVERIFY(page.headers.value("content-type").startsWith("text/html"));
    QCOMPARE(page.headers.value("x-frame-options"), QByteArray("DENY"));
    QCOMPARE(page.headers.value("cache-control"), QByteArray("no-store"));
    const ConsentForm form = B::parseConsent(page.body);
    QCOMPARE(form.method, u"post"_s);
    QCOMPARE(form.action, u"/authorize"_s);
    QVERIFY(form.requestId.size() >= 32);
    QVERIFY(form.decisions.contains(u"approve"_s) && form.decisions.contains(u"deny"_s));
    // Active users only, every one of them.
    QStringList active;
    QString deactivated;
    const QList<QJsonObject> users = f.sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (u.value(u"deactivatedAt"_s).isNull())
            active.append(u.value(u"id"_s).toString());
        else
            deactivated = u.value(u"id"_s).toString();
    }
    QCOMPARE(form.userIds, active);
    QVERIFY(!deactivated.isEmpty() && !form.userIds.contains(deactivated));
    for (const QString &scope : flow.scope.split(u' '))
        QVERIFY2(page.body.contains(scope.toUtf8()), qPrintable(scope));

    const QString userId = form.userIds.at(3);
    const auto redirect = b.postForm(
        form.action,
        {{u"request_id"_s, form.requestId}, {u"user_id"_s, userId}, {u"decision"_s, u"approve"_s}});
    QCOMPARE(redirect.status, 302);
    const QByteArray location = redirect.headers.value("location");
    QVERIFY2(location.startsWith("http://127.0.0.1:53682/callback?"), location.constData());
    QCOMPARE(B::queryValue(location, u"state"_s), flow.state);
    QVERIFY(!B::queryOf(location).hasQueryItem(u"error"_s));
    const QString code = B::queryValue(location, u"code"_s);
    QVERIFY(code.size() >= 32);

    const auto token = b.exchange(flow, code);
    QCOMPARE(token.status, 200);
    QCOMPARE(token.headers.value("cache-control"), QByteArray("no-store"));
    const QJsonObject t = token.json;
    QVERIFY(t.value(u"access_token"_s).isString());
    QVERIFY(t.value(u"refresh_token"_s).isString());
    QCOMPARE(t.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(t.value(u"scope"_s).toString(), flow.scope);
    QVERIFY(t.value(u"expires_in"_s).isDouble());
    QCOMPARE(t.value(u"expires_in"_s).toInt(), 3600);

    const QString access = t.value(u"access_token"_s).toString();
    const QJsonObject header = B::jwtPart(access, 0);
    QCOMPARE(header.value(u"alg"_s).toString(), u"HS256"_s);
    QCOMPARE(header.value(u"typ"_s).toString(), u"JWT"_s);
    const QJsonObject claims = B::jwtPart(access, 1);
    QCOMPARE(claims.value(u"iss"_s).toString(), QString(f.sandbox().origin() + u'/'));
    QCOMPARE(claims.value(u"aud"_s).toString(), QString(f.sandbox().baseUrl().toString() + u'/'));
    QCOMPARE(claims.value(u"sub"_s).toString(), userId);
    QCOMPARE(claims.value(u"scope"_s).toString(), flow.scope);
    QVERIFY(claims.value(u"iat"_s).isDouble());
    QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 3600);
    QVERIFY(!claims.value(u"jti"_s).toString().isEmpty());
    QCOMPARE(claims.value(u"https://oauth.lever.co/userId"_s).toString(), userId);
    QCOMPARE(claims.value(u"https://oauth.lever.co/clientId"_s).toString(), flow.clientId);
    QVERIFY(!claims.value(u"https://oauth.lever.co/accountId"_s).toString().isEmpty());

    auto r = b.bearerGet(u"/opportunities"_s, access);
    QCOMPARE(r.status, 200);
    QVERIFY(r.json.value(u"data"_s).isArray());
    QCOMPARE(f.sandbox().requestLog().entries().last().credential,
             QString(u"oauth:"_s + flow.clientId + u':' + userId));
    // The bearer token is accepted wherever the API key is (its scope includes users:read:admin).
    r = b.bearerGet(u"/users"_s, access);
    QVERIFY(r.status != 401 && r.status != 403);
    QCOMPARE(r.status, f.get(u"/users"_s).status);
    QCOMPARE(b.auditCount(u"oauth.token_issued"_s), 1);
}

void TestOAuth::confidentialClient()
{
    SandboxFixture f;
    B b(f);
    Flow flow = b.confidentialFlow();
    const QString access = b.accessToken(flow);
    QCOMPARE(b.bearerGet(u"/opportunities"_s, access).status, 200);

    // client_secret_basic instead of the body.
    auto redirect = b.consent(flow, u"approve"_s);
    auto r = b.postForm(
        u"/oauth/token"_s,
        {{u"grant_type"_s, u"authorization_code"_s},
         {u"code"_s, B::queryValue(redirect.headers.value("location"), u"code"_s)},
         {u"redirect_uri"_s, flow.redirectUri}},
        {{"Authorization",
          "Basic " + QByteArray(flow.clientId.toUtf8() + ':' + flow.clientSecret.toUtf8()).toBase64()}});
    QCOMPARE(r.status, 200);

    redirect = b.consent(flow, u"approve"_s);
    const QString code = B::queryValue(redirect.headers.value("location"), u"code"_s);
    Flow wrong = flow;
    wrong.clientSecret = u"not-the-secret"_s;
    r = b.exchange(wrong, code);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_client"_s);
    QVERIFY(r.json.value(u"error_description"_s).isString());
    QVERIFY(r.headers.contains("www-authenticate"));
    wrong.clientSecret.clear();
    QCOMPARE(b.exchange(wrong, code).status, 401);
    wrong.clientId = u"no-such-client"_s;
    QCOMPARE(b.exchange(wrong, code).json.value(u"error"_s).toString(), u"invalid_client"_s);
    // A public client has no secret to present.
    Flow pub = b.publicFlow();
    pub.clientSecret = u"anything"_s;
    QCOMPARE(b.exchange(pub, code).status, 401);
    // The failed attempts did not use the code up.
    QCOMPARE(b.exchange(flow, code).status, 200);

    // PKCE works for the confidential client too.
    flow.pkce = true;
    QVERIFY(!b.accessToken(flow).isEmpty());
}

void TestOAuth::pkceFailures()
{
    SandboxFixture f;
    B b(f);
    const Flow flow = b.publicFlow();
    const QString code = b.approvedCode(flow);
    Flow other = flow;
    other.verifier = B::randomVerifier();
    auto r = b.exchange(other, code);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_grant"_s);
    other.pkce = false;
    r = b.exchange(other, code);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_grant"_s);
    other.pkce = true;
    other.verifier = u"too-short"_s;
    r = b.exchange(other, code);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_request"_s);
    QCOMPARE(b.exchange(flow, code).status, 200);
}

void TestOAuth::reusedCodeRevokesTokens()
{
    SandboxFixture f;
    B b(f);
    const Flow flow = b.publicFlow();
    const QString code = b.approvedCode(flow);
    const auto first = b.exchange(flow, code);
    QCOMPARE(first.status, 200);
    const QString access = first.json.value(u"access_token"_s).toString();
    QCOMPARE(b.bearerGet(u"/opportunities"_s, access).status, 200);
    const auto second = b.exchange(flow, code);
    QCOMPARE(second.status, 400);
    QCOMPARE(second.json.value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(b.bearerGet(u"/opportunities"_s, access).status, 401);
    const auto r = b.refresh(flow, first.json.value(u"refresh_token"_s).toString());
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(b.auditCount(u"oauth.code_reuse_detected"_s), 1);
}

void TestOAuth::denyRedirectsAccessDenied()
{
    SandboxFixture f;
    B b(f);
    const Flow flow = b.publicFlow();
    const ConsentForm form = B::parseConsent(b.authorizePage(flow).body);
    auto r = b.postForm(
        u"/authorize"_s,
        {{u"request_id"_s, form.requestId}, {u"user_id"_s, form.userIds.at(0)}, {u"decision"_s, u"deny"_s}});
    QCOMPARE(r.status, 302);
    const QByteArray location = r.headers.value("location");
    QVERIFY(location.startsWith(QByteArray(flow.redirectUri.toLatin1() + '?')));
    QCOMPARE(B::queryValue(location, u"error"_s), u"access_denied"_s);
    QVERIFY(!B::queryValue(location, u"error_description"_s).isEmpty());
    QCOMPARE(B::queryValue(location, u"state"_s), flow.state);
    QVERIFY(!B::queryOf(location).hasQueryItem(u"code"_s));
    // The request id was single use.
    r = b.postForm(u"/authorize"_s, {{u"request_id"_s, form.requestId},
                                     {u"user_id"_s, form.userIds.at(0)},
                                     {u"decision"_s, u"approve"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(!r.headers.contains("location"));
}

void TestOAuth::refreshRotationAndReuse()
{
    SandboxFixture f;
    B b(f);
    const Flow flow = b.publicFlow();
    const QJsonObject t0 = b.signIn(flow);
    const QString r0 = t0.value(u"refresh_token"_s).toString();
    QVERIFY(!r0.isEmpty());

    auto r = b.refresh(flow, r0);
    QCOMPARE(r.status, 200);
    const QString r1 = r.json.value(u"refresh_token"_s).toString();
    QVERIFY(!r1.isEmpty() && r1 != r0);
    QCOMPARE(r.json.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(r.json.value(u"scope"_s).toString(), flow.scope);
    QCOMPARE(r.json.value(u"expires_in"_s).toInt(), 3600);
    QCOMPARE(b.bearerGet(u"/opportunities"_s, r.json.value(u"access_token"_s).toString()).status, 200);

    // Narrowing on refresh: the access token gets only what was asked; widening is refused.
    r = b.refresh(flow, r1, u"users:read:admin"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"scope"_s).toString(), u"users:read:admin"_s);
    QCOMPARE(b.bearerGet(u"/opportunities"_s, r.json.value(u"access_token"_s).toString()).status, 403);
    const QString r2 = r.json.value(u"refresh_token"_s).toString();
    const QString latestAccess = r.json.value(u"access_token"_s).toString();
    r = b.refresh(flow, r2, u"webhooks:read:admin"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_scope"_s);

    // Another client cannot use it.
    Flow other = b.confidentialFlow();
    r = b.refresh(other, r2);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_grant"_s);
    other.clientSecret = u"wrong"_s;
    QCOMPARE(b.refresh(other, r2).status, 401);

    // Reusing a rotated token: refused, and the whole family dies with it.
    r = b.refresh(flow, r0);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(b.auditCount(u"oauth.refresh_reuse_detected"_s), 1);
    QCOMPARE(b.refresh(flow, r2).json.value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(b.bearerGet(u"/users"_s, latestAccess).status, 401);
    QCOMPARE(b.bearerGet(u"/opportunities"_s, t0.value(u"access_token"_s).toString()).status, 401);
    // Other sign-ins are untouched.
    const QJsonObject fresh = b.signIn(flow);
    QCOMPARE(b.bearerGet(u"/opportunities"_s, fresh.value(u"access_token"_s).toString()).status, 200);

    // Without offline_access there is no refresh token.
    Flow online = flow;
    online.scope = u"users:read:admin"_s;
    const QJsonObject t = b.signIn(online);
    QVERIFY(t.value(u"access_token"_s).isString());
    QVERIFY(!t.contains(u"refresh_token"_s));
}

void TestOAuth::expiry()
{
    auto options = SandboxFixture::testOptions();
    options.tokenTtlSeconds = 1;
    qint64 now = 1'800'000'000'000LL;
    SandboxFixture f(options);
    B b(f);
    f.sandbox().context().clock = [&now] { return now; };
    const Flow flow = b.publicFlow();
    const QJsonObject t = b.signIn(flow);
    QCOMPARE(t.value(u"expires_in"_s).toInt(), 1);
    const QString access = t.value(u"access_token"_s).toString();
    QCOMPARE(b.bearerGet(u"/opportunities"_s, access).status, 200);
    now += 999;
    QCOMPARE(b.bearerGet(u"/opportunities"_s, access).status, 200);
    now += 1;
    const auto r = b.bearerGet(u"/opportunities"_s, access);
    QCOMPARE(r.status, 401);
    QVERIFY(r.json.value(u"code"_s).isString() && r.json.value(u"message"_s).isString());
    // The refresh token outlives it.
    const auto refreshed = b.refresh(flow, t.value(u"refresh_token"_s).toString());
    QCOMPARE(refreshed.status, 200);
    QCOMPARE(b.bearerGet(u"/opportunities"_s, refreshed.json.value(u"access_token"_s).toString()).status,
             200);

    // Codes last ten minutes.
    const QString code = b.approvedCode(flow);
    now += 10 * 60 * 1000;
    QCOMPARE(b.exchange(flow, code).json.value(u"error"_s).toString(), u"invalid_grant"_s);
    // So do unanswered consent pages.
    const ConsentForm form = B::parseConsent(b.authorizePage(flow).body);
    now += 10 * 60 * 1000 + 1;
    const auto late = b.postForm(u"/authorize"_s, {{u"request_id"_s, form.requestId},
                                                   {u"user_id"_s, form.userIds.at(0)},
                                                   {u"decision"_s, u"approve"_s}});
    QCOMPARE(late.status, 400);
}

void TestOAuth::scopeEnforcement()
{
    SandboxFixture f;
    B b(f);
    Flow flow = b.publicFlow();
    flow.scope = u"users:read:admin"_s;
    const QString usersOnly = b.accessToken(flow);
    auto r = b.bearerGet(u"/opportunities"_s, usersOnly);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"ForbiddenError"_s);

    const QString oppId =
        f.seedOpportunity({{u"confidentiality"_s, u"confidential"_s}}).value(u"id"_s).toString();
    flow.scope = u"opportunities:read:admin"_s;
    const QString plain = b.accessToken(flow);
    QCOMPARE(b.bearerGet(u"/opportunities/"_s + oppId, plain).status, 403);
    flow.scope = u"opportunities:read:admin confidential:access:admin"_s;
    const QString confidential = b.accessToken(flow);
    r = b.bearerGet(u"/opportunities/"_s + oppId, confidential);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"id"_s).toString(), oppId);
}

void TestOAuth::loopbackRedirectOnAnyPort()
{
    SandboxFixture f;
    B b(f);
    const QStringList accepted = {u"http://127.0.0.1:1/callback"_s, u"http://127.0.0.1:65535/callback"_s,
                                  u"http://localhost:8080/callback"_s, u"http://[::1]:40000/callback"_s,
                                  u"http://127.0.0.1/callback"_s};
    for (const QString &uri : accepted) {
        Flow flow = b.publicFlow();
        flow.redirectUri = uri;
        QVERIFY2(b.authorizePage(flow).status == 200, qPrintable(uri));
    }
    Flow flow = b.publicFlow();
    flow.redirectUri = u"http://localhost:43210/callback"_s;
    const auto redirect = b.consent(flow, u"approve"_s);
    QVERIFY(redirect.headers.value("location").startsWith("http://localhost:43210/callback?code="));
    QCOMPARE(b.exchange(flow, B::queryValue(redirect.headers.value("location"), u"code"_s)).status, 200);

    // Any other URI matches exactly, port included.
    QString secret;
    Flow exact;
    exact.clientId = f.sandbox().oauth().clients().registerClient(
        u"Exact app"_s, true, {u"https://app.example/oauth/callback"_s}, &secret);
    exact.clientSecret = secret;
    exact.pkce = false;
    exact.redirectUri = u"https://app.example/oauth/callback"_s;
    QCOMPARE(b.authorizePage(exact).status, 200);
    for (const QString &uri :
         {u"https://app.example:8443/oauth/callback"_s, u"http://app.example/oauth/callback"_s,
          u"https://app.example/oauth/callback?x=1"_s, u"http://127.0.0.1:5000/callback"_s}) {
        exact.redirectUri = uri;
        const auto r = b.authorizePage(exact);
        QVERIFY2(r.status == 400 && !r.headers.contains("location"), qPrintable(uri));
    }
}

void TestOAuth::deactivatedUserLosesAccess()
{
    SandboxFixture f;
    B b(f);
    Flow flow = b.publicFlow();
    const ConsentForm form = B::parseConsent(b.authorizePage(flow).body);
    flow.userId = form.userIds.at(5);
    const QJsonObject t = b.signIn(flow);
    const QString access = t.value(u"access_token"_s).toString();
    QCOMPARE(b.bearerGet(u"/opportunities"_s, access).status, 200);
    auto &docs = f.sandbox().context().docs;
    QJsonObject user = *docs.get(u"user"_s, flow.userId);
    user.insert(u"deactivatedAt"_s, f.sandbox().context().now());
    docs.put(u"user"_s, flow.userId, {}, user);
    QCOMPARE(b.bearerGet(u"/opportunities"_s, access).status, 401);
    const auto r = b.refresh(flow, t.value(u"refresh_token"_s).toString());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_grant"_s);
}

QTEST_GUILESS_MAIN(TestOAuth)
#include "tst_oauth.moc"
