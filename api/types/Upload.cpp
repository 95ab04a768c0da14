#include "Upload.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Upload Upload::read(JsonReader &r)
{
    return Upload{r.string("id"_L1), r.string("uri"_L1), r.string("filename"_L1),
                  r.nullableInteger("expiresAt"_L1), r.integer("size"_L1)};
}

QJsonObject Upload::toJson() const
{
    return QJsonObject{{"id"_L1, id},
                       {"uri"_L1, uri},
                       {"filename"_L1, filename},
                       {"expiresAt"_L1, JsonWriter::nullable(expiresAt)},
                       {"size"_L1, size}};
}

} // namespace lever::api
