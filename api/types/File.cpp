#include "File.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

File File::read(JsonReader &r)
{
    File f;
    f.id = r.string("id"_L1);
    f.name = r.string("name"_L1);
    f.ext = r.string("ext"_L1);
    f.downloadUrl = r.string("downloadUrl"_L1);
    f.uploadedAt = r.nullableInteger("uploadedAt"_L1);
    f.status = r.nullableString("status"_L1);
    f.size = r.integer("size"_L1);
    return f;
}

QJsonObject File::toJson() const
{
    QJsonObject o{
        {"name"_L1, name},
        {"ext"_L1, ext},
        {"downloadUrl"_L1, downloadUrl},
        {"uploadedAt"_L1, JsonWriter::nullable(uploadedAt)},
        {"status"_L1, JsonWriter::nullable(status)},
        {"size"_L1, size},
    };
    if (!id.isEmpty())
        o.insert("id"_L1, id);
    return o;
}

} // namespace lever::api
