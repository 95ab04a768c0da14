#pragma once

#include <QObject>
#include <QString>

namespace lever::models {

// One write of the candidate page (contact or opportunity edit, note, feedback, file upload,
// download or delete): reports progress for transfers, then finishes once with success or a
// message a recruiter can read. Deletes itself after finished().
class CandidateWrite : public QObject
{
    Q_OBJECT
public:
    explicit CandidateWrite(QObject *parent = nullptr);

    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_ok; }
    QString message() const { return m_message; }
    // The id of what was created (note, feedback, file), when there is one.
    QString createdId() const { return m_createdId; }

    // Used by CandidateWrites.
    void setCreatedId(const QString &id) { m_createdId = id; }
    void reportProgress(qint64 done, qint64 total) { Q_EMIT progress(done, total); }
    // Finishes on the next event-loop turn, so a caller connects after starting the write.
    void finish(bool ok, const QString &message = {});

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &message);

private:
    bool m_finished = false;
    bool m_ok = false;
    QString m_message;
    QString m_createdId;
};

} // namespace lever::models
