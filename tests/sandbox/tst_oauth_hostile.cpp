// The OAuth 2.0 authorization server against hostile or broken input: unregistered redirect URIs,
// bad authorize parameters, tampered consent forms, malformed token requests, forged bearer tokens.
#include "DocumentStore.h"
#include "OAuthBrowser.h"
#include "OAuthClients.h"
#include "OAuthServer.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;
using B = lever::test::OAuthBrowser;
using Flow = B::Flow;
using ConsentForm = B::ConsentForm;
using Params = B::Params;

class TestOAuthHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unregisteredRedirectNeverRedirects();
    void authorizeErrorsRedirect();
    void consentFormFailures();
    void malformedTokenRequests();
    void forgedBearerTokens();
    void consentPageEscapes();
};

void TestOAuthHostile::unregisteredRedirectNeverRedirects()
{
    SandboxFixture f;
    B b(f);
    const QStringList bad = {u"https://evil.example/callback"_s,
                             u"http://127.0.0.1:5000/other"_s,
                             u"http://127.0.0.1.evil.example/callback"_s,
                             u"http://127.0.0.1:5000/callback#x"_s,
                             u"http://user@127.0.0.1:5000/callback"_s,
                             u"https://127.0.0.1:5000/callback"_s,
                             u"http://127.0.0.1:5000/callback?next=1"_s,
                             u""_s,
                             u"not a url"_s};
    for (const QString &uri : bad) {
        Flow flow = b.publicFlow();
        flow.redirectUri = uri;
        const auto r = b.authorizePage(flow);
        QVERIFY2(r.status == 400, qPrintable(uri));
        QVERIFY2(!r.headers.contains("location"), qPrintable(uri));
        QVERIFY(r.headers.value("content-type").startsWith("text/html"));
    }
    Flow unknown = b.publicFlow();
    unknown.clientId = u"nobody"_s;
    auto r = b.authorizePage(unknown);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.headers.contains("location"));

    // The token request must repeat the authorization's redirect_uri exactly.
    Flow flow = b.publicFlow();
    const QString code = b.approvedCode(flow);
    Flow moved = flow;
    moved.redirectUri = u"http://127.0.0.1:53683/callback"_s;
    r = b.exchange(moved, code);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"error"_s).toString(), u"invalid_grant"_s);
    QCOMPARE(b.exchange(flow, code).status, 200);
}

void TestOAuthHostile::authorizeErrorsRedirect()
{
    SandboxFixture f;
    B b(f);
    const Flow flow = b.publicFlow();
    const Params base = b.authorizeParams(flow);
    auto with = [&](const QString &key, const std::optional<QString> &value) {
        Params p;
        for (const auto &item : base) {
            if (item.first != key)
                p.append(item);
        }
        if (value)
            p.append({key, *value});
        return p;
    };
    struct Case
    {
        Params params;
        QString error;
    };
    const QString audienceNoSlash = f.sandbox().baseUrl().toString();
    Params twoStates = base;
    twoStates.append({u"state"_s, u"other"_s});
    Params noPkce = with(u"code_challenge"_s, std::nullopt);
    noPkce.removeIf([](const auto &p) { return p.first == u"code_challenge_method"_s; });
    const QList<Case> cases = {
        {with(u"response_type"_s, u"token"_s), u"unsupported_response_type"_s},
        {with(u"response_type"_s, std::nullopt), u"invalid_request"_s},
        {with(u"scope"_s, u"users:read:admin nonsense:read:admin"_s), u"invalid_scope"_s},
        {with(u"scope"_s, u"  "_s), u"invalid_scope"_s},
        {with(u"audience"_s, audienceNoSlash), u"invalid_request"_s},
        {with(u"audience"_s, std::nullopt), u"invalid_request"_s},
        {with(u"code_challenge_method"_s, u"plain"_s), u"invalid_request"_s},
        {with(u"code_challenge_method"_s, std::nullopt), u"invalid_request"_s},
        {with(u"code_challenge"_s, u"short"_s), u"invalid_request"_s},
        {noPkce, u"invalid_request"_s},
        {twoStates, u"invalid_request"_s},
        {with(u"state"_s, std::nullopt), u"invalid_request"_s},
    };
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const auto r = f.send("GET", b.authorizeUrl(cases.at(i).params));
        QVERIFY2(r.status == 302, qPrintable(QString::number(i)));
        const QByteArray location = r.headers.value("location");
        QVERIFY(location.startsWith(QByteArray(flow.redirectUri.toLatin1() + '?')));
        QCOMPARE(B::queryValue(location, u"error"_s), cases.at(i).error);
        QVERIFY(!B::queryValue(location, u"error_description"_s).isEmpty());
        QVERIFY(!B::queryOf(location).hasQueryItem(u"code"_s));
        const bool stateSent = cases.at(i).params.contains(QPair<QString, QString>(u"state"_s, flow.state));
        if (stateSent)
            QCOMPARE(B::queryValue(location, u"state"_s), flow.state);
        else
            QVERIFY(!B::queryOf(location).hasQueryItem(u"state"_s));
    }
    // A form-encoded space ('+') separates scopes too.
    QByteArray raw = b.authorizeUrl(with(u"scope"_s, std::nullopt)).toEncoded();
    raw += "&scope=users:read:admin+offline_access";
    const auto page = f.send("GET", QUrl::fromEncoded(raw));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("<code>offline_access</code>"));
    QVERIFY(page.body.contains("<code>users:read:admin</code>"));
}

void TestOAuthHostile::consentFormFailures()
{
    SandboxFixture f;
    B b(f);
    const Flow flow = b.publicFlow();
    const ConsentForm form = B::parseConsent(b.authorizePage(flow).body);
    QString deactivated;
    const QList<QJsonObject> users = f.sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (!u.value(u"deactivatedAt"_s).isNull())
            deactivated = u.value(u"id"_s).toString();
    }
    auto r = f.send("POST", QUrl(f.sandbox().origin() + u"/authorize"_s), "{}",
                    {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.headers.value("content-type").startsWith("text/html"));
    r = b.postForm(
        u"/authorize"_s,
        {{u"request_id"_s, u"forged"_s}, {u"user_id"_s, form.userIds.at(0)}, {u"decision"_s, u"approve"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(!r.headers.contains("location"));
    // Mistakes in the form keep the request pending.
    r = b.postForm(
        u"/authorize"_s,
        {{u"request_id"_s, form.requestId}, {u"user_id"_s, deactivated}, {u"decision"_s, u"approve"_s}});
    QCOMPARE(r.status, 400);
    r = b.postForm(
        u"/authorize"_s,
        {{u"request_id"_s, form.requestId}, {u"user_id"_s, form.userIds.at(0)}, {u"decision"_s, u"maybe"_s}});
    QCOMPARE(r.status, 400);
    r = b.postForm(u"/authorize"_s, {{u"request_id"_s, form.requestId},
                                     {u"request_id"_s, form.requestId},
                                     {u"decision"_s, u"approve"_s}});
    QCOMPARE(r.status, 400);
    r = b.postForm(u"/authorize"_s, {{u"request_id"_s, form.requestId},
                                     {u"user_id"_s, form.userIds.at(1)},
                                     {u"decision"_s, u"approve"_s}});
    QCOMPARE(r.status, 302);
    QVERIFY(B::queryOf(r.headers.value("location")).hasQueryItem(u"code"_s));
}

void TestOAuthHostile::malformedTokenRequests()
{
    SandboxFixture f;
    B b(f);
    const QUrl tokenUrl(f.sandbox().origin() + u"/oauth/token"_s);
    const Flow flow = b.publicFlow();
    const QString redirect = flow.redirectUri;
    struct Case
    {
        QByteArray contentType;
        QByteArray body;
        QString error;
    };
    const QByteArray form = "application/x-www-form-urlencoded";
    const QList<Case> cases = {
        {"application/json", R"({"grant_type":"authorization_code","code":"x"})", u"invalid_request"_s},
        {form, "", u"invalid_request"_s},
        {"", "grant_type=authorization_code", u"invalid_request"_s},
        {form, "grant_type=password&username=a&password=b", u"unsupported_grant_type"_s},
        {form, "grant_type=refresh_token&grant_type=authorization_code", u"invalid_request"_s},
        {form, "grant_type=authorization_code&client_id=" + flow.clientId.toLatin1(), u"invalid_request"_s},
        {form, "grant_type=authorization_code&code=abc&client_id=" + flow.clientId.toLatin1(),
         u"invalid_request"_s},
        {form,
         "grant_type=authorization_code&code=abc&client_id=" + flow.clientId.toLatin1() +
             "&redirect_uri=" + QUrl::toPercentEncoding(redirect),
         u"invalid_grant"_s},
        {form, "grant_type=refresh_token&client_id=" + flow.clientId.toLatin1(), u"invalid_request"_s},
        {form, "grant_type=refresh_token&refresh_token=nope&client_id=" + flow.clientId.toLatin1(),
         u"invalid_grant"_s},
        {form, "grant_type=authorization_code&code=abc", u"invalid_request"_s},
        {form, QByteArray("\xff\xfe%zz%%&&==grant_type\x00=x", 24), u"invalid_request"_s},
        {form, "grant_type=authorization_code&code=" + QByteArray(70000, 'a'), u"invalid_request"_s},
        {form, "grant_type=authorization_code&audience=https%3A%2F%2Fapi.lever.co%2Fv1%2F",
         u"invalid_request"_s},
    };
    for (qsizetype i = 0; i < cases.size(); ++i) {
        QHash<QByteArray, QByteArray> headers;
        if (!cases.at(i).contentType.isEmpty())
            headers.insert("Content-Type", cases.at(i).contentType);
        const auto r = f.send("POST", tokenUrl, cases.at(i).body, headers);
        QVERIFY2(r.status == 400, qPrintable(QString::number(i) + u": "_s + QString::fromUtf8(r.body)));
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(r.json.value(u"error"_s).toString(), cases.at(i).error);
        QVERIFY(r.json.value(u"error_description"_s).isString());
    }
    const auto get = f.send("GET", tokenUrl);
    QCOMPARE(get.status, 405);
    QVERIFY(get.json.value(u"message"_s).isString());
}

void TestOAuthHostile::forgedBearerTokens()
{
    SandboxFixture f;
    B b(f);
    const QString access = b.accessToken(b.publicFlow());
    const QList<QByteArray> parts = access.toLatin1().split('.');
    auto encode = [](const QJsonObject &o) {
        return QJsonDocument(o)
            .toJson(QJsonDocument::Compact)
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    };
    QJsonObject claims = B::jwtPart(access, 1);
    const QByteArray none = encode({{u"alg"_s, u"none"_s}, {u"typ"_s, u"JWT"_s}}) + '.' + parts.at(1) + '.';
    claims.insert(u"scope"_s, u"opportunities:read:admin confidential:access:admin webhooks:write:admin"_s);
    const QByteArray tampered = parts.at(0) + '.' + encode(claims) + '.' + parts.at(2);
    SandboxFixture other;
    B ob(other);
    const QString foreign = ob.accessToken(ob.publicFlow());
    const QList<QByteArray> forged = {none,
                                      tampered,
                                      foreign.toLatin1(),
                                      QByteArray(10000, 'a'),
                                      "a.b.c",
                                      "...",
                                      parts.at(0) + '.' + parts.at(1)};
    for (const QByteArray &token : forged) {
        const auto r =
            f.send("GET", f.apiUrl(u"/opportunities"_s), {}, {{"Authorization", "Bearer " + token}});
        QCOMPARE(r.status, 401);
    }
    QCOMPARE(b.bearerGet(u"/opportunities"_s, access).status, 200);
}

void TestOAuthHostile::consentPageEscapes()
{
    SandboxFixture f;
    B b(f);
    Flow flow = b.publicFlow();
    flow.clientId = f.sandbox().oauth().clients().registerClient(u"<script>alert(1)</script> & \"Co\""_s,
                                                                 false, {u"http://127.0.0.1/callback"_s});
    auto r = b.authorizePage(flow);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("<script>"));
    QVERIFY(r.body.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"));
    flow.clientId = u"<b>x</b>"_s;
    r = b.authorizePage(flow);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.body.contains("<b>x</b>"));
    QVERIFY(r.body.contains("&lt;b&gt;x&lt;/b&gt;"));
}

QTEST_GUILESS_MAIN(TestOAuthHostile)
#include "tst_oauth_hostile.moc"
