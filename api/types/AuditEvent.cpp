#include "AuditEvent.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
struct TargetReader
{
    QString type;
    QString id;
    static TargetReader read(JsonReader &r) { return {r.string("type"_L1), r.string("id"_L1)}; }
};
} // namespace

AuditEvent AuditEvent::read(JsonReader &r)
{
    AuditEvent e;
    e.id = r.string("id"_L1);
    e.type = r.string("type"_L1);
    e.createdAt = r.integer("createdAt"_L1);
    e.user = r.nullableString("user"_L1);
    if (const auto target = r.nested<TargetReader>("target"_L1)) {
        e.targetType = target->type;
        e.targetId = target->id;
    }
    e.meta = r.rawObject("meta"_L1);
    return e;
}

QJsonObject AuditEvent::toJson() const
{
    return QJsonObject{{"id"_L1, id},
                       {"type"_L1, type},
                       {"createdAt"_L1, createdAt},
                       {"user"_L1, JsonWriter::nullable(user)},
                       {"target"_L1, QJsonObject{{"type"_L1, targetType}, {"id"_L1, targetId}}},
                       {"meta"_L1, meta}};
}

} // namespace lever::api
