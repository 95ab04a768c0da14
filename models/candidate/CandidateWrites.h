#pragma once

#include "ApiError.h"
#include "types/Contact.h"
#include "types/FeedbackDraft.h"
#include "types/FeedbackTemplate.h"
#include "types/OpportunityChanges.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <optional>

namespace lever::models {

class CandidateModel;
class CandidateWrite;

// The candidate page's writes that are not board actions: contact and opportunity edits, notes,
// feedback, and files. Each returns a CandidateWrite that reports success or a readable error, and
// on success the changed part of the CandidateModel is read again. Nothing is retried blindly: a
// failed POST is reported, and the widget keeps what the user typed.
class CandidateWrites : public QObject
{
    Q_OBJECT
public:
    explicit CandidateWrites(CandidateModel &model, QObject *parent = nullptr);

    static constexpr qint64 kMaxUploadBytes = 30 * 1024 * 1024;

    // PUT /contacts/{id}: name, headline, location, emails, phones (name and an email required).
    CandidateWrite *saveContact(const api::Contact &contact);
    // PUT /opportunities/{id}: the fields set in `changes`.
    CandidateWrite *saveOpportunity(const api::OpportunityChanges &changes);
    // A note, or a threaded comment on `replyTo`; `score` 1-4 or 0 for none.
    CandidateWrite *addNote(const QString &text, bool secret, int score, const QString &replyTo = {});
    // Feedback from a template; refused before sending when a required field is empty.
    CandidateWrite *submitFeedback(const api::FeedbackTemplate &form,
                                   const QHash<QString, QJsonValue> &values);
    // Refused before reading when larger than 30 MB; progress while sending.
    CandidateWrite *uploadFile(const QString &path);
    CandidateWrite *downloadFile(const QString &fileId, const QString &targetPath);
    CandidateWrite *deleteFile(const QString &fileId);

    // The names of required fields of `form` with no value in `values`.
    static QStringList missingRequired(const api::FeedbackTemplate &form,
                                       const QHash<QString, QJsonValue> &values);
    static bool isEmptyValue(const QJsonValue &value);

    int pending() const { return m_pending; }

Q_SIGNALS:
    void pendingChanged(int writes);

private:
    CandidateWrite *begin();
    // After a failed download: finishes `write` with why, asking Lever for the file when that can tell.
    void explainFailedDownload(CandidateWrite *write, const QString &fileId, const api::ApiError &error);

    CandidateModel &m_model;
    int m_pending = 0;
};

} // namespace lever::models
