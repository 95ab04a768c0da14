#include "DocumentStore.h"

#include "Database.h"
#include "SandboxError.h"

#include <QJsonDocument>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QJsonObject parse(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toByteArray()).object();
}
} // namespace

DocumentStore::DocumentStore(Database &db)
    : m_db(db)
{}

std::optional<QJsonObject> DocumentStore::get(const QString &kind, const QString &id) const
{
    QSqlQuery &q = m_db.cached(u"SELECT doc FROM documents WHERE kind = ? AND id = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    Database::exec(q);
    std::optional<QJsonObject> doc;
    if (q.next())
        doc = parse(q.value(0));
    q.finish(); // a reused statement must not keep its read open (DDL and commits wait on it)
    return doc;
}

QJsonObject DocumentStore::require(const QString &kind, const QString &id, const QString &what) const
{
    auto doc = get(kind, id);
    if (!doc)
        throw SandboxError::notFound(what + u' ' + id + u" was not found"_s);
    return *doc;
}

QString DocumentStore::parentOf(const QString &kind, const QString &id) const
{
    QSqlQuery q = m_db.prepare(u"SELECT parent FROM documents WHERE kind = ? AND id = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    Database::exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

void DocumentStore::put(const QString &kind, const QString &id, const QString &parent, const QJsonObject &doc)
{
    QSqlQuery q = m_db.prepare(
        u"INSERT INTO documents(kind, id, parent, created_at, updated_at, doc) VALUES(?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(kind, id) DO UPDATE SET parent = excluded.parent, updated_at = excluded.updated_at, "
        "doc = excluded.doc"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    q.addBindValue(parent.isEmpty() ? QVariant() : QVariant(parent));
    q.addBindValue(doc.value(u"createdAt"_s).toVariant());
    q.addBindValue(doc.value(u"updatedAt"_s).toVariant());
    q.addBindValue(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    Database::exec(q);
}

bool DocumentStore::remove(const QString &kind, const QString &id)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM documents WHERE kind = ? AND id = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(id);
    Database::exec(q);
    return q.numRowsAffected() > 0;
}

void DocumentStore::removeChildren(const QString &kind, const QString &parent)
{
    QSqlQuery q = m_db.prepare(u"DELETE FROM documents WHERE kind = ? AND parent = ?"_s);
    q.addBindValue(kind);
    q.addBindValue(parent);
    Database::exec(q);
}

QList<QJsonObject> DocumentStore::all(const QString &kind) const
{
    QSqlQuery q = m_db.prepare(u"SELECT doc FROM documents WHERE kind = ? ORDER BY seq"_s);
    q.addBindValue(kind);
    Database::exec(q);
    QList<QJsonObject> out;
    while (q.next())
        out.append(parse(q.value(0)));
    return out;
}

QList<QJsonObject> DocumentStore::children(const QString &kind, const QString &parent) const
{
    QSqlQuery q = m_db.prepare(u"SELECT doc FROM documents WHERE kind = ? AND parent = ? ORDER BY seq"_s);
    q.addBindValue(kind);
    q.addBindValue(parent);
    Database::exec(q);
    QList<QJsonObject> out;
    while (q.next())
        out.append(parse(q.value(0)));
    return out;
}

qint64 DocumentStore::count(const QString &kind) const
{
    QSqlQuery q = m_db.prepare(u"SELECT COUNT(*) FROM documents WHERE kind = ?"_s);
    q.addBindValue(kind);
    Database::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

DocumentStore::Page DocumentStore::page(const QString &kind, const std::optional<QString> &parent,
                                        const PageToken::Window &window, const Predicate &accept,
                                        const Transform &transform) const
{
    QSqlQuery q = m_db.prepare(parent ? u"SELECT seq, doc FROM documents WHERE kind = ? AND parent = ? AND seq > ? ORDER BY seq"_s
                                      : u"SELECT seq, doc FROM documents WHERE kind = ? AND seq > ? ORDER BY seq"_s);
    q.setForwardOnly(true);
    q.addBindValue(kind);
    if (parent)
        q.addBindValue(*parent);
    q.addBindValue(window.afterSeq);
    Database::exec(q);
    Page page;
    qint64 lastSeq = window.afterSeq;
    // Read lazily: stop as soon as one more match than the page holds proves there is a next page.
    while (q.next()) {
        const QByteArray raw = q.value(1).toByteArray();
        QJsonObject doc;
        if (accept || transform)
            doc = QJsonDocument::fromJson(raw).object();
        if (accept && !accept(doc))
            continue;
        if (page.items.size() == window.limit) {
            page.hasNext = true;
            break;
        }
        lastSeq = q.value(0).toLongLong();
        page.items.append(transform ? QJsonDocument(transform(doc)).toJson(QJsonDocument::Compact) : raw);
    }
    if (page.hasNext)
        page.next = PageToken{lastSeq}.encode();
    return page;
}

} // namespace lever::sandbox
