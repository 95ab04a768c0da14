#pragma once

#include "EpochMs.h"
#include "JsonReader.h"
#include "types/FeedbackField.h"
#include "types/User.h"

namespace lever::api {

// A filled-in feedback form on an opportunity (GET /opportunities/{id}/feedback/{id}): the template's
// fields, each with its `value`.
struct Feedback
{
    QString id;
    QString type; // interview | user
    QString text;
    QString instructions;
    QString baseTemplateId;
    Ref<User> user; // PUT answers name it `userId`; both are read
    std::optional<QString> panel;
    std::optional<QString> interview;
    QList<FeedbackField> fields;
    std::optional<qint64> createdAt;
    std::optional<qint64> updatedAt;
    std::optional<qint64> completedAt;
    std::optional<qint64> deletedAt;

    // The answer of the one score-system field ("4 - Strong Hire" ... "1 - Strong No Hire"), if any.
    QString score() const;
    QDateTime completedAtTime() const { return EpochMs::toDateTime(completedAt); }

    static Feedback read(JsonReader &r);
    static std::optional<Feedback> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Feedback>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
