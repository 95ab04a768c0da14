#pragma once

#include "OAuthClients.h"
#include "OAuthTokens.h"
#include "Principal.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

class Request;
class Router;
struct Response;
struct SandboxContext;
struct SandboxOptions;

// Lever's OAuth 2.0 authorization server, as the sandbox plays it: GET/POST /authorize (consent page,
// code issued to the client's redirect URI), POST /oauth/token (code and refresh grants), and the bearer
// check behind /v1. PKCE (S256) is required of the public client and optional for the confidential one.
class OAuthServer : public QObject
{
    Q_OBJECT
public:
    OAuthServer(SandboxContext &ctx, const SandboxOptions &options, QObject *parent = nullptr);
    ~OAuthServer() override;

    // Adds /authorize and /oauth/token to the router of unauthenticated paths.
    void install(Router &publicRouter);
    std::optional<Principal> verifyBearer(const QByteArray &token) const { return m_tokens.verify(token); }

    QString authorizeUrl() const;
    QString tokenUrl() const;
    QString clientId() const { return m_clients.confidentialId(); }
    QString clientSecret() const { return m_clients.confidentialSecret(); }
    QString publicClientId() const { return m_clients.publicId(); }
    // {authorizeUrl, tokenUrl, clientId, clientSecret, publicClientId} for the sandbox's ready line.
    QJsonObject readyInfo() const;

    OAuthClients &clients() { return m_clients; }
    OAuthTokens &tokens() { return m_tokens; }

private:
    using Params = QList<QPair<QString, QString>>;
    // An authorization the user has not answered yet; only its one-time id travels through the browser.
    struct Pending
    {
        QString clientId;
        QString clientName;
        QString redirectUri;
        QString state;
        QStringList scopes;
        QString codeChallenge;
        qint64 expiresAt = 0;
    };

    Response authorizePage(const Request &request);
    Response authorizeDecision(const Request &request);
    Response token(const Request &request);
    Response exchangeCode(const Params &form, const OAuthClients::Client &client);
    Response refresh(const Params &form, const OAuthClients::Client &client);
    OAuthClients::Client authenticateClient(const Request &request, const Params &form) const;
    QString createCode(const Pending &pending, const QString &userId);
    void remember(const QString &requestId, Pending pending);

    SandboxContext &m_ctx;
    OAuthClients m_clients;
    OAuthTokens m_tokens;
    QHash<QString, Pending> m_pending; // keyed by the hash of the request id
};

} // namespace lever::sandbox
