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
#include "WhenText.h"
#include "cache/LocalCache.h"
#include "offline/Outbox.h"
#include "resources/CatalogResource.h"

#include <QDateTime>

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
    , m_outbox(new Outbox(client, *m_store, this))
{
    m_actions->setOutbox(m_outbox);
    connect(m_outbox, &Outbox::failed, this, &Session::errorOccurred);
    // Queued: the client says so from inside a finishing request.
    connect(&client, &api::Client::reachabilityChanged, this, &Session::onReachability, Qt::QueuedConnection);
    m_probe.setSingleShot(true);
    connect(&m_probe, &QTimer::timeout, this, &Session::probe);
    m_wasOffline = !client.isReachable();
    if (m_wasOffline)
        m_probe.start(m_probeDelayMs);
    m_board->setActingUserId(client.actingUserId());
    connect(m_sync, &Sync::statusTextChanged, this, [this] { Q_EMIT statusTextChanged(statusText()); });
    connect(m_sync, &Sync::errorOccurred, this, [this](const QString &message) {
        // Offline, the banner says it once; a failed read every minute would only repeat it.
        if (!isOffline())
            Q_EMIT errorOccurred(message);
    });
    connect(m_actions, &Actions::failed, this, &Session::errorOccurred);
    connect(m_childData, &ChildDataLoader::failed, this,
            [this](const QString &, const QString &message) { Q_EMIT errorOccurred(message); });
    connect(m_board, &BoardModel::archivedWanted, m_sync, &Sync::loadArchived);
    connect(&client.pacer(), &api::Pacer::interactiveWaitingChanged, this,
            &Session::interactiveWaitingChanged);
}

Session::Session(api::Client &client, const QString &cacheFolder, QObject *parent)
    : Session(client, parent)
{
    m_cache = new LocalCache(*m_store, cacheFolder, this);
    m_outbox->setCache(m_cache);
    connect(m_sync, &Sync::stateChanged, m_cache, &LocalCache::saveState);
    connect(m_cache, &LocalCache::problemOccurred, this, &Session::errorOccurred);
    connect(m_cache, &LocalCache::openElsewhere, this, [this] {
        Q_EMIT errorOccurred(tr("This account is open in another Lever Console window. This window shows "
                                "the data saved there but saves nothing on this computer."));
    });
}

Session::~Session()
{
    // Everything that reads or writes the store goes before it; the cache last of those, so it saves
    // what the others changed.
    delete m_childData;
    delete m_outbox;
    delete m_actions;
    delete m_sync;
    delete m_cache;
    delete m_board;
    delete m_users;
    delete m_stages;
    delete m_archiveReasons;
    delete m_store;
}

void Session::start()
{
    m_board->setActingUserId(m_client.actingUserId());
    if (!m_cache || m_cache->isLoaded()) {
        startSync();
        return;
    }
    connect(
        m_cache, &LocalCache::loaded, this,
        [this] {
            m_outbox->restore();
            Q_EMIT cacheLoaded();
            startSync();
        },
        Qt::SingleShotConnection);
    m_cache->open();
}

void Session::startSync()
{
    if (m_cache && m_cache->savedAt() > 0 && m_cache->loadedState().resumable()) {
        // The cards first: what is on screen gets its interviews once the board is current (or the
        // round failed).
        m_childData->setHeld(true);
        auto release = [this] { m_childData->setHeld(false); };
        connect(m_sync, &Sync::synced, m_childData, release, Qt::SingleShotConnection);
        connect(m_sync, &Sync::errorOccurred, m_childData, release, Qt::SingleShotConnection);
        m_sync->resume(m_cache->loadedState(), QDateTime::fromMSecsSinceEpoch(m_cache->savedAt()));
    } else {
        m_sync->start();
    }
}

void Session::refresh()
{
    m_sync->refresh();
}

bool Session::isOffline() const
{
    return !m_client.isReachable();
}

QString Session::offlineText() const
{
    QDateTime from = m_sync->lastSyncedAt();
    if (!from.isValid() && m_cache && m_cache->savedAt() > 0)
        from = QDateTime::fromMSecsSinceEpoch(m_cache->savedAt());
    return from.isValid() ? tr("Offline — showing data from %1").arg(whenText(from))
                          : tr("Offline — Lever cannot be reached");
}

void Session::onReachability()
{
    const bool offline = isOffline();
    if (offline == m_wasOffline)
        return;
    m_wasOffline = offline;
    if (offline) {
        m_probeDelayMs = 2000;
        m_probe.start(m_probeDelayMs);
    } else {
        m_probe.stop();
        // What waited goes first, then whatever changed in Lever meanwhile.
        m_outbox->replay();
        m_sync->refresh();
    }
    Q_EMIT offlineChanged(offline);
    Q_EMIT statusTextChanged(statusText());
}

void Session::retryConnection()
{
    if (isOffline())
        probe();
}

void Session::probe()
{
    m_probe.stop();
    // One cheap read: while unreachable it is tried once, and any answer flips the client back.
    m_client.catalog()
        .stages(api::Priority::Interactive)
        .onFinished(this, [this](const api::Result<api::PagerSummary> &) {
            if (!isOffline())
                return;
            m_probeDelayMs = qMin(m_probeDelayMs * 2, 60000);
            m_probe.start(m_probeDelayMs);
        });
}

QString Session::statusText() const
{
    // Offline, "Sync failed: …" every minute says less than since when the data is.
    return isOffline() ? offlineText() : m_sync->statusText();
}

bool Session::interactiveWaiting() const
{
    return m_client.pacer().interactiveWaiting();
}

} // namespace lever::models
