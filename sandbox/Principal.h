#pragma once

#include <QSet>
#include <QString>

namespace lever::sandbox {

// Who is calling: an API key or an OAuth access token, with what it may do.
struct Principal
{
    enum class Kind { None, ApiKey, OAuth, Admin };
    Kind kind = Kind::None;
    QString credentialId; // rate-limit bucket and audit actor key
    QString userId;       // acts when a write has no perform_as
    QString clientId;     // OAuth client, empty for API keys
    QSet<QString> scopes;
    bool confidentialAccess = false;

    bool hasScope(const QString &scope) const { return scopes.contains(scope); }
};

} // namespace lever::sandbox
