#include "Contact.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Contact Contact::read(JsonReader &r)
{
    Contact c;
    c.id = r.string("id"_L1);
    c.name = r.string("name"_L1);
    c.headline = r.string("headline"_L1);
    const QJsonValue location = r.raw("location"_L1);
    if (location.isString())
        c.location = location.toString();
    else if (location.isObject())
        c.location = location.toObject().value("name"_L1).toString();
    else if (!location.isNull() && !location.isUndefined())
        r.fail("location"_L1, u"expected an object or a string"_s);
    c.emails = r.strings("emails"_L1);
    c.phones = r.list<Phone>("phones"_L1);
    c.links = r.strings("links"_L1);
    c.isAnonymized = r.boolean("isAnonymized"_L1);
    c.dataProtection = r.rawObject("dataProtection"_L1);
    return c;
}

QJsonObject Contact::toJson() const
{
    QJsonObject o{
        {"id"_L1, id},
        {"name"_L1, name},
        {"headline"_L1, headline},
        {"location"_L1, QJsonObject{{"name"_L1, location}}},
        {"emails"_L1, JsonWriter::strings(emails)},
        {"phones"_L1, JsonWriter::array(phones)},
        {"links"_L1, JsonWriter::strings(links)},
        {"isAnonymized"_L1, isAnonymized},
    };
    if (!dataProtection.isEmpty())
        o.insert("dataProtection"_L1, dataProtection);
    return o;
}

QJsonObject Contact::toWriteJson() const
{
    return QJsonObject{
        {"name"_L1, name},
        {"headline"_L1, headline},
        {"location"_L1, QJsonObject{{"name"_L1, location}}},
        {"emails"_L1, JsonWriter::strings(emails)},
        {"phones"_L1, JsonWriter::array(phones)},
    };
}

} // namespace lever::api
