#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// A file attached to an opportunity (GET /opportunities/{id}/files/{id}), also the `file` of a resume.
struct File
{
    QString id;
    QString name;
    QString ext;
    QString downloadUrl;
    std::optional<qint64> uploadedAt;
    std::optional<QString> status; // processing | processed | unsupported | error
    qint64 size = 0;

    bool hasFailed() const { return status == QStringLiteral("error"); }
    QDateTime uploadedAtTime() const { return EpochMs::toDateTime(uploadedAt); }

    static File read(JsonReader &r);
    static std::optional<File> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<File>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
