#include "WebhookTestRoutes.h"

#include "DocumentStore.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "Sandbox.h"
#include "SandboxContext.h"
#include "WebhookDispatcher.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

void WebhookTestRoutes::install(Router &router, Sandbox &sandbox)
{
    auto *sender = new WebhookTestRoutes(sandbox.context(), &sandbox);
    router.add("POST", u"/webhooks/:id/test"_s, {}, [sender, &sandbox](Request &request) {
        const QString id = request.param(u"id"_s);
        const QJsonObject webhook = sandbox.context().docs.require(u"webhook"_s, id, u"Webhook"_s);
        qint64 triggeredAt = 0;
        const QString deliveryId = sender->send(id, &triggeredAt);
        return Response::data(QJsonObject{{u"deliveryId"_s, deliveryId},
                                          {u"webhookId"_s, id},
                                          {u"event"_s, webhook.value(u"event"_s)},
                                          {u"triggeredAt"_s, triggeredAt}},
                              202);
    });
}

WebhookTestRoutes::WebhookTestRoutes(SandboxContext &ctx, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // a 3xx is a failure, as in Lever
}

WebhookTestRoutes::~WebhookTestRoutes()
{
    // The sandbox's stores may already be gone: a reply must not call back now.
    const QSet<QNetworkReply *> replies = m_inFlight;
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

QString WebhookTestRoutes::send(const QString &webhookId, qint64 *triggeredAt)
{
    const QString deliveryId = SandboxContext::newId();
    const qint64 at = m_ctx.now();
    *triggeredAt = at;
    // Sent from the event loop, so the control request is answered first.
    QTimer::singleShot(0, this, [this, deliveryId, webhookId, at] {
        std::optional<QJsonObject> webhook;
        QString key;
        try {
            webhook = m_ctx.docs.get(u"webhook"_s, webhookId);
            if (webhook)
                key = WebhookDispatcher::signatureTokenOf(m_ctx, webhookId);
        } catch (const std::exception &) {
            webhook.reset(); // storage trouble outside a request: nothing is sent, the poll times out
        }
        if (!webhook)
            return; // deleted meanwhile
        const QString url = webhook->value(u"url"_s).toString();
        const QString event = webhook->value(u"event"_s).toString();
        const QString token = WebhookDispatcher::randomToken();
        const QJsonObject body{
            {u"id"_s, deliveryId},
            {u"event"_s, event},
            {u"triggeredAt"_s, at},
            {u"token"_s, token},
            {u"signature"_s, WebhookDispatcher::signature(key, token, at)},
            {u"data"_s, QJsonObject()},
        };
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Lever-Webhooks"));
        request.setTransferTimeout(WebhookDispatcher::kDefaultTimeoutMs);
        const qint64 startedAt = m_ctx.now();
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        QNetworkReply *reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        m_inFlight.insert(reply);
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, deliveryId, webhookId, event, url, startedAt, clock] {
                    m_inFlight.remove(reply);
                    reply->deleteLater();
                    const QVariant attribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
                    const int status = attribute.isValid() ? attribute.toInt() : 0;
                    const bool succeeded = status >= 200 && status <= 299;
                    QJsonValue error;
                    if (status == 0)
                        error = reply->errorString();
                    else if (!succeeded)
                        error = QString(u"HTTP "_s + QString::number(status));
                    const QJsonObject attempt{
                        {u"id"_s, SandboxContext::newId()},
                        {u"deliveryId"_s, deliveryId},
                        {u"webhookId"_s, webhookId},
                        {u"event"_s, event},
                        {u"url"_s, url},
                        {u"attempt"_s, 1},
                        {u"status"_s, status ? QJsonValue(status) : QJsonValue()},
                        {u"error"_s, error},
                        {u"at"_s, startedAt},
                        {u"succeeded"_s, succeeded},
                        {u"test"_s, true},
                        {u"durationMs"_s, clock->elapsed()},
                    };
                    try {
                        m_ctx.docs.put(u"webhook_delivery"_s, attempt.value(u"id"_s).toString(), webhookId,
                                       attempt);
                    } catch (const std::exception &) {
                        // Nothing to answer outside a request; the console's poll times out instead.
                    }
                });
    });
    return deliveryId;
}

} // namespace lever::sandbox
