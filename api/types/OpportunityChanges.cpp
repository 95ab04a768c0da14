#include "OpportunityChanges.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

QJsonObject OpportunityChanges::toJson() const
{
    QJsonObject o;
    JsonWriter::set(o, "name"_L1, name);
    JsonWriter::set(o, "headline"_L1, headline);
    JsonWriter::set(o, "location"_L1, location);
    JsonWriter::set(o, "owner"_L1, owner);
    JsonWriter::set(o, "followers"_L1, followers);
    return o;
}

} // namespace lever::api
