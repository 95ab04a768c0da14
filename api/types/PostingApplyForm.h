#pragma once

#include "JsonReader.h"
#include "types/FeedbackField.h"

namespace lever::api {

// A posting's application form (GET /postings/{id}/apply): what a candidate is asked on the job site.
// Read only in the console; the posting editor shows it so a recruiter sees what applicants answer.
struct PostingApplyForm
{
    // A personal-information, link or EEO question: `name` is Lever's key (fullName, email, resume,
    // gender...), `text` what the candidate reads.
    struct Question
    {
        QString name;
        QString text;
        QString type;
        bool required = false;
        QStringList options; // EEO questions only
    };
    // A custom question set (a form attached to the posting) and its fields.
    struct CustomQuestions
    {
        QString id;
        QString text;
        QList<FeedbackField> fields;
    };

    QString id; // the posting's
    QString text;
    QList<Question> personalInformation;
    QList<Question> urls;
    QList<CustomQuestions> customQuestions;
    QList<Question> eeoQuestions; // gender, race, veteran... in Lever's order; empty when not asked

    static PostingApplyForm read(JsonReader &r);
    static std::optional<PostingApplyForm> fromJson(const QJsonObject &o, QString *error = nullptr)
    {
        return JsonReader::parse<PostingApplyForm>(o, error);
    }
};

} // namespace lever::api
