#include "OpportunityStore.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QStringList strings(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString())
            out.append(v.toString());
    }
    return out;
}

QVariant msOrNull(const QJsonValue &value)
{
    return value.isDouble() ? QVariant(qint64(value.toDouble())) : QVariant();
}

// Appends "AND column IN (?, ?...)" and its values.
void inClause(QString &sql, QVariantList &binds, const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return;
    sql += u" AND "_s + column + u" IN ("_s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        sql += i ? u", ?"_s : u"?"_s;
        binds.append(values.at(i));
    }
    sql += u')';
}

void keyClause(QString &sql, QVariantList &binds, const QString &kind, const QStringList &values)
{
    if (values.isEmpty())
        return;
    sql += u" AND seq IN (SELECT opp_seq FROM opportunity_keys WHERE kind = ?"_s;
    binds.append(kind);
    inClause(sql, binds, u"value"_s, values);
    sql += u')';
}

void rangeClause(QString &sql, QVariantList &binds, const QString &column, std::optional<qint64> start,
                 std::optional<qint64> end)
{
    if (start) {
        sql += u" AND "_s + column + u" >= ?"_s;
        binds.append(*start);
    }
    if (end) {
        sql += u" AND "_s + column + u" <= ?"_s;
        binds.append(*end);
    }
}
} // namespace

OpportunityStore::OpportunityStore(Database &db)
    : m_db(db)
{}

std::optional<QJsonObject> OpportunityStore::get(const QString &id) const
{
    QSqlQuery &q = m_db.cached(u"SELECT doc FROM opportunities WHERE id = ? AND deleted_at IS NULL"_s);
    q.addBindValue(id);
    Database::exec(q);
    std::optional<QJsonObject> doc;
    if (q.next())
        doc = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    q.finish(); // a reused statement must not keep its read open (DDL and commits wait on it)
    return doc;
}

bool OpportunityStore::isConfidential(const QString &id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT confidential FROM opportunities WHERE id = ?"_s);
    q.addBindValue(id);
    Database::exec(q);
    return q.next() && q.value(0).toInt() != 0;
}

QStringList OpportunityStore::postingIds(const QString &id) const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT k.value FROM opportunity_keys k JOIN opportunities o ON o.seq = k.opp_seq "
        "WHERE o.id = ? AND k.kind IN ('posting', 'archived_posting') ORDER BY k.rowid"_s);
    q.addBindValue(id);
    Database::exec(q);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

void OpportunityStore::save(const QJsonObject &opp, const std::optional<QStringList> &postings)
{
    Transaction tx(m_db);
    const QString id = opp.value(u"id"_s).toString();
    const QStringList postingList = postings ? *postings : postingIds(id);
    const QJsonObject archived = opp.value(u"archived"_s).toObject();
    const bool isArchived = opp.value(u"archived"_s).isObject();

    QSqlQuery find = m_db.prepare(u"SELECT seq FROM opportunities WHERE id = ?"_s);
    find.addBindValue(id);
    Database::exec(find);
    qint64 seq = find.next() ? find.value(0).toLongLong() : -1;

    QSqlQuery write = m_db.prepare(
        seq < 0 ? u"INSERT INTO opportunities(contact, stage, owner, origin, confidential, archived, archive_reason, "
                  "created_at, updated_at, advanced_at, archived_at, snoozed, location, doc, id) "
                  "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s
                : u"UPDATE opportunities SET contact = ?, stage = ?, owner = ?, origin = ?, confidential = ?, "
                  "archived = ?, archive_reason = ?, created_at = ?, updated_at = ?, advanced_at = ?, "
                  "archived_at = ?, snoozed = ?, location = ?, doc = ? WHERE id = ?"_s);
    write.addBindValue(opp.value(u"contact"_s).toString());
    write.addBindValue(opp.value(u"stage"_s).toString());
    write.addBindValue(opp.value(u"owner"_s).toString());
    write.addBindValue(opp.value(u"origin"_s).toString());
    write.addBindValue(opp.value(u"confidentiality"_s).toString() == u"confidential"_s ? 1 : 0);
    write.addBindValue(isArchived ? 1 : 0);
    write.addBindValue(isArchived ? QVariant(archived.value(u"reason"_s).toString()) : QVariant());
    write.addBindValue(msOrNull(opp.value(u"createdAt"_s)));
    write.addBindValue(msOrNull(opp.value(u"updatedAt"_s)));
    write.addBindValue(msOrNull(opp.value(u"lastAdvancedAt"_s)));
    write.addBindValue(isArchived ? msOrNull(archived.value(u"archivedAt"_s)) : QVariant());
    write.addBindValue(qint64(opp.value(u"snoozedUntil"_s).toDouble(0)));
    write.addBindValue(opp.value(u"location"_s).toString());
    write.addBindValue(QJsonDocument(opp).toJson(QJsonDocument::Compact));
    write.addBindValue(id);
    Database::exec(write);
    if (seq < 0) {
        seq = write.lastInsertId().toLongLong();
    } else {
        QSqlQuery clear = m_db.prepare(u"DELETE FROM opportunity_keys WHERE opp_seq = ?"_s);
        clear.addBindValue(seq);
        Database::exec(clear);
    }

    QVariantList seqs, kinds, values;
    auto add = [&](const QString &kind, const QStringList &list) {
        for (const QString &v : list) {
            seqs.append(seq);
            kinds.append(kind);
            values.append(v);
        }
    };
    add(u"tag"_s, strings(opp.value(u"tags"_s)));
    add(u"source"_s, strings(opp.value(u"sources"_s)));
    add(u"email"_s, strings(opp.value(u"emails"_s)));
    add(u"follower"_s, strings(opp.value(u"followers"_s)));
    add(isArchived ? u"archived_posting"_s : u"posting"_s, postingList);
    if (!seqs.isEmpty()) {
        QSqlQuery keys = m_db.prepare(u"INSERT INTO opportunity_keys(opp_seq, kind, value) VALUES(?, ?, ?)"_s);
        keys.addBindValue(seqs);
        keys.addBindValue(kinds);
        keys.addBindValue(values);
        if (!keys.execBatch())
            Database::exec(keys); // reports the error
    }
    tx.commit();
}

void OpportunityStore::markDeleted(const QString &id, const QString &deletedBy, qint64 deletedAt)
{
    auto opp = get(id);
    if (!opp)
        return;
    opp->insert(u"deletedBy"_s, deletedBy);
    opp->insert(u"deletedAt"_s, deletedAt);
    QSqlQuery q = m_db.prepare(u"UPDATE opportunities SET deleted_at = ?, doc = ? WHERE id = ?"_s);
    q.addBindValue(deletedAt);
    q.addBindValue(QJsonDocument(*opp).toJson(QJsonDocument::Compact));
    q.addBindValue(id);
    Database::exec(q);
}

QList<OpportunityStore::Row> OpportunityStore::query(const OpportunityFilter &f, const PageToken::Window &window) const
{
    QString sql = u"SELECT seq, doc FROM opportunities WHERE deleted_at IS NULL AND seq > ?"_s;
    QVariantList binds{window.afterSeq};
    using C = OpportunityFilter::Confidentiality;
    if (f.confidentiality != C::All) {
        sql += u" AND confidential = ?"_s;
        binds.append(f.confidentiality == C::Confidential ? 1 : 0);
    }
    inClause(sql, binds, u"stage"_s, f.stageIds);
    inClause(sql, binds, u"origin"_s, f.origins);
    inClause(sql, binds, u"archive_reason"_s, f.archiveReasonIds);
    inClause(sql, binds, u"contact"_s, f.contactIds);
    inClause(sql, binds, u"location"_s, f.locations);
    inClause(sql, binds, u"owner"_s, f.ownerIds);
    if (f.archived) {
        sql += u" AND archived = ?"_s;
        binds.append(*f.archived ? 1 : 0);
    }
    if (f.snoozed) {
        sql += *f.snoozed ? u" AND snoozed > ?"_s : u" AND snoozed <= ?"_s;
        binds.append(f.now);
    }
    rangeClause(sql, binds, u"created_at"_s, f.createdStart, f.createdEnd);
    rangeClause(sql, binds, u"updated_at"_s, f.updatedStart, f.updatedEnd);
    rangeClause(sql, binds, u"advanced_at"_s, f.advancedStart, f.advancedEnd);
    rangeClause(sql, binds, u"archived_at"_s, f.archivedStart, f.archivedEnd);
    keyClause(sql, binds, u"tag"_s, f.tags);
    keyClause(sql, binds, u"email"_s, f.emails);
    keyClause(sql, binds, u"source"_s, f.sources);
    keyClause(sql, binds, u"posting"_s, f.postingIds);
    keyClause(sql, binds, u"archived_posting"_s, f.archivedPostingIds);
    sql += u" ORDER BY seq LIMIT ?"_s;
    binds.append(window.limit + 1);

    QSqlQuery &q = m_db.cached(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    Database::exec(q);
    QList<Row> rows;
    rows.reserve(window.limit + 1);
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    q.finish();
    return rows;
}

QList<OpportunityStore::Row> OpportunityStore::deleted(std::optional<qint64> start, std::optional<qint64> end,
                                                       const PageToken::Window &window) const
{
    QString sql = u"SELECT seq, doc FROM opportunities WHERE deleted_at IS NOT NULL AND seq > ?"_s;
    QVariantList binds{window.afterSeq};
    rangeClause(sql, binds, u"deleted_at"_s, start, end);
    sql += u" ORDER BY seq LIMIT ?"_s;
    binds.append(window.limit + 1);
    QSqlQuery q = m_db.prepare(sql);
    for (const QVariant &b : std::as_const(binds))
        q.addBindValue(b);
    Database::exec(q);
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
    return rows;
}

QList<QJsonObject> OpportunityStore::byContact(const QString &contactId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT doc FROM opportunities WHERE contact = ? AND deleted_at IS NULL ORDER BY seq"_s);
    q.addBindValue(contactId);
    Database::exec(q);
    QList<QJsonObject> out;
    while (q.next())
        out.append(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}

QList<QPair<QString, qint64>> OpportunityStore::keyCounts(const QString &kind) const
{
    QSqlQuery q = m_db.prepare(
        u"SELECT k.value, COUNT(*) FROM opportunity_keys k JOIN opportunities o ON o.seq = k.opp_seq "
        "WHERE k.kind = ? AND o.deleted_at IS NULL GROUP BY k.value ORDER BY k.value"_s);
    q.addBindValue(kind);
    Database::exec(q);
    QList<QPair<QString, qint64>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toLongLong()});
    return out;
}

qint64 OpportunityStore::count() const
{
    QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM opportunities WHERE deleted_at IS NULL"_s);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace lever::sandbox
