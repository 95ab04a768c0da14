#pragma once

#include "JsonReader.h"

namespace lever::api {

// One field of a feedback template, feedback form or referral form. On filled-in forms `value`
// holds the answer (a string, number, array of option texts... or null); on templates it is absent.
struct FeedbackField
{
    struct Option
    {
        QString text;
    };
    struct Score
    {
        QString text;
        QString description;
    };

    QString id;
    QString type; // score-system | yes-no | dropdown | multiple-select | score | text | textarea | ...
    QString text;
    QString description;
    bool required = false;
    std::optional<QString> prompt;
    QList<Option> options;
    QList<Score> scores;
    QJsonValue value = QJsonValue(QJsonValue::Undefined);

    bool hasValue() const { return !value.isUndefined(); }

    static FeedbackField read(JsonReader &r);
    static std::optional<FeedbackField> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<FeedbackField>(o, error);
    }
    QJsonObject toJson() const;
    // Template field bodies (feedback template writes): without value.
    QJsonObject toTemplateJson() const;
};

} // namespace lever::api
