#include "Resume.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Resume Resume::read(JsonReader &r)
{
    Resume res;
    res.id = r.string("id"_L1);
    res.createdAt = r.nullableInteger("createdAt"_L1);
    res.file = r.nested<File>("file"_L1).value_or(File());
    res.parsedData = r.rawObject("parsedData"_L1);
    return res;
}

QJsonObject Resume::toJson() const
{
    return QJsonObject{{"id"_L1, id},
                       {"createdAt"_L1, JsonWriter::nullable(createdAt)},
                       {"file"_L1, file.toJson()},
                       {"parsedData"_L1, parsedData}};
}

} // namespace lever::api
