// The pipeline board with 100,000 opportunities in the store (built straight into the Store, as the
// models benchmark does; no network): time from data loaded to the board painted (the BoardView built,
// shown offscreen and grabbed), filter-as-you-type latency per keystroke through the board's search
// field including the repaint (typing a name, then erasing it), and resident memory.
// Usage: bench_board_view [N=100000]. Prints one JSON object:
//   {opportunities, active, paintMs, keystrokes, typeMeanMs, typeMaxMs, eraseMeanMs, eraseMaxMs,
//    laneOpen{Type,Erase}{Mean,Max}Ms, repaintMeanMs, filterMeanMs, filterMaxMs, vmRssMB}
// The first figures are the board as it opens (Archive lane collapsed: search covers active cards);
// laneOpen* are with the Archive lane open (every card searched); filter* is the models' share;
// repaintMeanMs is a whole-board grab() with nothing changed.
// With --shots DIR [--demo N=2000] it instead syncs an in-process sandbox demo account and saves the
// board's screenshots there (run it under Xvfb with QT_QPA_PLATFORM=xcb so dialogs show too).
#include "../tests/models/ModelsTestKit.h"
#include "ApiKeyCredentials.h"
#include "BoardModel.h"
#include "ChildDataLoader.h"
#include "Client.h"
#include "Session.h"
#include "Store.h"
#include "Sync.h"
#include "board/ArchiveLane.h"
#include "board/BoardColumn.h"
#include "board/BoardColumnView.h"
#include "board/BoardCommands.h"
#include "board/BoardView.h"
#include "board/FilterBar.h"

#include "ProcessMemory.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
void fill(models::Store &store, int count)
{
    QList<models::StageInfo> stages;
    const char *const stageNames[] = {"New lead",          "Reached out",      "Responded",
                                      "New applicant",     "Recruiter screen", "Phone interview",
                                      "On-site interview", "Reference check",  "Offer"};
    for (int i = 0; i < 9; ++i)
        stages.append({u"stage-%1"_s.arg(i), QString::fromLatin1(stageNames[i])});
    store.setStages(stages);
    store.setArchiveReasons({{u"r0"_s, u"Hired"_s, true, true},
                             {u"r1"_s, u"Underqualified"_s, false, true},
                             {u"r2"_s, u"Timing"_s, false, true},
                             {u"r3"_s, u"Withdrew"_s, false, true},
                             {u"r4"_s, u"Position filled"_s, false, true},
                             {u"r5"_s, u"Unresponsive"_s, false, true}});
    QList<models::PostingInfo> postings;
    for (int i = 0; i < 60; ++i)
        postings.append(
            {u"p%1"_s.arg(i), u"Posting number %1"_s.arg(i), u"Team %1"_s.arg(i % 7), u"published"_s});
    store.setPostings(postings);
    QList<models::UserInfo> users;
    for (int i = 0; i < 40; ++i)
        users.append(
            {u"u%1"_s.arg(i), u"User %1 Person"_s.arg(i), u"u%1@example.com"_s.arg(i), u"UP"_s, false});
    store.setUsers(users);
    static const char *const first[] = {"Ada",    "Grace",   "Alan",   "Katherine", "Linus", "Margaret",
                                        "Dennis", "Barbara", "Edsger", "Frances",   "John",  "Radia"};
    static const char *const last[] = {"Lovelace", "Hopper", "Turing",   "Johnson", "Torvalds", "Hamilton",
                                       "Ritchie",  "Liskov", "Dijkstra", "Allen",   "Backus",   "Perlman"};
    static const char *const tags[] = {"Senior", "Remote", "Referral", "Priority", "Berlin", "Visa"};
    static const char *const origins[] = {"applied", "sourced",  "referred",
                                          "agency",  "internal", "university"};
    QRandomGenerator rng(7);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        models::OpportunityRecord r;
        r.id = u"opp-%1"_s.arg(i);
        r.name = QString::fromLatin1(first[rng.bounded(12)]) + u' ' +
                 QString::fromLatin1(last[rng.bounded(12)]) + u' ' + QString::number(i);
        r.headline = u"Engineer at Company %1"_s.arg(rng.bounded(500));
        r.emails = u"person%1@example.com"_s.arg(i);
        r.contactId = u"c-%1"_s.arg(rng.bounded(count * 9 / 10 + 1));
        r.stageId = stages.at(rng.bounded(9)).id;
        r.ownerId = users.at(rng.bounded(40)).id;
        r.postingId = postings.at(rng.bounded(60)).id;
        r.origin = QString::fromLatin1(origins[rng.bounded(6)]);
        for (int t = 0; t < 6; ++t) {
            if (rng.bounded(4) == 0)
                r.tags.append(QString::fromLatin1(tags[t]));
        }
        r.sources = {u"LinkedIn"_s};
        r.createdAt = now - qint64(rng.bounded(700)) * 86400000;
        r.updatedAt = r.createdAt + qint64(rng.bounded(30)) * 86400000;
        r.stageEnteredAt = r.updatedAt;
        r.archived = rng.bounded(10) < 7; // most of a real account is archived
        if (r.archived) {
            r.archiveReasonId = u"r%1"_s.arg(rng.bounded(6));
            r.archivedAt = r.updatedAt;
        }
        r.updateSearchKey();
        store.upsertRecord(std::move(r));
    }
}

int runBench(int count)
{
    auto credentials = std::make_shared<api::ApiKeyCredentials>(u"unused"_s);
    api::Client client(QUrl(u"http://127.0.0.1:9/v1"_s), credentials); // never called: no sync is started
    models::Session session(client);
    fill(session.store(), count);

    QElapsedTimer timer;
    timer.start();
    ui::BoardView board(session);
    board.resize(1920, 1080);
    board.show();
    const QPixmap first = board.grab();
    const double paintMs = timer.nsecsElapsed() / 1e6;
    QCoreApplication::processEvents();

    QLineEdit *search = board.filterBar()->searchField();
    const QString word = u"lovelace 12"_s;
    // One keystroke: the text changes, the board filters and repaints (grab() paints it all).
    auto typeAndErase = [&](QList<double> &type, QList<double> &erase, QList<double> &filterOnly) {
        QElapsedTimer t;
        for (const QChar c : word) {
            t.start();
            search->insert(QString(c));
            filterOnly.append(t.nsecsElapsed() / 1e6);
            board.grab();
            type.append(t.nsecsElapsed() / 1e6);
        }
        for (qsizetype i = 0; i < word.size(); ++i) {
            t.start();
            search->backspace();
            filterOnly.append(t.nsecsElapsed() / 1e6);
            board.grab();
            erase.append(t.nsecsElapsed() / 1e6);
        }
    };
    // A repaint alone (nothing changed), for the share of the repaint in a keystroke.
    QList<double> repaint;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        board.grab();
        repaint.append(t.nsecsElapsed() / 1e6);
    }
    // As the board opens: the Archive lane collapsed, so search covers the active pipeline...
    QList<double> type, erase, filterOnly;
    typeAndErase(type, erase, filterOnly);
    // ...and with the lane open, every one of the N cards.
    board.archiveLane()->setExpanded(true);
    board.grab();
    QList<double> typeAll, eraseAll, filterAll;
    typeAndErase(typeAll, eraseAll, filterAll);
    auto mean = [](const QList<double> &v) {
        double s = 0;
        for (double x : v)
            s += x;
        return v.isEmpty() ? 0.0 : s / double(v.size());
    };
    auto max = [](const QList<double> &v) {
        return v.isEmpty() ? 0.0 : *std::max_element(v.begin(), v.end());
    };
    const QJsonObject out{{u"opportunities"_s, session.store().opportunityCount()},
                          {u"active"_s, session.store().activeCount()},
                          {u"paintMs"_s, paintMs},
                          {u"firstPaintNull"_s, first.isNull()},
                          {u"keystrokes"_s, int(word.size())},
                          {u"typeMeanMs"_s, mean(type)},
                          {u"typeMaxMs"_s, max(type)},
                          {u"eraseMeanMs"_s, mean(erase)},
                          {u"eraseMaxMs"_s, max(erase)},
                          {u"laneOpenTypeMeanMs"_s, mean(typeAll)},
                          {u"laneOpenTypeMaxMs"_s, max(typeAll)},
                          {u"laneOpenEraseMeanMs"_s, mean(eraseAll)},
                          {u"laneOpenEraseMaxMs"_s, max(eraseAll)},
                          {u"repaintMeanMs"_s, mean(repaint)},
                          {u"filterMeanMs"_s, mean(filterOnly)},
                          {u"filterMaxMs"_s, max(filterOnly)},
                          {u"vmRssMB"_s, bench::residentMB()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}

// Screenshots of the board on a synced demo account.
int runShots(const QString &dir, int demo)
{
    test::SandboxFixture f(test::demoOptions(demo));
    auto client = test::makeClient(f);
    models::Session session(*client);
    session.sync().setDeltaIntervalMs(0);
    session.start();
    if (!QTest::qWaitFor([&] { return session.sync().isArchivedLoaded() && !session.sync().isBusy(); },
                         120000))
        return 2;
    ui::BoardView board(session);
    board.setWindowTitle(u"Lever Console — board"_s);
    board.setAccountId(u"shots"_s);
    board.move(0, 0);
    auto shot = [&](const QString &name) {
        QTest::qWait(400); // paints and the child data of the visible cards
        const QRect r = board.frameGeometry();
        const QPixmap p = board.screen()->grabWindow(0, r.x(), r.y(), r.width(), r.height());
        p.save(dir + u"/board-"_s + name + u".png"_s);
    };
    for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
        board.resize(size);
        board.show();
        if (!QTest::qWaitForWindowExposed(&board))
            return 3;
        shot(QString::number(size.width()));
    }
    // A selection of three cards in the busiest column.
    board.resize(1280, 800);
    ui::BoardColumn *busiest = board.stageColumns().first();
    for (ui::BoardColumn *c : board.stageColumns()) {
        if (c->column()->count() > busiest->column()->count())
            busiest = c;
    }
    ui::BoardColumnView *view = busiest->view();
    view->setFocus();
    view->selectionModel()->select(QItemSelection(view->model()->index(0, 0), view->model()->index(2, 0)),
                                   QItemSelectionModel::ClearAndSelect);
    view->selectionModel()->setCurrentIndex(view->model()->index(2, 0), QItemSelectionModel::NoUpdate);
    shot(u"selection"_s);
    board.commands()->askArchive(board.selectedIds());
    shot(u"archive-dialog"_s);
    board.commands()->openDialog()->reject();
    view->clearSelection();
    // The filter bar in use.
    auto *owner = board.filterBar()->findChild<QComboBox *>(u"filterOwner"_s);
    owner->setCurrentIndex(owner->findData(u"mine"_s));
    Q_EMIT owner->activated(owner->currentIndex());
    board.filterBar()->searchField()->setText(u"an"_s);
    shot(u"filter"_s);
    board.filterBar()->clear();
    // The Archive lane open, scrolled into view.
    board.resize(1920, 1080);
    board.archiveLane()->setExpanded(true);
    QTest::qWait(100);
    auto *scroll = board.findChild<QScrollArea *>(u"boardScroll"_s);
    scroll->horizontalScrollBar()->setValue(scroll->horizontalScrollBar()->maximum());
    shot(u"archive-lane"_s);
    board.archiveLane()->setExpanded(false);
    board.resize(1280, 800);
    board.showShortcuts();
    shot(u"shortcuts"_s);
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (w != &board && w->isVisible())
            w->close();
    }
    board.openDetails(view->model()->index(1, 0).data(Qt::UserRole + 1).toString());
    shot(u"details"_s);
    board.closeDetails();
    // Dark: the board follows the palette.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Mid, QColor(0x44, 0x47, 0x4d));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x6e, 0x70, 0x74));
    QApplication::setPalette(dark);
    shot(u"dark"_s);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int shots = int(args.indexOf(u"--shots"_s));
    if (shots > 0 && shots + 1 < args.size()) {
        const int demoAt = int(args.indexOf(u"--demo"_s));
        const int demo = demoAt > 0 && demoAt + 1 < args.size() ? args.at(demoAt + 1).toInt() : 2000;
        return runShots(args.at(shots + 1), demo);
    }
    const int count = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 100000;
    return runBench(count);
}
