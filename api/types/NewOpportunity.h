#pragma once

#include "types/Archived.h"
#include "types/Phone.h"

namespace lever::api {

// The body of POST /opportunities (lever-api-notes.md §1): Lever deduplicates by e-mail or contact;
// with no stage the opportunity lands in "New lead". Only what is set is sent.
struct NewOpportunity
{
    QString name;
    std::optional<QString> headline;
    std::optional<QString> stage;
    std::optional<QString> location;
    QList<Phone> phones;
    QStringList emails;
    QStringList links;
    QStringList tags;
    QStringList sources;
    std::optional<QString> origin; // agency | applied | internal | referred | sourced | university
    std::optional<QString> owner;
    QStringList followers;
    std::optional<QString> posting; // Lever takes at most one
    std::optional<qint64> createdAt;
    std::optional<Archived> archived;
    std::optional<QString> contact;
    std::optional<QString> opportunityLocation;

    QJsonObject toJson() const;
};

} // namespace lever::api
