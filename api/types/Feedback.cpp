#include "Feedback.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

QString Feedback::score() const
{
    for (const FeedbackField &f : fields) {
        if (f.type == u"score-system"_s)
            return f.value.toString();
    }
    return {};
}

Feedback Feedback::read(JsonReader &r)
{
    Feedback f;
    f.id = r.string("id"_L1);
    f.type = r.string("type"_L1);
    f.text = r.string("text"_L1);
    f.instructions = r.string("instructions"_L1);
    f.baseTemplateId = r.string("baseTemplateId"_L1);
    f.user = r.ref<User>("user"_L1);
    if (f.user.isNull())
        f.user = Ref<User>(r.string("userId"_L1));
    f.panel = r.nullableString("panel"_L1);
    f.interview = r.nullableString("interview"_L1);
    f.fields = r.list<FeedbackField>("fields"_L1);
    f.createdAt = r.nullableInteger("createdAt"_L1);
    f.updatedAt = r.nullableInteger("updatedAt"_L1);
    f.completedAt = r.nullableInteger("completedAt"_L1);
    f.deletedAt = r.nullableInteger("deletedAt"_L1);
    return f;
}

QJsonObject Feedback::toJson() const
{
    return QJsonObject{
        {"id"_L1, id},
        {"type"_L1, type},
        {"text"_L1, text},
        {"instructions"_L1, instructions},
        {"baseTemplateId"_L1, baseTemplateId},
        {"user"_L1, user.toJson()},
        {"panel"_L1, JsonWriter::nullable(panel)},
        {"interview"_L1, JsonWriter::nullable(interview)},
        {"fields"_L1, JsonWriter::array(fields)},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"updatedAt"_L1, JsonWriter::nullable(updatedAt)},
        {"completedAt"_L1, JsonWriter::nullable(completedAt)},
        {"deletedAt"_L1, JsonWriter::nullable(deletedAt)},
    };
}

} // namespace lever::api
