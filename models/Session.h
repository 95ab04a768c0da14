#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace lever::api {
class Client;
}

namespace lever::models {

class Actions;
class ArchiveReasonsModel;
class BoardModel;
class ChildDataLoader;
class LocalCache;
class Outbox;
class StagesModel;
class Store;
class Sync;
class UsersModel;

// One signed-in account's data: its Store, the Sync that fills it, the Actions that write, the
// board's and pickers' item models, and the lazy child-data loader, wired together. The shell shows
// its status text, errors and whether interactive work is waiting. The Client outlives it.
class Session : public QObject
{
    Q_OBJECT
public:
    explicit Session(api::Client &client, QObject *parent = nullptr);
    // With the account's local cache in `cacheFolder` (its data folder): start() shows what the cache
    // holds before any request, then brings it up to date; every change is saved there.
    Session(api::Client &client, const QString &cacheFolder, QObject *parent = nullptr);
    ~Session() override;

    api::Client &client() { return m_client; }
    Store &store() { return *m_store; }
    Sync &sync() { return *m_sync; }
    Actions &actions() { return *m_actions; }
    BoardModel &board() { return *m_board; }
    UsersModel &users() { return *m_users; }
    StagesModel &stages() { return *m_stages; }
    ArchiveReasonsModel &archiveReasons() { return *m_archiveReasons; }
    ChildDataLoader &childData() { return *m_childData; }
    // Null when the session keeps nothing on disk.
    LocalCache *cache() { return m_cache; }
    // Changes made while offline, waiting for Lever (kept only with a cache).
    Outbox &outbox() { return *m_outbox; }

    // Lever cannot be reached (the client's last request got no answer at all). Reading goes on from
    // what is loaded; safe writes wait in the outbox; others are refused. Reconnection is tried with
    // back-off (2 s doubling to a minute) and picked up by itself.
    bool isOffline() const;
    // "Offline — showing data from 10:42".
    QString offlineText() const;
    // Tries Lever now (the banner's Try Again).
    void retryConnection();

    // Starts the sync (then deltas every minute): with a cache, first reads it (cacheLoaded()), then
    // resumes from its watermark, or runs a full load when it holds nothing usable.
    void start();
    // F5: a delta now.
    void refresh();

    // "Syncing 4,200 of 18,000 opportunities…", "Up to date · synced 10:42"; offline, offlineText().
    QString statusText() const;
    bool interactiveWaiting() const;

Q_SIGNALS:
    void statusTextChanged(const QString &text);
    // Something failed that the user should read: a sync error or a write that was rolled back.
    void errorOccurred(const QString &message);
    // From the Pacer: a user's request is waiting for a token.
    void interactiveWaitingChanged(bool waiting);
    // The cache's data is in the store (before any request was sent).
    void cacheLoaded();
    void offlineChanged(bool offline);

private:
    void startSync();
    void onReachability();
    void probe();

    api::Client &m_client;
    Store *m_store;
    Sync *m_sync;
    Actions *m_actions;
    BoardModel *m_board;
    UsersModel *m_users;
    StagesModel *m_stages;
    ArchiveReasonsModel *m_archiveReasons;
    ChildDataLoader *m_childData;
    LocalCache *m_cache = nullptr;
    Outbox *m_outbox;
    QTimer m_probe;
    int m_probeDelayMs = 2000;
    bool m_wasOffline = false;
};

} // namespace lever::models
