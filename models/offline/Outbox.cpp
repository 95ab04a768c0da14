#include "offline/Outbox.h"

#include "Client.h"
#include "ModelsLog.h"
#include "Store.h"
#include "cache/LocalCache.h"
#include "cache/RecordCodec.h"
#include "resources/OpportunityResource.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
bool knownKind(int kind)
{
    return kind >= int(OpportunityAction::Kind::Move) && kind <= int(OpportunityAction::Kind::RemoveSource);
}
} // namespace

Outbox::Outbox(api::Client &client, Store &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

Outbox::~Outbox() = default;

void Outbox::restore()
{
    if (!m_cache)
        return;
    for (const OutboxRow &row : m_cache->loadedOutbox()) {
        std::optional<OpportunityRecord> before = RecordCodec::decode(row.before);
        if (!before || !knownKind(row.kind) || row.opportunityId.isEmpty()) {
            qCWarning(lcModels) << "outbox: dropped an unreadable entry" << row.seq;
            m_cache->removeOutbox(row.seq);
            continue;
        }
        Entry entry{row.seq,           row.opportunityId, OpportunityAction::Kind(row.kind),
                    row.value,         row.baseUpdatedAt, row.createdAt,
                    std::move(*before)};
        m_nextSeq = qMax(m_nextSeq, row.seq + 1);
        // The cache holds Lever's version of the card (pending cards are not saved): the change goes on top.
        m_store.beginWrite(entry.opportunityId);
        m_store.modify(entry.opportunityId, [&entry](OpportunityRecord &r) {
            OpportunityAction::applyChange(entry.kind, entry.value, r);
        });
        m_entries.append(std::move(entry));
    }
    if (!m_entries.isEmpty()) {
        qCInfo(lcModels) << "outbox: restored" << m_entries.size() << "changes made offline";
        Q_EMIT changed();
    }
}

bool Outbox::holds(const QString &opportunityId) const
{
    for (const Entry &entry : m_entries) {
        if (entry.opportunityId == opportunityId)
            return true;
    }
    return false;
}

bool Outbox::park(OpportunityAction::Kind kind, const QString &id, const QString &value,
                  const OpportunityRecord &before)
{
    if (!m_cache || !m_cache->canKeepOutbox())
        return false;
    if (m_client.isReachable() && !holds(id))
        return false;
    Entry entry{m_nextSeq++, id, kind, value, before.updatedAt, QDateTime::currentMSecsSinceEpoch(), before};
    m_store.beginWrite(id); // the outbox's own pending mark, held until the entry is sent or dropped
    persist(entry);
    m_entries.append(std::move(entry));
    Q_EMIT changed();
    if (m_client.isReachable())
        QMetaObject::invokeMethod(this, &Outbox::replay, Qt::QueuedConnection);
    return true;
}

void Outbox::persist(const Entry &entry)
{
    if (m_cache)
        m_cache->putOutbox(OutboxRow{entry.seq, entry.opportunityId, int(entry.kind), entry.value,
                                     entry.baseUpdatedAt, entry.createdAt,
                                     RecordCodec::encode(entry.before)});
}

qsizetype Outbox::indexOf(qint64 seq) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).seq == seq)
            return i;
    }
    return -1;
}

QString Outbox::describe(const Entry &entry) const
{
    const OpportunityRecord *card = m_store.opportunity(entry.opportunityId);
    const QString name = card ? card->name : entry.before.name;
    switch (entry.kind) {
    case OpportunityAction::Kind::Move: {
        const QString stage = m_store.stageName(entry.value);
        return tr("Move %1 to %2").arg(name, stage.isEmpty() ? entry.value : stage);
    }
    case OpportunityAction::Kind::Archive: {
        const QString reason = m_store.archiveReasonName(entry.value);
        return tr("Archive %1 (%2)").arg(name, reason.isEmpty() ? entry.value : reason);
    }
    case OpportunityAction::Kind::Unarchive:
        return tr("Unarchive %1").arg(name);
    case OpportunityAction::Kind::AddTag:
        return tr("Add the tag “%1” to %2").arg(entry.value, name);
    case OpportunityAction::Kind::RemoveTag:
        return tr("Remove the tag “%1” from %2").arg(entry.value, name);
    case OpportunityAction::Kind::ChangeOwner: {
        const UserInfo *user = m_store.user(entry.value);
        return tr("Make %1 the owner of %2").arg(user ? user->name : entry.value, name);
    }
    case OpportunityAction::Kind::AddSource:
        return tr("Add the source “%1” to %2").arg(entry.value, name);
    case OpportunityAction::Kind::RemoveSource:
        return tr("Remove the source “%1” from %2").arg(entry.value, name);
    }
    return name;
}

void Outbox::removeAt(qsizetype index, const OpportunityRecord *truth)
{
    const Entry entry = m_entries.takeAt(index);
    if (m_cache)
        m_cache->removeOutbox(entry.seq);
    m_store.endWrite(entry.opportunityId);
    if (truth && !m_store.hasPendingWrite(entry.opportunityId)) {
        m_store.upsertRecord(*truth);
    } else {
        m_store.modify(entry.opportunityId, [&entry](OpportunityRecord &r) {
            OpportunityAction::revertChange(entry.kind, entry.value, r, entry.before);
        });
    }
    Q_EMIT changed();
    Q_EMIT settled(entry, false);
}

void Outbox::cancel(qint64 seq)
{
    const qsizetype index = indexOf(seq);
    // The one being sent cannot be called back any more.
    if (index < 0 || seq == m_inFlight)
        return;
    if (seq == m_asking)
        m_asking = 0;
    removeAt(index, nullptr);
    if (m_replaying && m_inFlight == 0)
        sendHead();
}

void Outbox::replay()
{
    if (m_replaying || m_entries.isEmpty() || !m_client.isReachable())
        return;
    m_replaying = true;
    sendHead();
}

void Outbox::sendHead()
{
    if (m_asking != 0)
        return; // waiting for the user's answer
    if (m_entries.isEmpty() || !m_client.isReachable()) {
        m_replaying = false;
        return;
    }
    const Entry &head = m_entries.first();
    const qint64 seq = head.seq;
    m_inFlight = seq;
    m_client.opportunities()
        .get(head.opportunityId, api::OpportunityExpand::Applications)
        .setPriority(api::Priority::Interactive)
        .then(this, [this, seq](const api::Result<api::Opportunity> &r) {
            m_inFlight = 0;
            const qsizetype index = indexOf(seq);
            if (index < 0) {
                sendHead(); // cancelled meanwhile
                return;
            }
            const Entry entry = m_entries.at(index);
            if (!r.ok()) {
                if (r.error().category() == api::ApiError::Category::NotFound) {
                    const QString message = tr("%1 is no longer in Lever: “%2” was not sent.")
                                                .arg(entry.before.name, describe(entry));
                    removeAt(index, nullptr);
                    Q_EMIT failed(message);
                    sendHead();
                } else {
                    m_replaying = false; // tried again when Lever answers again
                }
                return;
            }
            const api::Opportunity &now = r.value();
            if (arrived(entry, now)) {
                finished(seq, now);
                return;
            }
            if (now.updatedAt.value_or(now.createdAt) > entry.baseUpdatedAt) {
                m_asking = seq;
                m_conflictTruth = m_store.recordFrom(now, m_store.opportunity(entry.opportunityId));
                Q_EMIT conflict(seq, tr("%1 was changed in Lever after your change made offline (“%2”). "
                                        "Send your change anyway, over theirs?")
                                         .arg(now.name, describe(entry)));
                return;
            }
            sendEntry(seq);
        });
}

void Outbox::resolveConflict(qint64 seq, bool sendAnyway)
{
    if (seq != m_asking)
        return;
    m_asking = 0;
    const qsizetype index = indexOf(seq);
    if (index < 0) {
        sendHead();
        return;
    }
    if (sendAnyway) {
        sendEntry(seq);
        return;
    }
    const OpportunityRecord truth = m_conflictTruth;
    removeAt(index, &truth);
    sendHead();
}

void Outbox::sendEntry(qint64 seq)
{
    const qsizetype index = indexOf(seq);
    if (index < 0) {
        sendHead();
        return;
    }
    const Entry &entry = m_entries.at(index);
    m_inFlight = seq;
    OpportunityAction::request(m_client, entry.kind, entry.opportunityId, entry.value)
        .setPriority(api::Priority::Interactive)
        .then(this, [this, seq](const api::Result<api::Opportunity> &r) {
            m_inFlight = 0;
            const qsizetype index = indexOf(seq);
            if (index < 0) {
                sendHead();
                return;
            }
            if (r.ok()) {
                finished(seq, r.value());
                return;
            }
            const api::ApiError &error = r.error();
            if (error.category() == api::ApiError::Category::Network ||
                error.category() == api::ApiError::Category::Timeout || error.mayHaveBeenApplied()) {
                // Kept: on the next try the card is read first, which also shows a write that did arrive.
                m_replaying = false;
                return;
            }
            const Entry entry = m_entries.at(index);
            const QString message = OpportunityAction::describeFailure(m_store, entry.kind, entry.value,
                                                                       entry.before.name, error.userText());
            removeAt(index, nullptr);
            Q_EMIT failed(message);
            sendHead();
        });
}

void Outbox::finished(qint64 seq, const api::Opportunity &answer)
{
    const qsizetype index = indexOf(seq);
    const Entry entry = m_entries.takeAt(index);
    if (m_cache)
        m_cache->removeOutbox(seq);
    m_store.endWrite(entry.opportunityId);
    if (!m_store.hasPendingWrite(entry.opportunityId))
        m_store.upsert(answer);
    // The card's later changes were made on the same version; this write is ours, not a change by others.
    const qint64 updated = answer.updatedAt.value_or(answer.createdAt);
    for (Entry &later : m_entries) {
        if (later.opportunityId == entry.opportunityId) {
            later.baseUpdatedAt = updated;
            persist(later);
        }
    }
    qCInfo(lcModels) << "outbox: sent" << entry.kind << "for" << entry.opportunityId;
    Q_EMIT changed();
    Q_EMIT settled(entry, true);
    sendHead();
}

bool Outbox::arrived(const Entry &entry, const api::Opportunity &now)
{
    // Only when Lever changed the card since the entry was made: a change that already held before
    // (adding a tag the card had) is still sent, as the user asked.
    if (now.updatedAt.value_or(now.createdAt) <= entry.baseUpdatedAt)
        return false;
    const OpportunityRecord *mine = m_store.opportunity(entry.opportunityId);
    const OpportunityRecord truth = m_store.recordFrom(now, mine);
    // A later entry of the same card may undo this one (a tag added, then removed): only the last
    // entry of the card can be checked against Lever's copy, which holds the sum of them all.
    for (const Entry &later : m_entries) {
        if (later.opportunityId == entry.opportunityId && later.seq > entry.seq)
            return false;
    }
    return OpportunityAction::isAppliedIn(entry.kind, entry.value, truth) &&
           !OpportunityAction::isAppliedIn(entry.kind, entry.value, entry.before);
}

} // namespace lever::models
