#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace lever::api {

// The body of POST .../notes (`value` required; `@username` mentions notify) and PUT .../notes/{id}.
struct NoteDraft
{
    QString value;
    std::optional<bool> secret;
    std::optional<int> score; // 1-4
    std::optional<bool> notifyFollowers;
    std::optional<qint64> createdAt; // past only

    QJsonObject toJson() const;
};

} // namespace lever::api
