#include "Application.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Application Application::read(JsonReader &r)
{
    Application a;
    a.id = r.string("id"_L1);
    a.type = r.string("type"_L1);
    a.opportunityId = r.string("opportunityId"_L1);
    a.candidateId = r.string("candidateId"_L1);
    a.posting = r.nullableString("posting"_L1);
    a.postingOwner = r.nullableString("postingOwner"_L1);
    a.postingHiringManager = r.nullableString("postingHiringManager"_L1);
    a.user = r.nullableString("user"_L1);
    a.name = r.nullableString("name"_L1);
    a.email = r.nullableString("email"_L1);
    // Lever documents `{type, value}`; some answers (and the sandbox's demo data) carry a bare number.
    const QJsonValue phone = r.raw("phone"_L1);
    if (phone.isString())
        a.phone = Phone{QString(), phone.toString()};
    else
        a.phone = r.nested<Phone>("phone"_L1);
    a.company = r.nullableString("company"_L1);
    a.comments = r.nullableString("comments"_L1);
    a.links = r.strings("links"_L1);
    a.createdAt = r.nullableInteger("createdAt"_L1);
    a.archived = r.nested<Archived>("archived"_L1);
    // Lever sends an id here; an expanded requisition object is reduced to its id.
    const QJsonValue req = r.raw("requisitionForHire"_L1);
    if (req.isObject())
        a.requisitionForHire = req.toObject().value("id"_L1).toString();
    else
        a.requisitionForHire = r.nullableString("requisitionForHire"_L1);
    a.customQuestions = r.rawArray("customQuestions"_L1);
    return a;
}

QJsonObject Application::toJson() const
{
    return QJsonObject{
        {"id"_L1, id},
        {"type"_L1, type},
        {"opportunityId"_L1, opportunityId},
        {"candidateId"_L1, candidateId},
        {"posting"_L1, JsonWriter::nullable(posting)},
        {"postingOwner"_L1, JsonWriter::nullable(postingOwner)},
        {"postingHiringManager"_L1, JsonWriter::nullable(postingHiringManager)},
        {"user"_L1, JsonWriter::nullable(user)},
        {"name"_L1, JsonWriter::nullable(name)},
        {"email"_L1, JsonWriter::nullable(email)},
        {"phone"_L1, JsonWriter::nullableObject(phone)},
        {"company"_L1, JsonWriter::nullable(company)},
        {"comments"_L1, JsonWriter::nullable(comments)},
        {"links"_L1, JsonWriter::strings(links)},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"archived"_L1, JsonWriter::nullableObject(archived)},
        {"requisitionForHire"_L1, JsonWriter::nullable(requisitionForHire)},
        {"customQuestions"_L1, customQuestions},
    };
}

} // namespace lever::api
