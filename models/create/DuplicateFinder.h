#pragma once

#include "Pager.h"
#include "types/Opportunity.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace lever::api {
class Client;
}

namespace lever::models {

class Store;

// One person the new candidate may already be: an opportunity with the same email or a close name.
struct DuplicateMatch
{
    QString opportunityId;
    QString contactId;
    QString name;
    QString where; // "Backend Engineer, stage Phone screen"
    bool sameEmail = false;
};

// Before a candidate is created: who is already there, from the local store at once (same email,
// close name) and from Lever by email (GET /opportunities?email=, which also finds what the store
// lacks: archived or not yet synced). What Lever sends back joins the store like any synced card.
class DuplicateFinder : public QObject
{
    Q_OBJECT
public:
    DuplicateFinder(api::Client &client, Store &store, QObject *parent = nullptr);

    // Replaces the last check (its Lever answer, if still on the way, is dropped).
    void check(const QStringList &emails, const QString &name);
    void cancel();
    const QList<DuplicateMatch> &matches() const { return m_matches; }
    bool isBusy() const { return m_busy; }
    // False when the last check had emails to ask Lever about and Lever did not answer (yet): the
    // matches are then only what the store holds.
    bool askedLever() const { return m_askedLever; }

    // Lower case, accents and punctuation dropped, words in order: "José  O'Neil" -> "jose oneil".
    static QString normalizedName(const QString &name);
    // The same words in any order, or at most two letters apart (a typo) for names of 6+ letters.
    static bool namesClose(const QString &normalizedA, const QString &normalizedB);

Q_SIGNALS:
    void matchesChanged();
    void busyChanged(bool busy);
    // Lever could not be asked; the local matches still stand.
    void lookupFailed(const QString &message);

private:
    void collect();
    QString describe(const QString &opportunityId) const;
    void setBusy(bool busy);

    api::Client &m_client;
    Store &m_store;
    QStringList m_emails;
    QString m_name;
    QList<DuplicateMatch> m_matches;
    api::Pager<api::Opportunity> m_pager;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_askedLever = false;
};

} // namespace lever::models
