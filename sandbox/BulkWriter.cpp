#include "BulkWriter.h"

#include "Database.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

BulkWriter::BulkWriter(Database &db)
    : m_db(db)
{
    QSqlQuery indexes =
        db.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                   "AND tbl_name IN ('documents', 'opportunities', 'opportunity_keys') ORDER BY name"_s);
    Database::exec(indexes);
    QStringList names;
    while (indexes.next()) {
        names.append(indexes.value(0).toString());
        m_deferredIndexes.append(indexes.value(1).toString());
    }
    indexes.finish();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery drop = db.prepare(u"DROP INDEX \""_s + name + u'"');
        Database::exec(drop);
    }
    m_document = db.prepare(u"INSERT INTO documents(kind, id, parent, created_at, updated_at, doc) "
                            "VALUES(?, ?, ?, ?, ?, ?)"_s);
    m_opportunity =
        db.prepare(u"INSERT INTO opportunities(contact, stage, owner, origin, confidential, archived, "
                   "archive_reason, created_at, updated_at, advanced_at, archived_at, snoozed, "
                   "location, doc, id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    m_key = db.prepare(u"INSERT INTO opportunity_keys(opp_seq, kind, value) VALUES(?, ?, ?)"_s);
    m_blob = db.prepare(u"INSERT INTO file_blobs(id, content) VALUES(?, ?)"_s);
}

void BulkWriter::bind(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
}

void BulkWriter::write(const BulkRow &row)
{
    switch (row.table) {
    case BulkRow::Table::Document:
        bind(m_document, row.values);
        Database::exec(m_document);
        break;
    case BulkRow::Table::Blob:
        bind(m_blob, row.values);
        Database::exec(m_blob);
        break;
    case BulkRow::Table::Opportunity: {
        bind(m_opportunity, row.values);
        Database::exec(m_opportunity);
        const qint64 seq = m_opportunity.lastInsertId().toLongLong();
        for (const auto &[kind, value] : row.keys) {
            m_key.bindValue(0, seq);
            m_key.bindValue(1, kind);
            m_key.bindValue(2, value);
            Database::exec(m_key);
        }
        break;
    }
    }
}

void BulkWriter::finish()
{
    for (QSqlQuery *q : {&m_document, &m_opportunity, &m_key, &m_blob})
        q->finish();
    for (const QString &sql : std::as_const(m_deferredIndexes)) {
        QSqlQuery create = m_db.prepare(sql);
        Database::exec(create);
    }
    m_deferredIndexes.clear();
}

} // namespace lever::sandbox
