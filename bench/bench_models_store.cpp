// 100,000 opportunities in the models layer: resident memory after they are in the Store with the
// board's column models attached, the time to apply them (in pages of 100, as sync does), and the
// filter-as-you-type latency over all columns (a name prefix typed letter by letter, then deleted).
// The records are built in-process with realistic field sizes (UUID ids, two emails, a headline,
// 3-5 tags, one source, 70% archived as in real accounts).
// Usage: bench_models_store [N=100000] [--history]. Prints one JSON object:
//   {opportunities, rssBaselineMB, rssAfterLoadMB, rssStoreMB, applySeconds, keystrokes, filterMaxMs,
//    filterMeanMs, filterTypingMs[], sortChangeMs}
#include "BoardModel.h"
#include "ColumnModel.h"
#include "Store.h"
#include "types/Opportunity.h"

#include "ProcessMemory.h"
#include "SyntheticAccount.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    // --history: the cards also carry stage changes (SyntheticAccount's addStageChanges), to measure
    // what the stage history costs; the rest of each card is the same as without it.
    const bool history = QCoreApplication::arguments().contains(u"--history"_s);
    QRandomGenerator historyRng(11);
    QRandomGenerator rng(7);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    models::Store store;
    models::BoardModel board(store);
    const bench::SyntheticAccount account = bench::fillReference(store);
    const double rssBaseline = bench::residentMB();

    // Pages of 100 built and applied one after another, as sync hands them over.
    qint64 applyNs = 0;
    for (int done = 0; done < count;) {
        QList<api::Opportunity> page;
        const int n = qMin(100, count - done);
        page.reserve(n);
        for (int i = 0; i < n; ++i) {
            page.append(bench::makeOpportunity(rng, account, now));
            if (history)
                bench::addStageChanges(page.last(), historyRng, account);
        }
        QElapsedTimer t;
        t.start();
        store.upsert(page);
        applyNs += t.nsecsElapsed();
        done += n;
    }
    const double rssAfter = bench::residentMB();

    // Typing a name letter by letter, then deleting it again.
    const QString typed = u"margaret ham"_s;
    QJsonArray perKeystroke;
    double maxMs = 0, totalMs = 0;
    int keystrokes = 0;
    auto type = [&](const QString &text) {
        QElapsedTimer t;
        t.start();
        board.setSearchText(text);
        const double ms = t.nsecsElapsed() / 1e6;
        perKeystroke.append(qRound(ms * 100) / 100.0);
        maxMs = qMax(maxMs, ms);
        totalMs += ms;
        ++keystrokes;
    };
    for (int i = 1; i <= typed.size(); ++i)
        type(typed.left(i));
    const int matches = board.shownCount();
    for (int i = typed.size() - 1; i >= 0; --i)
        type(typed.left(i));
    // A non-text filter over everything (owner), then sorting every column anew.
    QElapsedTimer t;
    t.start();
    board.setFilter({.owner = models::CardFilter::Owner::User, .ownerId = account.users.first()});
    const double ownerFilterMs = t.nsecsElapsed() / 1e6;
    board.setFilter({});
    t.restart();
    board.setSort({models::CardSort::Key::DaysInStage});
    const double sortMs = t.nsecsElapsed() / 1e6;

    const QJsonObject result{
        {u"benchmark"_s, u"models_store"_s},
        {u"opportunities"_s, store.opportunityCount()},
        {u"stageHistory"_s, history},
        {u"active"_s, store.activeCount()},
        {u"rssBaselineMB"_s, qRound(rssBaseline * 10) / 10.0},
        {u"rssAfterLoadMB"_s, qRound(rssAfter * 10) / 10.0},
        {u"rssStoreMB"_s, qRound((rssAfter - rssBaseline) * 10) / 10.0},
        {u"applySeconds"_s, qRound(applyNs / 1e6) / 1000.0},
        {u"keystrokes"_s, keystrokes},
        {u"typed"_s, typed},
        {u"matchesForTyped"_s, matches},
        {u"filterMaxMs"_s, qRound(maxMs * 100) / 100.0},
        {u"filterMeanMs"_s, qRound(totalMs / keystrokes * 100) / 100.0},
        {u"filterPerKeystrokeMs"_s, perKeystroke},
        {u"ownerFilterMs"_s, qRound(ownerFilterMs * 100) / 100.0},
        {u"sortChangeMs"_s, qRound(sortMs * 100) / 100.0},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
