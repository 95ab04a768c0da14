#pragma once

#include "JsonReader.h"

namespace lever::api {

// Why an opportunity is archived: `{id, text, status: active|inactive, type: hired|non-hired}`.
struct ArchiveReason
{
    QString id;
    QString text;
    QString status;
    std::optional<QString> type; // null in some answers (GET /disposition_stages)

    bool isActive() const { return status != QStringLiteral("inactive"); }
    bool isHired() const { return type == QStringLiteral("hired"); }
    static ArchiveReason read(JsonReader &r);
    static std::optional<ArchiveReason> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<ArchiveReason>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
