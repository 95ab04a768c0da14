#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// A file stored for 24 hours by POST /uploads, to be referenced by an application.
struct Upload
{
    QString id;
    QString uri;
    QString filename;
    std::optional<qint64> expiresAt;
    qint64 size = 0;

    static Upload read(JsonReader &r);
    static std::optional<Upload> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Upload>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
