#include "NewOpportunity.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

QJsonObject NewOpportunity::toJson() const
{
    QJsonObject o{{"name"_L1, name}};
    JsonWriter::set(o, "headline"_L1, headline);
    JsonWriter::set(o, "stage"_L1, stage);
    JsonWriter::set(o, "location"_L1, location);
    if (!phones.isEmpty())
        o.insert("phones"_L1, JsonWriter::array(phones));
    const std::pair<QLatin1StringView, const QStringList *> lists[] = {{"emails"_L1, &emails},
                                                                       {"links"_L1, &links},
                                                                       {"tags"_L1, &tags},
                                                                       {"sources"_L1, &sources},
                                                                       {"followers"_L1, &followers}};
    for (const auto &[key, list] : lists) {
        if (!list->isEmpty())
            o.insert(key, JsonWriter::strings(*list));
    }
    JsonWriter::set(o, "origin"_L1, origin);
    JsonWriter::set(o, "owner"_L1, owner);
    if (posting)
        o.insert("postings"_L1, QJsonArray{*posting});
    JsonWriter::set(o, "createdAt"_L1, createdAt);
    if (archived)
        o.insert("archived"_L1, archived->toJson());
    JsonWriter::set(o, "contact"_L1, contact);
    JsonWriter::set(o, "opportunityLocation"_L1, opportunityLocation);
    return o;
}

} // namespace lever::api
