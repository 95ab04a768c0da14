#include "Sandbox.h"

#include "AuditLog.h"
#include "Authenticator.h"
#include "BaselineData.h"
#include "ControlRoutes.h"
#include "Database.h"
#include "DemoData.h"
#include "DocumentStore.h"
#include "FaultInjector.h"
#include "GuardedTcpServer.h"
#include "OAuthServer.h"
#include "OpportunityRoutes.h"
#include "OpportunityStore.h"
#include "RateLimiter.h"
#include "Request.h"
#include "RequestLog.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"
#include "SandboxServer.h"
// Route groups (one per resource family).
// [route-group-includes]
#include "AuditRoutes.h"
#include "EeoRoutes.h"
#include "WebhookDispatcher.h"
#include "WebhookRoutes.h"
#include "WebhookTestRoutes.h"
#include "ApplicationRoutes.h"
#include "ContactRoutes.h"
#include "OfferRoutes.h"
#include "OpportunityTagRoutes.h"
#include "OpportunityWriteRoutes.h"
#include "ReferralRoutes.h"
#include "CatalogRoutes.h"
#include "PostingRoutes.h"
#include "RequisitionRoutes.h"
#include "UserRoutes.h"
#include "FeedbackRoutes.h"
#include "FileRoutes.h"
#include "InterviewRoutes.h"
#include "NoteRoutes.h"
#include "PanelRoutes.h"
#include "ResumeRoutes.h"
#include "UploadRoutes.h"
#include "ApplyRoutes.h"
#include "DeletedRoutes.h"
#include "DispositionRoutes.h"
#include "FeedbackTemplateRoutes.h"
#include "PostingUserRoutes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTcpServer>
#include <exception>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "lever.sandbox")

namespace lever::sandbox {

Sandbox::Sandbox(SandboxOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{}

Sandbox::~Sandbox()
{
    delete m_server;
    m_server = nullptr;
    // Before the stores go: pending deliveries and retries read them.
    if (m_context)
        m_context->notify = [](const QString &, const QJsonObject &) {};
    delete m_webhooks;
    m_webhooks = nullptr;
}

QSet<QString> Sandbox::allScopes()
{
    static const char *const resources[] = {
        "opportunities", "postings", "stages", "archive_reasons", "tags", "sources", "users", "interviews",
        "panels", "notes", "feedback", "feedback_templates", "files", "uploads", "requisitions",
        "requisition_fields", "webhooks", "offers", "applications", "referrals", "resumes", "contact",
        "audit_events", "eeo_responses",
    };
    QSet<QString> scopes{u"offline_access"_s, u"confidential:access:admin"_s, u"eeo_responses_pii:read:admin"_s};
    for (const char *r : resources) {
        scopes.insert(QString::fromLatin1(r) + u":read:admin"_s);
        scopes.insert(QString::fromLatin1(r) + u":write:admin"_s);
    }
    return scopes;
}

bool Sandbox::start(QString *error)
{
    try {
        m_db = std::make_unique<Database>(m_options.dbPath);
        m_docs = std::make_unique<DocumentStore>(*m_db);
        m_opportunities = std::make_unique<OpportunityStore>(*m_db);
        auto clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
        m_audit = std::make_unique<AuditLog>(*m_docs, clock);
        m_context = std::unique_ptr<SandboxContext>(new SandboxContext{*m_db, *m_docs, *m_opportunities, *m_audit,
                                                                       clock, {}, {}, {}});
        m_context->notify = [](const QString &, const QJsonObject &) {};
        m_auth = std::make_unique<Authenticator>(*m_context);
        m_rateLimiter = std::make_unique<RateLimiter>(m_options.rate, m_options.burst);
        m_rateLimiter->setEnabled(m_options.rateLimit);
        m_faults = std::make_unique<FaultInjector>();
        m_faults->setRates(m_options.failRate, m_options.dropRate);
        m_faults->setLatencyMs(m_options.latencyMs);
        m_requestLog = std::make_unique<RequestLog>();

        m_server = new SandboxServer(*this);
        auto *tcp = new GuardedTcpServer(m_options.maxBodyBytes, m_server);
        if (!tcp->listen(m_options.address, m_options.port)) {
            if (error)
                *error = u"cannot listen on "_s + m_options.address.toString() + u':' +
                         QString::number(m_options.port) + u": "_s + tcp->errorString();
            return false;
        }
        m_server->bind(tcp);
        m_port = tcp->serverPort();
        const QString host = m_options.address.protocol() == QAbstractSocket::IPv6Protocol
                                 ? u'[' + m_options.address.toString() + u']'
                                 : m_options.address.toString();
        m_context->origin = u"http://"_s + host + u':' + QString::number(m_port);

        if (m_db->isEmpty()) {
            BaselineData::seed(*m_context, m_options.seed);
            // [demo-data-seed]
            DemoData::generate(*m_context, m_options.demoSize, m_options.seed);
        }
        installRoutes();
        const QString admin = BaselineData::superAdminId(*m_context);
        m_apiKey = m_auth->createApiKey(allScopes(), true, admin, u"sandbox admin key"_s, m_options.apiKey);
        m_auth->setAdminKey(m_apiKey);
        m_audit->record(u"api_key.created"_s, admin, u"api_key"_s, Authenticator::hash(m_apiKey),
                        QJsonObject{{u"label"_s, u"sandbox admin key"_s}});
        m_oauth = new OAuthServer(*m_context, m_options, this);
        m_oauth->install(*m_public);
        m_context->verifyBearer = [oauth = m_oauth](const QByteArray &token) {
            return oauth->verifyBearer(token);
        };
        // [start-services]
        m_webhooks = new WebhookDispatcher(*m_context, m_options.webhookRetryBaseMs, this);
        m_context->notify = [this](const QString &event, const QJsonObject &data) {
            m_webhooks->notify(event, data);
        };
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

void Sandbox::installRoutes()
{
    m_api = std::make_unique<Router>();
    m_public = std::make_unique<Router>();
    m_control = std::make_unique<Router>();
    OpportunityRoutes::install(*m_api, *m_context);
    ControlRoutes::install(*m_control, *this);
    // [route-group-installs]
    WebhookTestRoutes::install(*m_control, *this); // the control API's "send test event"
    WebhookRoutes::install(*m_api, *m_context);
    AuditRoutes::install(*m_api, *m_context);
    EeoRoutes::install(*m_api, *m_context);
    OpportunityWriteRoutes::install(*m_api, *m_context);
    OpportunityTagRoutes::install(*m_api, *m_context);
    ContactRoutes::install(*m_api, *m_context);
    ApplicationRoutes::install(*m_api, *m_context);
    OfferRoutes::install(*m_api, *m_context);
    ReferralRoutes::install(*m_api, *m_context);
    CatalogRoutes::install(*m_api, *m_context);
    PostingRoutes::install(*m_api, *m_context);
    RequisitionRoutes::install(*m_api, *m_context);
    UserRoutes::install(*m_api, *m_context);
    PanelRoutes::install(*m_api, *m_context);
    InterviewRoutes::install(*m_api, *m_context);
    FeedbackRoutes::install(*m_api, *m_context);
    NoteRoutes::install(*m_api, *m_context);
    FileRoutes::install(*m_api, *m_context);
    UploadRoutes::install(*m_api, *m_context);
    ResumeRoutes::install(*m_api, *m_context);
    // Real-Lever endpoints outside the spec (lever-response-shapes.md records them).
    DeletedRoutes::install(*m_api, *m_context);
    DispositionRoutes::install(*m_api, *m_context);
    ApplyRoutes::install(*m_api, *m_context);
    PostingUserRoutes::install(*m_api, *m_context);
    FeedbackTemplateRoutes::install(*m_api, *m_context);
}

QString Sandbox::origin() const
{
    return m_context ? m_context->origin : QString();
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(origin() + u"/v1"_s);
}

quint16 Sandbox::port() const
{
    return m_port;
}

QString Sandbox::apiKey() const
{
    return m_apiKey;
}

QString Sandbox::clientId() const
{
    return m_oauth ? m_oauth->clientId() : QString();
}

QString Sandbox::clientSecret() const
{
    return m_oauth ? m_oauth->clientSecret() : QString();
}

QString Sandbox::publicClientId() const
{
    return m_oauth ? m_oauth->publicClientId() : QString();
}

OAuthServer &Sandbox::oauth()
{
    return *m_oauth;
}

QJsonObject Sandbox::readyInfo() const
{
    QJsonObject info{{u"baseUrl"_s, baseUrl().toString()}, {u"apiKey"_s, m_apiKey}};
    if (m_oauth)
        info.insert(u"oauth"_s, m_oauth->readyInfo());
    // [ready-info]
    return info;
}

QString Sandbox::createApiKey(const QSet<QString> &scopes, bool confidentialAccess, const QString &userId)
{
    const QString user = userId.isEmpty() ? BaselineData::superAdminId(*m_context) : userId;
    const QString key = m_auth->createApiKey(scopes, confidentialAccess, user, u"test key"_s);
    m_audit->record(u"api_key.created"_s, user, u"api_key"_s, Authenticator::hash(key));
    return key;
}

SandboxContext &Sandbox::context()
{
    return *m_context;
}

RateLimiter &Sandbox::rateLimiter()
{
    return *m_rateLimiter;
}

FaultInjector &Sandbox::faults()
{
    return *m_faults;
}

RequestLog &Sandbox::requestLog()
{
    return *m_requestLog;
}

WebhookDispatcher &Sandbox::webhooks()
{
    return *m_webhooks;
}

Response Sandbox::handle(Request &request)
{
    Response response;
    QString credential;
    const bool api = request.path == u"/v1"_s || request.path.startsWith(u"/v1/"_s);
    try {
        if (request.body.size() > m_options.maxBodyBytes ||
            (request.contentType() == "application/json" && request.body.size() > m_options.maxJsonBodyBytes))
            throw SandboxError(413, u"PayloadTooLarge"_s, u"The request body is too large"_s);
        if (api) {
            request.path = request.path.mid(3);
            request.segments.removeFirst();
            request.principal = m_auth->authenticate(request);
            credential = request.principal.credentialId;
            qint64 retryAfterMs = 0;
            if (!m_rateLimiter->tryAcquire(credential, &retryAfterMs)) {
                response = Response::error(429, u"TooManyRequests"_s,
                                           u"Rate limit exceeded: slow down and retry after the indicated delay"_s);
                response.headers.append({"Retry-After", QByteArray::number(qMax<qint64>(1, (retryAfterMs + 999) / 1000))});
            } else if (request.injectedFailure) {
                response = request.injectedFailure == 503
                               ? Response::error(503, u"ServiceUnavailable"_s, u"Service temporarily unavailable"_s)
                               : Response::error(500, u"InternalServerError"_s, u"Injected server error"_s);
            } else {
                QString actor = request.principal.userId;
                if (request.hasQuery(u"perform_as"_s)) {
                    actor = request.queryValue(u"perform_as"_s);
                    const auto user = m_docs->get(u"user"_s, actor);
                    if (!user || !user->value(u"deactivatedAt"_s).isNull())
                        throw SandboxError::badRequest(u"perform_as must be the id of an active user"_s);
                }
                request.setActingUser(actor);
                response = m_api->dispatch(request);
            }
        } else if (request.path.startsWith(u"/_sandbox/"_s)) {
            if (!m_auth->isAdmin(request))
                throw SandboxError(401, u"UnauthorizedError"_s, u"The control API needs the sandbox admin key"_s);
            request.path = request.path.mid(9);
            request.segments.removeFirst();
            response = m_control->dispatch(request);
        } else {
            response = m_public->dispatch(request);
        }
    } catch (const SandboxError &e) {
        response = Response::error(e.status(), e.code(), e.message());
    } catch (const std::exception &e) {
        // A bug, not the client's fault; logged so tests that assert "never a 500" point at it.
        qCWarning(lcSandbox) << "internal error on" << request.method << request.path << e.what();
        response = Response::error(500, u"InternalServerError"_s, u"Internal error"_s);
    }
    QString logged = request.path;
    if (!request.query.isEmpty()) {
        QStringList parts;
        for (const auto &[k, v] : std::as_const(request.query))
            parts.append(k + u'=' + v);
        logged += u'?' + parts.join(u'&');
    }
    if (api)
        m_requestLog->append({0, request.now, request.method, logged, response.status, credential});
    return response;
}

} // namespace lever::sandbox
