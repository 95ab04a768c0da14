#pragma once

#include <QObject>
#include <QString>

namespace lever::api {
class Client;
}

namespace lever::models {

class Actions;
class ArchiveReasonsModel;
class BoardModel;
class ChildDataLoader;
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

    // Starts the full sync (then deltas every minute).
    void start();
    // F5: a delta now.
    void refresh();

    // "Syncing 4,200 of 18,000 opportunities…", "Up to date · synced 10:42".
    QString statusText() const;
    bool interactiveWaiting() const;

Q_SIGNALS:
    void statusTextChanged(const QString &text);
    // Something failed that the user should read: a sync error or a write that was rolled back.
    void errorOccurred(const QString &message);
    // From the Pacer: a user's request is waiting for a token.
    void interactiveWaitingChanged(bool waiting);

private:
    api::Client &m_client;
    Store *m_store;
    Sync *m_sync;
    Actions *m_actions;
    BoardModel *m_board;
    UsersModel *m_users;
    StagesModel *m_stages;
    ArchiveReasonsModel *m_archiveReasons;
    ChildDataLoader *m_childData;
};

} // namespace lever::models
