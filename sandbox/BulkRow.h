#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QVariantList>

namespace lever::sandbox {

// One row for BulkWriter, prepared off the database thread: the values to bind, in statement order.
struct BulkRow
{
    enum class Table { Document, Opportunity, Blob };

    Table table = Table::Document;
    QVariantList values;
    QList<QPair<QString, QString>> keys; // opportunities: filter keys (kind, value) for opportunity_keys
};

} // namespace lever::sandbox
