#include "OAuthServer.h"

#include "AuditLog.h"
#include "Authenticator.h"
#include "ConsentPage.h"
#include "Database.h"
#include "DocumentStore.h"
#include "OAuthError.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "Sandbox.h"
#include "SandboxContext.h"
#include "SandboxOptions.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QString kCode = u"oauth_code"_s;
constexpr qint64 kCodeTtlMs = 10 * 60 * 1000;
constexpr qint64 kPendingTtlMs = 10 * 60 * 1000;
// Unanswered consent pages kept at once; a flood of GET /authorize evicts the oldest, not memory.
constexpr qsizetype kMaxPending = 1000;
constexpr qsizetype kMaxFormBytes = 64 * 1024;
constexpr qsizetype kMaxStateChars = 2048;
// Client-supplied text echoed on an error page is cut to this length.
constexpr qsizetype kMaxEchoChars = 200;

using Params = QList<QPair<QString, QString>>;

// application/x-www-form-urlencoded: '+' is a space, unlike in QUrlQuery's decoding.
Params parseForm(const QByteArray &raw)
{
    Params out;
    const QList<QByteArray> pairs = raw.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) { return QUrl::fromPercentEncoding(part.replace('+', ' ')); };
        out.append({decode(eq < 0 ? pair : pair.left(eq)), eq < 0 ? QString() : decode(pair.mid(eq + 1))});
    }
    return out;
}

QString value(const Params &params, const QString &name)
{
    for (const auto &[key, v] : params) {
        if (key == name)
            return v;
    }
    return {};
}

bool has(const Params &params, const QString &name)
{
    for (const auto &item : params) {
        if (item.first == name)
            return true;
    }
    return false;
}

// RFC 6749 §3.1/§3.2: parameters must not be sent more than once; the first repeated one, if any.
QString repeated(const Params &params, const QStringList &names)
{
    for (const QString &name : names) {
        int count = 0;
        for (const auto &item : params)
            count += item.first == name;
        if (count > 1)
            return name;
    }
    return {};
}

void addHeader(Response &r, const char *name, const char *value)
{
    r.headers.append({QByteArray(name), QByteArray(value)});
}

void addNoStore(Response &r)
{
    addHeader(r, "Cache-Control", "no-store");
    addHeader(r, "Pragma", "no-cache");
}

Response html(const QByteArray &body, int status = 200)
{
    Response r = Response::raw(body, "text/html; charset=utf-8", status);
    addNoStore(r);
    addHeader(r, "X-Frame-Options", "DENY");
    addHeader(r, "Referrer-Policy", "no-referrer");
    addHeader(r, "Content-Security-Policy",
              "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
    return r;
}

Response errorPage(const QString &title, const QString &detail)
{
    return html(ConsentPage::error(title, detail), 400);
}

// The client's redirect URI with `params` appended to whatever query it already has (RFC 6749 §3.1.2).
Response redirectTo(const QString &redirectUri, const Params &params)
{
    const QUrl target(redirectUri, QUrl::StrictMode);
    QByteArray location = target.toEncoded();
    char separator = target.hasQuery() ? '&' : '?';
    for (const auto &[key, v] : params) {
        location += separator + QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(v);
        separator = '&';
    }
    Response r = Response::redirect(location);
    addNoStore(r);
    return r;
}

Response tokenError(const OAuthError &e)
{
    Response r = Response::json(
        QJsonObject{{u"error"_s, e.error()}, {u"error_description"_s, e.description()}}, e.status());
    if (e.status() == 401)
        addHeader(r, "WWW-Authenticate", "Basic realm=\"lever-sandbox\"");
    addNoStore(r);
    return r;
}

Response tokenResponse(const OAuthTokens::Issued &issued)
{
    QJsonObject body{{u"access_token"_s, issued.accessToken},
                     {u"token_type"_s, u"Bearer"_s},
                     {u"scope"_s, issued.scopes.join(u' ')},
                     {u"expires_in"_s, issued.expiresIn}};
    if (!issued.refreshToken.isEmpty())
        body.insert(u"refresh_token"_s, issued.refreshToken);
    Response r = Response::json(body);
    addNoStore(r);
    return r;
}

bool isBase64UrlOfLength(const QString &text, qsizetype min, qsizetype max)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]*$"_s);
    return text.size() >= min && text.size() <= max && pattern.match(text).hasMatch();
}

QString pkceChallenge(const QString &verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

OAuthServer::OAuthServer(SandboxContext &ctx, const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_clients(ctx)
    , m_tokens(ctx, options.tokenTtlSeconds)
{
    m_clients.ensureBuiltins();
}

OAuthServer::~OAuthServer() = default;

QString OAuthServer::authorizeUrl() const
{
    return m_ctx.origin + u"/authorize"_s;
}

QString OAuthServer::tokenUrl() const
{
    return m_ctx.origin + u"/oauth/token"_s;
}

QJsonObject OAuthServer::readyInfo() const
{
    return QJsonObject{{u"authorizeUrl"_s, authorizeUrl()},
                       {u"tokenUrl"_s, tokenUrl()},
                       {u"clientId"_s, clientId()},
                       {u"clientSecret"_s, clientSecret()},
                       {u"publicClientId"_s, publicClientId()}};
}

void OAuthServer::install(Router &publicRouter)
{
    publicRouter.add("GET", u"/authorize"_s, {}, [this](Request &r) { return authorizePage(r); });
    publicRouter.add("POST", u"/authorize"_s, {}, [this](Request &r) { return authorizeDecision(r); });
    publicRouter.add("POST", u"/oauth/token"_s, {}, [this](Request &r) { return token(r); });
}

Response OAuthServer::authorizePage(const Request &request)
{
    // The raw query keeps '+' apart from "%2B"; form-style clients (Python's urlencode) send spaces as '+'.
    const Params q = request.rawQuery.isEmpty() ? Params(request.query) : parseForm(request.rawQuery);
    if (!repeated(q, {u"client_id"_s, u"redirect_uri"_s}).isEmpty())
        return errorPage(ConsentPage::tr("Invalid sign-in request"),
                         ConsentPage::tr("client_id and redirect_uri must be sent once."));
    const auto client = m_clients.find(value(q, u"client_id"_s));
    if (!client)
        return errorPage(ConsentPage::tr("Unknown application"),
                         ConsentPage::tr("No application is registered with the client_id \"%1\".")
                             .arg(value(q, u"client_id"_s).left(kMaxEchoChars)));
    const QString redirectUri = value(q, u"redirect_uri"_s);
    // Never redirect to an unregistered URI: that would hand codes or errors to whoever chose it.
    if (!OAuthClients::redirectAllowed(*client, redirectUri))
        return errorPage(ConsentPage::tr("Invalid redirect URI"),
                         ConsentPage::tr("The redirect_uri \"%1\" is not registered for %2.")
                             .arg(redirectUri.left(kMaxEchoChars), client->name));

    const QString state = value(q, u"state"_s);
    auto fail = [&](const QString &error, const QString &description) {
        Params params{{u"error"_s, error}, {u"error_description"_s, description}};
        if (!state.isEmpty() && state.size() <= kMaxStateChars)
            params.append({u"state"_s, state});
        return redirectTo(redirectUri, params);
    };
    const QString twice = repeated(q, {u"response_type"_s, u"scope"_s, u"state"_s, u"audience"_s,
                                       u"code_challenge"_s, u"code_challenge_method"_s, u"prompt"_s});
    if (!twice.isEmpty())
        return fail(u"invalid_request"_s, twice + u" must be sent once"_s);
    if (!has(q, u"response_type"_s))
        return fail(u"invalid_request"_s, u"response_type is required"_s);
    if (value(q, u"response_type"_s) != u"code"_s)
        return fail(u"unsupported_response_type"_s, u"Only response_type=code is supported"_s);
    if (state.isEmpty())
        return fail(u"invalid_request"_s, u"state is required"_s);
    if (state.size() > kMaxStateChars)
        return fail(u"invalid_request"_s, u"state is longer than 2048 characters"_s);

    QStringList scopes;
    static const QSet<QString> known = Sandbox::allScopes();
    const QStringList asked = value(q, u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    for (const QString &scope : asked) {
        if (!known.contains(scope))
            return fail(u"invalid_scope"_s, u"Unknown scope: "_s + scope);
        if (!scopes.contains(scope))
            scopes.append(scope);
    }
    if (scopes.isEmpty())
        return fail(u"invalid_scope"_s, u"scope is required: a space-separated list of scopes"_s);
    if (value(q, u"audience"_s) != m_tokens.audience())
        return fail(u"invalid_request"_s, u"audience must be "_s + m_tokens.audience());

    const QString challenge = value(q, u"code_challenge"_s);
    const bool hasMethod = has(q, u"code_challenge_method"_s);
    if (hasMethod && value(q, u"code_challenge_method"_s) != u"S256"_s)
        return fail(u"invalid_request"_s, u"code_challenge_method must be S256"_s);
    if (challenge.isEmpty() && hasMethod)
        return fail(u"invalid_request"_s, u"code_challenge is required with code_challenge_method"_s);
    if (challenge.isEmpty() && !client->confidential)
        return fail(u"invalid_request"_s,
                    u"PKCE is required: send code_challenge and code_challenge_method=S256"_s);
    if (!challenge.isEmpty()) {
        // Without a method RFC 7636 means "plain", which this server refuses.
        if (!hasMethod)
            return fail(u"invalid_request"_s, u"code_challenge_method must be S256"_s);
        if (!isBase64UrlOfLength(challenge, 43, 43))
            return fail(u"invalid_request"_s,
                        u"code_challenge must be the base64url SHA-256 of the verifier"_s);
    }

    const QString requestId = Authenticator::randomSecret(32);
    remember(requestId, Pending{client->id, client->name, redirectUri, state, scopes, challenge,
                                m_ctx.now() + kPendingTtlMs});
    ConsentPage::Content content;
    content.requestId = requestId;
    content.clientName = client->name;
    content.redirectOrigin =
        QUrl(redirectUri).toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    content.scopes = scopes;
    const QList<QJsonObject> users = m_ctx.docs.all(u"user"_s);
    for (const QJsonObject &user : users) {
        if (user.value(u"deactivatedAt"_s).isNull())
            content.users.append(user);
    }
    return html(ConsentPage::render(content));
}

void OAuthServer::remember(const QString &requestId, Pending pending)
{
    const qint64 now = m_ctx.now();
    m_pending.removeIf([now](const auto &it) { return it.value().expiresAt <= now; });
    while (m_pending.size() >= kMaxPending) {
        auto oldest = m_pending.begin();
        for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
            if (it->expiresAt < oldest->expiresAt)
                oldest = it;
        }
        m_pending.erase(oldest);
    }
    m_pending.insert(Authenticator::hash(requestId), std::move(pending));
}

Response OAuthServer::authorizeDecision(const Request &request)
{
    if (request.contentType() != "application/x-www-form-urlencoded" || request.body.size() > kMaxFormBytes)
        return errorPage(ConsentPage::tr("Invalid sign-in request"),
                         ConsentPage::tr("The consent form was not submitted as a form."));
    const Params form = parseForm(request.body);
    if (!repeated(form, {u"request_id"_s, u"user_id"_s, u"decision"_s}).isEmpty())
        return errorPage(ConsentPage::tr("Invalid sign-in request"),
                         ConsentPage::tr("The consent form was submitted with repeated fields."));
    const auto it = m_pending.find(Authenticator::hash(value(form, u"request_id"_s)));
    if (it == m_pending.end() || it->expiresAt <= m_ctx.now())
        return errorPage(ConsentPage::tr("Sign-in request expired"),
                         ConsentPage::tr("This sign-in request has expired or was already answered."));
    const Pending pending = *it;
    const QString decision = value(form, u"decision"_s);
    Params params;
    if (decision == u"deny"_s) {
        params = {{u"error"_s, u"access_denied"_s},
                  {u"error_description"_s, u"The user denied access to "_s + pending.clientName}};
    } else if (decision == u"approve"_s) {
        const QString userId = value(form, u"user_id"_s);
        const auto user = m_ctx.docs.get(u"user"_s, userId);
        // The request stays pending: the user can go back and pick an active user.
        if (!user || !user->value(u"deactivatedAt"_s).isNull())
            return errorPage(ConsentPage::tr("Unknown user"),
                             ConsentPage::tr("Choose an active user to sign in as."));
        params = {{u"code"_s, createCode(pending, userId)}};
    } else {
        return errorPage(ConsentPage::tr("Invalid sign-in request"),
                         ConsentPage::tr("Press Approve or Deny."));
    }
    m_pending.erase(it);
    params.append({u"state"_s, pending.state});
    return redirectTo(pending.redirectUri, params);
}

QString OAuthServer::createCode(const Pending &pending, const QString &userId)
{
    const qint64 now = m_ctx.now();
    Transaction tx(m_ctx.db);
    // Used codes are kept a day past expiry so a replay is still recognised and its tokens revoked.
    const QList<QJsonObject> codes = m_ctx.docs.all(kCode);
    for (const QJsonObject &old : codes) {
        if (qint64(old.value(u"expiresAt"_s).toDouble()) + 24LL * 3600 * 1000 < now)
            m_ctx.docs.remove(kCode, old.value(u"id"_s).toString());
    }
    const QString code = Authenticator::randomSecret(32);
    const QString id = Authenticator::hash(code);
    m_ctx.docs.put(
        kCode, id, {},
        QJsonObject{{u"id"_s, id},
                    {u"clientId"_s, pending.clientId},
                    {u"redirectUri"_s, pending.redirectUri},
                    {u"scopes"_s, QJsonArray::fromStringList(pending.scopes)},
                    {u"userId"_s, userId},
                    {u"codeChallenge"_s,
                     pending.codeChallenge.isEmpty() ? QJsonValue() : QJsonValue(pending.codeChallenge)},
                    {u"createdAt"_s, now},
                    {u"expiresAt"_s, now + kCodeTtlMs},
                    {u"usedAt"_s, QJsonValue()},
                    {u"grantId"_s, QJsonValue()}});
    tx.commit();
    return code;
}

Response OAuthServer::token(const Request &request)
{
    try {
        if (request.contentType() != "application/x-www-form-urlencoded")
            throw OAuthError::invalidRequest(u"The body must be application/x-www-form-urlencoded"_s);
        if (request.body.size() > kMaxFormBytes)
            throw OAuthError::invalidRequest(u"The body is too large"_s);
        const Params form = parseForm(request.body);
        const QString twice =
            repeated(form, {u"grant_type"_s, u"code"_s, u"redirect_uri"_s, u"client_id"_s, u"client_secret"_s,
                            u"code_verifier"_s, u"refresh_token"_s, u"scope"_s, u"audience"_s});
        if (!twice.isEmpty())
            throw OAuthError::invalidRequest(twice + u" must be sent once"_s);
        const QString grantType = value(form, u"grant_type"_s);
        if (grantType.isEmpty())
            throw OAuthError::invalidRequest(u"grant_type is required"_s);
        if (grantType != u"authorization_code"_s && grantType != u"refresh_token"_s)
            throw OAuthError::unsupportedGrantType(
                u"grant_type must be authorization_code or refresh_token"_s);
        if (has(form, u"audience"_s) && value(form, u"audience"_s) != m_tokens.audience())
            throw OAuthError::invalidRequest(u"audience must be "_s + m_tokens.audience());
        const OAuthClients::Client client = authenticateClient(request, form);
        return grantType == u"authorization_code"_s ? exchangeCode(form, client) : refresh(form, client);
    } catch (const OAuthError &e) {
        return tokenError(e);
    }
}

OAuthClients::Client OAuthServer::authenticateClient(const Request &request, const Params &form) const
{
    QString id = value(form, u"client_id"_s);
    QString secret = value(form, u"client_secret"_s);
    const QByteArray header = request.header("authorization");
    if (header.startsWith("Basic ")) {
        // client_secret_basic (RFC 6749 §2.3.1): both halves are form-encoded before base64.
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0 || has(form, u"client_secret"_s))
            throw OAuthError::invalidRequest(
                u"Send client credentials either in the body or with HTTP Basic"_s);
        const Params basic = parseForm("id=" + decoded.left(colon) + "&secret=" + decoded.mid(colon + 1));
        if (!id.isEmpty() && id != value(basic, u"id"_s))
            throw OAuthError::invalidRequest(u"client_id differs from the HTTP Basic user name"_s);
        id = value(basic, u"id"_s);
        secret = value(basic, u"secret"_s);
    }
    if (id.isEmpty())
        throw OAuthError::invalidRequest(u"client_id is required"_s);
    const auto client = m_clients.find(id);
    if (!client)
        throw OAuthError::invalidClient(u"Unknown client"_s);
    if (client->confidential && !OAuthClients::secretMatches(*client, secret))
        throw OAuthError::invalidClient(u"Client authentication failed: wrong or missing client_secret"_s);
    if (!client->confidential && !secret.isEmpty())
        throw OAuthError::invalidClient(u"This is a public client: it has no client_secret"_s);
    return *client;
}

Response OAuthServer::exchangeCode(const Params &form, const OAuthClients::Client &client)
{
    const QString code = value(form, u"code"_s);
    const QString redirectUri = value(form, u"redirect_uri"_s);
    const QString verifier = value(form, u"code_verifier"_s);
    if (code.isEmpty())
        throw OAuthError::invalidRequest(u"code is required"_s);
    if (redirectUri.isEmpty())
        throw OAuthError::invalidRequest(u"redirect_uri is required"_s);
    const auto doc = m_ctx.docs.get(kCode, Authenticator::hash(code));
    if (!doc)
        throw OAuthError::invalidGrant(u"The authorization code is invalid"_s);
    const QString userId = doc->value(u"userId"_s).toString();
    if (!doc->value(u"usedAt"_s).isNull()) {
        // RFC 6749 §4.1.2: a replayed code means it leaked; revoke what it already produced.
        const QString grantId = doc->value(u"grantId"_s).toString();
        m_tokens.revokeGrant(grantId, u"code_reuse"_s);
        m_ctx.audit.record(u"oauth.code_reuse_detected"_s, userId, u"oauth_grant"_s, grantId,
                           QJsonObject{{u"clientId"_s, client.id}});
        throw OAuthError::invalidGrant(
            u"The authorization code was already used; the tokens issued from it have been revoked"_s);
    }
    if (doc->value(u"clientId"_s).toString() != client.id)
        throw OAuthError::invalidGrant(u"The authorization code was issued to another client"_s);
    if (m_ctx.now() >= qint64(doc->value(u"expiresAt"_s).toDouble()))
        throw OAuthError::invalidGrant(u"The authorization code has expired"_s);
    if (redirectUri != doc->value(u"redirectUri"_s).toString())
        throw OAuthError::invalidGrant(u"redirect_uri does not match the one of the authorization request"_s);
    const QString challenge = doc->value(u"codeChallenge"_s).toString();
    if (!challenge.isEmpty()) {
        if (verifier.isEmpty())
            throw OAuthError::invalidGrant(u"code_verifier is required: the authorization used PKCE"_s);
        static const QRegularExpression format(u"^[A-Za-z0-9._~-]{43,128}$"_s);
        if (!format.match(verifier).hasMatch())
            throw OAuthError::invalidRequest(u"code_verifier must be 43 to 128 unreserved characters"_s);
        if (pkceChallenge(verifier) != challenge)
            throw OAuthError::invalidGrant(u"code_verifier does not match the code_challenge"_s);
    } else if (!verifier.isEmpty()) {
        throw OAuthError::invalidRequest(
            u"code_verifier was sent but the authorization had no code_challenge"_s);
    }
    const auto user = m_ctx.docs.get(u"user"_s, userId);
    if (!user || !user->value(u"deactivatedAt"_s).isNull())
        throw OAuthError::invalidGrant(u"The user of this authorization code is deactivated"_s);

    QStringList scopes;
    const QJsonArray granted = doc->value(u"scopes"_s).toArray();
    for (const QJsonValue &s : granted)
        scopes.append(s.toString());
    Transaction tx(m_ctx.db);
    const QString grantId = m_tokens.createGrant(client.id, userId, scopes);
    QJsonObject used = *doc;
    used.insert(u"usedAt"_s, m_ctx.now());
    used.insert(u"grantId"_s, grantId);
    m_ctx.docs.put(kCode, used.value(u"id"_s).toString(), {}, used);
    const OAuthTokens::Issued issued =
        m_tokens.issue(grantId, client.id, userId, scopes, u"authorization_code"_s);
    tx.commit();
    return tokenResponse(issued);
}

Response OAuthServer::refresh(const Params &form, const OAuthClients::Client &client)
{
    const QString token = value(form, u"refresh_token"_s);
    if (token.isEmpty())
        throw OAuthError::invalidRequest(u"refresh_token is required"_s);
    const QStringList narrowed = value(form, u"scope"_s).split(u' ', Qt::SkipEmptyParts);
    return tokenResponse(m_tokens.refresh(token, client.id, narrowed));
}

} // namespace lever::sandbox
