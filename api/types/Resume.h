#pragma once

#include "EpochMs.h"
#include "JsonReader.h"
#include "types/File.h"

namespace lever::api {

// A parsed resume on an opportunity (GET /opportunities/{id}/resumes/{id}).
struct Resume
{
    QString id;
    std::optional<qint64> createdAt;
    File file;
    QJsonObject parsedData; // {positions[], schools[]}, kept as sent

    static Resume read(JsonReader &r);
    static std::optional<Resume> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Resume>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
