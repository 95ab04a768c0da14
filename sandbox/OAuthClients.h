#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

struct SandboxContext;

// The registered OAuth clients (`oauth_client` documents, secrets stored hashed) and the rules for
// their redirect URIs: loopback URIs match on any port (RFC 8252 §7.3), every other URI exactly.
class OAuthClients
{
public:
    struct Client
    {
        QString id;
        QString name;
        bool confidential = false;
        QString secretHash;
        QStringList redirectUris;
    };

    explicit OAuthClients(SandboxContext &ctx);

    // Creates the built-in confidential and public (PKCE) clients on a new database and mints a fresh
    // secret for the confidential one: only its hash is stored, and the sandbox prints the secret.
    void ensureBuiltins();
    QString confidentialId() const { return m_confidentialId; }
    QString confidentialSecret() const { return m_confidentialSecret; }
    QString publicId() const { return m_publicId; }

    // Registers another client; returns its id and, for a confidential client, sets `secret`.
    // Throws SandboxError 400 when a redirect URI is not an absolute http(s) URL without fragment.
    QString registerClient(const QString &name, bool confidential, const QStringList &redirectUris,
                           QString *secret = nullptr);
    std::optional<Client> find(const QString &clientId) const;

    static bool secretMatches(const Client &client, const QString &secret);
    // Whether `redirectUri` (as the client sent it) is registered for `client`.
    static bool redirectAllowed(const Client &client, const QString &redirectUri);
    // The default registrations: the loopback callbacks of native apps.
    static QStringList loopbackCallbacks();

private:
    QString create(const QString &name, bool confidential, const QStringList &redirectUris,
                   const QString &builtin, QString *secret);

    SandboxContext &m_ctx;
    QString m_confidentialId;
    QString m_confidentialSecret;
    QString m_publicId;
};

} // namespace lever::sandbox
