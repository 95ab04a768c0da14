#include "Posting.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Posting::Categories Posting::Categories::read(JsonReader &r)
{
    Categories c;
    c.team = r.nullableString("team"_L1);
    c.department = r.nullableString("department"_L1);
    c.location = r.nullableString("location"_L1);
    c.allLocations = r.strings("allLocations"_L1);
    c.commitment = r.nullableString("commitment"_L1);
    c.level = r.nullableString("level"_L1);
    return c;
}

QJsonObject Posting::Categories::toJson() const
{
    return QJsonObject{
        {"team"_L1, JsonWriter::nullable(team)},
        {"department"_L1, JsonWriter::nullable(department)},
        {"location"_L1, JsonWriter::nullable(location)},
        {"allLocations"_L1, JsonWriter::strings(allLocations)},
        {"commitment"_L1, JsonWriter::nullable(commitment)},
        {"level"_L1, JsonWriter::nullable(level)},
    };
}

Posting::ContentList Posting::ContentList::read(JsonReader &r)
{
    return ContentList{r.string("text"_L1), r.string("content"_L1)};
}

QJsonObject Posting::ContentList::toJson() const
{
    return QJsonObject{{"text"_L1, text}, {"content"_L1, content}};
}

Posting::Content Posting::Content::read(JsonReader &r)
{
    Content c;
    c.description = r.string("description"_L1);
    c.descriptionHtml = r.string("descriptionHtml"_L1);
    c.lists = r.list<ContentList>("lists"_L1);
    c.closing = r.string("closing"_L1);
    c.closingHtml = r.string("closingHtml"_L1);
    return c;
}

QJsonObject Posting::Content::toJson() const
{
    return QJsonObject{
        {"description"_L1, description},        {"descriptionHtml"_L1, descriptionHtml},
        {"lists"_L1, JsonWriter::array(lists)}, {"closing"_L1, closing},
        {"closingHtml"_L1, closingHtml},
    };
}

Posting::SalaryRange Posting::SalaryRange::read(JsonReader &r)
{
    return SalaryRange{r.number("min"_L1), r.number("max"_L1), r.string("currency"_L1),
                       r.string("interval"_L1)};
}

QJsonObject Posting::SalaryRange::toJson() const
{
    return QJsonObject{
        {"min"_L1, min}, {"max"_L1, max}, {"currency"_L1, currency}, {"interval"_L1, interval}};
}

Posting Posting::read(JsonReader &r)
{
    Posting p;
    p.id = r.string("id"_L1);
    p.text = r.string("text"_L1);
    p.state = r.string("state"_L1);
    p.distributionChannels = r.nullableStrings("distributionChannels"_L1);
    p.confidentiality = r.string("confidentiality"_L1);
    p.user = r.ref<User>("user"_L1);
    p.owner = r.ref<User>("owner"_L1);
    p.hiringManager = r.ref<User>("hiringManager"_L1);
    p.categories = r.nested<Categories>("categories"_L1).value_or(Categories());
    p.tags = r.strings("tags"_L1);
    p.content = r.nested<Content>("content"_L1);
    p.country = r.string("country"_L1);
    p.followers = r.refs<User>("followers"_L1);
    p.reqCode = r.nullableString("reqCode"_L1);
    p.requisitionCodes = r.strings("requisitionCodes"_L1);
    if (r.raw("urls"_L1).isObject()) {
        const QJsonObject u = r.rawObject("urls"_L1);
        p.urls = Urls{u.value("list"_L1).toString(), u.value("show"_L1).toString(),
                      u.value("apply"_L1).toString()};
    } else {
        r.rawObject("urls"_L1); // reports a wrong type; null stays nullopt
    }
    p.workplaceType = r.string("workplaceType"_L1);
    p.salaryRange = r.nested<SalaryRange>("salaryRange"_L1);
    p.salaryDescription = r.nullableString("salaryDescription"_L1);
    p.salaryDescriptionHtml = r.nullableString("salaryDescriptionHtml"_L1);
    p.transcribeInterviews = r.nullableBool("transcribeInterviews"_L1);
    const QJsonObject screening = r.rawObject("screening"_L1);
    if (screening.contains("enabled"_L1))
        p.screeningEnabled = screening.value("enabled"_L1).toBool();
    p.createdAt = r.integer("createdAt"_L1);
    p.updatedAt = r.nullableInteger("updatedAt"_L1);
    return p;
}

QJsonObject Posting::toJson() const
{
    QJsonObject o{
        {"id"_L1, id},
        {"text"_L1, text},
        {"state"_L1, state},
        {"distributionChannels"_L1, JsonWriter::nullable(distributionChannels)},
        {"confidentiality"_L1, confidentiality},
        {"user"_L1, user.toJson()},
        {"owner"_L1, owner.toJson()},
        {"hiringManager"_L1, hiringManager.toJson()},
        {"categories"_L1, categories.toJson()},
        {"tags"_L1, JsonWriter::strings(tags)},
        {"country"_L1, country},
        {"followers"_L1, Ref<User>::toJson(followers)},
        {"reqCode"_L1, JsonWriter::nullable(reqCode)},
        {"requisitionCodes"_L1, JsonWriter::strings(requisitionCodes)},
        {"urls"_L1, urls ? QJsonValue(QJsonObject{
                               {"list"_L1, urls->list}, {"show"_L1, urls->show}, {"apply"_L1, urls->apply}})
                         : QJsonValue()},
        {"workplaceType"_L1, workplaceType},
        {"createdAt"_L1, createdAt},
        {"updatedAt"_L1, JsonWriter::nullable(updatedAt)},
    };
    if (content)
        o.insert("content"_L1, content->toJson());
    if (salaryRange)
        o.insert("salaryRange"_L1, salaryRange->toJson());
    if (salaryDescription)
        o.insert("salaryDescription"_L1, *salaryDescription);
    if (salaryDescriptionHtml)
        o.insert("salaryDescriptionHtml"_L1, *salaryDescriptionHtml);
    if (transcribeInterviews)
        o.insert("transcribeInterviews"_L1, *transcribeInterviews);
    if (screeningEnabled)
        o.insert("screening"_L1, QJsonObject{{"enabled"_L1, *screeningEnabled}});
    return o;
}

} // namespace lever::api
