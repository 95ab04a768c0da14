#include "EeoResponse.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

EeoResponse EeoResponse::read(JsonReader &r)
{
    EeoResponse e;
    e.applicationTitle = r.string("applicationTitle"_L1);
    e.appliedAt = r.nullableInteger("appliedAt"_L1);
    e.currentStage = r.string("currentStage"_L1);
    e.applicationArchiveReason = r.nullableString("applicationArchiveReason"_L1);
    e.applicationArchivedAt = r.nullableInteger("applicationArchivedAt"_L1);
    e.applicationArchivedBy = r.nullableString("applicationArchivedBy"_L1);
    e.gender = r.raw("gender"_L1);
    e.race = r.raw("race"_L1);
    e.veteran = r.raw("veteran"_L1);
    e.disability = r.raw("disability"_L1);
    e.id = r.nullableString("id"_L1);
    e.opportunityId = r.nullableString("opportunityId"_L1);
    e.applicationId = r.nullableString("applicationId"_L1);
    e.contact = r.nullableString("contact"_L1);
    e.posting = r.nullableString("posting"_L1);
    e.origin = r.nullableString("origin"_L1);
    e.sources = r.strings("sources"_L1);
    e.opportunityOwner = r.nullableString("opportunityOwner"_L1);
    e.hiringManager = r.nullableString("hiringManager"_L1);
    e.hiredDate = r.nullableInteger("hiredDate"_L1);
    e.eeoResponseSource = r.nullableString("eeoResponseSource"_L1);
    e.eeoSurveyRespondedAt = r.nullableInteger("eeoSurveyRespondedAt"_L1);
    return e;
}

QJsonObject EeoResponse::toJson() const
{
    QJsonObject o{
        {"applicationTitle"_L1, applicationTitle},
        {"appliedAt"_L1, JsonWriter::nullable(appliedAt)},
        {"currentStage"_L1, currentStage},
        {"applicationArchiveReason"_L1, JsonWriter::nullable(applicationArchiveReason)},
        {"applicationArchivedAt"_L1, JsonWriter::nullable(applicationArchivedAt)},
        {"applicationArchivedBy"_L1, JsonWriter::nullable(applicationArchivedBy)},
    };
    const std::pair<QLatin1StringView, const QJsonValue *> answers[] = {
        {"gender"_L1, &gender}, {"race"_L1, &race}, {"veteran"_L1, &veteran}, {"disability"_L1, &disability}};
    for (const auto &[key, value] : answers) {
        if (!value->isUndefined())
            o.insert(key, *value);
    }
    if (id) {
        // The PII form.
        o.insert("id"_L1, *id);
        o.insert("opportunityId"_L1, JsonWriter::nullable(opportunityId));
        o.insert("applicationId"_L1, JsonWriter::nullable(applicationId));
        o.insert("contact"_L1, JsonWriter::nullable(contact));
        o.insert("posting"_L1, JsonWriter::nullable(posting));
        o.insert("origin"_L1, JsonWriter::nullable(origin));
        o.insert("sources"_L1, JsonWriter::strings(sources));
        o.insert("opportunityOwner"_L1, JsonWriter::nullable(opportunityOwner));
        o.insert("hiringManager"_L1, JsonWriter::nullable(hiringManager));
        o.insert("hiredDate"_L1, JsonWriter::nullable(hiredDate));
        o.insert("eeoResponseSource"_L1, JsonWriter::nullable(eeoResponseSource));
        o.insert("eeoSurveyRespondedAt"_L1, JsonWriter::nullable(eeoSurveyRespondedAt));
    }
    return o;
}

} // namespace lever::api
