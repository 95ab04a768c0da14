#include "OpportunityAction.h"

#include "Client.h"
#include "ModelsLog.h"
#include "Store.h"
#include "resources/OpportunityResource.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace lever::models {

OpportunityAction::OpportunityAction(api::Client &client, Store &store, Kind kind, const QStringList &ids,
                                     const QString &value, Scheduler scheduler, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_kind(kind)
    , m_ids(ids)
    , m_value(value)
    , m_scheduler(std::move(scheduler))
{
    m_ids.removeDuplicates();
}

void OpportunityAction::applyChange(Kind kind, const QString &value, OpportunityRecord &r)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (kind) {
    case Kind::Move:
        if (r.stageId != value) {
            r.stageId = value;
            r.stageEnteredAt = now;
        }
        break;
    case Kind::Archive:
        r.archived = true;
        r.archiveReasonId = value;
        r.archivedAt = now;
        break;
    case Kind::Unarchive:
        r.archived = false;
        r.archiveReasonId.clear();
        r.archivedAt = 0;
        break;
    case Kind::AddTag:
        if (!r.tags.contains(value))
            r.tags.append(value);
        break;
    case Kind::RemoveTag:
        r.tags.removeAll(value);
        break;
    case Kind::ChangeOwner:
        r.ownerId = value;
        break;
    case Kind::AddSource:
        if (!r.sources.contains(value))
            r.sources.append(value);
        break;
    case Kind::RemoveSource:
        r.sources.removeAll(value);
        break;
    }
}

bool OpportunityAction::isAppliedIn(Kind kind, const QString &value, const OpportunityRecord &r)
{
    switch (kind) {
    case Kind::Move:
        return r.stageId == value;
    case Kind::Archive:
        return r.archived && r.archiveReasonId == value;
    case Kind::Unarchive:
        return !r.archived;
    case Kind::AddTag:
        return r.tags.contains(value);
    case Kind::RemoveTag:
        return !r.tags.contains(value);
    case Kind::ChangeOwner:
        return r.ownerId == value;
    case Kind::AddSource:
        return r.sources.contains(value);
    case Kind::RemoveSource:
        return !r.sources.contains(value);
    }
    return false;
}

void OpportunityAction::revertChange(Kind kind, const QString &value, OpportunityRecord &r,
                                     const OpportunityRecord &before)
{
    switch (kind) {
    case Kind::Move:
        r.stageId = before.stageId;
        r.stageEnteredAt = before.stageEnteredAt;
        break;
    case Kind::Archive:
    case Kind::Unarchive:
        r.archived = before.archived;
        r.archiveReasonId = before.archiveReasonId;
        r.archivedAt = before.archivedAt;
        break;
    case Kind::AddTag:
        if (!before.tags.contains(value))
            r.tags.removeAll(value);
        break;
    case Kind::RemoveTag:
        if (before.tags.contains(value) && !r.tags.contains(value))
            r.tags.append(value);
        break;
    case Kind::ChangeOwner:
        r.ownerId = before.ownerId;
        break;
    case Kind::AddSource:
        if (!before.sources.contains(value))
            r.sources.removeAll(value);
        break;
    case Kind::RemoveSource:
        if (before.sources.contains(value) && !r.sources.contains(value))
            r.sources.append(value);
        break;
    }
}

void OpportunityAction::start()
{
    if (m_started)
        return;
    m_started = true;
    QStringList known;
    for (const QString &id : std::as_const(m_ids)) {
        const OpportunityRecord *record = m_store.opportunity(id);
        if (!record) {
            m_failures.append(CardFailure{id, QString(), tr("This candidate is no longer on the board.")});
            continue;
        }
        m_before.insert(id, *record);
        known.append(id);
    }
    m_remaining = int(known.size());
    for (const QString &id : std::as_const(known)) {
        m_store.beginWrite(id);
        m_store.modify(id, [this](OpportunityRecord &r) { applyChange(m_kind, m_value, r); });
    }
    for (const QString &id : std::as_const(known))
        m_scheduler.schedule(id, [this, id] { send(id); });
    if (m_remaining == 0)
        QMetaObject::invokeMethod(this, &OpportunityAction::finished, Qt::QueuedConnection);
}

api::Call<api::Opportunity> OpportunityAction::request(api::Client &client, Kind kind, const QString &id,
                                                       const QString &value)
{
    api::OpportunityResource opportunities = client.opportunities();
    api::Call<api::Opportunity> call;
    switch (kind) {
    case Kind::Move:
        call = opportunities.moveToStage(id, value);
        break;
    case Kind::Archive:
        call = opportunities.archive(id, value);
        break;
    case Kind::Unarchive:
        call = opportunities.unarchive(id);
        break;
    case Kind::AddTag:
        call = opportunities.addTags(id, {value});
        break;
    case Kind::RemoveTag:
        call = opportunities.removeTags(id, {value});
        break;
    case Kind::ChangeOwner: {
        api::OpportunityChanges changes;
        changes.owner = value;
        call = opportunities.update(id, changes);
        break;
    }
    case Kind::AddSource:
        call = opportunities.addSources(id, {value});
        break;
    case Kind::RemoveSource:
        call = opportunities.removeSources(id, {value});
        break;
    }
    return call;
}

bool OpportunityAction::tryPark(const QString &id)
{
    if (!m_scheduler.park || !m_scheduler.park(id, m_before.value(id)))
        return false;
    // The outbox owns the write now (it holds its own pending mark): this action is done with it.
    m_store.endWrite(id);
    m_queued.append(id);
    m_scheduler.done(id);
    Q_EMIT cardFinished(id, true, QString());
    cardDone();
    return true;
}

void OpportunityAction::send(const QString &id)
{
    if (tryPark(id))
        return;
    api::Call<api::Opportunity> call = request(m_client, m_kind, id, m_value);
    call.setPriority(api::Priority::Interactive)
        .then(this, [this, id](const api::Result<api::Opportunity> &r) {
            if (r.ok())
                confirm(id, r.value());
            else
                failCard(id, r.error());
        });
}

void OpportunityAction::confirm(const QString &id, const api::Opportunity &answer)
{
    m_store.endWrite(id);
    // A later write to this card is in flight: its answer is the newer truth.
    if (!m_store.hasPendingWrite(id))
        m_store.upsert(answer);
    m_succeeded.append(id);
    m_scheduler.done(id);
    Q_EMIT cardFinished(id, true, QString());
    cardDone();
}

void OpportunityAction::failCard(const QString &id, const api::ApiError &error)
{
    // Lever went away as this was sent, and it surely did not arrive: it waits in the outbox instead.
    if (error.category() == api::ApiError::Category::Network && !error.mayHaveBeenApplied() && tryPark(id))
        return;
    if (!error.mayHaveBeenApplied()) {
        settleFailure(id, error.userText(), nullptr);
        return;
    }
    // The write may have reached Lever (it is never retried blindly): read the card back, and show
    // what the server holds rather than guessing.
    m_client.opportunities()
        .get(id, api::OpportunityExpand::Applications)
        .setPriority(api::Priority::Interactive)
        .then(this, [this, id, reason = error.userText()](const api::Result<api::Opportunity> &r) {
            if (r.ok() &&
                isAppliedIn(m_kind, m_value, m_store.recordFrom(r.value(), m_store.opportunity(id))))
                confirm(id, r.value()); // it had gone through after all
            else
                settleFailure(id, reason, r.ok() ? &r.value() : nullptr);
        });
}

void OpportunityAction::settleFailure(const QString &id, const QString &reason, const api::Opportunity *truth)
{
    m_store.endWrite(id);
    const OpportunityRecord before = m_before.value(id);
    if (!m_store.hasPendingWrite(id)) {
        if (truth)
            m_store.upsert(*truth);
        else
            m_store.modify(
                id, [this, &before](OpportunityRecord &r) { revertChange(m_kind, m_value, r, before); });
    }
    const QString message = describeFailure(m_store, m_kind, m_value, before.name, reason);
    qCInfo(lcModels) << "write failed for" << id << m_kind;
    m_failures.append(CardFailure{id, before.name, message});
    m_scheduler.done(id);
    Q_EMIT cardFinished(id, false, message);
    cardDone();
}

void OpportunityAction::cardDone()
{
    if (--m_remaining == 0)
        Q_EMIT finished();
}

QString OpportunityAction::describeFailure(const Store &store, Kind kind, const QString &value,
                                           const QString &name, const QString &reason)
{
    const QString who = name.isEmpty() ? tr("this candidate") : name;
    switch (kind) {
    case Kind::Move: {
        const QString stage = store.stageName(value);
        return tr("Could not move %1 to %2: %3").arg(who, stage.isEmpty() ? value : stage, reason);
    }
    case Kind::Archive:
        return tr("Could not archive %1: %2").arg(who, reason);
    case Kind::Unarchive:
        return tr("Could not unarchive %1: %2").arg(who, reason);
    case Kind::AddTag:
        return tr("Could not add the tag “%1” to %2: %3").arg(value, who, reason);
    case Kind::RemoveTag:
        return tr("Could not remove the tag “%1” from %2: %3").arg(value, who, reason);
    case Kind::ChangeOwner: {
        const UserInfo *user = store.user(value);
        return tr("Could not make %1 the owner of %2: %3").arg(user ? user->name : value, who, reason);
    }
    case Kind::AddSource:
        return tr("Could not add the source “%1” to %2: %3").arg(value, who, reason);
    case Kind::RemoveSource:
        return tr("Could not remove the source “%1” from %2: %3").arg(value, who, reason);
    }
    return reason;
}

QString OpportunityAction::failureSummary() const
{
    if (m_failures.isEmpty())
        return {};
    const int total = int(m_ids.size());
    if (total == 1)
        return m_failures.first().message;
    const int failed = int(m_failures.size());
    switch (m_kind) {
    case Kind::Move:
        return tr("%1 of %2 cards could not be moved.").arg(failed).arg(total);
    case Kind::Archive:
        return tr("%1 of %2 cards could not be archived.").arg(failed).arg(total);
    case Kind::Unarchive:
        return tr("%1 of %2 cards could not be unarchived.").arg(failed).arg(total);
    case Kind::AddTag:
    case Kind::RemoveTag:
        return tr("%1 of %2 cards could not be tagged.").arg(failed).arg(total);
    case Kind::AddSource:
    case Kind::RemoveSource:
        return tr("%1 of %2 cards could not change sources.").arg(failed).arg(total);
    case Kind::ChangeOwner:
        return tr("%1 of %2 cards could not change owner.").arg(failed).arg(total);
    }
    return {};
}

} // namespace lever::models
