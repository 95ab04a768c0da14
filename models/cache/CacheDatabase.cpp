#include "cache/CacheDatabase.h"

#include "ModelsLog.h"
#include "cache/RecordCodec.h"
#include "cache/ReferenceCodec.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
// "LVC1": tells our files from any other SQLite file that happens to sit at the path.
constexpr int kApplicationId = 0x4C564331;
constexpr auto kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner;

QString tr(const char *text)
{
    return QCoreApplication::translate("lever::models::LocalCache", text);
}

QString unopenable(const QString &detail)
{
    return tr("The local data could not be opened (%1). Lever Console works without it until the next start.")
        .arg(detail);
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"lever-cache-"_s + QString::number(counter.fetchAndAddRelaxed(1));
}

QByteArray encodeState(const SyncState &s)
{
    return QJsonDocument(QJsonObject{{u"watermark"_s, s.watermark},
                                     {u"lastSynced"_s, s.lastSyncedMs},
                                     {u"expectedTotal"_s, s.expectedTotal},
                                     {u"activeLoaded"_s, s.activeLoaded},
                                     {u"archivedLoaded"_s, s.archivedLoaded}})
        .toJson(QJsonDocument::Compact);
}

SyncState decodeState(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    SyncState s;
    // toInteger: a value out of qint64's range (a damaged or foreign file) gives the default, where a
    // cast of the double would be undefined.
    s.watermark = o.value(u"watermark"_s).toInteger();
    s.lastSyncedMs = o.value(u"lastSynced"_s).toInteger();
    s.expectedTotal = o.value(u"expectedTotal"_s).toInteger(-1);
    s.activeLoaded = o.value(u"activeLoaded"_s).toBool();
    s.archivedLoaded = o.value(u"archivedLoaded"_s).toBool();
    return s;
}

bool isDiskFull(const QSqlError &error)
{
    // SQLITE_FULL (13), also what SQLite answers past `max_page_count`.
    return error.nativeErrorCode() == u"13"_s || error.databaseText().contains(u"full"_s);
}
} // namespace

CacheDatabase::CacheDatabase(QString path)
    : m_path(std::move(path))
{}

CacheDatabase::~CacheDatabase()
{
    close();
}

QStringList CacheDatabase::files(const QString &path)
{
    return {path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s};
}

CacheDatabase::Health CacheDatabase::connect(bool readOnly, QString *detail)
{
    const QFileInfo info(m_path);
    if (!readOnly) {
        QDir().mkpath(info.absolutePath());
        QFile::setPermissions(info.absolutePath(), kOwnerOnly | QFile::ExeOwner);
        if (!info.exists()) {
            // Made empty with owner-only rights before SQLite opens it; SQLite gives its WAL and
            // shared-memory files the database file's rights.
            QFile file(m_path);
            if (!file.open(QIODevice::WriteOnly)) {
                *detail = file.errorString();
                return Health::Unopenable;
            }
            file.setPermissions(kOwnerOnly);
        }
    }
    m_connection = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    if (!db.open()) {
        *detail = db.lastError().text();
        return Health::Unopenable;
    }
    QSqlQuery q(db);
    // A file that is not a database fails here already ("file is not a database").
    if (!q.exec(u"PRAGMA quick_check"_s) || !q.next()) {
        *detail = q.lastError().text();
        return Health::Damaged;
    }
    if (q.value(0).toString() != u"ok"_s) {
        *detail = q.value(0).toString().section(u'\n', 0, 1); // the first problems say enough
        return Health::Damaged;
    }
    q.exec(u"PRAGMA application_id"_s);
    const int applicationId = q.next() ? q.value(0).toInt() : -1;
    q.exec(u"PRAGMA user_version"_s);
    const int version = q.next() ? q.value(0).toInt() : -1;
    if (applicationId == 0 && version == 0) {
        if (readOnly)
            return Health::Unopenable; // the owner has not made it yet
        if (!createSchema(detail))
            return Health::Unopenable;
    } else if (applicationId != kApplicationId || version != kSchemaVersion) {
        *detail = u"application_id %1, user_version %2"_s.arg(applicationId).arg(version);
        return Health::OtherVersion;
    }
    if (!readOnly) {
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        // WAL with NORMAL: a power cut may lose the last transactions, never the file's consistency.
        q.exec(u"PRAGMA synchronous=NORMAL"_s);
        // The WAL is checkpointed every 1,000 pages; without a limit its file keeps its largest size
        // (a first load's worth) for good.
        q.exec(u"PRAGMA journal_size_limit=%1"_s.arg(8 * 1024 * 1024));
        if (m_maxPageCount > 0)
            q.exec(u"PRAGMA max_page_count=%1"_s.arg(m_maxPageCount));
        for (const QString &file : files(m_path)) {
            if (QFile::exists(file))
                QFile::setPermissions(file, kOwnerOnly);
        }
    }
    return Health::Ok;
}

bool CacheDatabase::createSchema(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.exec(u"PRAGMA journal_mode=WAL"_s);
    db.transaction();
    const QStringList statements{
        u"CREATE TABLE meta(key TEXT PRIMARY KEY, value BLOB)"_s,
        // One row per opportunity: a RecordCodec blob (the card's fields, never whole JSON).
        u"CREATE TABLE opportunities(id TEXT PRIMARY KEY, row BLOB NOT NULL)"_s,
        // stages, archive_reasons, postings, users: one JSON array each.
        u"CREATE TABLE reference(kind TEXT PRIMARY KEY, doc BLOB NOT NULL)"_s,
        // Child data as Lever answered it, per opportunity (owner) and kind, with its fetch time.
        u"CREATE TABLE parts(owner TEXT NOT NULL, kind TEXT NOT NULL, fetched_at INTEGER NOT NULL, "
        "doc BLOB NOT NULL, PRIMARY KEY(owner, kind))"_s,
        // Changes made offline, waiting to be sent (LocalCache::putOutbox); never cleared with the rest.
        u"CREATE TABLE outbox(seq INTEGER PRIMARY KEY, opportunity TEXT NOT NULL, kind INTEGER NOT NULL, "
        "value TEXT NOT NULL, base_updated_at INTEGER NOT NULL, created_at INTEGER NOT NULL, "
        "before BLOB NOT NULL)"_s,
        u"PRAGMA application_id=%1"_s.arg(kApplicationId),
        u"PRAGMA user_version=%1"_s.arg(kSchemaVersion),
    };
    for (const QString &statement : statements) {
        if (!q.exec(statement)) {
            *error = q.lastError().text();
            db.rollback();
            return false;
        }
    }
    return db.commit();
}

std::unique_ptr<CacheSnapshot> CacheDatabase::open(bool readOnly)
{
    auto snapshot = std::make_unique<CacheSnapshot>();
    if (readOnly && !QFile::exists(m_path)) {
        snapshot->opened = CacheSnapshot::Opened::Fresh;
        return snapshot;
    }
    QString detail;
    QElapsedTimer clock;
    clock.start();
    Health health = connect(readOnly, &detail);
    if (health == Health::Ok) {
        const qint64 checked = clock.elapsed();
        read(*snapshot);
        qCInfo(lcModels) << "local cache: opened and checked in" << checked << "ms, read"
                         << snapshot->records.size() << "cards in" << clock.elapsed() - checked << "ms";
        snapshot->opened =
            snapshot->savedAt > 0 ? CacheSnapshot::Opened::Reopened : CacheSnapshot::Opened::Fresh;
        return snapshot;
    }
    disconnect();
    qCWarning(lcModels) << "local cache not usable:" << int(health) << detail;
    if (readOnly || health == Health::Unopenable) {
        snapshot->opened = readOnly ? CacheSnapshot::Opened::Fresh : CacheSnapshot::Opened::Failed;
        if (!readOnly)
            snapshot->message = unopenable(detail);
        return snapshot;
    }
    if (health == Health::Damaged) {
        const QString aside =
            m_path + u".damaged-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-hhmmss"_s);
        QFile::remove(aside);
        QFile::rename(m_path, aside);
        snapshot->message = tr("The local data was damaged and is being rebuilt from Lever (the damaged file "
                               "was kept as %1).")
                                .arg(QFileInfo(aside).fileName());
    }
    // Another version's file (an update of the console) is rebuilt quietly: nothing the user must act on.
    for (const QString &file : files(m_path))
        QFile::remove(file);
    health = connect(false, &detail);
    if (health != Health::Ok) {
        disconnect();
        snapshot->opened = CacheSnapshot::Opened::Failed;
        snapshot->message = unopenable(detail);
        return snapshot;
    }
    snapshot->opened = CacheSnapshot::Opened::Rebuilt;
    return snapshot;
}

void CacheDatabase::read(CacheSnapshot &snapshot)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // One read transaction, so a writer in another process cannot slip a commit between the tables.
    db.transaction();
    if (q.exec(u"SELECT key, value FROM meta"_s)) {
        while (q.next()) {
            const QString key = q.value(0).toString();
            if (key == u"sync_state"_s)
                snapshot.state = decodeState(q.value(1).toByteArray());
            else if (key == u"saved_at"_s)
                snapshot.savedAt = q.value(1).toLongLong();
        }
    }
    if (q.exec(u"SELECT count(*) FROM opportunities"_s) && q.next())
        snapshot.records.reserve(size_t(q.value(0).toLongLong()));
    RecordCodec::Decoder decoder;
    if (q.exec(u"SELECT row FROM opportunities"_s)) {
        while (q.next()) {
            const QByteArray row = q.value(0).toByteArray();
            if (std::optional<OpportunityRecord> record = decoder.decode(row))
                snapshot.records.push_back(std::move(*record));
            else
                ++snapshot.damagedRows;
        }
    }
    bool referenceOk = true;
    if (q.exec(u"SELECT kind, doc FROM reference"_s)) {
        while (q.next()) {
            const QString kind = q.value(0).toString();
            const QByteArray doc = q.value(1).toByteArray();
            auto take = [&referenceOk](auto decoded, auto &into) {
                if (decoded)
                    into = std::move(*decoded);
                else
                    referenceOk = false;
            };
            if (kind == u"stages"_s)
                take(ReferenceCodec::stages(doc), snapshot.stages);
            else if (kind == u"archive_reasons"_s)
                take(ReferenceCodec::archiveReasons(doc), snapshot.archiveReasons);
            else if (kind == u"postings"_s)
                take(ReferenceCodec::postings(doc), snapshot.postings);
            else if (kind == u"users"_s)
                take(ReferenceCodec::users(doc), snapshot.users);
        }
    }
    if (q.exec(u"SELECT owner, kind, fetched_at, doc FROM parts"_s)) {
        while (q.next())
            snapshot.parts.append(CachedPart{q.value(0).toString(), q.value(1).toString(),
                                             q.value(2).toLongLong(), q.value(3).toByteArray()});
    }
    if (q.exec(u"SELECT seq, opportunity, kind, value, base_updated_at, created_at, before FROM outbox "
               "ORDER BY seq"_s)) {
        while (q.next())
            snapshot.outbox.append(OutboxRow{
                q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toByteArray()});
    }
    db.commit();
    // Rows saved before the cards kept their stage history are shown, but only a full load fills it in.
    if (decoder.olderRows() > 0)
        snapshot.state = SyncState{};
    if (snapshot.damagedRows > 0 || !referenceOk) {
        // What is there is still shown, but it cannot be trusted as a base for a delta.
        qCWarning(lcModels) << "local cache:" << snapshot.damagedRows << "rows did not decode";
        snapshot.state = SyncState{};
    }
}

CacheDatabase::WriteResult CacheDatabase::fail(const QString &what)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    WriteResult result;
    result.ok = false;
    result.error = what;
    result.diskFull = what.contains(u"full"_s, Qt::CaseInsensitive);
    if (db.isOpen())
        db.rollback();
    qCWarning(lcModels) << "local cache write failed:" << what;
    return result;
}

CacheDatabase::WriteResult CacheDatabase::write(const CacheBatch &batch)
{
    if (!isOpen())
        return {false, false, u"not open"_s};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    auto run = [&q](const QString &sql, const QVariantList &values) {
        q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    };
    auto failed = [&q, this]() {
        const QSqlError error = q.lastError();
        WriteResult result = fail(error.text());
        result.diskFull = result.diskFull || isDiskFull(error);
        return result;
    };
    if (batch.clearOpportunities) {
        if (!q.exec(u"DELETE FROM opportunities"_s) || !q.exec(u"DELETE FROM parts WHERE owner <> ''"_s))
            return failed();
    }
    if (!batch.upserts.empty()) {
        q.prepare(u"INSERT OR REPLACE INTO opportunities(id, row) VALUES(?, ?)"_s);
        for (const OpportunityRecord &record : batch.upserts) {
            q.bindValue(0, record.id);
            q.bindValue(1, RecordCodec::encode(record));
            if (!q.exec())
                return failed();
        }
    }
    for (const QString &id : batch.removals) {
        if (!run(u"DELETE FROM opportunities WHERE id = ?"_s, {id}) ||
            !run(u"DELETE FROM parts WHERE owner = ?"_s, {id}))
            return failed();
    }
    if (batch.hasReference) {
        const QList<QPair<QString, QByteArray>> docs{
            {u"stages"_s, ReferenceCodec::encode(batch.stages)},
            {u"archive_reasons"_s, ReferenceCodec::encode(batch.archiveReasons)},
            {u"postings"_s, ReferenceCodec::encode(batch.postings)},
            {u"users"_s, ReferenceCodec::encode(batch.users)},
        };
        for (const auto &[kind, doc] : docs) {
            if (!run(u"INSERT OR REPLACE INTO reference(kind, doc) VALUES(?, ?)"_s, {kind, doc}))
                return failed();
        }
    }
    for (const CachedPart &part : batch.parts) {
        const bool ok = part.json.isNull()
                            ? run(u"DELETE FROM parts WHERE owner = COALESCE(?, '') AND kind = ?"_s,
                                  {part.owner, part.kind})
                            // An empty owner (account-wide) binds as NULL.
                            : run(u"INSERT OR REPLACE INTO parts(owner, kind, fetched_at, doc) "
                                  "VALUES(COALESCE(?, ''), ?, ?, ?)"_s,
                                  {part.owner, part.kind, part.fetchedAt, part.json});
        if (!ok)
            return failed();
    }
    for (const OutboxRow &row : batch.outboxAdds) {
        if (!run(u"INSERT OR REPLACE INTO outbox(seq, opportunity, kind, value, base_updated_at, created_at, "
                 "before) VALUES(?, ?, ?, COALESCE(?, ''), ?, ?, ?)"_s,
                 {row.seq, row.opportunityId, row.kind, row.value, row.baseUpdatedAt, row.createdAt,
                  row.before}))
            return failed();
    }
    for (const qint64 seq : batch.outboxRemovals) {
        if (!run(u"DELETE FROM outbox WHERE seq = ?"_s, {seq}))
            return failed();
    }
    if (batch.hasState && !run(u"INSERT OR REPLACE INTO meta(key, value) VALUES('sync_state', ?)"_s,
                               {encodeState(batch.state)}))
        return failed();
    if (!run(u"INSERT OR REPLACE INTO meta(key, value) VALUES('saved_at', ?)"_s,
             {QDateTime::currentMSecsSinceEpoch()}))
        return failed();
    if (!db.commit()) {
        const QSqlError error = db.lastError();
        WriteResult result = fail(error.text());
        result.diskFull = result.diskFull || isDiskFull(error);
        return result;
    }
    return {};
}

CacheDatabase::WriteResult CacheDatabase::clear()
{
    if (!isOpen())
        return {false, false, u"not open"_s};
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    db.transaction();
    for (const QString &table : {u"opportunities"_s, u"reference"_s, u"parts"_s, u"meta"_s}) {
        if (!q.exec(u"DELETE FROM "_s + table))
            return fail(q.lastError().text());
    }
    if (!db.commit())
        return fail(db.lastError().text());
    // Give the space back: the WAL first, then the pages.
    q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    q.exec(u"VACUUM"_s);
    return {};
}

CacheDatabase::WriteResult CacheDatabase::pruneParts(qint64 fetchedBefore)
{
    if (!isOpen())
        return {false, false, u"not open"_s};
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"DELETE FROM parts WHERE fetched_at < ?"_s);
    q.addBindValue(fetchedBefore);
    if (!q.exec())
        return fail(q.lastError().text());
    return {};
}

void CacheDatabase::disconnect()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

void CacheDatabase::close()
{
    disconnect();
}

} // namespace lever::models
