#pragma once

#include "SyncState.h"
#include "cache/CachedPart.h"
#include "cache/OutboxRow.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <memory>
#include <optional>

namespace lever::models {

class CacheDatabase;
class Store;
struct CacheBatch;
struct CacheSnapshot;
struct OpportunityRecord;

// One account's local copy of its data on disk, so the console starts at once and reads offline:
// a SQLite file in the account's data folder (owner-only), read once at start into the Store, then
// kept in step with the Store's change signals in batched transactions on a thread of its own.
//
// One process writes an account's cache at a time (a QLockFile beside it). A second process on the
// same account opens it read-only: it shows what the first one saved and never writes, so nothing
// the two do can corrupt the file.
class LocalCache : public QObject
{
    Q_OBJECT
public:
    enum class Mode {
        Closed,     // open() not called yet, or still reading
        ReadWrite,  // this process owns the file
        ReadOnly,   // another process owns it: read at start, never written
        MemoryOnly, // no file could be used, or writing failed (disk full): the session goes on in memory
    };
    Q_ENUM(Mode)

    LocalCache(Store &store, const QString &folder, QObject *parent = nullptr);
    // Writes what is still pending, then closes the file (waits for the cache's thread).
    ~LocalCache() override;

    static QString fileIn(const QString &folder);
    // Deletes the cache files in `folder` (none may be open): the next start loads everything anew.
    static void removeFiles(const QString &folder);
    QString filePath() const { return m_path; }

    // Reads the file on the cache's thread, then fills the Store and emits loaded(). Before that
    // nothing is written.
    void open();
    Mode mode() const { return m_mode; }
    bool isLoaded() const { return m_loaded; }
    // When the data shown at start was last saved (epoch ms); 0 when the cache was new or emptied.
    qint64 savedAt() const { return m_savedAt; }
    // The sync state saved with the data shown at start.
    SyncState loadedState() const { return m_loadedState; }
    int loadedCount() const { return m_loadedCount; }

    // Child data kept per opportunity (owner) or for the account (empty owner).
    std::optional<CachedPart> part(const QString &owner, const QString &kind) const;
    void putPart(const QString &owner, const QString &kind, const QByteArray &json, qint64 fetchedAt);

    // The offline outbox, kept only while this process owns the file: each change is written at once,
    // in a transaction of its own, so none is lost to a crash.
    bool canKeepOutbox() const { return m_mode == Mode::ReadWrite; }
    QList<OutboxRow> loadedOutbox() const { return m_loadedOutbox; }
    void putOutbox(const OutboxRow &row);
    void removeOutbox(qint64 seq);

    // Writes every change so far together with the sync state, in one transaction: a crash after it
    // leaves a cache whose watermark covers everything it holds.
    void saveState(const SyncState &state);
    // Sends the changes collected so far to the cache's thread now.
    void flush();
    // Blocks until everything sent so far is written (tests, benchmarks, shutdown).
    void waitForWrites();

    // Settings › Clear local data: empties the file (the data in memory stays until the next start,
    // which then loads everything from Lever).
    void clear();
    qint64 sizeOnDisk() const;
    // Child data fetched longer ago than this is dropped, and a cache not saved for this long is not
    // shown at start (default 30 days).
    void setRetentionDays(int days) { m_retentionDays = qMax(1, days); }
    int retentionDays() const { return m_retentionDays; }
    // How long changes are collected before one transaction writes them (default 500 ms).
    void setFlushDelayMs(int ms) { m_flushTimer.setInterval(ms); }
    void setMaxPageCountForTesting(int pages);

Q_SIGNALS:
    void loaded();
    // Something the user should know about the local data: rebuilt after damage, disk full, unusable.
    void problemOccurred(const QString &message);
    // Another process has this account open: this one reads the cache but never writes it.
    void openElsewhere();
    void cleared();

private:
    void apply(CacheSnapshot &snapshot);
    std::shared_ptr<CacheBatch> collect();
    void markDirty(const QString &id);
    void scheduleFlush();
    void send(std::shared_ptr<CacheBatch> batch);
    void writeFailed(bool diskFull, const QString &error);
    bool writable() const { return m_mode == Mode::ReadWrite && !m_applying; }

    Store &m_store;
    QString m_folder;
    QString m_path;
    Mode m_mode = Mode::Closed;
    bool m_loaded = false;
    bool m_applying = false;
    qint64 m_savedAt = 0;
    SyncState m_loadedState;
    QList<OutboxRow> m_loadedOutbox;
    int m_loadedCount = 0;
    int m_retentionDays = 30;
    int m_maxPageCount = 0;

    QLockFile m_lock;
    QThread m_thread;
    QObject *m_worker = nullptr; // lives on m_thread; the database is used only there
    std::shared_ptr<CacheDatabase> m_database;

    // Collected since the last flush.
    QSet<QString> m_dirty;
    QSet<QString> m_removed;
    QSet<QString> m_childDirty;
    bool m_referenceDirty = false;
    bool m_clearAll = false;
    QList<CachedPart> m_newParts;
    QTimer m_flushTimer;

    QHash<QString, CachedPart> m_parts; // key: owner + '/' + kind
};

} // namespace lever::models
