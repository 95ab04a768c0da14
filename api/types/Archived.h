#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// Why and when an opportunity (or application) was archived: `{reason, archivedAt}`.
struct Archived
{
    QString reason; // archive reason id
    qint64 archivedAt = 0;

    QDateTime archivedAtTime() const { return EpochMs::toDateTime(archivedAt); }
    static Archived read(JsonReader &r);
    static std::optional<Archived> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Archived>(o, error);
    }
    QJsonObject toJson() const;
    bool operator==(const Archived &) const = default;
};

} // namespace lever::api
