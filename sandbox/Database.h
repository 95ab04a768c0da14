#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>

namespace lever::sandbox {

// The sandbox's SQLite connection (a file, or in memory) and its schema.
class Database
{
public:
    // `path` empty: an in-memory database. Throws std::runtime_error when it cannot be opened.
    explicit Database(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    QSqlQuery query() const { return QSqlQuery(m_db); }
    // Prepares (and caches, by QSqlQuery's own statement reuse) a statement; throws on SQL errors.
    QSqlQuery prepare(const QString &sql) const;
    // A statement prepared once and reused: for hot paths whose caller reads every row it needs, then
    // calls finish(), before anything else can run the same SQL.
    QSqlQuery &cached(const QString &sql) const;
    static void exec(QSqlQuery &query);

    bool isEmpty() const; // no stages yet: demo data may seed it
    QString metaValue(const QString &key) const;
    void setMetaValue(const QString &key, const QString &value);

    // Nested transactions collapse into the outermost one (demo seeding wraps route-level writes).
    void begin();
    void commit();
    void rollback();

private:
    void createSchema();

    int m_depth = 0;
    bool m_failed = false;

    QString m_connectionName;
    QSqlDatabase m_db;
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};

// RAII transaction: commits on commit(), rolls back when destroyed otherwise.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace lever::sandbox
