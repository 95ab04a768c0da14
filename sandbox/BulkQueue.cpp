#include "BulkQueue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
QVariant msOrNull(const QJsonValue &value)
{
    return value.isDouble() ? QVariant(qint64(value.toDouble())) : QVariant();
}

QByteArray compact(const QJsonObject &doc)
{
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}
} // namespace

void BulkQueue::document(const QString &kind, const QString &id, const QString &parent,
                         const QJsonObject &doc)
{
    BulkRow row;
    row.table = BulkRow::Table::Document;
    row.values = {kind,
                  id,
                  parent.isEmpty() ? QVariant() : QVariant(parent),
                  doc.value(u"createdAt"_s).toVariant(),
                  doc.value(u"updatedAt"_s).toVariant(),
                  compact(doc)};
    push(std::move(row));
}

void BulkQueue::opportunity(const QJsonObject &opp, const QStringList &postingIds)
{
    // Column for column what OpportunityStore::save writes; tst_demodata checks the filters find these rows.
    const QJsonValue archivedValue = opp.value(u"archived"_s);
    const bool isArchived = archivedValue.isObject();
    const QJsonObject archived = archivedValue.toObject();
    BulkRow row;
    row.table = BulkRow::Table::Opportunity;
    row.values = {opp.value(u"contact"_s).toString(),
                  opp.value(u"stage"_s).toString(),
                  opp.value(u"owner"_s).toString(),
                  opp.value(u"origin"_s).toString(),
                  opp.value(u"confidentiality"_s).toString() == u"confidential"_s ? 1 : 0,
                  isArchived ? 1 : 0,
                  isArchived ? QVariant(archived.value(u"reason"_s).toString()) : QVariant(),
                  msOrNull(opp.value(u"createdAt"_s)),
                  msOrNull(opp.value(u"updatedAt"_s)),
                  msOrNull(opp.value(u"lastAdvancedAt"_s)),
                  isArchived ? msOrNull(archived.value(u"archivedAt"_s)) : QVariant(),
                  qint64(opp.value(u"snoozedUntil"_s).toDouble(0)),
                  opp.value(u"location"_s).toString(),
                  compact(opp),
                  opp.value(u"id"_s).toString()};
    const QPair<QString, QString> arrays[] = {{u"tag"_s, u"tags"_s},
                                              {u"source"_s, u"sources"_s},
                                              {u"email"_s, u"emails"_s},
                                              {u"follower"_s, u"followers"_s}};
    for (const auto &[kind, field] : arrays) {
        const QJsonArray values = opp.value(field).toArray();
        for (const QJsonValue &v : values) {
            if (v.isString())
                row.keys.append({kind, v.toString()});
        }
    }
    const QString postingKind = isArchived ? u"archived_posting"_s : u"posting"_s;
    for (const QString &posting : postingIds)
        row.keys.append({postingKind, posting});
    push(std::move(row));
}

void BulkQueue::blob(const QString &id, const QByteArray &content)
{
    BulkRow row;
    row.table = BulkRow::Table::Blob;
    row.values = {id, content};
    push(std::move(row));
}

void BulkQueue::push(BulkRow &&row)
{
    m_filling.append(std::move(row));
    if (m_filling.size() < kBatchRows)
        return;
    QMutexLocker lock(&m_mutex);
    while (m_batches.size() >= kMaxBatches && !m_aborted)
        m_room.wait(&m_mutex);
    if (m_aborted)
        throw std::runtime_error("demo data generation aborted: the database writer failed");
    m_batches.append(std::exchange(m_filling, {}));
    m_ready.wakeOne();
}

void BulkQueue::close()
{
    QMutexLocker lock(&m_mutex);
    if (!m_filling.isEmpty())
        m_batches.append(std::exchange(m_filling, {}));
    m_closed = true;
    m_ready.wakeAll();
}

bool BulkQueue::pop(QList<BulkRow> &batch)
{
    QMutexLocker lock(&m_mutex);
    while (m_batches.isEmpty() && !m_closed)
        m_ready.wait(&m_mutex);
    if (m_batches.isEmpty())
        return false;
    batch = m_batches.takeFirst();
    m_room.wakeOne();
    return true;
}

void BulkQueue::abort()
{
    QMutexLocker lock(&m_mutex);
    m_aborted = true;
    m_room.wakeAll();
}

} // namespace lever::sandbox
