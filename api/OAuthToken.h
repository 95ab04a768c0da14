#pragma once

#include <QDateTime>
#include <QString>

namespace lever::api {

// An OAuth token response as Lever's /oauth/token gives it (lever-api-notes.md §4).
struct OAuthToken
{
    QString accessToken;
    QString refreshToken; // rotates: every refresh returns a new one, always keep the newest
    QString tokenType = QStringLiteral("Bearer");
    QDateTime expiresAt; // invalid: unknown
};

} // namespace lever::api
