#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace lever::api {
class Client;
}

namespace lever::models {

// "Send test event" for a webhook. Lever's Data API has no such operation (Lever's settings page has a
// test button, sending `data: {}`), so this works against the built-in sandbox only: it asks the
// sandbox's control API, POST <origin>/_sandbox/webhooks/{id}/test (the sandbox's admin key, which is the
// demo account's key), to deliver one signed event for real, then polls
// GET <origin>/_sandbox/webhook_deliveries?delivery_id=... for the attempt (status, time, error).
// The control API is outside /v1, so it goes through the client's QNetworkAccessManager and
// Authorization header directly rather than a typed call (it is not metered by Lever's rate limit).
class WebhookTestDelivery : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        bool delivered = false; // the receiver answered 2xx
        int status = 0;         // HTTP status the receiver answered; 0 when none
        QString error;          // why it failed (network error, HTTP status, time-out), else empty
        qint64 at = 0;          // when the sandbox sent it (epoch ms)
        qint64 durationMs = -1; // the receiver's answer time
        QString deliveryId;
    };

    explicit WebhookTestDelivery(api::Client &client, QObject *parent = nullptr);

    // Whether the client talks to a local sandbox (http to a loopback host, API under /v1), the only
    // place test deliveries exist; the control API itself still checks the key.
    bool isAvailable() const;
    static QString unavailableText();

    void send(const QString &webhookId);
    bool isBusy() const { return m_reply || m_poll.isActive(); }

Q_SIGNALS:
    void sent(const QString &deliveryId); // the sandbox accepted it; the result follows
    void finished(const Outcome &outcome);
    void failed(const QString &message); // it could not be asked for or its result never came

private:
    QUrl controlUrl(const QString &path, const QString &query = {}) const;
    QNetworkReply *request(const QByteArray &method, const QUrl &url);
    void poll();

    api::Client &m_client;
    QPointer<QNetworkReply> m_reply;
    QTimer m_poll;
    QString m_deliveryId;
    int m_polls = 0;
};

} // namespace lever::models
