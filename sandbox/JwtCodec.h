#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <optional>

namespace lever::sandbox {

// Compact JWS tokens signed with HMAC-SHA256 (RFC 7519 / RFC 7515): the sandbox's OAuth access tokens.
class JwtCodec
{
public:
    explicit JwtCodec(QByteArray key);

    // header.payload.signature, each part base64url without padding.
    QByteArray encode(const QJsonObject &claims) const;
    // The claims when `token` is a well-formed HS256 JWT signed with this key; nullopt otherwise.
    // Only HS256 is accepted: a token's own header never chooses the algorithm ("alg": "none" attacks).
    std::optional<QJsonObject> decode(const QByteArray &token) const;

    static QByteArray base64Url(const QByteArray &data);
    // Length-independent comparison, so a forged signature cannot be found byte by byte through timing.
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

private:
    QByteArray sign(const QByteArray &signingInput) const;

    QByteArray m_key;
};

} // namespace lever::sandbox
