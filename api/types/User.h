#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// A Lever user (recruiter, hiring manager, interviewer, admin), as GET /users/{id} answers.
struct User
{
    QString id;
    QString name;
    QString username;
    QString email;
    QString accessRole; // super admin | admin | team member | limited team member | interviewer
    std::optional<QString> photo;
    std::optional<qint64> createdAt;
    std::optional<qint64> deactivatedAt;
    std::optional<QString> externalDirectoryId;
    std::optional<QStringList> linkedContactIds;
    std::optional<QString> jobTitle;
    std::optional<QString> managerId;

    bool isDeactivated() const { return deactivatedAt.has_value(); }
    QDateTime createdAtTime() const { return EpochMs::toDateTime(createdAt); }

    static User read(JsonReader &r);
    static std::optional<User> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<User>(o, error);
    }
    QJsonObject toJson() const;
    // Body of POST /users and PUT /users/{id} (PUT replaces: name, email and accessRole required).
    QJsonObject toWriteJson() const;
};

} // namespace lever::api
