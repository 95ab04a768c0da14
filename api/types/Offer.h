#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// An offer on an opportunity (GET /opportunities/{id}/offers, GET /offers).
struct Offer
{
    struct Field
    {
        QString text;
        QString identifier;
        QJsonValue value; // string, number, date (ms) or null, by field

        static Field read(JsonReader &r);
        QJsonObject toJson() const;
    };

    QString id;
    QString status; // draft | approval-sent | approved | sent | signed | denied
    QString creator;
    QString posting;
    QString opportunityId;
    QList<Field> fields;
    QJsonObject signatures; // {candidate: {...}, ...}, kept as sent
    std::optional<bool> approved;
    std::optional<qint64> createdAt;
    std::optional<qint64> approvedAt;
    std::optional<qint64> sentAt;
    QJsonValue sentDocument;   // null or {fileName, uploadedAt, downloadUrl}
    QJsonValue signedDocument; // likewise

    // The value of the field with `identifier` (e.g. "salary_amount"), undefined when absent.
    QJsonValue field(const QString &identifier) const;

    static Offer read(JsonReader &r);
    static std::optional<Offer> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Offer>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
