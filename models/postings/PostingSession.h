#pragma once

#include "Client.h"
#include "PostingForm.h"

#include <QObject>
#include <QPointer>

namespace lever::models {

// The load-and-save logic behind one open posting editor: opens a posting (Priority::Interactive), and
// saves by re-reading it first; when the server's updatedAt moved since it was loaded, it reports a
// conflict instead of overwriting, and saves the user's per-field choice afterwards.
class PostingSession : public QObject
{
    Q_OBJECT
public:
    explicit PostingSession(api::Client &client, QObject *parent = nullptr);

    // Loads the posting; opened() or failed().
    void open(const QString &id);
    // A posting not on the server yet.
    void startNew();
    bool isNew() const { return m_id.isEmpty(); }
    QString postingId() const { return m_id; }
    bool isBusy() const { return bool(m_pending); }

    // The posting as loaded or last saved: what dirty tracking and partial updates compare with.
    const PostingForm &base() const { return m_base; }
    std::optional<qint64> baseUpdatedAt() const { return m_baseUpdatedAt; }
    // The editor normalizes what it shows; it hands the normalized form back before edits start.
    void setBase(const PostingForm &form) { m_base = form; }
    // A restored draft: its edits were made on `base` at `updatedAt`, so a save compares with that
    // (and reports a conflict if the server moved on since).
    void restoreBase(const PostingForm &base, std::optional<qint64> updatedAt)
    {
        m_base = base;
        m_baseUpdatedAt = updatedAt;
    }

    // Creates the posting or, for an existing one, re-reads it and updates only the changed fields.
    void save(const PostingForm &mine);
    // After conflict(): `merged` holds the user's choice per field; it is saved against the server's
    // version, which becomes the new base (a further change meanwhile is another conflict).
    void saveResolved(const PostingForm &merged);
    // After conflict(): drop the save, keep editing on top of the server's version.
    void cancelConflict();

Q_SIGNALS:
    void opened(const lever::api::Posting &posting);
    void saved(const lever::api::Posting &posting);
    // Someone else changed the posting since it was loaded: `theirs` is the server's version now.
    void conflict(const lever::models::PostingForm &mine, const lever::models::PostingForm &theirs,
                  const lever::api::Posting &theirsPosting);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void adopt(const api::Posting &posting);
    void sendUpdate(const PostingForm &mine);
    QObject *beginRequest();
    void endRequest();

    api::Client &m_client;
    QString m_id;
    PostingForm m_base;
    std::optional<qint64> m_baseUpdatedAt;
    api::Posting m_current;               // as loaded or last saved
    std::optional<api::Posting> m_theirs; // the server's version while a conflict is being resolved
    QPointer<QObject> m_pending;          // context of the request in flight
};

} // namespace lever::models
