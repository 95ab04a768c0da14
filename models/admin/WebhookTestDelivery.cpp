#include "WebhookTestDelivery.h"

#include "Client.h"
#include "Credentials.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
constexpr int kPollMs = 250;
constexpr int kMaxPolls = 60; // the sandbox gives a receiver 10 s; wait a little longer
} // namespace

WebhookTestDelivery::WebhookTestDelivery(api::Client &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_poll.setInterval(kPollMs);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &WebhookTestDelivery::poll);
}

bool WebhookTestDelivery::isAvailable() const
{
    const QUrl base = m_client.baseUrl();
    const bool loopback = base.host() == u"localhost"_s || QHostAddress(base.host()).isLoopback();
    return base.scheme() == u"http"_s && loopback && base.path().endsWith(u"/v1"_s);
}

QString WebhookTestDelivery::unavailableText()
{
    return tr("Lever's API cannot send test events. Use the test button on Lever's own webhook settings "
              "page, or try the console's demo mode, whose sandbox can.");
}

QUrl WebhookTestDelivery::controlUrl(const QString &path, const QString &query) const
{
    QUrl url = m_client.baseUrl();
    QString root = url.path();
    root.chop(3); // "/v1"
    url.setPath(root + u"/_sandbox"_s + path);
    url.setQuery(query);
    return url;
}

QNetworkReply *WebhookTestDelivery::request(const QByteArray &method, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", m_client.credentials().authorization());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(15000);
    if (method == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return m_client.network().post(request, QByteArrayLiteral("{}"));
    }
    return m_client.network().get(request);
}

void WebhookTestDelivery::send(const QString &webhookId)
{
    if (!isAvailable()) {
        Q_EMIT failed(unavailableText());
        return;
    }
    if (isBusy())
        return;
    m_polls = 0;
    m_deliveryId.clear();
    QNetworkReply *reply =
        request("POST", controlUrl(u"/webhooks/"_s + QString::fromLatin1(QUrl::toPercentEncoding(webhookId)) +
                                   u"/test"_s));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr; // no longer busy with it, though it is deleted later
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 401 || status == 403 || (status == 404 && body.isEmpty())) {
            Q_EMIT failed(tr("This sandbox did not accept the request for a test event (HTTP %1). Test "
                             "events need the sandbox's admin key, as the demo account has.")
                              .arg(status));
            return;
        }
        if (status != 202) {
            const QString message = body.value(u"message"_s).toString();
            Q_EMIT failed(
                status ? tr("The sandbox refused the test event (HTTP %1): %2").arg(status).arg(message)
                       : tr("The sandbox could not be reached: %1").arg(reply->errorString()));
            return;
        }
        m_deliveryId = body.value(u"data"_s).toObject().value(u"deliveryId"_s).toString();
        Q_EMIT sent(m_deliveryId);
        m_poll.start();
    });
}

void WebhookTestDelivery::poll()
{
    if (++m_polls > kMaxPolls) {
        Q_EMIT failed(tr("The sandbox sent the test event but reported no result."));
        return;
    }
    QNetworkReply *reply = request(
        "GET", controlUrl(u"/webhook_deliveries"_s,
                          u"delivery_id="_s + QString::fromLatin1(QUrl::toPercentEncoding(m_deliveryId))));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr; // no longer busy with it, though it is deleted later
        const QJsonArray attempts =
            QJsonDocument::fromJson(reply->readAll()).object().value(u"data"_s).toArray();
        if (attempts.isEmpty()) {
            m_poll.start();
            return;
        }
        const QJsonObject attempt = attempts.last().toObject();
        Outcome outcome;
        outcome.delivered = attempt.value(u"succeeded"_s).toBool();
        outcome.status = attempt.value(u"status"_s).toInt();
        outcome.error = attempt.value(u"error"_s).toString();
        outcome.at = qint64(attempt.value(u"at"_s).toDouble());
        outcome.durationMs =
            attempt.contains(u"durationMs"_s) ? qint64(attempt.value(u"durationMs"_s).toDouble()) : -1;
        outcome.deliveryId = m_deliveryId;
        Q_EMIT finished(outcome);
    });
}

} // namespace lever::models
