#include "Panel.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Panel Panel::read(JsonReader &r)
{
    Panel p;
    p.id = r.string("id"_L1);
    p.applications = r.strings("applications"_L1);
    p.timezone = r.string("timezone"_L1);
    p.feedbackReminder = r.string("feedbackReminder"_L1);
    p.user = r.string("user"_L1);
    p.stage = r.string("stage"_L1);
    p.note = r.nullableString("note"_L1);
    p.externalUrl = r.nullableString("externalUrl"_L1);
    p.externallyManaged = r.boolean("externallyManaged"_L1);
    p.interviews = r.list<Interview>("interviews"_L1);
    p.start = r.nullableInteger("start"_L1);
    p.end = r.nullableInteger("end"_L1);
    p.createdAt = r.nullableInteger("createdAt"_L1);
    p.canceledAt = r.nullableInteger("canceledAt"_L1);
    return p;
}

QJsonObject Panel::toJson() const
{
    return QJsonObject{
        {"id"_L1, id},
        {"applications"_L1, JsonWriter::strings(applications)},
        {"timezone"_L1, timezone},
        {"feedbackReminder"_L1, feedbackReminder},
        {"user"_L1, user},
        {"stage"_L1, stage},
        {"note"_L1, JsonWriter::nullable(note)},
        {"externalUrl"_L1, JsonWriter::nullable(externalUrl)},
        {"externallyManaged"_L1, externallyManaged},
        {"interviews"_L1, JsonWriter::array(interviews)},
        {"start"_L1, JsonWriter::nullable(start)},
        {"end"_L1, JsonWriter::nullable(end)},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"canceledAt"_L1, JsonWriter::nullable(canceledAt)},
    };
}

QJsonObject Panel::toWriteJson() const
{
    QJsonArray items;
    for (const Interview &i : interviews)
        items.append(i.toWriteJson(false, true));
    QJsonObject o{{"timezone"_L1, timezone}, {"interviews"_L1, items}};
    if (!applications.isEmpty())
        o.insert("applications"_L1, JsonWriter::strings(applications));
    if (!feedbackReminder.isEmpty())
        o.insert("feedbackReminder"_L1, feedbackReminder);
    JsonWriter::set(o, "note"_L1, note);
    JsonWriter::set(o, "externalUrl"_L1, externalUrl);
    return o;
}

} // namespace lever::api
