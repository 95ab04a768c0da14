#include "NoteDraft.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

QJsonObject NoteDraft::toJson() const
{
    QJsonObject o{{"value"_L1, value}};
    JsonWriter::set(o, "secret"_L1, secret);
    JsonWriter::set(o, "score"_L1, score);
    JsonWriter::set(o, "notifyFollowers"_L1, notifyFollowers);
    JsonWriter::set(o, "createdAt"_L1, createdAt);
    return o;
}

} // namespace lever::api
