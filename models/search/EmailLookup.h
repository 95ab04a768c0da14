#pragma once

#include "Pager.h"
#include "types/Opportunity.h"

#include <QObject>
#include <QSet>
#include <QTimer>

namespace lever::api {
class Client;
}

namespace lever::models {

class Store;

// Asks Lever for the opportunities of an email address the Store does not hold (archived ones not
// loaded yet, or ones sync has not reached) and puts what it finds in the Store, where the search
// then finds them like any other card. Debounced: one request once typing pauses. An answer to an
// address the user has typed past is dropped, and an address is asked once per session.
class EmailLookup : public QObject
{
    Q_OBJECT
public:
    EmailLookup(api::Client &client, Store &store, QObject *parent = nullptr);

    // "name@host.tld" with no spaces: worth asking Lever about.
    static bool looksLikeEmail(const QString &text);

    // The current query and whether the Store already has a match for it. Schedules a lookup for an
    // unmatched email; anything else cancels the one pending or running.
    void setQuery(const QString &text, bool storeHasMatch);
    void setDelayMs(int ms) { m_timer.setInterval(ms); }
    bool isBusy() const { return m_busy; }
    // The address being asked about (or last asked about).
    QString email() const { return m_email; }
    // Whether Lever was asked about this address and answered.
    bool wasAnswered(const QString &email) const { return m_answered.contains(email.toLower()); }

Q_SIGNALS:
    void busyChanged(bool busy);
    // Lever answered about `email` with `found` opportunities (now in the Store).
    void finished(const QString &email, int found);
    void failed(const QString &email, const QString &message);

private:
    void send();
    void cancel();
    void setBusy(bool busy);

    api::Client &m_client;
    Store &m_store;
    QTimer m_timer;
    QString m_email;
    QSet<QString> m_answered;
    api::Pager<api::Opportunity> m_pager;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace lever::models
