#pragma once

#include "JsonReader.h"

namespace lever::api {

// A phone number of a candidate: `{type, value}` (type e.g. "mobile", "home", "work").
struct Phone
{
    QString type;
    QString value;

    static Phone read(JsonReader &r);
    static std::optional<Phone> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Phone>(o, error);
    }
    QJsonObject toJson() const;
    bool operator==(const Phone &) const = default;
};

} // namespace lever::api
