#pragma once

#include "JsonReader.h"

namespace lever::api {

// An entry of GET /postings/deleted or /applications/deleted: the record as it was, stamped with
// deletedAt and deletedBy. The delta sync needs only who it was (and, for an application, whose), so
// only those keys are read; the rest of the record is ignored rather than typed twice.
struct DeletedRecord
{
    QString id;
    std::optional<qint64> deletedAt;
    std::optional<QString> deletedBy;
    std::optional<QString> opportunityId; // applications only
    std::optional<QString> posting;       // applications only: the posting applied to

    static DeletedRecord read(JsonReader &r);
    static std::optional<DeletedRecord> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<DeletedRecord>(o, error);
    }
};

} // namespace lever::api
