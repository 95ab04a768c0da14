#include "Requisition.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Requisition::CompensationBand Requisition::CompensationBand::read(JsonReader &r)
{
    return CompensationBand{r.string("currency"_L1), r.string("interval"_L1), r.number("min"_L1),
                            r.number("max"_L1)};
}

QJsonObject Requisition::CompensationBand::toJson() const
{
    return QJsonObject{
        {"currency"_L1, currency}, {"interval"_L1, interval}, {"min"_L1, min}, {"max"_L1, max}};
}

Requisition Requisition::read(JsonReader &r)
{
    Requisition q;
    q.id = r.string("id"_L1);
    q.requisitionCode = r.string("requisitionCode"_L1);
    q.name = r.string("name"_L1);
    q.status = r.string("status"_L1);
    q.backfill = r.boolean("backfill"_L1);
    q.confidentiality = r.string("confidentiality"_L1);
    const QJsonValue total = r.raw("headcountTotal"_L1);
    if (total.isString() && total.toString() == u"unlimited"_s)
        q.headcountInfinite = true;
    else if (total.isString()) {
        // Lever's recordings show string|number here.
        bool ok = false;
        q.headcountTotal = total.toString().toInt(&ok);
        if (!ok)
            r.fail("headcountTotal"_L1, u"expected a number or \"unlimited\""_s);
    } else
        q.headcountTotal = int(r.integer("headcountTotal"_L1, 1));
    q.headcountInfinite = r.boolean("headcountInfinite"_L1, q.headcountInfinite);
    q.headcountHired = int(r.integer("headcountHired"_L1));
    q.employmentStatus = r.nullableString("employmentStatus"_L1);
    q.location = r.nullableString("location"_L1);
    q.team = r.nullableString("team"_L1);
    q.department = r.nullableString("department"_L1);
    q.owner = r.has("owner"_L1) ? r.nullableString("owner"_L1) : r.nullableString("ownerUserId"_L1);
    q.hiringManager = r.nullableString("hiringManager"_L1);
    q.creator = r.has("creator"_L1) ? r.nullableString("creator"_L1) : r.nullableString("creatorUserId"_L1);
    q.internalNotes = r.string("internalNotes"_L1);
    q.compensationBand = r.nested<CompensationBand>("compensationBand"_L1);
    q.customFields = r.rawObject("customFields"_L1);
    q.postings = r.has("postings"_L1) ? r.strings("postings"_L1) : r.strings("postingIds"_L1);
    q.offerIds = r.has("offerIds"_L1) ? r.strings("offerIds"_L1) : r.strings("reservedOfferIds"_L1);
    q.approval = r.rawObject("approval"_L1);
    q.createdAt = r.nullableInteger("createdAt"_L1);
    q.updatedAt = r.nullableInteger("updatedAt"_L1);
    q.closedAt = r.nullableInteger("closedAt"_L1);
    q.timeToFillStartAt = r.nullableInteger("timeToFillStartAt"_L1);
    q.timeToFillEndAt = r.nullableInteger("timeToFillEndAt"_L1);
    return q;
}

QJsonObject Requisition::toJson() const
{
    return QJsonObject{
        {"id"_L1, id},
        {"requisitionCode"_L1, requisitionCode},
        {"name"_L1, name},
        {"status"_L1, status},
        {"backfill"_L1, backfill},
        {"confidentiality"_L1, confidentiality},
        {"headcountTotal"_L1, headcountInfinite ? QJsonValue(u"unlimited"_s) : QJsonValue(headcountTotal)},
        {"headcountInfinite"_L1, headcountInfinite},
        {"headcountHired"_L1, headcountHired},
        {"employmentStatus"_L1, JsonWriter::nullable(employmentStatus)},
        {"location"_L1, JsonWriter::nullable(location)},
        {"team"_L1, JsonWriter::nullable(team)},
        {"department"_L1, JsonWriter::nullable(department)},
        {"owner"_L1, JsonWriter::nullable(owner)},
        {"hiringManager"_L1, JsonWriter::nullable(hiringManager)},
        {"creator"_L1, JsonWriter::nullable(creator)},
        {"internalNotes"_L1, internalNotes},
        {"compensationBand"_L1, JsonWriter::nullableObject(compensationBand)},
        {"customFields"_L1, customFields},
        {"postings"_L1, JsonWriter::strings(postings)},
        {"offerIds"_L1, JsonWriter::strings(offerIds)},
        {"approval"_L1, approval},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"updatedAt"_L1, JsonWriter::nullable(updatedAt)},
        {"closedAt"_L1, JsonWriter::nullable(closedAt)},
        {"timeToFillStartAt"_L1, JsonWriter::nullable(timeToFillStartAt)},
        {"timeToFillEndAt"_L1, JsonWriter::nullable(timeToFillEndAt)},
    };
}

QJsonObject Requisition::toWriteJson() const
{
    QJsonObject o{
        {"requisitionCode"_L1, requisitionCode},
        {"name"_L1, name},
        {"headcountTotal"_L1, headcountInfinite ? QJsonValue(u"unlimited"_s) : QJsonValue(headcountTotal)},
        {"backfill"_L1, backfill},
        {"internalNotes"_L1, internalNotes},
        {"customFields"_L1, customFields},
        {"postingIds"_L1, JsonWriter::strings(postings)},
    };
    if (!status.isEmpty())
        o.insert("status"_L1, status);
    JsonWriter::set(o, "employmentStatus"_L1, employmentStatus);
    JsonWriter::set(o, "location"_L1, location);
    JsonWriter::set(o, "team"_L1, team);
    JsonWriter::set(o, "department"_L1, department);
    JsonWriter::set(o, "owner"_L1, owner);
    JsonWriter::set(o, "hiringManager"_L1, hiringManager);
    if (compensationBand)
        o.insert("compensationBand"_L1, compensationBand->toJson());
    JsonWriter::set(o, "createdAt"_L1, createdAt);
    return o;
}

} // namespace lever::api
