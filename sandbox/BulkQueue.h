#pragma once

#include "BulkRow.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QStringList>
#include <QWaitCondition>

namespace lever::sandbox {

// Hands rows from a generator thread to the thread that owns the database connection (BulkWriter), in
// batches and with bounded memory, so building and serializing documents runs alongside the inserts.
class BulkQueue
{
public:
    // Producer side. Each call serializes its row here, on the generator thread; rows keep their order.
    // They throw std::runtime_error once the consumer has aborted.
    void document(const QString &kind, const QString &id, const QString &parent, const QJsonObject &doc);
    // The columns and keys OpportunityStore::save writes for a new opportunity.
    void opportunity(const QJsonObject &opportunity, const QStringList &postingIds);
    void blob(const QString &id, const QByteArray &content);
    void close(); // no more rows: pop() returns false once the rest is taken

    // Consumer side: waits for the next batch; false when closed and empty.
    bool pop(QList<BulkRow> &batch);
    void abort(); // the consumer gave up: producers stop at their next row

private:
    void push(BulkRow &&row);

    static constexpr qsizetype kBatchRows = 256;
    static constexpr qsizetype kMaxBatches = 64; // about 25 MB of JSON in flight at most

    QMutex m_mutex;
    QWaitCondition m_ready;
    QWaitCondition m_room;
    QList<QList<BulkRow>> m_batches;
    QList<BulkRow> m_filling; // producer-only until handed over
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace lever::sandbox
