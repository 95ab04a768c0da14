#pragma once

#include <QStringList>
#include <functional>

namespace lever::models {

// What an export writes: a header and rows made on demand. Builders (BoardExport, PostingsExport,
// RequisitionsExport) take a snapshot of what the user sees when they are called, so `row` reads only
// its own copies and may run on a worker thread while the store keeps changing.
struct ExportTable
{
    QString name; // what is exported, for messages ("Pipeline board")
    QStringList header;
    qsizetype rowCount = 0;
    std::function<QStringList(qsizetype row)> row;
};

} // namespace lever::models
