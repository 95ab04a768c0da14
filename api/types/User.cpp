#include "User.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

User User::read(JsonReader &r)
{
    User u;
    u.id = r.string("id"_L1);
    u.name = r.string("name"_L1);
    u.username = r.string("username"_L1);
    u.email = r.string("email"_L1);
    u.accessRole = r.string("accessRole"_L1);
    u.photo = r.nullableString("photo"_L1);
    u.createdAt = r.nullableInteger("createdAt"_L1);
    u.deactivatedAt = r.nullableInteger("deactivatedAt"_L1);
    u.externalDirectoryId = r.nullableString("externalDirectoryId"_L1);
    u.linkedContactIds = r.nullableStrings("linkedContactIds"_L1);
    u.jobTitle = r.nullableString("jobTitle"_L1);
    u.managerId = r.nullableString("managerId"_L1);
    return u;
}

QJsonObject User::toJson() const
{
    return QJsonObject{
        {"id"_L1, id},
        {"name"_L1, name},
        {"username"_L1, username},
        {"email"_L1, email},
        {"accessRole"_L1, accessRole},
        {"photo"_L1, JsonWriter::nullable(photo)},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"deactivatedAt"_L1, JsonWriter::nullable(deactivatedAt)},
        {"externalDirectoryId"_L1, JsonWriter::nullable(externalDirectoryId)},
        {"linkedContactIds"_L1, JsonWriter::nullable(linkedContactIds)},
        {"jobTitle"_L1, JsonWriter::nullable(jobTitle)},
        {"managerId"_L1, JsonWriter::nullable(managerId)},
    };
}

QJsonObject User::toWriteJson() const
{
    QJsonObject body{{"name"_L1, name}, {"email"_L1, email}};
    if (!accessRole.isEmpty())
        body.insert("accessRole"_L1, accessRole);
    JsonWriter::set(body, "externalDirectoryId"_L1, externalDirectoryId);
    JsonWriter::set(body, "jobTitle"_L1, jobTitle);
    JsonWriter::set(body, "managerId"_L1, managerId);
    return body;
}

} // namespace lever::api
