#include "FeedbackDraft.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

QJsonObject FeedbackDraft::toUpdateJson() const
{
    QJsonArray values;
    for (const FieldValue &v : fieldValues)
        values.append(QJsonObject{{"id"_L1, v.id}, {"value"_L1, v.value}});
    QJsonObject o{{"fieldValues"_L1, values}};
    JsonWriter::set(o, "completedAt"_L1, completedAt);
    return o;
}

QJsonObject FeedbackDraft::toJson() const
{
    QJsonObject o = toUpdateJson();
    o.insert("baseTemplateId"_L1, baseTemplateId);
    JsonWriter::set(o, "panel"_L1, panel);
    JsonWriter::set(o, "interview"_L1, interview);
    JsonWriter::set(o, "createdAt"_L1, createdAt);
    return o;
}

} // namespace lever::api
