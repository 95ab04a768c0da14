#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// An API-created webhook subscription (GET /webhooks). `signatureToken` is only in the create answer:
// store it then, it is never shown again.
struct Webhook
{
    QString id;
    QString event; // applicationCreated | candidateHired | candidateStageChange | ...
    QString url;
    QStringList origins; // configuration.conditions.origins
    std::optional<QString> signatureToken;
    std::optional<qint64> createdAt;
    std::optional<qint64> updatedAt;

    static Webhook read(JsonReader &r);
    static std::optional<Webhook> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Webhook>(o, error);
    }
    QJsonObject toJson() const;
    // Body of POST /webhooks ({url, event, configuration}) and of one PUT item ({id, url, configuration}).
    QJsonObject toWriteJson(bool forUpdate) const;
};

} // namespace lever::api
