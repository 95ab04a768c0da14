#pragma once

#include <QString>

namespace lever::auth {

// PKCE (RFC 7636) code verifiers and S256 challenges, and the random `state` of an authorization request.
class Pkce
{
public:
    static constexpr int kMinLength = 43;
    static constexpr int kMaxLength = 128;

    // A verifier of `length` (clamped to 43..128) characters of the unreserved set, from the system CSPRNG.
    static QString verifier(int length = 64);
    // BASE64URL(SHA256(ASCII(verifier))) without padding.
    static QString challenge(const QString &verifier);
    // 43 unreserved characters (256 bits): unguessable, and safe in a URL as it is.
    static QString state();
    static bool isValidVerifier(const QString &verifier);
};

} // namespace lever::auth
