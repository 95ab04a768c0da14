#include "cache/LocalCache.h"

#include "ModelsLog.h"
#include "Store.h"
#include "cache/CacheDatabase.h"
#include "cache/CacheSnapshot.h"
#include "cache/CachedParts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
const QString kInterviews = u"interviews"_s;
constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

QString partKey(const QString &owner, const QString &kind)
{
    return owner + u'/' + kind;
}

std::optional<ChildData> decodeInterviews(const CachedPart &part)
{
    std::optional<QList<api::Interview>> interviews =
        CachedParts::parseList<api::Interview>(QJsonDocument::fromJson(part.json));
    if (!interviews)
        return std::nullopt;
    ChildData data;
    data.fetchedAt = part.fetchedAt;
    data.interviews = std::move(*interviews);
    data.summarize(QDateTime::currentMSecsSinceEpoch());
    return data;
}
} // namespace

LocalCache::LocalCache(Store &store, const QString &folder, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_folder(folder)
    , m_path(fileIn(folder))
    , m_lock(QDir(folder).filePath(u"cache.lock"_s))
    , m_worker(new QObject)
    , m_database(std::make_shared<CacheDatabase>(m_path))
{
    m_thread.setObjectName(u"lever-cache"_s);
    m_worker->moveToThread(&m_thread);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(500);
    connect(&m_flushTimer, &QTimer::timeout, this, &LocalCache::flush);

    connect(&store, &Store::opportunityInserted, this, [this](int slot) { markDirty(m_store.at(slot).id); });
    connect(&store, &Store::opportunityUpdated, this,
            [this](int slot, const OpportunityRecord &) { markDirty(m_store.at(slot).id); });
    connect(&store, &Store::opportunityRemoved, this, [this](int, const OpportunityRecord &before) {
        if (!writable())
            return;
        m_dirty.remove(before.id);
        m_childDirty.remove(before.id);
        m_removed.insert(before.id);
        for (auto it = m_parts.begin(); it != m_parts.end();) {
            if (it->owner == before.id)
                it = m_parts.erase(it);
            else
                ++it;
        }
        scheduleFlush();
    });
    connect(&store, &Store::opportunitiesCleared, this, [this] {
        if (!writable())
            return;
        m_dirty.clear();
        m_removed.clear();
        m_childDirty.clear();
        m_clearAll = true;
        scheduleFlush();
    });
    auto reference = [this] {
        if (!writable())
            return;
        m_referenceDirty = true;
        scheduleFlush();
    };
    connect(&store, &Store::stagesChanged, this, reference);
    connect(&store, &Store::archiveReasonsChanged, this, reference);
    connect(&store, &Store::postingsChanged, this, reference);
    connect(&store, &Store::usersChanged, this, reference);
    connect(&store, &Store::childDataChanged, this, [this](int slot) {
        if (!writable())
            return;
        m_childDirty.insert(m_store.at(slot).id);
        scheduleFlush();
    });
}

LocalCache::~LocalCache()
{
    if (m_thread.isRunning()) {
        flush();
        // Blocking: every write queued before it is done first, and the connection is closed on the
        // thread that used it (a quit() alone may leave queued calls unrun).
        std::shared_ptr<CacheDatabase> database = m_database;
        QMetaObject::invokeMethod(
            m_worker, [database] { database->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    delete m_worker;
}

QString LocalCache::fileIn(const QString &folder)
{
    return QDir(folder).filePath(u"cache.sqlite"_s);
}

void LocalCache::removeFiles(const QString &folder)
{
    for (const QString &file : CacheDatabase::files(fileIn(folder)))
        QFile::remove(file);
}

void LocalCache::setMaxPageCountForTesting(int pages)
{
    m_maxPageCount = pages;
}

void LocalCache::open()
{
    if (m_thread.isRunning())
        return;
    QDir().mkpath(m_folder);
    QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // A lock left by a process that died is taken over (QLockFile checks whether its owner still runs).
    const bool owner = m_lock.tryLock(0);
    if (!owner)
        qCInfo(lcModels) << "local cache is held by another process:" << m_lock.error();
    m_thread.start();
    std::shared_ptr<CacheDatabase> database = m_database;
    const int maxPages = m_maxPageCount;
    // `this` outlives every call on the cache's thread (the destructor joins it), and an answer
    // posted back to a deleted object is dropped.
    QMetaObject::invokeMethod(m_worker, [this, database, owner, maxPages] {
        database->setMaxPageCountForTesting(maxPages);
        std::shared_ptr<CacheSnapshot> snapshot = database->open(!owner);
        QMetaObject::invokeMethod(this, [this, snapshot, owner] {
            m_mode = !owner                                              ? Mode::ReadOnly
                     : snapshot->opened == CacheSnapshot::Opened::Failed ? Mode::MemoryOnly
                                                                         : Mode::ReadWrite;
            apply(*snapshot);
            if (!owner)
                Q_EMIT openElsewhere();
        });
    });
}

void LocalCache::apply(CacheSnapshot &snapshot)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_loadedOutbox = snapshot.outbox; // kept even when the rest is too old: these are the user's changes
    const bool tooOld = snapshot.savedAt > 0 && now - snapshot.savedAt > m_retentionDays * kDayMs;
    if (tooOld) {
        qCInfo(lcModels) << "local cache older than" << m_retentionDays << "days: not shown";
        clear();
    } else {
        m_savedAt = snapshot.savedAt;
        m_loadedState = snapshot.state;
        m_loadedCount = int(snapshot.records.size());
        // The store's change signals come back here while it fills: nothing of that is written again.
        QElapsedTimer clock;
        clock.start();
        m_applying = true;
        // Cards before columns: the board then sorts each column once instead of inserting card by card.
        m_store.insertMany(std::move(snapshot.records));
        snapshot.records = {};
        m_store.setStages(snapshot.stages);
        m_store.setArchiveReasons(snapshot.archiveReasons);
        m_store.setPostings(snapshot.postings);
        m_store.setUsers(snapshot.users);
        const qint64 oldest = now - m_retentionDays * kDayMs;
        for (CachedPart &part : snapshot.parts) {
            if (part.fetchedAt < oldest)
                continue;
            if (part.kind == kInterviews) {
                if (std::optional<ChildData> data = decodeInterviews(part))
                    m_store.setChildData(part.owner, std::move(*data));
                continue;
            }
            m_parts.insert(partKey(part.owner, part.kind), std::move(part));
        }
        m_applying = false;
        qCInfo(lcModels) << "local cache: shown" << m_loadedCount << "cards in" << clock.elapsed() << "ms";
#ifdef __GLIBC__
        // The snapshot's decoded strings were replaced by the store's interned ones: give the freed
        // heap back rather than keep it resident.
        malloc_trim(0);
#endif
        if (m_mode == Mode::ReadWrite) {
            std::shared_ptr<CacheDatabase> database = m_database;
            QMetaObject::invokeMethod(m_worker, [database, oldest] { database->pruneParts(oldest); });
        }
    }
    m_loaded = true;
    if (!snapshot.message.isEmpty())
        Q_EMIT problemOccurred(snapshot.message);
    Q_EMIT loaded();
}

std::optional<CachedPart> LocalCache::part(const QString &owner, const QString &kind) const
{
    const auto it = m_parts.constFind(partKey(owner, kind));
    if (it == m_parts.constEnd())
        return std::nullopt;
    return *it;
}

void LocalCache::putPart(const QString &owner, const QString &kind, const QByteArray &json, qint64 fetchedAt)
{
    if (m_mode == Mode::Closed && !m_loaded)
        return;
    CachedPart part{owner, kind, fetchedAt, json};
    m_parts.insert(partKey(owner, kind), part);
    if (!writable())
        return;
    m_newParts.append(std::move(part));
    scheduleFlush();
}

void LocalCache::putOutbox(const OutboxRow &row)
{
    if (!canKeepOutbox())
        return;
    auto batch = std::make_shared<CacheBatch>();
    batch->outboxAdds.append(row);
    send(batch);
}

void LocalCache::removeOutbox(qint64 seq)
{
    if (!canKeepOutbox())
        return;
    auto batch = std::make_shared<CacheBatch>();
    batch->outboxRemovals.append(seq);
    send(batch);
}

void LocalCache::markDirty(const QString &id)
{
    if (!writable())
        return;
    m_removed.remove(id);
    m_dirty.insert(id);
    scheduleFlush();
}

void LocalCache::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LocalCache::saveState(const SyncState &state)
{
    if (m_mode != Mode::ReadWrite)
        return;
    // The changes collected so far go in the same transaction as the state that covers them.
    std::shared_ptr<CacheBatch> batch = collect();
    batch->hasState = true;
    batch->state = state;
    send(batch);
}

void LocalCache::flush()
{
    if (m_mode != Mode::ReadWrite)
        return;
    std::shared_ptr<CacheBatch> batch = collect();
    if (!batch->isEmpty())
        send(batch);
}

std::shared_ptr<CacheBatch> LocalCache::collect()
{
    m_flushTimer.stop();
    auto batch = std::make_shared<CacheBatch>();
    batch->clearOpportunities = std::exchange(m_clearAll, false);
    batch->upserts.reserve(size_t(m_dirty.size()));
    QSet<QString> stillPending;
    for (const QString &id : std::as_const(m_dirty)) {
        // An optimistic change not yet confirmed is not saved: a crash must not leave a card in a
        // state Lever never had. Its confirmation (or rollback) marks it again.
        if (m_store.hasPendingWrite(id)) {
            stillPending.insert(id);
            continue;
        }
        if (const OpportunityRecord *record = m_store.opportunity(id))
            batch->upserts.push_back(*record);
    }
    m_dirty = std::move(stillPending);
    batch->removals = QStringList(m_removed.cbegin(), m_removed.cend());
    m_removed.clear();
    if (std::exchange(m_referenceDirty, false)) {
        batch->hasReference = true;
        batch->stages = m_store.stages();
        batch->archiveReasons = m_store.archiveReasons();
        batch->postings = m_store.postings();
        batch->users = m_store.users();
    }
    for (const QString &id : std::as_const(m_childDirty)) {
        if (const ChildData *data = m_store.childData(id))
            batch->parts.append(
                CachedPart{id, kInterviews, data->fetchedAt, CachedParts::encodeList(data->interviews)});
    }
    m_childDirty.clear();
    batch->parts.append(std::move(m_newParts));
    m_newParts.clear();
    if (!m_dirty.isEmpty())
        scheduleFlush(); // the pending ones, once their writes end
    return batch;
}

void LocalCache::send(std::shared_ptr<CacheBatch> batch)
{
    std::shared_ptr<CacheDatabase> database = m_database;
    QMetaObject::invokeMethod(m_worker, [this, database, batch] {
        const CacheDatabase::WriteResult result = database->write(*batch);
        if (!result.ok)
            QMetaObject::invokeMethod(this, [this, result] { writeFailed(result.diskFull, result.error); });
    });
}

void LocalCache::writeFailed(bool diskFull, const QString &error)
{
    if (m_mode != Mode::ReadWrite)
        return;
    // Later batches would leave holes behind a newer watermark: stop writing for this session.
    m_mode = Mode::MemoryOnly;
    m_dirty.clear();
    m_removed.clear();
    m_childDirty.clear();
    m_newParts.clear();
    Q_EMIT problemOccurred(diskFull ? tr("The disk is full: local data is no longer saved. Lever Console "
                                         "keeps working; free some space and restart to save again.")
                                    : tr("Local data could not be saved (%1). Lever Console keeps working "
                                         "without it until the next start.")
                                          .arg(error));
}

void LocalCache::waitForWrites()
{
    if (!m_thread.isRunning())
        return;
    flush();
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    // Answers the writes posted back (a failure) before returning.
    QCoreApplication::sendPostedEvents(this);
}

void LocalCache::clear()
{
    m_flushTimer.stop();
    m_dirty.clear();
    m_removed.clear();
    m_childDirty.clear();
    m_newParts.clear();
    m_parts.clear();
    m_savedAt = 0;
    m_loadedState = {};
    if (m_mode != Mode::ReadWrite)
        return;
    std::shared_ptr<CacheDatabase> database = m_database;
    QMetaObject::invokeMethod(m_worker, [this, database] {
        database->clear();
        QMetaObject::invokeMethod(this, [this] { Q_EMIT cleared(); });
    });
}

qint64 LocalCache::sizeOnDisk() const
{
    qint64 bytes = 0;
    for (const QString &file : CacheDatabase::files(m_path))
        bytes += QFileInfo(file).size();
    return bytes;
}

} // namespace lever::models
