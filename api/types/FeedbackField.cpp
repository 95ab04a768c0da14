#include "FeedbackField.h"

#include "JsonWriter.h"

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
struct OptionReader
{
    static FeedbackField::Option read(JsonReader &r) { return {r.string("text"_L1)}; }
};
struct ScoreReader
{
    static FeedbackField::Score read(JsonReader &r)
    {
        return {r.string("text"_L1), r.string("description"_L1)};
    }
};
} // namespace

FeedbackField FeedbackField::read(JsonReader &r)
{
    FeedbackField f;
    f.id = r.string("id"_L1);
    f.type = r.string("type"_L1);
    f.text = r.string("text"_L1);
    f.description = r.string("description"_L1);
    f.required = r.boolean("required"_L1);
    f.prompt = r.nullableString("prompt"_L1);
    f.options = r.list<OptionReader>("options"_L1);
    f.scores = r.list<ScoreReader>("scores"_L1);
    if (r.has("value"_L1))
        f.value = r.raw("value"_L1);
    return f;
}

QJsonObject FeedbackField::toTemplateJson() const
{
    QJsonObject o{{"id"_L1, id},
                  {"type"_L1, type},
                  {"text"_L1, text},
                  {"description"_L1, description},
                  {"required"_L1, required}};
    JsonWriter::set(o, "prompt"_L1, prompt);
    if (!options.isEmpty()) {
        QJsonArray a;
        for (const Option &opt : options)
            a.append(QJsonObject{{"text"_L1, opt.text}});
        o.insert("options"_L1, a);
    }
    if (!scores.isEmpty()) {
        QJsonArray a;
        for (const Score &s : scores)
            a.append(QJsonObject{{"text"_L1, s.text}, {"description"_L1, s.description}});
        o.insert("scores"_L1, a);
    }
    return o;
}

QJsonObject FeedbackField::toJson() const
{
    QJsonObject o = toTemplateJson();
    if (hasValue())
        o.insert("value"_L1, value);
    return o;
}

} // namespace lever::api
