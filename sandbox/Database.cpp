#include "Database.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QVariant>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QAtomicInteger<int> s_connections;

const char *const kSchema[] = {
    // Opportunities get their own table: they are the bulk of the data and filtered on many columns.
    "CREATE TABLE IF NOT EXISTS opportunities ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, contact TEXT, stage TEXT,"
    " owner TEXT, origin TEXT, confidential INTEGER NOT NULL DEFAULT 0, archived INTEGER NOT NULL DEFAULT 0,"
    " archive_reason TEXT, created_at INTEGER, updated_at INTEGER, advanced_at INTEGER, archived_at INTEGER,"
    " snoozed INTEGER NOT NULL DEFAULT 0, location TEXT, deleted_at INTEGER, doc TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS opp_stage ON opportunities(stage, seq)",
    "CREATE INDEX IF NOT EXISTS opp_updated ON opportunities(updated_at)",
    "CREATE INDEX IF NOT EXISTS opp_contact ON opportunities(contact)",
    "CREATE INDEX IF NOT EXISTS opp_archived ON opportunities(archived, seq)",
    // Multi-valued filter keys of an opportunity: tag, source, email, posting, archived_posting, follower.
    "CREATE TABLE IF NOT EXISTS opportunity_keys (opp_seq INTEGER NOT NULL, kind TEXT NOT NULL,"
    " value TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS opp_keys_value ON opportunity_keys(kind, value, opp_seq)",
    "CREATE INDEX IF NOT EXISTS opp_keys_seq ON opportunity_keys(opp_seq)",
    // Every other resource: a JSON document per row, keyed by kind and id, optionally under a parent.
    "CREATE TABLE IF NOT EXISTS documents (seq INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL,"
    " id TEXT NOT NULL, parent TEXT, created_at INTEGER, updated_at INTEGER, doc TEXT NOT NULL,"
    " UNIQUE(kind, id))",
    "CREATE INDEX IF NOT EXISTS documents_parent ON documents(kind, parent, seq)",
    "CREATE TABLE IF NOT EXISTS file_blobs (id TEXT PRIMARY KEY, content BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)",
};
} // namespace

Database::Database(const QString &path)
    : m_connectionName(u"lever-sandbox-"_s + QString::number(s_connections.fetchAndAddRelaxed(1)))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(path.isEmpty() ? u":memory:"_s : path);
    if (!m_db.open())
        throw std::runtime_error("cannot open database: " + m_db.lastError().text().toStdString());
    QSqlQuery pragma(m_db);
    if (!path.isEmpty()) {
        // WAL lets readers continue during writes and survives crashes; NORMAL sync is safe with WAL.
        pragma.exec(u"PRAGMA journal_mode=WAL"_s);
        pragma.exec(u"PRAGMA synchronous=NORMAL"_s);
    }
    pragma.exec(u"PRAGMA foreign_keys=ON"_s);
    pragma.exec(u"PRAGMA temp_store=MEMORY"_s);
    pragma.exec(u"PRAGMA cache_size=-65536"_s);
    createSchema();
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::createSchema()
{
    QSqlQuery q(m_db);
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement)))
            throw std::runtime_error("schema: " + q.lastError().text().toStdString());
    }
}

QSqlQuery Database::prepare(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        throw std::runtime_error("prepare failed: " + q.lastError().text().toStdString() + " in " +
                                 sql.toStdString());
    return q;
}

QSqlQuery &Database::cached(const QString &sql) const
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        // Bounded: dynamic filter SQL has many shapes, but each is small and the set is finite in practice.
        if (m_statements.size() > 256)
            m_statements.clear();
        auto q = std::make_shared<QSqlQuery>(m_db);
        q->setForwardOnly(true); // rows are read once, in order: no client-side row cache
        if (!q->prepare(sql))
            throw std::runtime_error("prepare failed: " + q->lastError().text().toStdString());
        it = m_statements.insert(sql, q);
    }
    (*it)->finish();
    return **it;
}

void Database::exec(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error("query failed: " + query.lastError().text().toStdString());
}

bool Database::isEmpty() const
{
    QSqlQuery q(m_db);
    q.exec(u"SELECT COUNT(*) FROM documents WHERE kind = 'stage'"_s);
    return !q.next() || q.value(0).toLongLong() == 0;
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery q = prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

void Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery q = prepare(
        u"INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    exec(q);
}

void Database::begin()
{
    if (m_depth++ == 0) {
        m_failed = false;
        m_db.transaction();
    }
}

void Database::commit()
{
    if (--m_depth == 0) {
        if (m_failed)
            m_db.rollback();
        else
            m_db.commit();
    }
}

void Database::rollback()
{
    // An inner failure dooms the outer transaction too: nothing half-written survives.
    m_failed = true;
    if (--m_depth == 0)
        m_db.rollback();
}

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_db.begin();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    m_db.commit();
    m_done = true;
}

} // namespace lever::sandbox
