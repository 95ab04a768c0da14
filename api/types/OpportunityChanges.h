#pragma once

#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace lever::api {

// The body of PUT /opportunities/{id} (the spec's OpportunityUpdate): only what is set is sent.
struct OpportunityChanges
{
    std::optional<QString> name;
    std::optional<QString> headline;
    std::optional<QString> location;
    std::optional<QString> owner;
    std::optional<QStringList> followers;

    QJsonObject toJson() const;
};

} // namespace lever::api
