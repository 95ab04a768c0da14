#include "PostingApplyForm.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::api {

namespace {
struct QuestionReader
{
    static PostingApplyForm::Question read(JsonReader &r)
    {
        PostingApplyForm::Question q;
        q.name = r.string("name"_L1);
        q.text = r.string("text"_L1);
        q.type = r.string("type"_L1);
        q.required = r.boolean("required"_L1);
        for (const QJsonValue &o : r.rawArray("options"_L1))
            q.options.append(o.toObject().value("text"_L1).toString());
        return q;
    }
};
struct CustomQuestionsReader
{
    static PostingApplyForm::CustomQuestions read(JsonReader &r)
    {
        return {r.string("id"_L1), r.string("text"_L1), r.list<FeedbackField>("fields"_L1)};
    }
};
} // namespace

PostingApplyForm PostingApplyForm::read(JsonReader &r)
{
    PostingApplyForm f;
    f.id = r.string("id"_L1);
    f.text = r.string("text"_L1);
    f.personalInformation = r.list<QuestionReader>("personalInformation"_L1);
    f.urls = r.list<QuestionReader>("urls"_L1);
    f.customQuestions = r.list<CustomQuestionsReader>("customQuestions"_L1);
    // eeoQuestions is an object keyed by question (absent when the posting asks none); QJsonObject
    // sorts keys, so the order is alphabetical, which for gender, race, veteran, disability is Lever's.
    const QJsonObject eeo = r.rawObject("eeoQuestions"_L1);
    for (auto it = eeo.begin(); it != eeo.end(); ++it) {
        QStringList errors; // an odd EEO question is shown as far as it reads, not refused
        JsonReader q(it.value().toObject(), &errors);
        Question question = QuestionReader::read(q);
        question.name = it.key();
        f.eeoQuestions.append(question);
    }
    return f;
}

} // namespace lever::api
