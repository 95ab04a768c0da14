#pragma once

#include <QObject>
#include <QSet>

class QNetworkAccessManager;
class QNetworkReply;

namespace lever::sandbox {

class Router;
class Sandbox;
struct SandboxContext;

// POST /_sandbox/webhooks/:id/test: the sandbox's stand-in for the "test" button of Lever's webhook
// settings page. The Data API has no such operation, so it lives in the control API (admin key only),
// which the console can reach when it is connected to a sandbox with that key (demo mode).
//
// It sends ONE signed delivery to that webhook only (not to every subscriber of the event), with
// `data: {}` as Lever's own test does, signed exactly like WebhookDispatcher (hex HMAC-SHA256 of
// `token + triggeredAt`, keyed by the webhook's signature token), without retries, and records the
// attempt as a `webhook_delivery` like every other, plus `test: true` and `durationMs`. It answers 202
// with {deliveryId, webhookId, event, triggeredAt}; the result is read from
// GET /_sandbox/webhook_deliveries?delivery_id=...
class WebhookTestRoutes : public QObject
{
    Q_OBJECT
public:
    static void install(Router &router, Sandbox &sandbox);

    WebhookTestRoutes(SandboxContext &ctx, QObject *parent);
    ~WebhookTestRoutes() override;

    // Queues the test delivery and returns its id.
    QString send(const QString &webhookId, qint64 *triggeredAt);

private:
    SandboxContext &m_ctx;
    QNetworkAccessManager *m_nam;
    QSet<QNetworkReply *> m_inFlight;
};

} // namespace lever::sandbox
