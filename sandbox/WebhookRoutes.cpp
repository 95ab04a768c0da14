#include "WebhookRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "DocumentStore.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"
#include "WebhookDispatcher.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QString kWebhook = u"webhook"_s;
constexpr qsizetype kMaxUrlLength = 2048;
constexpr qsizetype kMaxBulkItems = 100;

QString requireUrl(const QJsonObject &body, const QString &field)
{
    const QJsonValue value = body.value(u"url"_s);
    if (!value.isString())
        throw SandboxError::badRequest(field + u" is required and must be a string"_s);
    const QString text = value.toString();
    if (text.size() > kMaxUrlLength)
        throw SandboxError::badRequest(field + u" must be at most "_s + QString::number(kMaxUrlLength) +
                                       u" characters"_s);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || url.host().isEmpty())
        throw SandboxError::badRequest(field + u" must be an absolute http or https URL"_s);
    return text;
}

// Lever's stored form: the four condition-taking events always carry `conditions.origins` (every
// origin unless narrowed), the other six an empty configuration.
QJsonObject parseConfiguration(const QString &event, const QJsonValue &value, const QString &field)
{
    const bool conditional = WebhookDispatcher::takesConditions(event);
    QStringList chosen = WebhookDispatcher::origins();
    if (!value.isUndefined() && !value.isNull()) {
        if (!value.isObject())
            throw SandboxError::badRequest(field + u" must be an object"_s);
        const QJsonValue conditions = value.toObject().value(u"conditions"_s);
        if (!conditions.isUndefined() && !conditions.isNull()) {
            if (!conditional)
                throw SandboxError::badRequest(
                    event + u" webhooks take no conditions; only applicationCreated, candidateArchiveChange, "
                            "candidateHired and candidateStageChange do"_s);
            if (!conditions.isObject())
                throw SandboxError::badRequest(field + u".conditions must be an object"_s);
            const QJsonValue origins = conditions.toObject().value(u"origins"_s);
            if (!origins.isUndefined() && !origins.isNull()) {
                const QString what = field + u".conditions.origins"_s;
                if (!origins.isArray())
                    throw SandboxError::badRequest(what + u" must be an array of strings"_s);
                QSet<QString> wanted;
                const QJsonArray list = origins.toArray();
                for (const QJsonValue &origin : list) {
                    if (!origin.isString() || !WebhookDispatcher::origins().contains(origin.toString()))
                        throw SandboxError::badRequest(what + u" may only contain "_s +
                                                       WebhookDispatcher::origins().join(u", "_s));
                    wanted.insert(origin.toString());
                }
                if (wanted.isEmpty())
                    throw SandboxError::badRequest(what + u" must name at least one origin"_s);
                chosen.removeIf([&wanted](const QString &origin) { return !wanted.contains(origin); });
            }
        }
    }
    if (!conditional)
        return {};
    return QJsonObject{{u"conditions"_s, QJsonObject{{u"origins"_s, QJsonArray::fromStringList(chosen)}}}};
}

QString requireEvent(const QJsonObject &body)
{
    const QJsonValue event = body.value(u"event"_s);
    if (!event.isString() || !WebhookDispatcher::eventNames().contains(event.toString()))
        throw SandboxError::badRequest(u"event is required and must be one of "_s +
                                       WebhookDispatcher::eventNames().join(u", "_s));
    return event.toString();
}

// PUT semantics for one webhook: `url` is required, a `configuration` left out keeps the stored one
// (so changing the URL cannot silently drop an origins filter); the event cannot change.
QJsonObject updated(QJsonObject webhook, const QJsonObject &body, const QString &prefix, qint64 now)
{
    const QString event = webhook.value(u"event"_s).toString();
    const QJsonValue newEvent = body.value(u"event"_s);
    if (!newEvent.isUndefined() && newEvent != QJsonValue(event))
        throw SandboxError::badRequest(prefix + u"event cannot be changed; create a new webhook instead"_s);
    webhook.insert(u"url"_s, requireUrl(body, prefix + u"url"_s));
    if (body.contains(u"configuration"_s))
        webhook.insert(u"configuration"_s, parseConfiguration(event, body.value(u"configuration"_s),
                                                              prefix + u"configuration"_s));
    webhook.insert(u"updatedAt"_s, now);
    return webhook;
}

void audit(SandboxContext &ctx, const Request &request, const QString &type, const QJsonObject &webhook)
{
    ctx.audit.record(
        type, request.actingUser(), kWebhook, webhook.value(u"id"_s).toString(),
        QJsonObject{{u"event"_s, webhook.value(u"event"_s)}, {u"url"_s, webhook.value(u"url"_s)}});
}
} // namespace

void WebhookRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"webhooks:read:admin"_s;
    const QString write = u"webhooks:write:admin"_s;

    // Lever answers this list whole, as `{data: [...]}` without hasNext (lever-response-shapes.md).
    // Stored documents hold no secret (that is a `webhook_secret`), so they are served as they are.
    router.add("GET", u"/webhooks"_s, read, [&ctx](Request &) {
        QJsonArray webhooks;
        const QList<QJsonObject> all = ctx.docs.all(kWebhook);
        for (const QJsonObject &webhook : all)
            webhooks.append(webhook);
        return Response::json(QJsonObject{{u"data"_s, webhooks}});
    });

    router.add("POST", u"/webhooks"_s, write, [&ctx](Request &request) {
        const QJsonObject body = request.jsonBody();
        const QString event = requireEvent(body);
        const QString url = requireUrl(body, u"url"_s);
        const QJsonObject configuration =
            parseConfiguration(event, body.value(u"configuration"_s), u"configuration"_s);
        const QString id = SandboxContext::newId();
        const qint64 now = ctx.now();
        const QJsonObject webhook{{u"id"_s, id},         {u"event"_s, event},
                                  {u"url"_s, url},       {u"configuration"_s, configuration},
                                  {u"createdAt"_s, now}, {u"updatedAt"_s, now}};
        Transaction tx(ctx.db);
        ctx.docs.put(kWebhook, id, {}, webhook);
        const QString token = WebhookDispatcher::createSignatureToken(ctx, id);
        audit(ctx, request, u"webhook.created"_s, webhook);
        tx.commit();
        // The only answer that ever shows the signature token.
        QJsonObject shown = webhook;
        QJsonObject withToken = configuration;
        withToken.insert(u"signatureToken"_s, token);
        shown.insert(u"configuration"_s, withToken);
        return Response::data(shown, 201);
    });

    router.add("PUT", u"/webhooks/:id"_s, write, [&ctx](Request &request) {
        const QJsonObject body = request.jsonBody();
        const QString id = request.param(u"id"_s);
        const QJsonObject webhook =
            updated(ctx.docs.require(kWebhook, id, u"Webhook"_s), body, {}, ctx.now());
        Transaction tx(ctx.db);
        ctx.docs.put(kWebhook, id, {}, webhook);
        audit(ctx, request, u"webhook.updated"_s, webhook);
        tx.commit();
        return Response::data(webhook);
    });

    // Bulk form: {"data": [{id, url, configuration}, ...]}; all or nothing.
    router.add("PUT", u"/webhooks"_s, write, [&ctx](Request &request) {
        const QJsonValue data = request.jsonBody().value(u"data"_s);
        if (!data.isArray())
            throw SandboxError::badRequest(u"data is required and must be an array of webhooks"_s);
        const QJsonArray items = data.toArray();
        if (items.isEmpty() || items.size() > kMaxBulkItems)
            throw SandboxError::badRequest(u"data must hold 1 to "_s + QString::number(kMaxBulkItems) +
                                           u" webhooks"_s);
        const qint64 now = ctx.now();
        QList<QJsonObject> changed;
        QSet<QString> seen;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString prefix = u"data["_s + QString::number(i) + u"]."_s;
            if (!items.at(i).isObject())
                throw SandboxError::badRequest(u"data["_s + QString::number(i) + u"] must be an object"_s);
            const QJsonObject item = items.at(i).toObject();
            if (!item.value(u"id"_s).isString())
                throw SandboxError::badRequest(prefix + u"id is required and must be a string"_s);
            const QString id = item.value(u"id"_s).toString();
            if (seen.contains(id))
                throw SandboxError::badRequest(u"Webhook "_s + id + u" appears more than once in data"_s);
            seen.insert(id);
            changed.append(updated(ctx.docs.require(kWebhook, id, u"Webhook"_s), item, prefix, now));
        }
        Transaction tx(ctx.db);
        QJsonArray out;
        for (const QJsonObject &webhook : std::as_const(changed)) {
            ctx.docs.put(kWebhook, webhook.value(u"id"_s).toString(), {}, webhook);
            audit(ctx, request, u"webhook.updated"_s, webhook);
            out.append(webhook);
        }
        tx.commit();
        return Response::json(QJsonObject{{u"data"_s, out}});
    });

    // Past delivery attempts stay listed (GET /_sandbox/webhook_deliveries); pending retries stop.
    router.add("DELETE", u"/webhooks/:id"_s, write, [&ctx](Request &request) {
        const QString id = request.param(u"id"_s);
        const QJsonObject webhook = ctx.docs.require(kWebhook, id, u"Webhook"_s);
        Transaction tx(ctx.db);
        ctx.docs.remove(kWebhook, id);
        WebhookDispatcher::forgetSignatureToken(ctx, id);
        audit(ctx, request, u"webhook.deleted"_s, webhook);
        tx.commit();
        return Response::noContent();
    });
}

} // namespace lever::sandbox
