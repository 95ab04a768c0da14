#include "WebhookDispatcher.h"

#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWebhooks, "lever.sandbox.webhooks")

namespace lever::sandbox {

namespace {
const QString kWebhook = u"webhook"_s;
const QString kSecret = u"webhook_secret"_s;
const QString kDelivery = u"webhook_delivery"_s;

// The origins a webhook is restricted to; empty when it delivers for every origin.
QStringList restrictedOrigins(const QJsonObject &webhook)
{
    const QJsonArray listed = webhook.value(u"configuration"_s)
                                  .toObject()
                                  .value(u"conditions"_s)
                                  .toObject()
                                  .value(u"origins"_s)
                                  .toArray();
    QStringList origins;
    for (const QJsonValue &origin : listed)
        origins.append(origin.toString());
    for (const QString &origin : WebhookDispatcher::origins()) {
        if (!origins.contains(origin))
            return origins;
    }
    return {};
}
} // namespace

WebhookDispatcher::WebhookDispatcher(SandboxContext &ctx, int retryBaseMs, QObject *parent)
    : QObject(parent)
    , m_ctx(ctx)
    , m_retryBaseMs(qMax(0, retryBaseMs))
    , m_nam(new QNetworkAccessManager(this))
{
    // Lever counts a 3xx as a failure: the delivery goes to the registered URL and nowhere else.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

WebhookDispatcher::~WebhookDispatcher()
{
    // Replies finishing during teardown must not call back into a half-destroyed sandbox.
    const QSet<QNetworkReply *> replies = m_inFlight;
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

const QStringList &WebhookDispatcher::eventNames()
{
    static const QStringList names = {
        u"applicationCreated"_s,     u"candidateHired"_s,   u"candidateStageChange"_s,
        u"candidateArchiveChange"_s, u"candidateDeleted"_s, u"interviewCreated"_s,
        u"interviewUpdated"_s,       u"interviewDeleted"_s, u"contactCreated"_s,
        u"contactUpdated"_s,
    };
    return names;
}

bool WebhookDispatcher::takesConditions(const QString &event)
{
    return event == u"applicationCreated"_s || event == u"candidateArchiveChange"_s ||
           event == u"candidateHired"_s || event == u"candidateStageChange"_s;
}

const QStringList &WebhookDispatcher::origins()
{
    static const QStringList list = {u"applied"_s,    u"sourced"_s,  u"referred"_s,
                                     u"university"_s, u"internal"_s, u"agency"_s};
    return list;
}

QString WebhookDispatcher::signature(const QString &signatureToken, const QString &token, qint64 triggeredAt)
{
    const QByteArray message = QString(token + QString::number(triggeredAt)).toUtf8();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, signatureToken.toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

QString WebhookDispatcher::randomToken()
{
    quint32 words[6];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

QString WebhookDispatcher::createSignatureToken(SandboxContext &ctx, const QString &webhookId)
{
    const QString token = randomToken();
    ctx.docs.put(kSecret, webhookId, {}, QJsonObject{{u"id"_s, webhookId}, {u"signatureToken"_s, token}});
    return token;
}

QString WebhookDispatcher::signatureTokenOf(SandboxContext &ctx, const QString &webhookId)
{
    if (const auto secret = ctx.docs.get(kSecret, webhookId))
        return secret->value(u"signatureToken"_s).toString();
    return createSignatureToken(ctx, webhookId);
}

void WebhookDispatcher::forgetSignatureToken(SandboxContext &ctx, const QString &webhookId)
{
    ctx.docs.remove(kSecret, webhookId);
}

QString WebhookDispatcher::originOf(const QJsonObject &data) const
{
    try {
        const auto opportunity = m_ctx.opportunities.get(data.value(u"opportunityId"_s).toString());
        return opportunity ? opportunity->value(u"origin"_s).toString() : QString();
    } catch (const std::exception &e) {
        qCWarning(lcWebhooks) << "cannot read the opportunity of an event:" << e.what();
        return {};
    }
}

int WebhookDispatcher::notify(const QString &event, const QJsonObject &data)
{
    if (!eventNames().contains(event)) {
        qCWarning(lcWebhooks) << "ignoring unknown webhook event" << event;
        return 0;
    }
    const qint64 triggeredAt = m_ctx.now();
    QList<QJsonObject> webhooks;
    try {
        webhooks = m_ctx.docs.all(kWebhook);
    } catch (const std::exception &e) {
        // The write that raised the event has succeeded; a storage hiccup here must not undo its answer.
        qCWarning(lcWebhooks) << "cannot list webhooks for" << event << e.what();
        return 0;
    }
    std::optional<QString> origin; // looked up once, and only when some webhook filters on it
    int queued = 0;
    for (const QJsonObject &webhook : webhooks) {
        if (webhook.value(u"event"_s).toString() != event)
            continue;
        if (takesConditions(event)) {
            const QStringList allowed = restrictedOrigins(webhook);
            if (!allowed.isEmpty()) {
                if (!origin)
                    origin = originOf(data);
                if (!allowed.contains(*origin))
                    continue;
            }
        }
        Delivery delivery{
            SandboxContext::newId(), webhook.value(u"id"_s).toString(), event, triggeredAt, data, 0};
        m_pending.insert(delivery.id);
        QTimer::singleShot(0, this, [this, delivery] { send(delivery); });
        ++queued;
    }
    return queued;
}

void WebhookDispatcher::send(Delivery delivery)
{
    // Re-read on every attempt: a deleted webhook gets no more retries, an edited one the new URL.
    std::optional<QJsonObject> webhook;
    QString key;
    try {
        webhook = m_ctx.docs.get(kWebhook, delivery.webhookId);
        if (webhook)
            key = signatureTokenOf(m_ctx, delivery.webhookId);
    } catch (const std::exception &e) {
        qCWarning(lcWebhooks) << "cannot read webhook" << delivery.webhookId << e.what();
        webhook.reset();
    }
    if (!webhook) {
        done(delivery, false);
        return;
    }
    const QString url = webhook->value(u"url"_s).toString();
    ++delivery.attempt;
    const QString token = randomToken();
    const QJsonObject body{
        {u"id"_s, delivery.id},
        {u"event"_s, delivery.event},
        {u"triggeredAt"_s, delivery.triggeredAt},
        {u"token"_s, token},
        {u"signature"_s, signature(key, token, delivery.triggeredAt)},
        {u"data"_s, delivery.data},
    };
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Lever-Webhooks"));
    const qint64 startedAt = m_ctx.now();
    QNetworkReply *reply = m_nam->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    m_inFlight.insert(reply);
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, delivery, reply, url, startedAt, timedOut] {
        finished(delivery, reply, url, startedAt, *timedOut);
    });
    timer->start(m_timeoutMs);
}

void WebhookDispatcher::finished(Delivery delivery, QNetworkReply *reply, const QString &url,
                                 qint64 startedAt, bool timedOut)
{
    m_inFlight.remove(reply);
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    const bool succeeded = !timedOut && status >= 200 && status <= 299;
    QJsonValue error;
    if (timedOut)
        error = QString(u"timed out after "_s + QString::number(m_timeoutMs) + u" ms"_s);
    else if (status == 0)
        error = reply->errorString();
    else if (!succeeded)
        error = QString(u"HTTP "_s + QString::number(status) + u' ' +
                        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString())
                    .trimmed();

    const QJsonObject attempt{
        {u"id"_s, SandboxContext::newId()},
        {u"deliveryId"_s, delivery.id},
        {u"webhookId"_s, delivery.webhookId},
        {u"event"_s, delivery.event},
        {u"url"_s, url},
        {u"attempt"_s, delivery.attempt},
        {u"status"_s, status ? QJsonValue(status) : QJsonValue()},
        {u"error"_s, error},
        {u"at"_s, startedAt},
        {u"succeeded"_s, succeeded},
    };
    try {
        m_ctx.docs.put(kDelivery, attempt.value(u"id"_s).toString(), delivery.webhookId, attempt);
    } catch (const std::exception &e) {
        // Outside any request there is no one to answer; keep retrying rather than die.
        qCWarning(lcWebhooks) << "cannot record webhook attempt:" << e.what();
    }
    Q_EMIT attemptRecorded(attempt);

    if (succeeded) {
        done(delivery, true);
    } else if (delivery.attempt >= kMaxAttempts) {
        qCInfo(lcWebhooks) << "giving up on" << delivery.event << "delivery" << delivery.id << "to" << url;
        done(delivery, false);
    } else {
        qint64 gap = m_retryBaseMs;
        for (int n = 1; n < delivery.attempt; ++n)
            gap *= 4;
        QTimer::singleShot(std::chrono::milliseconds(gap), this, [this, delivery] { send(delivery); });
    }
}

void WebhookDispatcher::done(const Delivery &delivery, bool succeeded)
{
    m_pending.remove(delivery.id);
    Q_EMIT deliveryFinished(delivery.id, succeeded);
}

} // namespace lever::sandbox
