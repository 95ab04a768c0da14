#include "ScriptedUser.h"

#include "Actions.h"
#include "Session.h"
#include "SoakLedger.h"
#include "Store.h"
#include "candidate/CandidateModel.h"
#include "candidate/CandidateWrite.h"
#include "candidate/CandidateWrites.h"

using namespace Qt::StringLiterals;
using Kind = lever::models::OpportunityAction::Kind;

namespace lever::bench {

namespace {
const QStringList kTags = {u"soak-a"_s, u"soak-b"_s, u"soak-c"_s};
}

ScriptedUser::ScriptedUser(models::Session &session, SoakLedger &ledger, QStringList cards, quint32 seed,
                           QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_ledger(ledger)
    , m_cards(std::move(cards))
    , m_random(seed)
{
    connect(&m_timer, &QTimer::timeout, this, &ScriptedUser::step);
    connect(&session.actions(), &models::Actions::actionFinished, this, &ScriptedUser::onActionFinished);
    connect(&session.outbox(), &models::Outbox::settled, this, &ScriptedUser::onOutboxSettled);
    connect(&session.outbox(), &models::Outbox::conflict, this, [this](qint64 seq, const QString &) {
        ++m_counts.conflicts;
        m_session.outbox().resolveConflict(seq, true); // the user keeps their change
    });
}

void ScriptedUser::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

bool ScriptedUser::isBusy() const
{
    return m_session.actions().pendingActions() > 0 || !m_session.outbox().entries().isEmpty() ||
           !m_notesOut.isEmpty();
}

QString ScriptedUser::pickCard()
{
    const models::Store &store = m_session.store();
    for (int tries = 0; tries < 20; ++tries) {
        const QString id = m_cards.at(m_random.bounded(int(m_cards.size())));
        if (store.opportunity(id) && !store.hasPendingWrite(id) && !m_session.outbox().holds(id) &&
            !m_notesOut.contains(id))
            return id;
    }
    return {};
}

void ScriptedUser::step()
{
    const QString id = pickCard();
    if (id.isEmpty())
        return;
    const models::OpportunityRecord card = *m_session.store().opportunity(id);
    models::Actions &actions = m_session.actions();
    const int roll = int(m_random.bounded(100));
    const QString tag = kTags.at(m_random.bounded(int(kTags.size())));
    ++m_counts.writes;
    if (roll >= 80) {
        writeNote(id);
        return;
    }
    if (card.archived) {
        if (roll < 40)
            actions.unarchive({id});
        else if (roll < 70)
            actions.addTag({id}, tag);
        else
            actions.removeTag({id}, tag);
        return;
    }
    const auto &stages = m_session.store().stages();
    const auto &reasons = m_session.store().archiveReasons();
    if (roll < 20 && stages.size() > 1) {
        QString stage = card.stageId;
        while (stage == card.stageId)
            stage = stages.at(m_random.bounded(int(stages.size()))).id;
        actions.moveToStage({id}, stage);
    } else if (roll < 30 && !reasons.isEmpty()) {
        actions.archive({id}, reasons.at(m_random.bounded(int(reasons.size()))).id);
    } else if (roll < 55) {
        actions.addTag({id}, tag);
    } else {
        actions.removeTag({id}, tag);
    }
}

void ScriptedUser::writeNote(const QString &id)
{
    // A page opened only to write: the model is not loaded, the note goes out as the page sends it.
    auto *page = new models::CandidateModel(m_session, id, this);
    auto *writes = new models::CandidateWrites(*page, page);
    const QString marker = u"soak note %1"_s.arg(m_notes.size() + 1);
    m_notes.insert(marker, Note{id, false, false});
    m_notesOut.insert(id);
    models::CandidateWrite *write = writes->addNote(marker, false, 0);
    connect(write, &models::CandidateWrite::finished, this,
            [this, page, marker, id](bool ok, const QString &) {
                Note &note = m_notes[marker];
                (ok ? note.confirmed : note.failed) = true;
                ok ? ++m_counts.confirmed : ++m_counts.failed;
                m_notesOut.remove(id);
                page->deleteLater();
            });
}

void ScriptedUser::onActionFinished(models::OpportunityAction *action)
{
    for (const QString &id : action->ids()) {
        if (action->queued().contains(id)) {
            ++m_counts.queued; // the outbox reports its outcome
        } else if (action->succeeded().contains(id)) {
            ++m_counts.confirmed;
            m_ledger.confirmed(id, action->kind(), action->value());
        } else {
            ++m_counts.failed;
            m_ledger.failed(id, action->kind(), action->value());
        }
    }
}

void ScriptedUser::onOutboxSettled(const models::Outbox::Entry &entry, bool sent)
{
    if (sent) {
        ++m_counts.outboxSent;
        m_ledger.confirmed(entry.opportunityId, entry.kind, entry.value);
    } else {
        ++m_counts.outboxDropped;
        m_ledger.failed(entry.opportunityId, entry.kind, entry.value);
    }
}

} // namespace lever::bench
