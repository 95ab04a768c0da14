#pragma once

#include "types/PostingApplyForm.h"

#include <QObject>

namespace lever::api {
class Client;
}

namespace lever::models {

// Reads a posting's application form (GET /postings/{id}/apply) for the posting editor, and turns its
// question lists into feedback fields, so the form can be drawn by the same FeedbackForm that draws
// interview feedback. Only the latest read reports: opening another posting drops an earlier answer.
class ApplyFormReader : public QObject
{
    Q_OBJECT
public:
    explicit ApplyFormReader(api::Client &client, QObject *parent = nullptr);

    void read(const QString &postingId);
    // Personal information, links or EEO questions as fields (EEO options become a dropdown's choices).
    static QList<api::FeedbackField> asFields(const QList<api::PostingApplyForm::Question> &questions);

Q_SIGNALS:
    void formRead(const lever::api::PostingApplyForm &form);
    void failed(const QString &message);

private:
    api::Client &m_client;
    int m_generation = 0;
};

} // namespace lever::models
