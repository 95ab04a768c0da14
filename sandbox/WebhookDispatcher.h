#pragma once

#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace lever::sandbox {

struct SandboxContext;

// Delivers webhook events for real, as Lever does (lever-api-notes.md §5): every webhook subscribed
// to an event whose conditions match gets a signed POST, failures are retried with growing gaps,
// and every attempt is recorded as a `webhook_delivery` document (parent: the webhook id).
//
// Event data contracts (`SandboxContext::notify(event, data)`; every emitter uses exactly these,
// ids are strings):
//   candidateStageChange   {opportunityId, candidateId (= opportunityId), contactId, fromStageId, toStageId}
//   candidateArchiveChange {opportunityId, candidateId, contactId, fromArchived, toArchived}
//                          (each archived value is null or {reason, archivedAt})
//   candidateHired         {opportunityId, candidateId, contactId, archiveReasonId}
//   candidateDeleted       {opportunityId, candidateId, contactId, deletedBy}
//   applicationCreated     {opportunityId, candidateId, contactId, applicationId, postingId}
//   interviewCreated | interviewUpdated | interviewDeleted
//                          {opportunityId, candidateId, contactId, interviewId, panelId}
//   contactCreated | contactUpdated {contactId}
// Emit only after the write is committed: a delivery cannot be called back.
//
// Request body: {id, event, triggeredAt, token, signature, data}; `signature` is the hex
// HMAC-SHA256 of `token + triggeredAt` (decimal) keyed by the webhook's signature token.
// Attempt record: {id, deliveryId, webhookId, event, url, attempt (1-based), status (HTTP status or
// null), error (null on success), at (epoch ms), succeeded}.
class WebhookDispatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxAttempts = 6; // the first try plus Lever's five retries
    static constexpr int kDefaultTimeoutMs = 10000;

    // `retryBaseMs`: the gap after the first failure; each further gap is four times longer.
    WebhookDispatcher(SandboxContext &ctx, int retryBaseMs, QObject *parent = nullptr);
    ~WebhookDispatcher() override;

    // The ten event names, the four that take `configuration.conditions`, and the origins allowed there.
    static const QStringList &eventNames();
    static bool takesConditions(const QString &event);
    static const QStringList &origins(); // in the order Lever lists them

    static QString signature(const QString &signatureToken, const QString &token, qint64 triggeredAt);
    static QString randomToken(); // 48 hex characters, like Lever's tokens

    // The signing key of a webhook lives in its own `webhook_secret` document, so the `webhook`
    // document is served as-is. `signatureTokenOf` mints one for webhooks stored without it.
    static QString createSignatureToken(SandboxContext &ctx, const QString &webhookId);
    static QString signatureTokenOf(SandboxContext &ctx, const QString &webhookId);
    static void forgetSignatureToken(SandboxContext &ctx, const QString &webhookId);

    // Queues `event` for every matching webhook and returns how many deliveries were queued.
    // Sending starts from the event loop, so the request that caused the event answers first.
    int notify(const QString &event, const QJsonObject &data);

    int pendingCount() const { return int(m_pending.size()); } // queued, in flight or awaiting a retry
    void setAttemptTimeoutMs(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    void attemptRecorded(const QJsonObject &attempt);
    // After a success, or when the last attempt failed or the webhook was deleted meanwhile.
    void deliveryFinished(const QString &deliveryId, bool succeeded);

private:
    struct Delivery
    {
        QString id;
        QString webhookId;
        QString event;
        qint64 triggeredAt = 0;
        QJsonObject data;
        int attempt = 0; // attempts made so far
    };

    QString originOf(const QJsonObject &data) const;
    void send(Delivery delivery);
    void finished(Delivery delivery, QNetworkReply *reply, const QString &url, qint64 startedAt,
                  bool timedOut);
    void done(const Delivery &delivery, bool succeeded);

    SandboxContext &m_ctx;
    int m_retryBaseMs;
    int m_timeoutMs = kDefaultTimeoutMs;
    QNetworkAccessManager *m_nam;
    QSet<QString> m_pending;
    QSet<QNetworkReply *> m_inFlight;
};

} // namespace lever::sandbox
