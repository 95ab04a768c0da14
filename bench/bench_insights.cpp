// Insights over a big account: every chart (funnel, time in stage, sources, velocity with the
// cumulative flow, stale candidates) computed from N synthetic opportunities with their stage changes.
// compute_ms is InsightsCompute alone (the worker's part; the median of three runs); refresh_ms is a
// whole InsightsModel run as the view starts it (the Store copied in slices on the UI thread, then
// computed on the thread pool) and shown by the Insights view (charts and tables rebuilt on the UI
// thread); ui_stall_max_ms is the longest gap between two turns of the UI thread's event loop during that
// run (the slices, the view's redraw), measured with a 1 ms timer.
// Usage: bench_insights [N=100000]. Prints one JSON object.
#include "Store.h"
#include "insights/InsightsCompute.h"
#include "insights/InsightsModel.h"
#include "insights/InsightsTables.h"
#include "insights/InsightsView.h"

#include "ProcessMemory.h"
#include "SyntheticAccount.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
double ms(qint64 ns)
{
    return qRound(double(ns) / 1e4) / 100.0;
}
} // namespace

int main(int argc, char **argv)
{
    // The view draws offscreen unless a display is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QRandomGenerator rng(7);
    QRandomGenerator historyRng(11);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    models::Store store;
    const bench::SyntheticAccount account = bench::fillReference(store);
    QList<models::StageInfo> stages = store.stages();
    stages[4].text = u"Phone interview"_s; // what the sources chart counts as interviewing
    store.setStages(stages);
    for (int done = 0; done < count;) {
        QList<api::Opportunity> page;
        const int n = qMin(100, count - done);
        for (int i = 0; i < n; ++i) {
            page.append(bench::makeOpportunity(rng, account, now));
            bench::addStageChanges(page.last(), historyRng, account);
        }
        store.upsert(page);
        done += n;
    }
    int steps = 0;
    for (int slot = 0; slot < store.slotCount(); ++slot)
        steps += int(store.at(slot).stagePath.size());

    // The worker's part alone, on a copy taken at once.
    auto input = std::make_shared<models::InsightsInput>();
    QElapsedTimer copyTimer;
    copyTimer.start();
    input->rows.reserve(size_t(store.slotCount()));
    for (int slot = 0; slot < store.slotCount(); ++slot)
        input->rows.push_back(models::InsightsRow::of(store.at(slot)));
    const double copyMs = ms(copyTimer.nsecsElapsed()); // the model does this in slices
    input->stages = store.stages();
    input->archiveReasons = store.archiveReasons();
    input->postings = store.postings();
    input->users = store.users();
    input->now = now;
    models::InsightsFilter filter; // everything, all time
    std::vector<double> runs;
    models::InsightsResult result;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        result = models::InsightsCompute::run(input, filter);
        runs.push_back(ms(t.nsecsElapsed()));
    }
    std::sort(runs.begin(), runs.end());
    QElapsedTimer tablesTimer;
    tablesTimer.start();
    const int tableLines = int(models::InsightsTables::funnel(result).cells.size() +
                               models::InsightsTables::timeInStage(result).cells.size() +
                               models::InsightsTables::sources(result).cells.size() +
                               models::InsightsTables::velocity(result).cells.size() +
                               models::InsightsTables::stale(result).cells.size());
    const double tablesMs = ms(tablesTimer.nsecsElapsed());

    // A whole run of the shown view's model, with the UI thread's event loop watched.
    ui::InsightsView view(store);
    view.resize(1400, 900);
    view.show();
    models::InsightsModel &model = view.model();
    model.setDebounceMs(0);
    model.setFilter({}); // all time, like compute_ms
    if (model.resultCount() == 0) {
        QEventLoop first; // the run showing the view started
        QObject::connect(&model, &models::InsightsModel::resultChanged, &first, &QEventLoop::quit,
                         Qt::QueuedConnection);
        first.exec();
    }
    QElapsedTimer sinceTick;
    qint64 maxGapNs = 0;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        maxGapNs = qMax(maxGapNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    QEventLoop loop;
    // Queued: the loop ends after the view has drawn the result.
    QObject::connect(&model, &models::InsightsModel::resultChanged, &loop, &QEventLoop::quit,
                     Qt::QueuedConnection);
    QElapsedTimer refresh;
    ticker.start();
    sinceTick.start();
    refresh.start();
    QTimer::singleShot(0, &model, [&] {
        sinceTick.restart();
        refresh.restart();
        model.refresh();
    });
    loop.exec();
    const double refreshMs = ms(refresh.nsecsElapsed());
    maxGapNs = qMax(maxGapNs, sinceTick.nsecsElapsed());
    ticker.stop();

    // The UI thread's share of a redraw: building the shown chart anew (as a palette change does), and
    // painting the whole view once.
    QElapsedTimer redraw;
    redraw.start();
    QPalette palette = view.palette();
    palette.setColor(QPalette::Base, palette.color(QPalette::Base).darker(101));
    view.setPalette(palette);
    const double chartBuildMs = ms(redraw.nsecsElapsed());
    redraw.restart();
    view.repaint();
    const double repaintMs = ms(redraw.nsecsElapsed());

    const QJsonObject out{
        {u"benchmark"_s, u"insights"_s},
        {u"opportunities"_s, store.opportunityCount()},
        {u"stage_changes"_s, steps},
        {u"compute_ms"_s, runs[1]},
        {u"copy_all_ms"_s, copyMs},
        {u"compute_runs_ms"_s, QJsonArray{runs[0], runs[1], runs[2]}},
        {u"tables_ms"_s, tablesMs},
        {u"table_lines"_s, tableLines},
        {u"refresh_ms"_s, refreshMs},
        {u"ui_stall_max_ms"_s, ms(maxGapNs)},
        {u"chart_build_ms"_s, chartBuildMs},
        {u"repaint_ms"_s, repaintMs},
        {u"weeks"_s, int(model.result().weeks.size())},
        {u"funnel_first_stage"_s, model.result().funnel.value(0).reached},
        {u"stale"_s, model.result().staleTotal},
        {u"rss_mb"_s, qRound(bench::residentMB() * 10) / 10.0},
    };
    QTextStream(stdout) << QJsonDocument(out).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
