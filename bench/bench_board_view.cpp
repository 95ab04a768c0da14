// The pipeline board with 100,000 opportunities in the store (built straight into the Store, as the
// models benchmark does; no network): time from data loaded to the board painted (the BoardView built,
// shown offscreen and grabbed), filter-as-you-type latency per keystroke through the board's search
// field including the repaint (typing a name, then erasing it), and resident memory.
// Usage: bench_board_view [N=100000] [--cold]. Prints one JSON object with, for a 1600x1000 board (one active
// card in three with an interview):
//   paint_ms (BoardView built, shown and grabbed, in an application that has shown a window before, as
//   the console has; app_warmup_ms is that window's first paint; with --cold, the board is the
//   process's first window, as in earlier versions of this benchmark), repaint_ms_{mean,max} (20 whole-board
//   grab()s with nothing changed), keystroke_ms_{mean,max} (a keystroke in the search field: filter and
//   whole-board grab(), typing a name and erasing it, Archive lane collapsed and open; keystroke_lane_open_*
//   the latter alone), scroll_frame_ms_{p50,p99,max} (wheel notches and fast spins through a column of 30,000
//   cards on a board of its own), drag_frame_ms_{p50,p99,max} (a card dragged across four columns), rss_mb
//   (after the keystrokes at N cards) and rss_end_mb, plus the keys of earlier versions (paintMs, typeMeanMs
//   ... laneOpen{Type,Erase}{Mean,Max}Ms, repaintMeanMs, filter*, vmRssMB).
// A frame is an event followed by the posted events and their repaint into the window's backing store.
// With --shots DIR [--demo N=2000] it instead syncs an in-process sandbox demo account and saves the
// board's screenshots there (run it under Xvfb with QT_QPA_PLATFORM=xcb so dialogs show too); with
// --card-shots DIR, the cards in each state they are drawn in (light and dark), for comparing a paint
// change (run it once more with QT_SCALE_FACTOR=2).
#include "../tests/models/ModelsTestKit.h"
#include "ApiKeyCredentials.h"
#include "BoardModel.h"
#include "CardRoles.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QRandomGenerator>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
// `count` cards over nine stages; with `onlyStage`, all active ones in that stage.
void fill(models::Store &store, int count, const QString &onlyStage = {})
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
        if (!onlyStage.isEmpty())
            r.stageId = onlyStage;
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
        r.archived = onlyStage.isEmpty() ? rng.bounded(10) < 7 // most of a real account is archived
                                         : rng.bounded(4) == 0;
        if (r.archived) {
            r.archiveReasonId = u"r%1"_s.arg(rng.bounded(6));
            r.archivedAt = r.updatedAt;
        }
        r.updateSearchKey();
        store.upsertRecord(std::move(r));
    }
}

// Child data for one card in three active ones, so the interview line is painted as on a real board.
void addInterviews(models::Store &store)
{
    QRandomGenerator rng(11);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int slot = 0; slot < store.slotCount(); ++slot) {
        if (!store.isLive(slot) || store.at(slot).archived || rng.bounded(3) != 0)
            continue;
        models::ChildData data;
        data.fetchedAt = now;
        data.nextInterviewAt = now + qint64(rng.bounded(20 * 24)) * 3600000;
        data.nextInterviewConfirmed = rng.bounded(2) == 0;
        store.setChildData(store.at(slot).id, std::move(data));
    }
}

double mean(const QList<double> &v)
{
    double s = 0;
    for (double x : v)
        s += x;
    return v.isEmpty() ? 0.0 : s / double(v.size());
}
double maxOf(const QList<double> &v)
{
    return v.isEmpty() ? 0.0 : *std::max_element(v.begin(), v.end());
}
double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
}

// One frame as the event loop makes it: the event, then the posted events (layout, the repaint of
// what changed into the window's backing store).
double frame(const std::function<void()> &event)
{
    QElapsedTimer t;
    t.start();
    event();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    return t.nsecsElapsed() / 1e6;
}

// Wheel steps through one column of `cards` cards: a notch at a time, then a fast spin.
QList<double> scrollFrames(int cards)
{
    auto credentials = std::make_shared<api::ApiKeyCredentials>(u"unused"_s);
    api::Client client(QUrl(u"http://127.0.0.1:9/v1"_s), credentials);
    models::Session session(client);
    fill(session.store(), cards * 4 / 3, u"stage-0"_s);
    addInterviews(session.store());
    ui::BoardView board(session);
    board.resize(1600, 1000);
    board.show();
    QCoreApplication::processEvents();
    ui::BoardColumnView *view = board.stageColumns().first()->view();
    QWidget *viewport = view->viewport();
    const QPointF at(viewport->width() / 2.0, viewport->height() / 2.0);
    auto wheel = [&](int delta) {
        QWheelEvent e(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, -delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport, &e);
    };
    QList<double> frames;
    for (int i = 0; i < 300; ++i)
        frames.append(frame([&] { wheel(120); }));
    for (int i = 0; i < 300; ++i)
        frames.append(frame([&] { wheel(720); })); // a fast spin: six notches per frame
    return frames;
}

// A drag of a card from the first column across the next four, as Qt's drag loop delivers it: enter,
// moves every few pixels, leave, to each column's viewport under the cursor (the board scrolls near
// its edge). Frames until the pointer is over the fifth column.
QList<double> dragFrames(ui::BoardView &board)
{
    QList<double> frames;
    const QList<ui::BoardColumn *> columns = board.stageColumns();
    ui::BoardColumnView *source = columns.first()->view();
    const QString id = source->column()->idAt(0);
    std::unique_ptr<QMimeData> mime(ui::BoardColumnView::mimeDataFor({id}));
    QWidget *window = board.window();
    const QPoint start = source->viewport()->mapTo(window, QPoint(40, 60));
    QWidget *over = nullptr;
    for (int x = start.x(); x < start.x() + 4 * columns.first()->width() + 40; x += 6) {
        frames.append(frame([&] {
            const QPoint inWindow(x, start.y() + (x % 40) / 4);
            QWidget *under = window->childAt(inWindow);
            while (under && !under->acceptDrops())
                under = under->parentWidget();
            if (under != over) {
                if (over) {
                    QDragLeaveEvent leave;
                    QApplication::sendEvent(over, &leave);
                }
                over = under;
                if (over) {
                    QDragEnterEvent enter(over->mapFrom(window, inWindow), Qt::MoveAction, mime.get(),
                                          Qt::LeftButton, Qt::NoModifier);
                    QApplication::sendEvent(over, &enter);
                }
            }
            if (over) {
                QDragMoveEvent move(over->mapFrom(window, inWindow), Qt::MoveAction, mime.get(),
                                    Qt::LeftButton, Qt::NoModifier);
                QApplication::sendEvent(over, &move);
            }
        }));
    }
    if (over) {
        QDragLeaveEvent leave;
        QApplication::sendEvent(over, &leave);
    }
    QCoreApplication::processEvents();
    return frames;
}

// The console shows its main window (a tool bar with a combo box, the side bar's list, labels) before an
// account's data arrives, so the font database, the style and the first widgets are set up by then.
// The same happens here before the timed first paint; it costs tens of ms once per process (mostly
// fontconfig), whatever the data, and is reported as app_warmup_ms.
double warmUp()
{
    QElapsedTimer t;
    t.start();
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *combo = new QComboBox;
    combo->addItem(u"Demo"_s);
    layout->addWidget(combo);
    layout->addWidget(new QLineEdit);
    layout->addWidget(new QLabel(u"Lever Console"_s));
    layout->addWidget(new QToolButton);
    layout->addWidget(new QListView);
    window.show();
    window.grab();
    return t.nsecsElapsed() / 1e6;
}

int runBench(int count, bool cold)
{
    auto credentials = std::make_shared<api::ApiKeyCredentials>(u"unused"_s);
    api::Client client(QUrl(u"http://127.0.0.1:9/v1"_s), credentials); // never called: no sync is started
    models::Session session(client);
    fill(session.store(), count);
    addInterviews(session.store());
    const double warmupMs = cold ? 0.0 : warmUp();

    QElapsedTimer timer;
    timer.start();
    ui::BoardView board(session);
    const double buildMs = timer.nsecsElapsed() / 1e6;
    board.resize(1600, 1000);
    board.show();
    const double showMs = timer.nsecsElapsed() / 1e6 - buildMs;
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
    // A repaint alone (nothing changed): a whole-board grab() of the 1600x1000 board.
    QList<double> repaint;
    for (int i = 0; i < 20; ++i) {
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
    const double rss = bench::residentMB();
    board.archiveLane()->setExpanded(false);
    QCoreApplication::processEvents();
    const QList<double> drag = dragFrames(board);
    const QList<double> keystrokes = type + erase + typeAll + eraseAll;
    const QList<double> scroll = scrollFrames(30000);
    const QJsonObject out{{u"opportunities"_s, session.store().opportunityCount()},
                          {u"active"_s, session.store().activeCount()},
                          {u"paint_ms"_s, paintMs},
                          {u"paint_build_ms"_s, buildMs},
                          {u"app_warmup_ms"_s, warmupMs},
                          {u"paint_show_ms"_s, showMs},
                          {u"repaint_ms_mean"_s, mean(repaint)},
                          {u"repaint_ms_max"_s, maxOf(repaint)},
                          {u"keystroke_ms_mean"_s, mean(keystrokes)},
                          {u"keystroke_ms_max"_s, maxOf(keystrokes)},
                          {u"keystroke_lane_open_ms_mean"_s, mean(typeAll + eraseAll)},
                          {u"keystroke_lane_open_ms_max"_s, maxOf(typeAll + eraseAll)},
                          {u"filter_ms_max"_s, maxOf(filterOnly + filterAll)},
                          {u"scroll_frame_ms_p50"_s, percentile(scroll, 0.5)},
                          {u"scroll_frame_ms_p99"_s, percentile(scroll, 0.99)},
                          {u"scroll_frame_ms_max"_s, maxOf(scroll)},
                          {u"drag_frame_ms_p50"_s, percentile(drag, 0.5)},
                          {u"drag_frame_ms_p99"_s, percentile(drag, 0.99)},
                          {u"drag_frame_ms_max"_s, maxOf(drag)},
                          {u"rss_mb"_s, rss},
                          {u"rss_end_mb"_s, bench::residentMB()},
                          // The keys of earlier versions of this benchmark.
                          {u"paintMs"_s, paintMs},
                          {u"firstPaintNull"_s, first.isNull()},
                          {u"keystrokes"_s, int(word.size())},
                          {u"typeMeanMs"_s, mean(type)},
                          {u"typeMaxMs"_s, maxOf(type)},
                          {u"eraseMeanMs"_s, mean(erase)},
                          {u"eraseMaxMs"_s, maxOf(erase)},
                          {u"laneOpenTypeMeanMs"_s, mean(typeAll)},
                          {u"laneOpenTypeMaxMs"_s, maxOf(typeAll)},
                          {u"laneOpenEraseMeanMs"_s, mean(eraseAll)},
                          {u"laneOpenEraseMaxMs"_s, maxOf(eraseAll)},
                          {u"repaintMeanMs"_s, mean(repaint)},
                          {u"filterMeanMs"_s, mean(filterOnly)},
                          {u"filterMaxMs"_s, maxOf(filterOnly)},
                          {u"vmRssMB"_s, rss}};
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

QPalette darkPalette()
{
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
    return dark;
}

// The cards in every state they are drawn in, light and dark, at the scale of QT_SCALE_FACTOR: a
// selection of two with the focus on the second, a hovered card, a card whose change is being saved,
// and cards with and without an interview. For comparing screenshots before and after a paint change.
int runCardShots(const QString &dir, int demo)
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    test::SandboxFixture f(test::demoOptions(demo));
    auto client = test::makeClient(f);
    models::Session session(*client);
    session.sync().setDeltaIntervalMs(0);
    session.start();
    if (!QTest::qWaitFor([&] { return session.sync().isArchivedLoaded() && !session.sync().isBusy(); },
                         120000))
        return 2;
    ui::BoardView board(session);
    board.setAccountId(u"shots"_s);
    board.move(0, 0);
    board.resize(1600, 1000);
    board.show();
    if (!QTest::qWaitForWindowExposed(&board))
        return 3;
    // The visible cards' interviews, and one scheduled at a fixed moment so its line reads the same in
    // every run.
    QTest::qWait(300);
    const QList<ui::BoardColumn *> columns = board.stageColumns();
    const QString interviewed = columns.at(1)->column()->idAt(0);
    const qint64 when = QDateTime(QDate(2031, 3, 4), QTime(10, 30), QTimeZone::utc()).toMSecsSinceEpoch();
    f.post(u"/opportunities/"_s + interviewed + u"/panels?perform_as="_s + f.firstUserId(),
           {{u"timezone"_s, u"UTC"_s},
            {u"interviews"_s,
             QJsonArray{QJsonObject{{u"subject"_s, u"Onsite"_s},
                                    {u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, f.firstUserId()}}}},
                                    {u"date"_s, when},
                                    {u"duration"_s, 60}}}}});
    session.childData().open(interviewed);
    if (!QTest::qWaitFor(
            [&] {
                const models::ChildData *child = session.store().childData(interviewed);
                return child && child->nextInterviewAt == when && session.childData().loadingCount() == 0;
            },
            10000))
        std::printf("{\"warning\":\"interviews still loading\"}\n");
    QTest::qWait(300);

    ui::BoardColumnView *first = columns.at(0)->view();
    ui::BoardColumnView *second = columns.at(1)->view();
    ui::BoardColumnView *third = columns.at(2)->view();
    first->setFocus();
    first->selectionModel()->select(QItemSelection(first->model()->index(0, 0), first->model()->index(1, 0)),
                                    QItemSelectionModel::ClearAndSelect);
    first->selectionModel()->setCurrentIndex(first->model()->index(1, 0), QItemSelectionModel::NoUpdate);
    const QString pending = third->column()->idAt(1);
    session.store().beginWrite(pending);
    session.store().modify(pending, [](models::OpportunityRecord &) {}); // announce the pending mark
    int interviews = 0;
    for (ui::BoardColumn *c : columns) {
        for (int row = 0; row < qMin(8, c->column()->count()); ++row)
            interviews +=
                c->column()->index(row).data(models::CardRole::NextInterview).toDateTime().isValid();
    }
    std::printf("{\"interviewLinesOnScreen\":%d}\n", interviews);
    auto hover = [&] {
        QWidget *vp = second->viewport();
        QTest::mouseMove(vp, second->visualRect(second->model()->index(2, 0)).center());
    };
    auto shot = [&](const QString &name) {
        hover();
        QTest::qWait(300);
        const QRect r = board.frameGeometry();
        QPixmap p = board.screen()->grabWindow(board.winId());
        if (p.isNull() || p.size() == QSize(0, 0))
            p = board.screen()->grabWindow(0, r.x(), r.y(), r.width(), r.height());
        p.save(dir + u"/cards-"_s + name + u".png"_s);
    };
    shot(u"light"_s);
    QApplication::setPalette(darkPalette());
    shot(u"dark"_s);
    QApplication::setPalette(QApplication::style()->standardPalette());
    shot(u"light-again"_s);
    session.store().endWrite(pending);
    return 0;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int cardShots = int(args.indexOf(u"--card-shots"_s));
    if (cardShots > 0 && cardShots + 1 < args.size())
        return runCardShots(args.at(cardShots + 1), 2000);
    const int shots = int(args.indexOf(u"--shots"_s));
    if (shots > 0 && shots + 1 < args.size()) {
        const int demoAt = int(args.indexOf(u"--demo"_s));
        const int demo = demoAt > 0 && demoAt + 1 < args.size() ? args.at(demoAt + 1).toInt() : 2000;
        return runShots(args.at(shots + 1), demo);
    }
    const int count = args.size() > 1 ? qMax(1, args.at(1).toInt()) : 100000;
    return runBench(count, args.contains(u"--cold"_s));
}
