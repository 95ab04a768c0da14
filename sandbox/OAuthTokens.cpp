#include "OAuthTokens.h"

#include "AuditLog.h"
#include "Authenticator.h"
#include "Database.h"
#include "DocumentStore.h"
#include "OAuthError.h"
#include "SandboxContext.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QString kGrant = u"oauth_grant"_s;
const QString kRefresh = u"refresh_token"_s;
const QString kOffline = u"offline_access"_s;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// Lever: refresh tokens expire after a year, or after 90 days without use.
constexpr qint64 kGrantLifetimeMs = 365 * kDayMs;
constexpr qint64 kRefreshIdleMs = 90 * kDayMs;
// Far larger than any token we mint; stops hostile headers before any decoding work.
constexpr qsizetype kMaxTokenBytes = 8192;

QByteArray signingKey(Database &db)
{
    // Per database, so tokens survive a restart on the same file but never verify on another sandbox.
    QString secret = db.metaValue(u"oauth.signingSecret"_s);
    if (secret.isEmpty()) {
        secret = Authenticator::randomSecret(32);
        db.setMetaValue(u"oauth.signingSecret"_s, secret);
    }
    return secret.toLatin1();
}

QString accountIdOf(Database &db)
{
    QString id = db.metaValue(u"oauth.accountId"_s);
    if (id.isEmpty()) {
        id = SandboxContext::newId();
        db.setMetaValue(u"oauth.accountId"_s, id);
    }
    return id;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}
} // namespace

OAuthTokens::OAuthTokens(SandboxContext &ctx, int accessTtlSeconds)
    : m_ctx(ctx)
    , m_ttl(accessTtlSeconds)
    , m_accountId(accountIdOf(ctx.db))
    , m_jwt(signingKey(ctx.db))
{}

QString OAuthTokens::issuer() const
{
    return m_ctx.origin + u'/';
}

QString OAuthTokens::audience() const
{
    return m_ctx.origin + u"/v1/"_s;
}

QString OAuthTokens::createGrant(const QString &clientId, const QString &userId, const QStringList &scopes)
{
    const QString id = SandboxContext::newId();
    const qint64 now = m_ctx.now();
    m_ctx.docs.put(kGrant, id, {},
                   QJsonObject{{u"id"_s, id},
                               {u"clientId"_s, clientId},
                               {u"userId"_s, userId},
                               {u"scopes"_s, QJsonArray::fromStringList(scopes)},
                               {u"createdAt"_s, now},
                               {u"expiresAt"_s, now + kGrantLifetimeMs},
                               {u"revokedAt"_s, QJsonValue()},
                               {u"revokedReason"_s, QJsonValue()}});
    return id;
}

QString OAuthTokens::mintRefreshToken(const QString &grantId, const QString &clientId, const QString &userId)
{
    const QString token = Authenticator::randomSecret(48);
    const QString id = Authenticator::hash(token);
    const qint64 now = m_ctx.now();
    m_ctx.docs.put(kRefresh, id, grantId,
                   QJsonObject{{u"id"_s, id},
                               {u"grantId"_s, grantId},
                               {u"clientId"_s, clientId},
                               {u"userId"_s, userId},
                               {u"createdAt"_s, now},
                               {u"expiresAt"_s, now + kRefreshIdleMs},
                               {u"rotatedAt"_s, QJsonValue()},
                               {u"revokedAt"_s, QJsonValue()}});
    return token;
}

OAuthTokens::Issued OAuthTokens::issue(const QString &grantId, const QString &clientId, const QString &userId,
                                       const QStringList &scopes, const QString &grantType)
{
    const qint64 iat = m_ctx.now() / 1000;
    const QString jti = SandboxContext::newId();
    const QJsonObject claims{
        {u"iss"_s, issuer()},
        {u"aud"_s, audience()},
        {u"sub"_s, userId},
        {u"iat"_s, iat},
        {u"exp"_s, iat + m_ttl},
        {u"scope"_s, scopes.join(u' ')},
        {u"jti"_s, jti},
        {u"sid"_s, grantId},
        {u"https://oauth.lever.co/userId"_s, userId},
        {u"https://oauth.lever.co/accountId"_s, m_accountId},
        {u"https://oauth.lever.co/clientId"_s, clientId},
    };
    Issued issued;
    issued.accessToken = QString::fromLatin1(m_jwt.encode(claims));
    issued.scopes = scopes;
    issued.expiresIn = m_ttl;
    // A refresh always rotates, so it mints a successor even when the caller narrowed the scopes.
    if (grantType == u"refresh_token"_s || scopes.contains(kOffline))
        issued.refreshToken = mintRefreshToken(grantId, clientId, userId);
    m_ctx.audit.record(u"oauth.token_issued"_s, userId, u"oauth_client"_s, clientId,
                       QJsonObject{{u"grantType"_s, grantType},
                                   {u"grantId"_s, grantId},
                                   {u"jti"_s, jti},
                                   {u"scope"_s, scopes.join(u' ')},
                                   {u"refreshToken"_s, !issued.refreshToken.isEmpty()}});
    return issued;
}

OAuthTokens::Issued OAuthTokens::refresh(const QString &refreshToken, const QString &clientId,
                                         const QStringList &narrowed)
{
    const auto doc = m_ctx.docs.get(kRefresh, Authenticator::hash(refreshToken));
    if (!doc)
        throw OAuthError::invalidGrant(u"The refresh token is invalid"_s);
    const QString grantId = doc->value(u"grantId"_s).toString();
    const QString userId = doc->value(u"userId"_s).toString();
    if (doc->value(u"clientId"_s).toString() != clientId)
        throw OAuthError::invalidGrant(u"The refresh token was issued to another client"_s);
    const auto grant = m_ctx.docs.get(kGrant, grantId);
    if (!grant || !grant->value(u"revokedAt"_s).isNull() || !doc->value(u"revokedAt"_s).isNull())
        throw OAuthError::invalidGrant(u"The refresh token has been revoked"_s);
    if (!doc->value(u"rotatedAt"_s).isNull()) {
        // OAuth 2.0 Security BCP §4.14: a rotated token coming back means it leaked; end the whole family.
        revokeGrant(grantId, u"refresh_reuse"_s);
        m_ctx.audit.record(u"oauth.refresh_reuse_detected"_s, userId, u"oauth_grant"_s, grantId,
                           QJsonObject{{u"clientId"_s, clientId}});
        throw OAuthError::invalidGrant(
            u"The refresh token was already used; every token of this sign-in has been revoked"_s);
    }
    const qint64 now = m_ctx.now();
    if (now >= qint64(doc->value(u"expiresAt"_s).toDouble()) ||
        now >= qint64(grant->value(u"expiresAt"_s).toDouble()))
        throw OAuthError::invalidGrant(u"The refresh token has expired"_s);
    const auto user = m_ctx.docs.get(u"user"_s, userId);
    if (!user || !user->value(u"deactivatedAt"_s).isNull())
        throw OAuthError::invalidGrant(u"The user of this refresh token is deactivated"_s);
    const QStringList granted = stringList(grant->value(u"scopes"_s));
    for (const QString &scope : narrowed) {
        if (!granted.contains(scope))
            throw OAuthError::invalidScope(u"The scope "_s + scope +
                                           u" was not granted to this refresh token"_s);
    }

    Transaction tx(m_ctx.db);
    QJsonObject rotated = *doc;
    rotated.insert(u"rotatedAt"_s, now);
    m_ctx.docs.put(kRefresh, rotated.value(u"id"_s).toString(), grantId, rotated);
    Issued issued =
        issue(grantId, clientId, userId, narrowed.isEmpty() ? granted : narrowed, u"refresh_token"_s);
    tx.commit();
    return issued;
}

void OAuthTokens::revokeGrant(const QString &grantId, const QString &reason)
{
    auto grant = m_ctx.docs.get(kGrant, grantId);
    if (!grant)
        return;
    const qint64 now = m_ctx.now();
    Transaction tx(m_ctx.db);
    if (grant->value(u"revokedAt"_s).isNull()) {
        grant->insert(u"revokedAt"_s, now);
        grant->insert(u"revokedReason"_s, reason);
        m_ctx.docs.put(kGrant, grantId, {}, *grant);
    }
    const QList<QJsonObject> tokens = m_ctx.docs.children(kRefresh, grantId);
    for (QJsonObject token : tokens) {
        if (!token.value(u"revokedAt"_s).isNull())
            continue;
        token.insert(u"revokedAt"_s, now);
        m_ctx.docs.put(kRefresh, token.value(u"id"_s).toString(), grantId, token);
    }
    tx.commit();
}

std::optional<Principal> OAuthTokens::verify(const QByteArray &token) const
{
    if (token.isEmpty() || token.size() > kMaxTokenBytes)
        return std::nullopt;
    const auto claims = m_jwt.decode(token);
    if (!claims || claims->value(u"iss"_s).toString() != issuer())
        return std::nullopt;
    const QJsonValue aud = claims->value(u"aud"_s);
    if (aud.toString() != audience() && !aud.toArray().contains(audience()))
        return std::nullopt;
    const QJsonValue exp = claims->value(u"exp"_s);
    if (!exp.isDouble() || m_ctx.now() >= qint64(exp.toDouble()) * 1000)
        return std::nullopt;
    const QString userId = claims->value(u"sub"_s).toString();
    const QString clientId = claims->value(u"https://oauth.lever.co/clientId"_s).toString();
    const auto grant = m_ctx.docs.get(kGrant, claims->value(u"sid"_s).toString());
    if (!grant || !grant->value(u"revokedAt"_s).isNull() || grant->value(u"userId"_s).toString() != userId ||
        grant->value(u"clientId"_s).toString() != clientId)
        return std::nullopt;
    const auto user = m_ctx.docs.get(u"user"_s, userId);
    if (!user || !user->value(u"deactivatedAt"_s).isNull())
        return std::nullopt;

    Principal p;
    p.kind = Principal::Kind::OAuth;
    p.credentialId = u"oauth:"_s + clientId + u':' + userId;
    p.userId = userId;
    p.clientId = clientId;
    const QStringList scopes = claims->value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    p.scopes = QSet<QString>(scopes.begin(), scopes.end());
    p.confidentialAccess = p.scopes.contains(u"confidential:access:admin"_s);
    return p;
}

} // namespace lever::sandbox
