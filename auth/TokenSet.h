#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lever::auth {

// The tokens of one OAuth sign-in, with the identity Lever puts in the access token's claims.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty when offline_access was not granted
    qint64 expiresAt = 0; // epoch ms
    QStringList scopes;
    QString userId;    // claim https://oauth.lever.co/userId
    QString accountId; // claim https://oauth.lever.co/accountId
    QString clientId;  // claim https://oauth.lever.co/clientId

    bool isValid() const { return !accessToken.isEmpty(); }
    // True when the access token expires within `marginMs` of `nowMs`.
    bool expiresWithin(qint64 nowMs, qint64 marginMs) const { return expiresAt - marginMs <= nowMs; }

    // A token endpoint answer ({access_token, refresh_token, scope, expires_in}) received at `nowMs`;
    // an invalid set and `error` set when a required field is missing or of the wrong type.
    static TokenSet fromTokenResponse(const QJsonObject &json, qint64 nowMs, QString *error = nullptr);
    // The payload of a JWT, unverified (the API server verifies the signature); empty when malformed.
    static QJsonObject jwtClaims(const QString &token);
};

} // namespace lever::auth

Q_DECLARE_METATYPE(lever::auth::TokenSet)
