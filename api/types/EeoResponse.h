#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// An EEO survey response (GET /eeo/responses; the /pii form adds the identifying fields).
struct EeoResponse
{
    // Present in both forms.
    QString applicationTitle;
    std::optional<qint64> appliedAt;
    QString currentStage;
    std::optional<QString> applicationArchiveReason;
    std::optional<qint64> applicationArchivedAt;
    std::optional<QString> applicationArchivedBy;
    // The survey answers, as sent (a string, or a list for multi-choice questions).
    QJsonValue gender;
    QJsonValue race;
    QJsonValue veteran;
    QJsonValue disability;
    // Only in the PII form.
    std::optional<QString> id;
    std::optional<QString> opportunityId;
    std::optional<QString> applicationId;
    std::optional<QString> contact;
    std::optional<QString> posting;
    std::optional<QString> origin;
    QStringList sources;
    std::optional<QString> opportunityOwner;
    std::optional<QString> hiringManager;
    std::optional<qint64> hiredDate;
    std::optional<QString> eeoResponseSource;
    std::optional<qint64> eeoSurveyRespondedAt;

    static EeoResponse read(JsonReader &r);
    static std::optional<EeoResponse> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<EeoResponse>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
