#include "FeedbackTemplate.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

FeedbackTemplate FeedbackTemplate::read(JsonReader &r)
{
    FeedbackTemplate t;
    t.id = r.string("id"_L1);
    t.text = r.string("text"_L1);
    t.instructions = r.string("instructions"_L1);
    if (r.raw("group"_L1).isObject()) {
        const QJsonObject g = r.rawObject("group"_L1);
        t.group = Group{g.value("id"_L1).toString(), g.value("name"_L1).toString()};
    } else {
        r.rawObject("group"_L1); // reports a wrong type
    }
    t.stage = r.nullableString("stage"_L1);
    t.fields = r.list<FeedbackField>("fields"_L1);
    t.createdAt = r.nullableInteger("createdAt"_L1);
    t.updatedAt = r.nullableInteger("updatedAt"_L1);
    return t;
}

QJsonObject FeedbackTemplate::toJson() const
{
    QJsonArray fieldArray;
    for (const FeedbackField &f : fields)
        fieldArray.append(f.toTemplateJson());
    return QJsonObject{
        {"id"_L1, id},
        {"text"_L1, text},
        {"instructions"_L1, instructions},
        {"group"_L1,
         group ? QJsonValue(QJsonObject{{"id"_L1, group->id}, {"name"_L1, group->name}}) : QJsonValue()},
        {"stage"_L1, JsonWriter::nullable(stage)},
        {"fields"_L1, fieldArray},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"updatedAt"_L1, JsonWriter::nullable(updatedAt)},
    };
}

} // namespace lever::api
