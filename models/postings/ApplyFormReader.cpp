#include "ApplyFormReader.h"

#include "Client.h"
#include "resources/PostingResource.h"

using namespace Qt::StringLiterals;

namespace lever::models {

ApplyFormReader::ApplyFormReader(api::Client &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

void ApplyFormReader::read(const QString &postingId)
{
    const int generation = ++m_generation;
    m_client.postings().applyForm(postingId).then(
        this, [this, generation](const api::Result<api::PostingApplyForm> &r) {
            if (generation != m_generation)
                return;
            if (r.ok())
                Q_EMIT formRead(r.value());
            else
                Q_EMIT failed(r.error().userText());
        });
}

QList<api::FeedbackField> ApplyFormReader::asFields(const QList<api::PostingApplyForm::Question> &questions)
{
    QList<api::FeedbackField> out;
    for (const api::PostingApplyForm::Question &q : questions) {
        api::FeedbackField f;
        f.id = q.name;
        f.text = q.text.isEmpty() ? q.name : q.text;
        f.required = q.required;
        if (!q.options.isEmpty()) {
            f.type = u"dropdown"_s;
            for (const QString &o : q.options)
                f.options.append({o});
        } else {
            // Lever's types here are text, email, phone, url, file...: each is one line to fill in
            // (a file as its name), which is how FeedbackForm draws a type it does not know.
            f.type = q.type == u"textarea"_s ? q.type : u"text"_s;
        }
        out.append(f);
    }
    return out;
}

} // namespace lever::models
