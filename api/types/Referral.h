#pragma once

#include "EpochMs.h"
#include "JsonReader.h"
#include "types/FeedbackField.h"

namespace lever::api {

// A referral form on an opportunity (GET /opportunities/{id}/referrals, GET /referrals).
struct Referral
{
    QString id;
    QString type; // "referral"
    QString text;
    QString instructions;
    QString baseTemplateId;
    QString user;
    QString referrer;
    std::optional<QString> stage;
    QList<FeedbackField> fields;
    std::optional<qint64> createdAt;
    std::optional<qint64> completedAt;

    static Referral read(JsonReader &r);
    static std::optional<Referral> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Referral>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
