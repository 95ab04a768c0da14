#pragma once

#include "JsonReader.h"

namespace lever::api {

// A pipeline stage: `{id, text}`; GET /stages lists them in pipeline order (there is no order field).
struct Stage
{
    QString id;
    QString text;

    static Stage read(JsonReader &r);
    static std::optional<Stage> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Stage>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
