#pragma once

#include "JsonReader.h"
#include "types/Phone.h"

namespace lever::api {

// A person across all their opportunities (GET /contacts/{id}). Links live here, so they are shared
// by every opportunity of the person.
struct Contact
{
    QString id;
    QString name;
    QString headline;
    QString location; // Lever sends `{"name": ...}`; a plain string is accepted too
    QStringList emails;
    QList<Phone> phones;
    QStringList links;
    bool isAnonymized = false;
    QJsonObject dataProtection; // kept as sent

    static Contact read(JsonReader &r);
    static std::optional<Contact> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<Contact>(o, error);
    }
    QJsonObject toJson() const;
    // Body of PUT /contacts/{id}: name, headline, location, emails, phones (name and emails required).
    QJsonObject toWriteJson() const;
};

} // namespace lever::api
