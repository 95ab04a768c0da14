#pragma once

#include "BoardModel.h"
#include "export/BoardExport.h"
#include "export/CsvExport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace lever::bench {

struct ExportTiming
{
    double seconds = 0;         // from the click to the file closed
    double snapshotSeconds = 0; // copying the board's rows, on the UI thread
    qint64 rows = 0;
    qint64 bytes = 0;
    bool ok = false;
};

// The board's current view written to CSV the way File › Export does it, into a temporary folder.
inline ExportTiming timeBoardExport(models::BoardModel &board)
{
    ExportTiming t;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipeline.csv"));
    QElapsedTimer total;
    total.start();
    models::ExportTable table = models::BoardExport::currentView(board);
    t.snapshotSeconds = total.nsecsElapsed() / 1e9;
    t.rows = table.rowCount;
    models::CsvExport job;
    QEventLoop loop;
    QObject::connect(&job, &models::CsvExport::finished, &loop, [&](bool success, const QString &message) {
        t.ok = success;
        if (!success)
            QTextStream(stderr) << message << '\n';
        loop.quit();
    });
    job.start(std::move(table), path);
    loop.exec();
    t.seconds = total.nsecsElapsed() / 1e9;
    t.bytes = QFileInfo(path).size();
    return t;
}

} // namespace lever::bench
