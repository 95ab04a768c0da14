#pragma once

#include "JsonReader.h"

namespace lever::api {

// A tag with how many opportunities carry it (GET /tags): `{text, count}`.
struct Tag
{
    QString text;
    qint64 count = 0;

    static Tag read(JsonReader &r);
    static std::optional<Tag> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Tag>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
