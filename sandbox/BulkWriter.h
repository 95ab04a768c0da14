#pragma once

#include "BulkRow.h"

#include <QSqlQuery>
#include <QStringList>

namespace lever::sandbox {

class Database;

// Inserts freshly generated rows (documents, opportunities with their filter keys, file blobs) through
// statements prepared once; DocumentStore::put and OpportunityStore::save prepare and look up on every
// call, which makes seeding hundreds of thousands of rows several times slower. Insert-only: ids must be
// new. Use it on the connection's thread, inside a Transaction, and call finish() before committing.
class BulkWriter
{
public:
    // Drops the secondary indexes of the tables it fills (finish() rebuilds them from their own DDL):
    // building an index once over all rows is far cheaper than updating it on every insert. Inside the
    // transaction, so a rollback restores them too.
    explicit BulkWriter(Database &db);
    void write(const BulkRow &row);
    void finish();

private:
    static void bind(QSqlQuery &query, const QVariantList &values);

    Database &m_db;
    QStringList m_deferredIndexes; // CREATE INDEX statements for finish()
    QSqlQuery m_document;
    QSqlQuery m_opportunity;
    QSqlQuery m_key;
    QSqlQuery m_blob;
};

} // namespace lever::sandbox
