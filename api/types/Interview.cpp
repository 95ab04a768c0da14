#include "Interview.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Interview::Interviewer Interview::Interviewer::read(JsonReader &r)
{
    Interviewer i;
    i.id = r.string("id"_L1);
    i.name = r.string("name"_L1);
    i.email = r.string("email"_L1);
    i.feedbackTemplate = r.nullableString("feedbackTemplate"_L1);
    i.responseStatus = r.nullableString("responseStatus"_L1);
    return i;
}

QJsonObject Interview::Interviewer::toJson() const
{
    QJsonObject o{{"id"_L1, id},
                  {"name"_L1, name},
                  {"email"_L1, email},
                  {"feedbackTemplate"_L1, JsonWriter::nullable(feedbackTemplate)}};
    if (responseStatus)
        o.insert("responseStatus"_L1, *responseStatus);
    return o;
}

Interview Interview::read(JsonReader &r)
{
    Interview i;
    i.id = r.string("id"_L1);
    i.panel = r.string("panel"_L1);
    i.opportunityId = r.string("opportunityId"_L1);
    i.subject = r.string("subject"_L1);
    i.note = r.string("note"_L1);
    i.interviewers = r.list<Interviewer>("interviewers"_L1);
    i.timezone = r.string("timezone"_L1);
    i.date = r.integer("date"_L1);
    i.duration = int(r.integer("duration"_L1));
    i.location = r.nullableString("location"_L1);
    i.feedbackTemplate = r.nullableString("feedbackTemplate"_L1);
    i.feedbackForms = r.strings("feedbackForms"_L1);
    i.feedbackReminder = r.string("feedbackReminder"_L1);
    i.user = r.string("user"_L1);
    i.stage = r.string("stage"_L1);
    i.postings = r.strings("postings"_L1);
    i.createdAt = r.nullableInteger("createdAt"_L1);
    i.canceledAt = r.nullableInteger("canceledAt"_L1);
    i.gcalEventUrl = r.nullableString("gcalEventUrl"_L1);
    return i;
}

QJsonObject Interview::toJson() const
{
    return QJsonObject{
        {"id"_L1, id},
        {"panel"_L1, panel},
        {"opportunityId"_L1, opportunityId},
        {"subject"_L1, subject},
        {"note"_L1, note},
        {"interviewers"_L1, JsonWriter::array(interviewers)},
        {"timezone"_L1, timezone},
        {"date"_L1, date},
        {"duration"_L1, duration},
        {"location"_L1, JsonWriter::nullable(location)},
        {"feedbackTemplate"_L1, JsonWriter::nullable(feedbackTemplate)},
        {"feedbackForms"_L1, JsonWriter::strings(feedbackForms)},
        {"feedbackReminder"_L1, feedbackReminder},
        {"user"_L1, user},
        {"stage"_L1, stage},
        {"postings"_L1, JsonWriter::strings(postings)},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"canceledAt"_L1, JsonWriter::nullable(canceledAt)},
        {"gcalEventUrl"_L1, JsonWriter::nullable(gcalEventUrl)},
    };
}

QJsonObject Interview::toWriteJson(bool withPanel, bool withId) const
{
    QJsonArray people;
    for (const Interviewer &i : interviewers) {
        QJsonObject p{{"id"_L1, i.id}};
        JsonWriter::set(p, "feedbackTemplate"_L1, i.feedbackTemplate);
        people.append(p);
    }
    QJsonObject o{{"subject"_L1, subject},
                  {"note"_L1, note},
                  {"interviewers"_L1, people},
                  {"date"_L1, date},
                  {"duration"_L1, duration}};
    if (withId && !id.isEmpty())
        o.insert("id"_L1, id);
    if (withPanel)
        o.insert("panel"_L1, panel);
    JsonWriter::set(o, "location"_L1, location);
    JsonWriter::set(o, "feedbackTemplate"_L1, feedbackTemplate);
    if (!feedbackReminder.isEmpty())
        o.insert("feedbackReminder"_L1, feedbackReminder);
    return o;
}

} // namespace lever::api
