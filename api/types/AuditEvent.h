#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// An entry of the account's audit log (GET /audit_events): who did what to which target.
struct AuditEvent
{
    QString id;
    QString type; // e.g. "user.deactivated", "api_key.created"
    qint64 createdAt = 0;
    std::optional<QString> user;
    QString targetType;
    QString targetId;
    QJsonObject meta; // event specific, kept as sent

    QDateTime createdAtTime() const { return EpochMs::toDateTime(createdAt); }
    static AuditEvent read(JsonReader &r);
    static std::optional<AuditEvent> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<AuditEvent>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
