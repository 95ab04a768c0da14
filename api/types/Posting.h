#pragma once

#include "EpochMs.h"
#include "JsonReader.h"
#include "types/User.h"

namespace lever::api {

// A job posting (GET /postings/{id}). With `expand`, user, owner, hiringManager and followers arrive
// as user objects; with `include`, only the listed fields are present (the rest stay empty).
struct Posting
{
    struct Categories
    {
        std::optional<QString> team;
        std::optional<QString> department;
        std::optional<QString> location;
        QStringList allLocations;
        std::optional<QString> commitment;
        std::optional<QString> level; // deprecated by Lever, usually null

        static Categories read(JsonReader &r);
        QJsonObject toJson() const;
    };
    struct ContentList
    {
        QString text;
        QString content; // <li> HTML

        static ContentList read(JsonReader &r);
        QJsonObject toJson() const;
    };
    struct Content
    {
        QString description;
        QString descriptionHtml;
        QList<ContentList> lists;
        QString closing;
        QString closingHtml;

        static Content read(JsonReader &r);
        QJsonObject toJson() const;
    };
    struct SalaryRange
    {
        double min = 0;
        double max = 0;
        QString currency; // ISO 4217
        QString interval; // per-year-salary | per-month-salary | per-week-salary | per-day-wage | ...

        static SalaryRange read(JsonReader &r);
        QJsonObject toJson() const;
    };
    struct Urls
    {
        QString list;
        QString show;
        QString apply;
    };

    QString id;
    QString text;
    QString state; // published | internal | closed | draft | pending | rejected
    std::optional<QStringList> distributionChannels;
    QString confidentiality;
    Ref<User> user;
    Ref<User> owner;
    Ref<User> hiringManager;
    Categories categories;
    QStringList tags;
    std::optional<Content> content;
    QString country;
    QList<Ref<User>> followers;
    std::optional<QString> reqCode;
    QStringList requisitionCodes;
    std::optional<Urls> urls; // null on drafts
    QString workplaceType;    // onsite | remote | hybrid | unspecified
    std::optional<SalaryRange> salaryRange;
    std::optional<QString> salaryDescription;
    std::optional<QString> salaryDescriptionHtml;
    std::optional<bool> transcribeInterviews;
    std::optional<bool> screeningEnabled;
    qint64 createdAt = 0;
    std::optional<qint64> updatedAt;

    QDateTime createdAtTime() const { return EpochMs::toDateTime(createdAt); }
    QDateTime updatedAtTime() const { return EpochMs::toDateTime(updatedAt); }

    static Posting read(JsonReader &r);
    static std::optional<Posting> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Posting>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
