#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// A headcount requisition (GET /requisitions/{id}). Create and update answers use other names for
// a few keys (postingIds, ownerUserId, creatorUserId, offer ids under reservedOfferIds): both are read.
struct Requisition
{
    struct CompensationBand
    {
        QString currency;
        QString interval;
        double min = 0;
        double max = 0;

        static CompensationBand read(JsonReader &r);
        QJsonObject toJson() const;
    };

    QString id;
    QString requisitionCode;
    QString name;
    QString status; // open | onHold | closed | draft
    bool backfill = false;
    QString confidentiality;
    int headcountTotal = 1;         // meaningless when headcountInfinite
    bool headcountInfinite = false; // "unlimited"
    int headcountHired = 0;
    std::optional<QString> employmentStatus; // full-time | part-time | intern | contractor | temp-worker
    std::optional<QString> location;
    std::optional<QString> team;
    std::optional<QString> department;
    std::optional<QString> owner;
    std::optional<QString> hiringManager;
    std::optional<QString> creator;
    QString internalNotes;
    std::optional<CompensationBand> compensationBand;
    QJsonObject customFields;
    QStringList postings;
    QStringList offerIds;
    QJsonObject approval; // {steps: [...]}, kept as sent
    std::optional<qint64> createdAt;
    std::optional<qint64> updatedAt;
    std::optional<qint64> closedAt;
    std::optional<qint64> timeToFillStartAt;
    std::optional<qint64> timeToFillEndAt;

    static Requisition read(JsonReader &r);
    static std::optional<Requisition> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Requisition>(o, error);
    }
    QJsonObject toJson() const;
    // Body of POST /requisitions and PUT /requisitions/{id} (PUT replaces everything).
    QJsonObject toWriteJson() const;
};

} // namespace lever::api
