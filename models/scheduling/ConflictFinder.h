#pragma once

#include "types/Interview.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace lever::models {

class Store;

// Finds interviews an interviewer already has at a given time, among the interviews already loaded (the
// Store's child data of every opportunity, including the one being scheduled): the warning is only as
// complete as what is loaded, and never blocks saving.
class ConflictFinder
{
    Q_DECLARE_TR_FUNCTIONS(ConflictFinder)
public:
    struct Conflict
    {
        QString interviewerId;
        QString opportunityId;
        api::Interview other;
    };

    // `opportunityId`: the opportunity being scheduled, searched even when the Store does not list it.
    ConflictFinder(const Store &store, const QString &opportunityId);

    // The panel being rescheduled: its own interviews are not conflicts.
    void setIgnoredPanel(const QString &panelId) { m_ignoredPanel = panelId; }
    // Interviews of the opportunity being scheduled, read for this dialog (they count even when the Store
    // holds no child data for it); replaces the previous set.
    void setFetched(const QList<api::Interview> &interviews);
    // Re-reads the Store (after its child data changed).
    void reload();
    int knownInterviews() const { return int(m_known.size()); }

    // Interviews that overlap [startMs, startMs + minutes) and share one of `interviewers`; cancelled
    // ones and the interview `selfId` itself are left out.
    QList<Conflict> find(const QStringList &interviewers, qint64 startMs, int minutes,
                         const QString &selfId = {}) const;

    // "Dana Smith already has “Phone screen” then (Tue 1 Dec 2026, 10:00–10:45, with Ann Lee)", in
    // `zone`'s wall clock.
    QString describe(const Conflict &conflict, const QByteArray &zoneId) const;

private:
    struct Known
    {
        QString opportunityId;
        api::Interview interview;
    };
    const Store &m_store;
    QString m_opportunityId;
    QString m_ignoredPanel;
    QList<api::Interview> m_fetched;
    QList<Known> m_known;
};

} // namespace lever::models
