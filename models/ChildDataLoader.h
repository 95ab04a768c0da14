#pragma once

#include "Pager.h"
#include "types/Interview.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <memory>

namespace lever::api {
class Client;
}

namespace lever::models {

class Store;

// Fetches child data (interviews, for the next interview on a card) lazily, never for every
// opportunity up front: for the cards on screen at Visible priority, and for an opened detail page at
// Interactive priority. When the visible set changes, requests still queued for cards that left are
// cancelled, and the new cards' requests go ahead of background work. Results are cached in the Store
// with their fetch time; fresh ones are not fetched again.
class ChildDataLoader : public QObject
{
    Q_OBJECT
public:
    ChildDataLoader(api::Client &client, Store &store, QObject *parent = nullptr);
    ~ChildDataLoader() override;

    // The cards now on screen, most important first.
    void setVisible(const QStringList &ids);
    QStringList visible() const { return m_visibleOrder; }
    // A detail page opens: its data first, before anything visible or background (also re-reads the
    // opportunity itself).
    void open(const QString &id);
    // While held, the cards on screen are noted but not fetched (a start from the cache: the board is
    // brought up to date first); releasing fetches for what is on screen then.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    // Cached child data older than this is fetched again when its card shows (default 5 minutes).
    void setMaxAgeMs(qint64 ms) { m_maxAgeMs = ms; }
    bool isLoading(const QString &id) const { return m_requests.contains(id); }
    int loadingCount() const { return int(m_requests.size()); }

Q_SIGNALS:
    void loaded(const QString &id);
    // Only for open(): the detail page's data could not be read (ApiError::userText()).
    void failed(const QString &id, const QString &message);

private:
    struct Request
    {
        api::Pager<api::Interview> pager;
        api::Priority priority = api::Priority::Visible;
        quint64 generation = 0;
    };
    void fetch(const QString &id, api::Priority priority);
    bool isFresh(const QString &id) const;

    api::Client &m_client;
    Store &m_store;
    qint64 m_maxAgeMs = 5 * 60 * 1000;
    bool m_held = false;
    QHash<QString, Request> m_requests;
    QSet<QString> m_visible;
    QStringList m_visibleOrder;
    quint64 m_nextGeneration = 1;
};

} // namespace lever::models
