#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <optional>

namespace lever::api {

// The body of POST .../feedback (baseTemplateId required; panel and interview both or neither) and
// of PUT .../feedback/{id} (completedAt and fieldValues only).
struct FeedbackDraft
{
    struct FieldValue
    {
        QString id;
        QJsonValue value; // as the field type wants: option text, "yes"/"no", array, number, text
    };

    QString baseTemplateId;
    std::optional<QString> panel;
    std::optional<QString> interview;
    QList<FieldValue> fieldValues;
    std::optional<qint64> createdAt;
    std::optional<qint64> completedAt;

    QJsonObject toJson() const;
    QJsonObject toUpdateJson() const;
};

} // namespace lever::api
