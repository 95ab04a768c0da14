#include "Offer.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Offer::Field Offer::Field::read(JsonReader &r)
{
    Field f;
    f.text = r.string("text"_L1);
    f.identifier = r.string("identifier"_L1);
    f.value = r.raw("value"_L1);
    if (f.value.isUndefined())
        f.value = QJsonValue();
    return f;
}

QJsonObject Offer::Field::toJson() const
{
    return QJsonObject{{"text"_L1, text}, {"identifier"_L1, identifier}, {"value"_L1, value}};
}

QJsonValue Offer::field(const QString &identifier) const
{
    for (const Field &f : fields) {
        if (f.identifier == identifier)
            return f.value;
    }
    return QJsonValue(QJsonValue::Undefined);
}

Offer Offer::read(JsonReader &r)
{
    Offer o;
    o.id = r.string("id"_L1);
    o.status = r.string("status"_L1);
    o.creator = r.string("creator"_L1);
    o.posting = r.string("posting"_L1);
    o.opportunityId = r.string("opportunityId"_L1);
    o.fields = r.list<Field>("fields"_L1);
    o.signatures = r.rawObject("signatures"_L1);
    o.approved = r.nullableBool("approved"_L1);
    o.createdAt = r.nullableInteger("createdAt"_L1);
    o.approvedAt = r.nullableInteger("approvedAt"_L1);
    o.sentAt = r.nullableInteger("sentAt"_L1);
    o.sentDocument = r.raw("sentDocument"_L1);
    if (o.sentDocument.isUndefined())
        o.sentDocument = QJsonValue();
    o.signedDocument = r.raw("signedDocument"_L1);
    if (o.signedDocument.isUndefined())
        o.signedDocument = QJsonValue();
    return o;
}

QJsonObject Offer::toJson() const
{
    return QJsonObject{
        {"id"_L1, id},
        {"status"_L1, status},
        {"creator"_L1, creator},
        {"posting"_L1, posting},
        {"opportunityId"_L1, opportunityId},
        {"fields"_L1, JsonWriter::array(fields)},
        {"signatures"_L1, signatures},
        {"approved"_L1, JsonWriter::nullable(approved)},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"approvedAt"_L1, JsonWriter::nullable(approvedAt)},
        {"sentAt"_L1, JsonWriter::nullable(sentAt)},
        {"sentDocument"_L1, sentDocument},
        {"signedDocument"_L1, signedDocument},
    };
}

} // namespace lever::api
