#pragma once

#include "JwtCodec.h"
#include "Principal.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

struct SandboxContext;

// Access tokens (HS256 JWTs), rotating refresh tokens and the grants that tie them together.
// A grant is one user's consent to one client: its refresh tokens form one rotation family and its
// access tokens carry its id as `sid`, so revoking the grant revokes every token issued from it.
class OAuthTokens
{
public:
    OAuthTokens(SandboxContext &ctx, int accessTtlSeconds);

    struct Issued
    {
        QString accessToken;
        QString refreshToken; // empty without offline_access
        QStringList scopes;
        int expiresIn = 0;
    };

    // A new grant (`oauth_grant` document) after a code exchange.
    QString createGrant(const QString &clientId, const QString &userId, const QStringList &scopes);
    // Mints an access token, plus a refresh token when the grant holds offline_access; audited.
    Issued issue(const QString &grantId, const QString &clientId, const QString &userId,
                 const QStringList &scopes, const QString &grantType);
    // Rotates `refreshToken` (issued to `clientId`); `narrowed` (empty: all) must be a subset of the
    // grant's scopes. Reuse of a rotated token revokes the grant. Throws OAuthError.
    Issued refresh(const QString &refreshToken, const QString &clientId, const QStringList &narrowed);
    void revokeGrant(const QString &grantId, const QString &reason);

    // The principal of a valid, unexpired access token whose grant, client and user are still live.
    std::optional<Principal> verify(const QByteArray &token) const;

    QString issuer() const;   // origin + "/"
    QString audience() const; // origin + "/v1/"
    QString accountId() const { return m_accountId; }
    int accessTtlSeconds() const { return m_ttl; }

private:
    QString mintRefreshToken(const QString &grantId, const QString &clientId, const QString &userId);

    SandboxContext &m_ctx;
    int m_ttl;
    QString m_accountId;
    JwtCodec m_jwt;
};

} // namespace lever::sandbox
