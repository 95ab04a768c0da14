#pragma once

#include "EpochMs.h"
#include "JsonReader.h"
#include "types/Archived.h"
#include "types/Phone.h"

namespace lever::api {

// A candidate's application to a posting, on an opportunity (GET /opportunities/{id}/applications/{id}).
struct Application
{
    QString id;
    QString type; // posting | user | referral | agency ...
    QString opportunityId;
    QString candidateId; // = opportunityId (legacy name)
    std::optional<QString> posting;
    std::optional<QString> postingOwner;
    std::optional<QString> postingHiringManager;
    std::optional<QString> user;
    std::optional<QString> name;
    std::optional<QString> email;
    std::optional<Phone> phone;
    std::optional<QString> company;
    std::optional<QString> comments;
    QStringList links;
    std::optional<qint64> createdAt;
    std::optional<Archived> archived;
    std::optional<QString> requisitionForHire;
    QJsonArray customQuestions; // form answers, kept as sent

    QDateTime createdAtTime() const { return EpochMs::toDateTime(createdAt); }
    static Application read(JsonReader &r);
    static std::optional<Application> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Application>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
