#pragma once

#include "offline/Outbox.h"

#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

namespace lever::models {
class Session;
class OpportunityAction;
} // namespace lever::models

namespace lever::bench {

class SoakLedger;

// A recruiter at about one write a second, through the console's own models: moves, archives,
// unarchives, tags (Actions, with the offline outbox behind them) and notes (CandidateWrites). It
// only touches its own cards, and never a card whose previous write is still out, as a person would
// wait for the card to settle. Every outcome goes into the ledger.
class ScriptedUser : public QObject
{
    Q_OBJECT
public:
    struct Note
    {
        QString opportunityId;
        bool confirmed = false;
        bool failed = false;
    };
    struct Counts
    {
        int writes = 0;
        int confirmed = 0;
        int failed = 0;
        int queued = 0;     // went to the outbox
        int outboxSent = 0; // of those, sent later
        int outboxDropped = 0;
        int conflicts = 0; // the outbox asked; the user sent the change anyway
    };

    ScriptedUser(models::Session &session, SoakLedger &ledger, QStringList cards, quint32 seed,
                 QObject *parent = nullptr);

    void start(int intervalMs);
    void stop() { m_timer.stop(); }
    // Writes or notes still waiting for an answer.
    bool isBusy() const;
    const Counts &counts() const { return m_counts; }
    // By the marker text each note carries.
    const QHash<QString, Note> &notes() const { return m_notes; }

private:
    void step();
    QString pickCard();
    void writeNote(const QString &id);
    void onActionFinished(models::OpportunityAction *action);
    void onOutboxSettled(const models::Outbox::Entry &entry, bool sent);

    models::Session &m_session;
    SoakLedger &m_ledger;
    QStringList m_cards;
    QRandomGenerator m_random;
    QTimer m_timer;
    Counts m_counts;
    QHash<QString, Note> m_notes;
    QSet<QString> m_notesOut; // cards with a note in flight
};

} // namespace lever::bench
