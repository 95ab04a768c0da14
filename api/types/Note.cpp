#include "Note.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Note::Field Note::Field::read(JsonReader &r)
{
    Field f;
    f.type = r.string("type"_L1);
    f.text = r.string("text"_L1);
    f.value = r.string("value"_L1);
    f.user = r.string("user"_L1);
    f.stage = r.nullableString("stage"_L1);
    f.score = r.nullableInteger("score"_L1);
    f.createdAt = r.nullableInteger("createdAt"_L1);
    return f;
}

QJsonObject Note::Field::toJson() const
{
    return QJsonObject{
        {"type"_L1, type},
        {"text"_L1, text},
        {"value"_L1, value},
        {"user"_L1, user},
        {"stage"_L1, JsonWriter::nullable(stage)},
        {"score"_L1, JsonWriter::nullable(score)},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
    };
}

Note Note::read(JsonReader &r)
{
    Note n;
    n.id = r.string("id"_L1);
    n.text = r.string("text"_L1);
    n.fields = r.list<Field>("fields"_L1);
    n.user = r.string("user"_L1);
    n.secret = r.boolean("secret"_L1);
    n.completedAt = r.nullableInteger("completedAt"_L1);
    n.createdAt = r.nullableInteger("createdAt"_L1);
    n.deletedAt = r.nullableInteger("deletedAt"_L1);
    n.noteId = r.nullableString("noteId"_L1);
    return n;
}

QJsonObject Note::toJson() const
{
    QJsonObject o{
        {"id"_L1, id},
        {"text"_L1, text},
        {"fields"_L1, JsonWriter::array(fields)},
        {"user"_L1, user},
        {"secret"_L1, secret},
        {"completedAt"_L1, JsonWriter::nullable(completedAt)},
        {"createdAt"_L1, JsonWriter::nullable(createdAt)},
        {"deletedAt"_L1, JsonWriter::nullable(deletedAt)},
    };
    if (noteId)
        o.insert("noteId"_L1, *noteId);
    return o;
}

} // namespace lever::api
