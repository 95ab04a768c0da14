// "Search everything" (Ctrl+K) per keystroke over 100,000 opportunities (70% archived, as in real
// accounts) plus 200 postings, 150 users and the workspace's commands: the SearchModel's update and the
// palette's (selection, size, item layout and a repaint of the list), as a recruiter types names, a
// company and an email prefix letter by letter, with backspaces. The records are built like
// bench_models_store's. Requisitions are not included (they come from the requisitions page's list).
// Usage: bench_search [N=100000]. Prints one JSON object:
//   {cards, keystrokes, keystroke_ms_p50, keystroke_ms_p95, keystroke_ms_max, model_ms_p50, model_ms_max,
//    first_keystroke_ms, open_ms (commands read, tag index built, palette shown), store_change_rebuild_ms,
//    export_100k_s (the board's CSV export of the same cards, as bench_export times it), per_keystroke[]}
#include "Store.h"
#include "SyntheticAccount.h"
#include "TimedExport.h"
#include "search/SearchModel.h"
#include "search/SearchPalette.h"
#include "types/Opportunity.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QRandomGenerator>
#include <QTextStream>
#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
// What a recruiter types: each entry is the field's text after one keystroke.
QStringList keystrokes()
{
    QStringList out;
    auto type = [&out](const QString &from, const QString &word) {
        for (int i = 1; i <= word.size(); ++i)
            out.append(from + word.left(i));
    };
    auto erase = [&out](const QString &text, int count) {
        for (int i = 1; i <= count; ++i)
            out.append(text.left(text.size() - i));
    };
    type({}, u"margaret ham"_s); // a name, first and last
    erase(u"margaret ham"_s, 12);
    type({}, u"globex"_s); // a company (in the headline)
    erase(u"globex"_s, 3);
    type(u"glo"_s, u"bal"_s); // a typo, corrected
    erase(u"globa"_s, 5);
    type({}, u"ada.lovelace"_s); // an email's start
    erase(u"ada.lovelace"_s, 12);
    type({}, u"new post"_s); // a command
    return out;
}

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0
                          : values[size_t(std::min<double>(values.size() - 1, p * double(values.size())))];
}

double round2(double v)
{
    return qRound(v * 100) / 100.0;
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QRandomGenerator rng(7);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();

    models::Store store;
    const bench::SyntheticAccount account = bench::fillReference(store);
    bench::fillOpportunities(store, account, count, rng, now);

    // The commands a workspace offers (their count, not their work, matters here).
    QList<QAction *> actions;
    QList<models::SearchCommand> commands;
    for (const QString &text :
         {u"Move to Stage…"_s, u"Archive…"_s, u"New Posting"_s, u"New Requisition"_s, u"Go to Pipeline"_s,
          u"Go to Candidates"_s, u"Go to Postings"_s, u"Go to Requisitions"_s, u"Add Account…"_s,
          u"Switch Account › Demo"_s, u"Sign Out"_s, u"Settings…"_s, u"Refresh"_s, u"Keyboard Shortcuts"_s}) {
        actions.append(new QAction(text, &app));
        commands.append({actions.last(), text, {}});
    }

    const QStringList typed = keystrokes();
    // 1. The model alone.
    std::vector<double> modelMs;
    {
        models::SearchModel model(store);
        model.setCommands(commands);
        model.warmUp();
        for (const QString &text : typed) {
            QElapsedTimer t;
            t.start();
            model.setQuery(text);
            modelMs.push_back(t.nsecsElapsed() / 1e6);
        }
    }

    // 2. The palette as the user sees it: model, selection, size, item layout and a repaint.
    QWidget window;
    window.resize(1280, 800);
    window.show();
    models::SearchModel model(store);
    auto *palette = new ui::SearchPalette(&model, &window);
    QElapsedTimer opening;
    opening.start();
    model.setCommands(commands);
    model.warmUp();
    palette->popup();
    const double openMs = opening.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents();
    std::vector<double> keyMs;
    QJsonArray perKeystroke;
    for (const QString &text : typed) {
        QElapsedTimer t;
        t.start();
        palette->field()->setText(text);
        palette->list()->doItemsLayout();
        palette->repaint();
        const double ms = t.nsecsElapsed() / 1e6;
        keyMs.push_back(ms);
        perKeystroke.append(round2(ms));
    }
    // A store change while a query is shown: the remembered scans are dropped, the next rebuild scans all.
    palette->field()->setText(u"globex"_s);
    store.upsert(makeOpportunity(rng, account, now));
    QElapsedTimer t;
    t.start();
    model.setCap(models::SearchHit::Group::Candidates, 8); // rebuilds now, as the timer would
    palette->repaint();
    const double storeChangeMs = t.nsecsElapsed() / 1e6;
    models::BoardModel board(store);
    const bench::ExportTiming exported = bench::timeBoardExport(board);

    const QJsonObject result{
        {u"benchmark"_s, u"search"_s},
        {u"cards"_s, store.opportunityCount()},
        {u"archived"_s, store.opportunityCount() - store.activeCount()},
        {u"postings"_s, int(store.postings().size())},
        {u"users"_s, int(store.users().size())},
        {u"keystrokes"_s, int(typed.size())},
        {u"keystroke_ms_p50"_s, round2(percentile(keyMs, 0.5))},
        {u"keystroke_ms_p95"_s, round2(percentile(keyMs, 0.95))},
        {u"keystroke_ms_max"_s, round2(*std::max_element(keyMs.begin(), keyMs.end()))},
        {u"first_keystroke_ms"_s, round2(keyMs.front())},
        {u"open_ms"_s, round2(openMs)},
        {u"model_ms_p50"_s, round2(percentile(modelMs, 0.5))},
        {u"model_ms_max"_s, round2(*std::max_element(modelMs.begin(), modelMs.end()))},
        {u"store_change_rebuild_ms"_s, round2(storeChangeMs)},
        {u"export_100k_s"_s, qRound(exported.seconds * 1000) / 1000.0},
        {u"export_rows"_s, exported.rows},
        {u"per_keystroke"_s, perKeystroke},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
