#pragma once

#include "EpochMs.h"
#include "JsonReader.h"
#include "types/Interview.h"

namespace lever::api {

// A group of interviews scheduled together (GET /opportunities/{id}/panels). Only API-created panels
// (externallyManaged) can be changed or deleted through the API; PUT replaces the whole panel.
struct Panel
{
    QString id;
    QStringList applications;
    QString timezone; // IANA name
    QString feedbackReminder;
    QString user;
    QString stage;
    std::optional<QString> note;
    std::optional<QString> externalUrl;
    bool externallyManaged = false;
    QList<Interview> interviews;
    std::optional<qint64> start;
    std::optional<qint64> end;
    std::optional<qint64> createdAt;
    std::optional<qint64> canceledAt;

    QDateTime startTime() const { return EpochMs::toDateTime(start); }
    QDateTime endTime() const { return EpochMs::toDateTime(end); }

    static Panel read(JsonReader &r);
    static std::optional<Panel> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Panel>(o, error);
    }
    QJsonObject toJson() const;
    // Body of POST/PUT .../panels: timezone, interviews (with their ids for PUT), applications when
    // given (an empty list is invalid for Lever, so it is left out), feedbackReminder, note, externalUrl.
    QJsonObject toWriteJson() const;
};

} // namespace lever::api
