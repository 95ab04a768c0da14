#pragma once

#include "resources/Resource.h"
#include "types/Webhook.h"

namespace lever::api {

// API-created webhook subscriptions. The create answer is the only one carrying the signature token.
class WebhookResource : public Resource
{
public:
    explicit WebhookResource(Client &client)
        : Resource(client)
    {}

    Pager<Webhook> list(Priority priority = Priority::Interactive);
    // POST /webhooks {url, event, configuration}.
    Call<Webhook> create(const Webhook &webhook);
    // PUT /webhooks/{id} {url, configuration}.
    Call<Webhook> update(const QString &id, const Webhook &webhook);
    // PUT /webhooks {data: [{id, url, configuration}]}: several at once (Lever's documented form).
    Call<QList<Webhook>> updateAll(const QList<Webhook> &webhooks);
    Call<NoContent> remove(const QString &id);
};

} // namespace lever::api
