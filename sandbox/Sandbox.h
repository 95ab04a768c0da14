#pragma once

#include "SandboxOptions.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QUrl>
#include <memory>

namespace lever::sandbox {

class AuditLog;
class Authenticator;
class Database;
class DocumentStore;
class FaultInjector;
class OAuthServer;
class OpportunityStore;
class RateLimiter;
class RequestLog;
class Router;
class SandboxServer;
class WebhookDispatcher;
struct SandboxContext;
class Request;
struct Response;

// A running Lever-compatible server: storage, routes, auth, rate limit, webhooks, faults.
// Embeddable (tests run it in-process) and the core of the `lever-sandbox` executable.
class Sandbox : public QObject
{
    Q_OBJECT
public:
    explicit Sandbox(SandboxOptions options, QObject *parent = nullptr);
    ~Sandbox() override;

    // Opens storage, seeds demo data into an empty database, mints credentials and listens.
    bool start(QString *error = nullptr);

    QString origin() const;   // http://127.0.0.1:PORT
    QUrl baseUrl() const;     // origin + /v1
    quint16 port() const;
    QString apiKey() const;   // every scope, confidential access
    QString clientId() const;
    QString clientSecret() const;
    QString publicClientId() const;
    // The one line printed when ready: {"baseUrl", "apiKey", "oauth": {...}}.
    QJsonObject readyInfo() const;

    // Mints another API key acting as `userId` (empty: the first super admin).
    QString createApiKey(const QSet<QString> &scopes, bool confidentialAccess, const QString &userId = {});
    static QSet<QString> allScopes();

    SandboxContext &context();
    RateLimiter &rateLimiter();
    FaultInjector &faults();
    RequestLog &requestLog();
    WebhookDispatcher &webhooks();
    OAuthServer &oauth();
    const SandboxOptions &options() const { return m_options; }

    // The whole request pipeline after HTTP parsing: auth, rate limit, routing, errors.
    Response handle(Request &request);

private:
    void installRoutes();

    SandboxOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DocumentStore> m_docs;
    std::unique_ptr<OpportunityStore> m_opportunities;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SandboxContext> m_context;
    std::unique_ptr<Authenticator> m_auth;
    std::unique_ptr<RateLimiter> m_rateLimiter;
    std::unique_ptr<FaultInjector> m_faults;
    std::unique_ptr<RequestLog> m_requestLog;
    std::unique_ptr<Router> m_api;     // /v1/...
    std::unique_ptr<Router> m_public;  // /authorize, /oauth/token
    std::unique_ptr<Router> m_control; // /_sandbox/... (the admin key only)
    OAuthServer *m_oauth = nullptr;
    WebhookDispatcher *m_webhooks = nullptr;
    SandboxServer *m_server = nullptr;
    QString m_apiKey;
    quint16 m_port = 0;
};

} // namespace lever::sandbox
