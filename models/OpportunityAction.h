#pragma once

#include "Call.h"
#include "OpportunityRecord.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>

namespace lever::api {
class ApiError;
class Client;
struct Opportunity;
} // namespace lever::api

namespace lever::models {

class Store;

// Why one card's write failed, in words a recruiter understands.
struct CardFailure
{
    QString id;
    QString name;    // the candidate's name when the write started
    QString message; // e.g. "Could not move Ada Lovelace to Phone screen: Lever is not answering…"
};

// One write to one or many opportunities (a bulk action is the same write per card): applied to the
// Store at once, sent at Interactive priority one request per card, then each card is confirmed
// with the server's answer or rolled back with a CardFailure. Created by Actions.
class OpportunityAction : public QObject
{
    Q_OBJECT
public:
    // The values are kept in the outbox on disk: new kinds go at the end.
    enum class Kind { Move, Archive, Unarchive, AddTag, RemoveTag, ChangeOwner, AddSource, RemoveSource };
    Q_ENUM(Kind)

    // Runs `send` when the card has no earlier write in flight, so writes to one card reach Lever
    // in the order they were made; `done` is called when the card's write finished. `park`, when
    // set, may take the card's write instead of sending it (the offline outbox): it returns true and
    // from then on owns the write.
    struct Scheduler
    {
        std::function<void(const QString &id, std::function<void()> send)> schedule;
        std::function<void(const QString &id)> done;
        std::function<bool(const QString &id, const OpportunityRecord &before)> park;
    };

    // The pieces of one kind of write, shared with the outbox that replays them later.
    static void applyChange(Kind kind, const QString &value, OpportunityRecord &record);
    static bool isAppliedIn(Kind kind, const QString &value, const OpportunityRecord &record);
    // Puts back only what the write changed, so other fields changed meanwhile (by sync) stay.
    static void revertChange(Kind kind, const QString &value, OpportunityRecord &record,
                             const OpportunityRecord &before);
    static api::Call<api::Opportunity> request(api::Client &client, Kind kind, const QString &id,
                                               const QString &value);
    // "Could not move Ada Lovelace to Phone screen: <reason>".
    static QString describeFailure(const Store &store, Kind kind, const QString &value, const QString &name,
                                   const QString &reason);

    OpportunityAction(api::Client &client, Store &store, Kind kind, const QStringList &ids,
                      const QString &value, Scheduler scheduler, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Stage id (Move), archive reason id (Archive), tag (AddTag/RemoveTag), user id (ChangeOwner),
    // source (AddSource/RemoveSource).
    QString value() const { return m_value; }
    // The cards it applies to (unknown ids are dropped at start and reported as failures).
    QStringList ids() const { return m_ids; }
    // Each card as it was before this action (what undo goes back to).
    const QHash<QString, OpportunityRecord> &before() const { return m_before; }

    // Applies to the store and sends; once.
    void start();
    bool isFinished() const { return m_started && m_remaining == 0; }
    QStringList succeeded() const { return m_succeeded; }
    // Cards whose write waits in the offline outbox (shown changed; sent when Lever answers again).
    QStringList queued() const { return m_queued; }
    QList<CardFailure> failures() const { return m_failures; }
    // "2 of 5 cards could not be archived", or the single card's message; empty when all succeeded.
    QString failureSummary() const;

Q_SIGNALS:
    void cardFinished(const QString &id, bool ok, const QString &message);
    void finished();

private:
    // Hands the card's write to the outbox when the scheduler's `park` takes it.
    bool tryPark(const QString &id);
    void send(const QString &id);
    void confirm(const QString &id, const api::Opportunity &answer);
    void failCard(const QString &id, const api::ApiError &error);
    // Rolls the card back (or takes `truth`, the server's copy, when there is one) and reports it.
    void settleFailure(const QString &id, const QString &reason, const api::Opportunity *truth);
    void cardDone();

    api::Client &m_client;
    Store &m_store;
    Kind m_kind;
    QStringList m_ids;
    QString m_value;
    Scheduler m_scheduler;
    QHash<QString, OpportunityRecord> m_before;
    QStringList m_succeeded;
    QStringList m_queued;
    QList<CardFailure> m_failures;
    int m_remaining = 0;
    bool m_started = false;
};

} // namespace lever::models
