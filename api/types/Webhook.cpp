#include "Webhook.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
struct ConditionsReader
{
    static QStringList read(JsonReader &r) { return r.strings("origins"_L1); }
};
struct ConfigurationReader
{
    QStringList origins;
    std::optional<QString> signatureToken;
    static ConfigurationReader read(JsonReader &r)
    {
        return {r.nested<ConditionsReader>("conditions"_L1).value_or(QStringList()),
                r.nullableString("signatureToken"_L1)};
    }
};
} // namespace

Webhook Webhook::read(JsonReader &r)
{
    Webhook w;
    w.id = r.string("id"_L1);
    w.event = r.string("event"_L1);
    w.url = r.string("url"_L1);
    if (const auto configuration = r.nested<ConfigurationReader>("configuration"_L1)) {
        w.origins = configuration->origins;
        w.signatureToken = configuration->signatureToken;
    }
    w.createdAt = r.nullableInteger("createdAt"_L1);
    w.updatedAt = r.nullableInteger("updatedAt"_L1);
    return w;
}

QJsonObject Webhook::toJson() const
{
    QJsonObject configuration{{"conditions"_L1, QJsonObject{{"origins"_L1, JsonWriter::strings(origins)}}}};
    if (signatureToken)
        configuration.insert("signatureToken"_L1, *signatureToken);
    return QJsonObject{{"id"_L1, id},
                       {"event"_L1, event},
                       {"url"_L1, url},
                       {"configuration"_L1, configuration},
                       {"createdAt"_L1, JsonWriter::nullable(createdAt)},
                       {"updatedAt"_L1, JsonWriter::nullable(updatedAt)}};
}

QJsonObject Webhook::toWriteJson(bool forUpdate) const
{
    QJsonObject o{{"url"_L1, url}};
    if (forUpdate)
        o.insert("id"_L1, id);
    else
        o.insert("event"_L1, event);
    if (!origins.isEmpty())
        o.insert("configuration"_L1,
                 QJsonObject{{"conditions"_L1, QJsonObject{{"origins"_L1, JsonWriter::strings(origins)}}}});
    return o;
}

} // namespace lever::api
