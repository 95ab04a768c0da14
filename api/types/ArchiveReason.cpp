#include "ArchiveReason.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

ArchiveReason ArchiveReason::read(JsonReader &r)
{
    return ArchiveReason{r.string("id"_L1), r.string("text"_L1), r.string("status"_L1),
                         r.nullableString("type"_L1)};
}

QJsonObject ArchiveReason::toJson() const
{
    return QJsonObject{
        {"id"_L1, id}, {"text"_L1, text}, {"status"_L1, status}, {"type"_L1, JsonWriter::nullable(type)}};
}

} // namespace lever::api
