// The board's CSV export at 100,000 cards: a Store filled with synthetic records (realistic field sizes,
// as bench_models_store makes them), the board's current view with no filter (every card, archived
// lanes too), written by the CsvExport job on its worker thread to a file in a temporary folder.
// The time covers the whole export as the user waits for it: the snapshot on the UI thread, the
// formatting and writing, and the rename at the end.
// Usage: bench_export [N=100000]. Prints one JSON object:
//   {cards, export_100k_s, snapshot_s, bytes, mb_per_s}
#include "BoardModel.h"
#include "Store.h"
#include "SyntheticAccount.h"
#include "TimedExport.h"
#include "export/BoardExport.h"
#include "export/CsvExport.h"
#include "types/Opportunity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace lever;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QRandomGenerator rng(7);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    models::Store store;
    models::BoardModel board(store);
    const bench::SyntheticAccount account = bench::fillReference(store, bench::internationalVocabulary());
    bench::fillOpportunities(store, account, count, rng, now, bench::internationalVocabulary());

    const bench::ExportTiming t = bench::timeBoardExport(board);

    const QJsonObject result{
        {u"benchmark"_s, u"export"_s},
        {u"cards"_s, t.rows},
        {u"export_100k_s"_s, qRound(t.seconds * 1000) / 1000.0},
        {u"snapshot_s"_s, qRound(t.snapshotSeconds * 1000) / 1000.0},
        {u"bytes"_s, t.bytes},
        {u"mb_per_s"_s, qRound(t.bytes / 1e6 / t.seconds * 10) / 10.0},
        {u"ok"_s, t.ok},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return t.ok ? 0 : 1;
}
