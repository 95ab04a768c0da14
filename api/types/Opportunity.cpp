#include "Opportunity.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Opportunity::StageChange Opportunity::StageChange::read(JsonReader &r)
{
    StageChange c;
    c.toStageId = r.string("toStageId"_L1);
    c.toStageIndex = int(r.integer("toStageIndex"_L1));
    c.updatedAt = r.integer("updatedAt"_L1);
    c.userId = r.nullableString("userId"_L1);
    return c;
}

QJsonObject Opportunity::StageChange::toJson() const
{
    QJsonObject o{
        {"toStageId"_L1, toStageId}, {"toStageIndex"_L1, toStageIndex}, {"updatedAt"_L1, updatedAt}};
    if (userId)
        o.insert("userId"_L1, *userId);
    return o;
}

Opportunity Opportunity::read(JsonReader &r)
{
    Opportunity o;
    o.id = r.string("id"_L1);
    o.name = r.string("name"_L1);
    o.headline = r.string("headline"_L1);
    o.contact = r.ref<Contact>("contact"_L1);
    o.emails = r.strings("emails"_L1);
    o.phones = r.list<Phone>("phones"_L1);
    o.confidentiality = r.string("confidentiality"_L1);
    o.location = r.string("location"_L1);
    o.links = r.strings("links"_L1);
    o.archived = r.nested<Archived>("archived"_L1);
    o.tags = r.strings("tags"_L1);
    o.sources = r.strings("sources"_L1);
    o.stage = r.ref<Stage>("stage"_L1);
    o.stageChanges = r.list<StageChange>("stageChanges"_L1);
    o.origin = r.string("origin"_L1);
    o.sourcedBy = r.ref<User>("sourcedBy"_L1);
    o.owner = r.ref<User>("owner"_L1);
    o.followers = r.refs<User>("followers"_L1);
    o.applications = r.refs<Application>("applications"_L1);
    o.createdAt = r.integer("createdAt"_L1);
    o.updatedAt = r.nullableInteger("updatedAt"_L1);
    o.lastInteractionAt = r.nullableInteger("lastInteractionAt"_L1);
    o.lastAdvancedAt = r.nullableInteger("lastAdvancedAt"_L1);
    o.snoozedUntil = r.nullableInteger("snoozedUntil"_L1);
    const QJsonObject urls = r.rawObject("urls"_L1);
    o.urls = Urls{urls.value("list"_L1).toString(), urls.value("show"_L1).toString()};
    o.dataProtection = r.raw("dataProtection"_L1);
    if (o.dataProtection.isUndefined())
        o.dataProtection = QJsonValue();
    o.isAnonymized = r.boolean("isAnonymized"_L1);
    o.opportunityLocation = r.nullableString("opportunityLocation"_L1);
    o.deletedBy = r.nullableString("deletedBy"_L1);
    o.deletedAt = r.nullableInteger("deletedAt"_L1);
    return o;
}

QJsonObject Opportunity::toJson() const
{
    QJsonObject o{
        {"id"_L1, id},
        {"name"_L1, name},
        {"headline"_L1, headline},
        {"contact"_L1, contact.toJson()},
        {"emails"_L1, JsonWriter::strings(emails)},
        {"phones"_L1, JsonWriter::array(phones)},
        {"confidentiality"_L1, confidentiality},
        {"location"_L1, location},
        {"links"_L1, JsonWriter::strings(links)},
        {"archived"_L1, JsonWriter::nullableObject(archived)},
        {"tags"_L1, JsonWriter::strings(tags)},
        {"sources"_L1, JsonWriter::strings(sources)},
        {"stage"_L1, stage.toJson()},
        {"stageChanges"_L1, JsonWriter::array(stageChanges)},
        {"origin"_L1, origin},
        {"sourcedBy"_L1, sourcedBy.toJson()},
        {"owner"_L1, owner.toJson()},
        {"followers"_L1, Ref<User>::toJson(followers)},
        {"applications"_L1, Ref<Application>::toJson(applications)},
        {"createdAt"_L1, createdAt},
        {"updatedAt"_L1, JsonWriter::nullable(updatedAt)},
        {"lastInteractionAt"_L1, JsonWriter::nullable(lastInteractionAt)},
        {"lastAdvancedAt"_L1, JsonWriter::nullable(lastAdvancedAt)},
        {"snoozedUntil"_L1, JsonWriter::nullable(snoozedUntil)},
        {"urls"_L1, QJsonObject{{"list"_L1, urls.list}, {"show"_L1, urls.show}}},
        {"dataProtection"_L1, dataProtection},
        {"isAnonymized"_L1, isAnonymized},
    };
    if (opportunityLocation)
        o.insert("opportunityLocation"_L1, *opportunityLocation);
    if (deletedBy)
        o.insert("deletedBy"_L1, *deletedBy);
    if (deletedAt)
        o.insert("deletedAt"_L1, double(*deletedAt));
    return o;
}

CreatedOpportunity CreatedOpportunity::read(JsonReader &r)
{
    CreatedOpportunity c;
    if (!r.raw("data"_L1).isObject())
        r.fail("data"_L1, u"expected an object"_s);
    if (auto o = r.nested<Opportunity>("data"_L1))
        c.opportunity = std::move(*o);
    c.deduped = r.boolean("deduped"_L1);
    return c;
}

} // namespace lever::api
