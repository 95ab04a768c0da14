#include "Actions.h"

#include "Store.h"
#include "offline/Outbox.h"

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
constexpr int kUndoDepth = 20;
}

Actions::Actions(api::Client &client, Store &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

Actions::~Actions() = default;

OpportunityAction *Actions::moveToStage(const QStringList &ids, const QString &stageId)
{
    return run(OpportunityAction::Kind::Move, ids, stageId, true);
}

OpportunityAction *Actions::archive(const QStringList &ids, const QString &reasonId)
{
    return run(OpportunityAction::Kind::Archive, ids, reasonId, true);
}

OpportunityAction *Actions::unarchive(const QStringList &ids)
{
    return run(OpportunityAction::Kind::Unarchive, ids, QString(), false);
}

OpportunityAction *Actions::addTag(const QStringList &ids, const QString &tag)
{
    return run(OpportunityAction::Kind::AddTag, ids, tag, false);
}

OpportunityAction *Actions::removeTag(const QStringList &ids, const QString &tag)
{
    return run(OpportunityAction::Kind::RemoveTag, ids, tag, false);
}

OpportunityAction *Actions::changeOwner(const QStringList &ids, const QString &userId)
{
    return run(OpportunityAction::Kind::ChangeOwner, ids, userId, false);
}

OpportunityAction *Actions::addSource(const QStringList &ids, const QString &source)
{
    return run(OpportunityAction::Kind::AddSource, ids, source, false);
}

OpportunityAction *Actions::removeSource(const QStringList &ids, const QString &source)
{
    return run(OpportunityAction::Kind::RemoveSource, ids, source, false);
}

OpportunityAction *Actions::run(OpportunityAction::Kind kind, const QStringList &ids, const QString &value,
                                bool undoable)
{
    OpportunityAction::Scheduler scheduler{
        [this](const QString &id, std::function<void()> send) { schedule(id, std::move(send)); },
        [this](const QString &id) { release(id); },
        [this, kind, value](const QString &id, const OpportunityRecord &before) {
            return m_outbox && m_outbox->park(kind, id, value, before);
        }};
    auto *action = new OpportunityAction(m_client, m_store, kind, ids, value, std::move(scheduler), this);
    m_running.append(action);
    connect(action, &OpportunityAction::finished, this, [this, action] {
        m_running.removeOne(action);
        // Cards that failed cannot be undone; an action that failed everywhere leaves the stack.
        for (qsizetype i = 0; i < m_undo.size(); ++i) {
            UndoEntry &entry = m_undo[i];
            if (entry.action != action)
                continue;
            entry.ids = action->succeeded();
            if (entry.ids.isEmpty())
                m_undo.removeAt(i);
            break;
        }
        setCanUndo();
        if (!action->failures().isEmpty())
            Q_EMIT failed(action->failureSummary());
        Q_EMIT actionFinished(action);
        Q_EMIT pendingChanged(int(m_running.size()));
        action->deleteLater();
    });
    action->start();
    if (undoable && !action->before().isEmpty()) {
        m_undo.append(UndoEntry{action, kind, value, action->before(), action->before().keys()});
        while (m_undo.size() > kUndoDepth)
            m_undo.removeFirst();
        setCanUndo();
    }
    Q_EMIT pendingChanged(int(m_running.size()));
    return action;
}

void Actions::schedule(const QString &id, std::function<void()> send)
{
    QList<std::function<void()>> &chain = m_chains[id];
    chain.append(std::move(send));
    if (chain.size() == 1)
        chain.first()();
}

void Actions::release(const QString &id)
{
    auto it = m_chains.find(id);
    if (it == m_chains.end())
        return;
    it->removeFirst();
    if (it->isEmpty()) {
        m_chains.erase(it);
        return;
    }
    const std::function<void()> next = it->first();
    next();
}

QString Actions::undoText() const
{
    if (m_undo.isEmpty())
        return {};
    const UndoEntry &entry = m_undo.last();
    const int n = int(entry.ids.size());
    if (entry.kind == OpportunityAction::Kind::Move)
        return n == 1 ? tr("Undo move of %1").arg(entry.before.value(entry.ids.first()).name)
                      : tr("Undo move of %1 cards").arg(n);
    return n == 1 ? tr("Undo archive of %1").arg(entry.before.value(entry.ids.first()).name)
                  : tr("Undo archive of %1 cards").arg(n);
}

QList<OpportunityAction *> Actions::undo()
{
    QList<OpportunityAction *> started;
    if (m_undo.isEmpty())
        return started;
    const UndoEntry entry = m_undo.takeLast();
    setCanUndo();
    // Cards go back where each one came from: group them by their earlier stage or archive state.
    QHash<QString, QStringList> byStage;
    QHash<QString, QStringList> byReason;
    QStringList toUnarchive;
    for (const QString &id : entry.ids) {
        if (!m_store.opportunity(id))
            continue;
        const OpportunityRecord &before = entry.before[id];
        if (entry.kind == OpportunityAction::Kind::Move) {
            byStage[before.stageId].append(id);
        } else if (before.archived) {
            byReason[before.archiveReasonId].append(id);
        } else {
            toUnarchive.append(id);
        }
    }
    for (auto it = byStage.cbegin(); it != byStage.cend(); ++it)
        started.append(run(OpportunityAction::Kind::Move, it.value(), it.key(), false));
    for (auto it = byReason.cbegin(); it != byReason.cend(); ++it)
        started.append(run(OpportunityAction::Kind::Archive, it.value(), it.key(), false));
    if (!toUnarchive.isEmpty())
        started.append(run(OpportunityAction::Kind::Unarchive, toUnarchive, QString(), false));
    return started;
}

void Actions::setCanUndo()
{
    const bool can = canUndo();
    if (can == m_lastCanUndo)
        return;
    m_lastCanUndo = can;
    Q_EMIT canUndoChanged(can);
}

} // namespace lever::models
