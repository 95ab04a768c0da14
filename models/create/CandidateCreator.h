#pragma once

#include "NewCandidate.h"
#include "Pager.h"
#include "types/Opportunity.h"

#include <QObject>
#include <QPointer>

namespace lever::api {
class Client;
}

namespace lever::models {

class Store;

// Creates one candidate: a card appears on the board at once (a provisional record, marked as being
// saved) and is replaced by Lever's answer. JSON when nothing is attached, multipart with the resume
// and files otherwise. A POST is never sent twice: when its answer is lost the creator re-reads by
// email and says what it found. The first note follows once the candidate exists.
class CandidateCreator : public QObject
{
    Q_OBJECT
public:
    CandidateCreator(api::Client &client, Store &store, QObject *parent = nullptr);

    // `contactId`: add the opportunity to this person (Lever dedupes by contact). False while a
    // create is running.
    bool create(const NewCandidate &candidate, const QString &contactId = {});
    bool isBusy() const { return !m_provisionalId.isEmpty(); }
    // For an owner that goes away (the form closes on success): deletes itself once the create and
    // the first note are through, so neither is cut off.
    void releaseWhenDone();
    // The provisional card's id while the create runs ("new:<uuid>").
    QString provisionalId() const { return m_provisionalId; }

Q_SIGNALS:
    void busyChanged(bool busy);
    // The candidate exists in Lever (`opportunityId`); `message` says how it went.
    void created(const QString &opportunityId, const QString &message);
    // Nothing was created (or it could not be confirmed): the form keeps everything.
    void failed(const QString &message);
    // The candidate exists, but the first note could not be added.
    void noteFailed(const QString &opportunityId, const QString &message);

private:
    void addProvisionalCard(const NewCandidate &candidate);
    void dropProvisionalCard();
    void confirm(const api::Opportunity &opportunity, const QString &message);
    void reread(const QString &reason);
    void addNote(const QString &opportunityId);

    api::Client &m_client;
    Store &m_store;
    NewCandidate m_candidate;
    QString m_provisionalId;
    qint64 m_sentAt = 0;
    api::Pager<api::Opportunity> m_pager;
    bool m_notePending = false;
    bool m_release = false;
};

} // namespace lever::models
