#include "Referral.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Referral Referral::read(JsonReader &r)
{
    Referral x;
    x.id = r.string("id"_L1);
    x.type = r.string("type"_L1);
    x.text = r.string("text"_L1);
    x.instructions = r.string("instructions"_L1);
    x.baseTemplateId = r.string("baseTemplateId"_L1);
    x.user = r.string("user"_L1);
    x.referrer = r.string("referrer"_L1);
    x.stage = r.nullableString("stage"_L1);
    x.fields = r.list<FeedbackField>("fields"_L1);
    x.createdAt = r.nullableInteger("createdAt"_L1);
    x.completedAt = r.nullableInteger("completedAt"_L1);
    return x;
}

QJsonObject Referral::toJson() const
{
    return QJsonObject{
        {"id"_L1, id},
        {"type"_L1, type},
        {"text"_L1, text},
        {"instructions"_L1, instructions},
        {"baseTemplateId"_L1, baseTemplateId},
        {"user"_L1, user},
        {"referrer"_L1, referrer},
        {"stage"_L1, JsonWriter::nullable(stage)},
        {"fields"_L1, JsonWriter::array(fields)},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"completedAt"_L1, JsonWriter::nullable(completedAt)},
    };
}

} // namespace lever::api
