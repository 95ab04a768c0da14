#pragma once

#include "JsonReader.h"

namespace lever::api {

// A candidate source with how many opportunities carry it (GET /sources): `{text, count}`.
struct Source
{
    QString text;
    qint64 count = 0;

    static Source read(JsonReader &r);
    static std::optional<Source> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Source>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
