#pragma once

#include "Principal.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace lever::sandbox {

class Request;
struct SandboxContext;

// API keys (HTTP Basic, key as user name, empty password) and OAuth bearer tokens.
// Keys are stored as SHA-256 hashes: the sandbox never keeps a usable secret at rest.
class Authenticator
{
public:
    explicit Authenticator(SandboxContext &ctx);

    QString createApiKey(const QSet<QString> &scopes, bool confidentialAccess, const QString &userId,
                         const QString &label, const QString &fixedKey = {});
    // Throws SandboxError 401 when the credential is missing or unknown.
    Principal authenticate(const Request &request) const;
    // The admin key of the control API (/_sandbox): the key printed at start.
    void setAdminKey(const QString &key) { m_adminKeyHash = hash(key); }
    bool isAdmin(const Request &request) const;

    static QString hash(const QString &secret);
    static QString randomSecret(int bytes = 32);

private:
    static QString basicUser(const Request &request);

    SandboxContext &m_ctx;
    QString m_adminKeyHash;
    // Principals of API keys by Authorization header: saves a hash, a lookup and a parse per request.
    mutable QHash<QByteArray, Principal> m_keyCache;
};

} // namespace lever::sandbox
