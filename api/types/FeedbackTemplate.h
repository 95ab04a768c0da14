#pragma once

#include "EpochMs.h"
#include "JsonReader.h"
#include "types/FeedbackField.h"

namespace lever::api {

// A feedback form template (GET /feedback_templates/{id}); each has exactly one score-system field.
struct FeedbackTemplate
{
    struct Group
    {
        QString id;
        QString name;
    };

    QString id;
    QString text;
    QString instructions;
    std::optional<Group> group;
    std::optional<QString> stage;
    QList<FeedbackField> fields;
    std::optional<qint64> createdAt;
    std::optional<qint64> updatedAt;

    static FeedbackTemplate read(JsonReader &r);
    static std::optional<FeedbackTemplate> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<FeedbackTemplate>(o, error);
    }
    QJsonObject toJson() const;
};

} // namespace lever::api
