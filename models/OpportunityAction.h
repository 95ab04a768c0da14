#pragma once

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
    enum class Kind { Move, Archive, Unarchive, AddTag, RemoveTag, ChangeOwner };
    Q_ENUM(Kind)

    // Runs `send` when the card has no earlier write in flight, so writes to one card reach Lever
    // in the order they were made; `done` is called when the card's write finished.
    struct Scheduler
    {
        std::function<void(const QString &id, std::function<void()> send)> schedule;
        std::function<void(const QString &id)> done;
    };

    OpportunityAction(api::Client &client, Store &store, Kind kind, const QStringList &ids,
                      const QString &value, Scheduler scheduler, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Stage id (Move), archive reason id (Archive), tag (AddTag/RemoveTag), user id (ChangeOwner).
    QString value() const { return m_value; }
    // The cards it applies to (unknown ids are dropped at start and reported as failures).
    QStringList ids() const { return m_ids; }
    // Each card as it was before this action (what undo goes back to).
    const QHash<QString, OpportunityRecord> &before() const { return m_before; }

    // Applies to the store and sends; once.
    void start();
    bool isFinished() const { return m_started && m_remaining == 0; }
    QStringList succeeded() const { return m_succeeded; }
    QList<CardFailure> failures() const { return m_failures; }
    // "2 of 5 cards could not be archived", or the single card's message; empty when all succeeded.
    QString failureSummary() const;

Q_SIGNALS:
    void cardFinished(const QString &id, bool ok, const QString &message);
    void finished();

private:
    void applyLocally(OpportunityRecord &record) const;
    void rollBack(OpportunityRecord &record, const OpportunityRecord &before) const;
    void send(const QString &id);
    void confirm(const QString &id, const api::Opportunity &answer);
    void failCard(const QString &id, const QString &reason);
    void cardDone();
    QString describeFailure(const QString &name, const QString &reason) const;

    api::Client &m_client;
    Store &m_store;
    Kind m_kind;
    QStringList m_ids;
    QString m_value;
    Scheduler m_scheduler;
    QHash<QString, OpportunityRecord> m_before;
    QStringList m_succeeded;
    QList<CardFailure> m_failures;
    int m_remaining = 0;
    bool m_started = false;
};

} // namespace lever::models
