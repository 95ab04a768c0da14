#pragma once

#include "OpportunityAction.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace lever::api {
class Client;
}

namespace lever::models {

class Outbox;
class Store;

// The board's writes: move, archive, unarchive, tags and owner, for one card or many. Each is an
// OpportunityAction applied to the Store at once and confirmed or rolled back card by card; failures
// come out as one readable message. The last moves and archives can be undone (undo is a write too).
// Writes to one card are sent one after another, in the order they were made.
class Actions : public QObject
{
    Q_OBJECT
public:
    Actions(api::Client &client, Store &store, QObject *parent = nullptr);
    ~Actions() override;

    // Each returns the started action (owned by Actions, deleted after finished()); connect to its
    // finished() for the per-card report.
    OpportunityAction *moveToStage(const QStringList &ids, const QString &stageId);
    OpportunityAction *archive(const QStringList &ids, const QString &reasonId);
    OpportunityAction *unarchive(const QStringList &ids);
    OpportunityAction *addTag(const QStringList &ids, const QString &tag);
    OpportunityAction *removeTag(const QStringList &ids, const QString &tag);
    OpportunityAction *changeOwner(const QStringList &ids, const QString &userId);
    OpportunityAction *addSource(const QStringList &ids, const QString &source);
    OpportunityAction *removeSource(const QStringList &ids, const QString &source);

    // Undo of the latest move or archive still undoable (a stack of up to 20).
    bool canUndo() const { return !m_undo.isEmpty(); }
    // "Undo move of 3 cards to Phone screen"; empty when there is nothing to undo.
    QString undoText() const;
    // Starts the writes that put the cards back; the actions, or an empty list when nothing to undo.
    QList<OpportunityAction *> undo();

    int pendingActions() const { return int(m_running.size()); }
    // Where a card's write goes while Lever cannot be reached (see Outbox::park); none: it fails.
    void setOutbox(Outbox *outbox) { m_outbox = outbox; }

Q_SIGNALS:
    void canUndoChanged(bool canUndo);
    // Every finished action, with its per-card outcome.
    void actionFinished(lever::models::OpportunityAction *action);
    // A write failed: the card's message, or a bulk summary ("2 of 5 cards could not be archived.").
    void failed(const QString &message);
    void pendingChanged(int actions);

private:
    struct UndoEntry
    {
        QPointer<OpportunityAction> action;
        OpportunityAction::Kind kind;
        QString value;
        QHash<QString, OpportunityRecord> before;
        QStringList ids;
    };

    OpportunityAction *run(OpportunityAction::Kind kind, const QStringList &ids, const QString &value,
                           bool undoable);
    void schedule(const QString &id, std::function<void()> send);
    void release(const QString &id);
    void setCanUndo();

    api::Client &m_client;
    Store &m_store;
    Outbox *m_outbox = nullptr;
    QList<OpportunityAction *> m_running;
    QList<UndoEntry> m_undo;
    bool m_lastCanUndo = false;
    // Per card: sends waiting for the card's earlier write to finish (the head is in flight).
    QHash<QString, QList<std::function<void()>>> m_chains;
};

} // namespace lever::models
