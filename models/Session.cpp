#include "Session.h"

#include "Actions.h"
#include "ArchiveReasonsModel.h"
#include "BoardModel.h"
#include "ChildDataLoader.h"
#include "Client.h"
#include "StagesModel.h"
#include "Store.h"
#include "Sync.h"
#include "UsersModel.h"

namespace lever::models {

Session::Session(api::Client &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(new Store(this))
    , m_sync(new Sync(client, *m_store, this))
    , m_actions(new Actions(client, *m_store, this))
    , m_board(new BoardModel(*m_store, this))
    , m_users(new UsersModel(*m_store, this))
    , m_stages(new StagesModel(*m_store, this))
    , m_archiveReasons(new ArchiveReasonsModel(*m_store, this))
    , m_childData(new ChildDataLoader(client, *m_store, this))
{
    m_board->setActingUserId(client.actingUserId());
    connect(m_sync, &Sync::statusTextChanged, this, &Session::statusTextChanged);
    connect(m_sync, &Sync::errorOccurred, this, &Session::errorOccurred);
    connect(m_actions, &Actions::failed, this, &Session::errorOccurred);
    connect(m_childData, &ChildDataLoader::failed, this,
            [this](const QString &, const QString &message) { Q_EMIT errorOccurred(message); });
    connect(m_board, &BoardModel::archivedWanted, m_sync, &Sync::loadArchived);
    connect(&client.pacer(), &api::Pacer::interactiveWaitingChanged, this,
            &Session::interactiveWaitingChanged);
}

Session::~Session()
{
    // Everything that reads or writes the store goes before it.
    delete m_childData;
    delete m_actions;
    delete m_sync;
    delete m_board;
    delete m_users;
    delete m_stages;
    delete m_archiveReasons;
    delete m_store;
}

void Session::start()
{
    m_board->setActingUserId(m_client.actingUserId());
    m_sync->start();
}

void Session::refresh()
{
    m_sync->refresh();
}

QString Session::statusText() const
{
    return m_sync->statusText();
}

bool Session::interactiveWaiting() const
{
    return m_client.pacer().interactiveWaiting();
}

} // namespace lever::models
