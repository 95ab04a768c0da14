#include "WebhookResource.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Webhook> WebhookResource::list(Priority priority)
{
    return Resource::list<Webhook>(u"/webhooks"_s, {}, priority);
}

Call<Webhook> WebhookResource::create(const Webhook &webhook)
{
    if (webhook.url.isEmpty() || webhook.event.isEmpty())
        return refuse<Webhook>(u"A webhook needs an event and a URL"_s);
    return write<Webhook>("POST", u"/webhooks"_s, webhook.toWriteJson(false), PerformAs::No);
}

Call<Webhook> WebhookResource::update(const QString &id, const Webhook &webhook)
{
    QJsonObject body = webhook.toWriteJson(true);
    body.remove("id"_L1);
    return write<Webhook>("PUT", path({u"webhooks"_s, id}), body, PerformAs::No);
}

Call<QList<Webhook>> WebhookResource::updateAll(const QList<Webhook> &webhooks)
{
    QJsonArray items;
    for (const Webhook &w : webhooks)
        items.append(w.toWriteJson(true));
    // The answer lists the webhooks under `data`, like a page without a next token.
    Job::Parser parser = [](const QByteArray &body, int) {
        QString error;
        auto page = Page<Webhook>::fromJson(body, &error);
        if (!page)
            return Parsers::failed(error);
        return Job::Parsed{page->items, std::nullopt};
    };
    return write<QList<Webhook>>("PUT", u"/webhooks"_s, QJsonObject{{"data"_L1, items}}, PerformAs::No, {},
                                 std::move(parser));
}

Call<NoContent> WebhookResource::remove(const QString &id)
{
    return Resource::remove(path({u"webhooks"_s, id}), PerformAs::No);
}

} // namespace lever::api
