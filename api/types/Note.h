#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// A note on an opportunity (GET /opportunities/{id}/notes/{id}); `fields` holds the note and its
// threaded comments, oldest first.
struct Note
{
    struct Field
    {
        QString type; // "note"
        QString text;
        QString value;
        QString user;
        std::optional<QString> stage;
        std::optional<qint64> score;
        std::optional<qint64> createdAt;

        static Field read(JsonReader &r);
        QJsonObject toJson() const;
    };

    QString id;
    QString text;
    QList<Field> fields;
    QString user;
    bool secret = false;
    std::optional<qint64> completedAt;
    std::optional<qint64> createdAt;
    std::optional<qint64> deletedAt;
    std::optional<QString> noteId; // in create answers

    QString value() const { return fields.isEmpty() ? QString() : fields.first().value; }
    QDateTime createdAtTime() const { return EpochMs::toDateTime(createdAt); }

    static Note read(JsonReader &r);
    static std::optional<Note> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Note>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
