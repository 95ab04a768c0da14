#include "ConflictFinder.h"

#include "Store.h"
#include "ZoneTime.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace lever::models {

ConflictFinder::ConflictFinder(const Store &store, const QString &opportunityId)
    : m_store(store)
    , m_opportunityId(opportunityId)
{
    reload();
}

void ConflictFinder::setFetched(const QList<api::Interview> &interviews)
{
    m_fetched = interviews;
    reload();
}

void ConflictFinder::reload()
{
    m_known.clear();
    QSet<QString> seen;
    // The fresher read of this opportunity first, so the Store's copy of the same interviews is skipped.
    for (const api::Interview &interview : std::as_const(m_fetched)) {
        if (interview.isCanceled())
            continue;
        seen.insert(interview.id);
        m_known.append({m_opportunityId, interview});
    }
    auto add = [this, &seen](const QString &opportunityId) {
        const ChildData *data = m_store.childData(opportunityId);
        if (!data)
            return;
        for (const api::Interview &interview : data->interviews) {
            if (interview.isCanceled() || (!interview.id.isEmpty() && seen.contains(interview.id)))
                continue;
            seen.insert(interview.id);
            m_known.append({opportunityId, interview});
        }
    };
    add(m_opportunityId);
    for (int slot = 0; slot < m_store.slotCount(); ++slot) {
        if (m_store.isLive(slot) && m_store.at(slot).id != m_opportunityId)
            add(m_store.at(slot).id);
    }
}

QList<ConflictFinder::Conflict> ConflictFinder::find(const QStringList &interviewers, qint64 startMs,
                                                     int minutes, const QString &selfId) const
{
    QList<Conflict> out;
    if (interviewers.isEmpty() || minutes < 1 || startMs <= 0)
        return out;
    const qint64 endMs = startMs + qint64(minutes) * 60 * 1000;
    for (const Known &k : m_known) {
        const api::Interview &other = k.interview;
        if ((!selfId.isEmpty() && other.id == selfId) ||
            (!m_ignoredPanel.isEmpty() && other.panel == m_ignoredPanel))
            continue;
        const qint64 otherEnd = other.date + qint64(qMax(other.duration, 1)) * 60 * 1000;
        if (other.date >= endMs || otherEnd <= startMs)
            continue;
        for (const api::Interview::Interviewer &person : other.interviewers) {
            if (interviewers.contains(person.id))
                out.append({person.id, k.opportunityId, other});
        }
    }
    return out;
}

QString ConflictFinder::describe(const Conflict &conflict, const QByteArray &zoneId) const
{
    QString who;
    if (const UserInfo *user = m_store.user(conflict.interviewerId))
        who = user->name;
    if (who.isEmpty()) {
        for (const api::Interview::Interviewer &person : conflict.other.interviewers) {
            if (person.id == conflict.interviewerId)
                who = person.name;
        }
    }
    if (who.isEmpty())
        who = conflict.interviewerId;
    const QString when = ZoneTime::range(conflict.other.date, conflict.other.duration, QTimeZone(zoneId));
    const OpportunityRecord *candidate = m_store.opportunity(conflict.opportunityId);
    const QString subject = conflict.other.subject.isEmpty() ? tr("an interview") : conflict.other.subject;
    if (candidate && !candidate->name.isEmpty())
        return tr("%1 already has \u201c%2\u201d then (%3, with %4).")
            .arg(who, subject, when, candidate->name);
    return tr("%1 already has \u201c%2\u201d then (%3).").arg(who, subject, when);
}

} // namespace lever::models
