#pragma once

#include "EpochMs.h"
#include "JsonReader.h"
#include "types/Application.h"
#include "types/Archived.h"
#include "types/Contact.h"
#include "types/Phone.h"
#include "types/Stage.h"
#include "types/User.h"

namespace lever::api {

// A candidate in a pipeline: the GET /opportunities/{id} shape (lever-response-shapes.md). With
// `expand`, stage, owner, followers, sourcedBy, contact and applications arrive as objects: Ref<T>
// keeps the id either way and the object when there is one.
struct Opportunity
{
    struct StageChange
    {
        QString toStageId;
        int toStageIndex = 0;
        qint64 updatedAt = 0;
        std::optional<QString> userId;

        static StageChange read(JsonReader &r);
        QJsonObject toJson() const;
    };
    struct Urls
    {
        QString list;
        QString show;
    };

    QString id;
    QString name;
    QString headline;
    Ref<Contact> contact;
    QStringList emails;
    QList<Phone> phones;
    QString confidentiality; // confidential | non-confidential
    QString location;
    QStringList links;
    std::optional<Archived> archived; // nullopt: active
    QStringList tags;
    QStringList sources;
    Ref<Stage> stage;
    QList<StageChange> stageChanges;
    QString origin; // agency | applied | internal | referred | sourced | university
    Ref<User> sourcedBy;
    Ref<User> owner;
    QList<Ref<User>> followers;
    QList<Ref<Application>> applications; // at most one
    qint64 createdAt = 0;
    std::optional<qint64> updatedAt;
    std::optional<qint64> lastInteractionAt;
    std::optional<qint64> lastAdvancedAt;
    std::optional<qint64> snoozedUntil;
    Urls urls;
    QJsonValue dataProtection; // null or Lever's object, kept as sent
    bool isAnonymized = false;
    std::optional<QString> opportunityLocation;
    // Only on GET /opportunities/deleted.
    std::optional<QString> deletedBy;
    std::optional<qint64> deletedAt;

    bool isArchived() const { return archived.has_value(); }
    bool isConfidential() const { return confidentiality == QStringLiteral("confidential"); }
    QDateTime createdAtTime() const { return EpochMs::toDateTime(createdAt); }
    QDateTime updatedAtTime() const { return EpochMs::toDateTime(updatedAt); }
    QDateTime lastAdvancedAtTime() const { return EpochMs::toDateTime(lastAdvancedAt); }
    QDateTime snoozedUntilTime() const { return EpochMs::toDateTime(snoozedUntil); }

    static Opportunity read(JsonReader &r);
    static std::optional<Opportunity> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Opportunity>(o, error);
    }
    QJsonObject toJson() const;
};

// The answer of POST /opportunities: the opportunity, and whether Lever merged it into an existing
// contact (`"deduped": true` next to `data`).
struct CreatedOpportunity
{
    Opportunity opportunity;
    bool deduped = false;

    static CreatedOpportunity read(JsonReader &r);
    static std::optional<CreatedOpportunity> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<CreatedOpportunity>(o, error);
    }
};

} // namespace lever::api
