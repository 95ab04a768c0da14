#pragma once

#include "EpochMs.h"
#include "JsonReader.h"

namespace lever::api {

// A scheduled interview (GET /opportunities/{id}/interviews/{id}); also the items of a panel.
struct Interview
{
    struct Interviewer
    {
        QString id;
        QString name;
        QString email;
        std::optional<QString> feedbackTemplate;
        std::optional<QString> responseStatus; // needsAction | accepted | declined | tentative

        static Interviewer read(JsonReader &r);
        QJsonObject toJson() const;
    };

    QString id;
    QString panel;
    QString opportunityId;
    QString subject;
    QString note;
    QList<Interviewer> interviewers;
    QString timezone;
    qint64 date = 0;  // epoch ms
    int duration = 0; // minutes
    std::optional<QString> location;
    std::optional<QString> feedbackTemplate;
    QStringList feedbackForms;
    QString feedbackReminder; // once | daily | frequently | none
    QString user;
    QString stage;
    QStringList postings;
    std::optional<qint64> createdAt;
    std::optional<qint64> canceledAt;
    std::optional<QString> gcalEventUrl;

    QDateTime start() const { return EpochMs::toDateTime(date); }
    QDateTime end() const { return start().addSecs(qint64(duration) * 60); }
    bool isCanceled() const { return canceledAt.has_value(); }

    static Interview read(JsonReader &r);
    static std::optional<Interview> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Interview>(o, error);
    }
    QJsonObject toJson() const;
    // Body of an interview in POST/PUT (PUT replaces it): subject, note, interviewers ({id,
    // feedbackTemplate}), date, duration, location, feedbackTemplate, feedbackReminder; `panel` for a
    // standalone create; `id` inside a panel PUT (existing interviews keep their id, new ones have none).
    QJsonObject toWriteJson(bool withPanel, bool withId) const;
};

} // namespace lever::api
