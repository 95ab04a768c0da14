#pragma once

#include "cache/CacheSnapshot.h"

#include <QString>
#include <memory>

namespace lever::models {

// The local cache's SQLite file (QtSql, QSQLITE), used only on the cache's own thread: opening with
// a health check, reading everything at start and writing batches in transactions. Schema:
// docs/architecture.md, "The local cache".
//
// A file that fails `PRAGMA quick_check`, is not a database, or carries another schema version is
// never read: it is moved aside (damaged) or removed (old version) and a new one made.
class CacheDatabase
{
public:
    // Bumped whenever the tables or the row format change: an older file is rebuilt, not misread.
    static constexpr int kSchemaVersion = 3;

    explicit CacheDatabase(QString path);
    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    // readOnly: another process owns the file; read it as it is and never change it (no rebuild).
    std::unique_ptr<CacheSnapshot> open(bool readOnly);
    bool isOpen() const { return !m_connection.isEmpty(); }

    struct WriteResult
    {
        bool ok = true;
        bool diskFull = false;
        QString error; // SQLite's text, for the log
    };
    WriteResult write(const CacheBatch &batch);
    // Drops every row (Settings › Clear local data) and gives the space back.
    WriteResult clear();
    // Child data fetched before `fetchedBefore` (epoch ms) is dropped.
    WriteResult pruneParts(qint64 fetchedBefore);
    void close();

    // A test seam: the file may grow to at most this many pages, beyond which SQLite answers as if the
    // disk were full.
    void setMaxPageCountForTesting(int pages) { m_maxPageCount = pages; }

    // The file and its WAL and shared-memory companions.
    static QStringList files(const QString &path);

private:
    enum class Health { Ok, Damaged, OtherVersion, Unopenable };
    Health connect(bool readOnly, QString *detail);
    bool createSchema(QString *error);
    void read(CacheSnapshot &snapshot);
    void disconnect();
    WriteResult fail(const QString &what);

    QString m_path;
    QString m_connection;
    int m_maxPageCount = 0;
};

} // namespace lever::models
