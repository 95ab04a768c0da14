#pragma once

#include "OpportunityAction.h"
#include "OpportunityRecord.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace lever::api {
class Client;
}

namespace lever::models {

class LocalCache;
class Store;

// Writes that are safe to repeat (stage moves, archive and unarchive, tags, sources, owner), made while Lever
// cannot be reached: shown on the cards at once, kept in the local cache so a crash or restart loses
// none, and sent in the order they were made once Lever answers again. Before each is sent the card is
// read again: if someone changed it in Lever meanwhile, the user is asked instead of overwriting.
// Writes that are not safe to repeat never come here: the API layer refuses them while offline.
class Outbox : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        qint64 seq = 0;
        QString opportunityId;
        OpportunityAction::Kind kind = OpportunityAction::Kind::Move;
        QString value;
        qint64 baseUpdatedAt = 0; // the card's updatedAt as Lever last sent it
        qint64 createdAt = 0;
        OpportunityRecord before; // the card before the change, to cancel it
    };

    Outbox(api::Client &client, Store &store, QObject *parent = nullptr);
    ~Outbox() override;

    // Where entries are kept; without a writable cache nothing is parked (a write made offline then
    // fails as any other, instead of living only in memory).
    void setCache(LocalCache *cache) { m_cache = cache; }
    // The entries the cache kept from an earlier run: applied to the cards again, still pending.
    void restore();

    // Takes a card's write when Lever cannot be reached, or when an earlier write of that card still
    // waits here (so the card's writes keep their order). The change is already on the card.
    bool park(OpportunityAction::Kind kind, const QString &id, const QString &value,
              const OpportunityRecord &before);
    bool holds(const QString &opportunityId) const;
    const QList<Entry> &entries() const { return m_entries; }
    // "Move Ada Lovelace to Phone screen".
    QString describe(const Entry &entry) const;

    // Drops a change not sent yet and puts the card back.
    void cancel(qint64 seq);
    // Sends the entries in order, one at a time, while Lever answers (called when it is back).
    void replay();
    bool isReplaying() const { return m_replaying; }
    // The answer to conflict(): send the change over Lever's newer version, or drop it.
    void resolveConflict(qint64 seq, bool sendAnyway);

Q_SIGNALS:
    void changed();
    // The card of `seq` changed in Lever after the user's offline change: ask, then resolveConflict().
    void conflict(qint64 seq, const QString &question);
    // An entry could not be sent (Lever refused it) and was dropped: the card shows Lever's version.
    void failed(const QString &message);
    // An entry left the outbox: `sent` when Lever has the change, false when it was dropped (refused,
    // cancelled, or Lever's version kept after a conflict).
    void settled(const lever::models::Outbox::Entry &entry, bool sent);

private:
    void persist(const Entry &entry);
    void removeAt(qsizetype index, const OpportunityRecord *truth);
    qsizetype indexOf(qint64 seq) const;
    void sendHead();
    void sendEntry(qint64 seq);
    void finished(qint64 seq, const api::Opportunity &answer);
    // The entry's change is already in Lever's copy of the card (an earlier try whose answer was lost).
    bool arrived(const Entry &entry, const api::Opportunity &now);

    api::Client &m_client;
    Store &m_store;
    LocalCache *m_cache = nullptr; // the Session deletes the outbox before the cache
    QList<Entry> m_entries;
    qint64 m_nextSeq = 1;
    bool m_replaying = false;
    qint64 m_asking = 0;               // the entry whose conflict question is open
    qint64 m_inFlight = 0;             // the entry being read or sent
    OpportunityRecord m_conflictTruth; // Lever's version of the card m_asking is about
};

} // namespace lever::models
