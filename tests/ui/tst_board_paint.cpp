// The board's card cache (CardPixmapCache) never shows a stale card. A change made on the sandbox (a
// tag, the owner, the stage, a new interview) reaches the board through the sync, and the card on
// screen (read back from the window's backing store, what the user sees) equals a fresh, uncached
// paint of that card; the same after a palette change and after a font change. Repaints with nothing
// changed are served from the cache; a view's first paint (drawn in place, pictures made after) looks
// the same as well. The columns' scroll bars, which keep their last picture too, follow scrolling and
// palette changes.
#include "BoardTestKit.h"
#include "ChildDataLoader.h"
#include "board/CardDelegate.h"
#include "board/CardPixmapCache.h"

#include <QJsonArray>
#include <QPainter>
#include <QPalette>
#include <QScreen>
#include <QScrollBar>
#include <QStyle>
#include <QStyleOptionSlider>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::BoardRig;

namespace {
// The card at `row` as the window shows it.
QImage onScreen(ui::BoardColumnView *view, int row)
{
    QWidget *window = view->window();
    const QRect rect = view->visualRect(view->model()->index(row, 0));
    const QPoint at = view->viewport()->mapTo(window, rect.topLeft());
    const QPixmap shot =
        window->screen()->grabWindow(window->winId(), at.x(), at.y(), rect.width(), rect.height());
    return shot.toImage().convertToFormat(QImage::Format_RGB32);
}

QImage fresh(ui::BoardColumnView *view, int row)
{
    return view->renderCard(row).convertToFormat(QImage::Format_RGB32);
}

// The column's scroll bar as the window shows it, and as the style paints it afresh (what
// QScrollBar::paintEvent() does with the mouse elsewhere).
QImage barOnScreen(ui::BoardColumnView *view)
{
    QScrollBar *bar = view->verticalScrollBar();
    QWidget *window = view->window();
    const QPoint at = bar->mapTo(window, QPoint(0, 0));
    return window->screen()
        ->grabWindow(window->winId(), at.x(), at.y(), bar->width(), bar->height())
        .toImage()
        .convertToFormat(QImage::Format_RGB32);
}

QImage barFresh(ui::BoardColumnView *view)
{
    QScrollBar *bar = view->verticalScrollBar();
    QStyleOptionSlider option;
    option.initFrom(bar);
    option.subControls = QStyle::SC_All;
    option.activeSubControls = QStyle::SC_None;
    option.orientation = bar->orientation();
    option.minimum = bar->minimum();
    option.maximum = bar->maximum();
    option.sliderPosition = bar->sliderPosition();
    option.sliderValue = bar->value();
    option.singleStep = bar->singleStep();
    option.pageStep = bar->pageStep();
    option.upsideDown = bar->invertedAppearance();
    QImage image(bar->size(), QImage::Format_RGB32);
    QWidget *column = view->parentWidget();
    image.fill(column->palette().color(column->backgroundRole()));
    QPainter painter(&image);
    bar->style()->drawComplexControl(QStyle::CC_ScrollBar, &option, &painter, bar);
    return image;
}

// The rows wholly inside the viewport.
QList<int> fullyVisibleRows(ui::BoardColumnView *view)
{
    QList<int> rows;
    const QModelIndex top = view->indexAt(QPoint(8, 0));
    for (int row = top.isValid() ? top.row() : 0; row < view->model()->rowCount(); ++row) {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        if (rect.top() >= view->viewport()->height())
            break;
        if (view->viewport()->rect().contains(rect))
            rows.append(row);
    }
    return rows;
}

// Lets the posted paints reach the backing store, then says whether every fully visible card of the
// column is what a fresh paint gives.
bool columnMatches(ui::BoardColumnView *view)
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    const QList<int> rows = fullyVisibleRows(view);
    for (int row : rows) {
        if (onScreen(view, row) != fresh(view, row))
            return false;
    }
    return !rows.isEmpty();
}

// The cards on screen fetch their interviews as the board shows: wait for them, so a check compares a
// screen that is not about to change.
bool settled(BoardRig &rig)
{
    return rig.session->childData().loadingCount() == 0 && !rig.session->sync().isBusy();
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    dark.setColor(QPalette::Button, QColor(0x35, 0x38, 0x3d)); // what the scroll bars are drawn with
    return dark;
}
} // namespace

class TestBoardPaint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void repaintsComeFromTheCache();
    void firstPaintInPlaceThenFromPictures();
    void selectionAndFocusArePainted();
    void tagAddedOnTheSandbox();
    void ownerChangedOnTheSandbox();
    void stageChangedOnTheSandbox();
    void interviewScheduledOnTheSandbox();
    void paletteChange();
    void fontChange();
    void scrollBarFollowsScrollAndPalette();

private:
    struct Card
    {
        ui::BoardColumnView *view = nullptr;
        QString id;
    };
    // The first card of the busiest stage column, its picture on screen checked against a fresh paint.
    static Card firstCard(BoardRig &rig)
    {
        ui::BoardColumnView *view = rig.board->stageColumns().at(rig.busiestStageIndex())->view();
        return {view, view->column()->idAt(0)};
    }
    // Waits until the card shows what the store now holds, and checks it differs from `before`.
    static bool showsChange(BoardRig *rig, const Card &card, const QImage &before)
    {
        return QTest::qWaitFor(
            [&] {
                QCoreApplication::processEvents();
                const int row = card.view->column()->rowOf(card.id);
                return row >= 0 && settled(*rig) && onScreen(card.view, row) == fresh(card.view, row) &&
                       onScreen(card.view, row) != before;
            },
            15000);
    }
};

void TestBoardPaint::repaintsComeFromTheCache()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    const Card card = firstCard(rig);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    ui::CardPixmapCache &cache = ui::CardPixmapCache::instance();
    QVERIFY(cache.count() > 0);
    QVERIFY(cache.bytes() <= cache.limit());
    const quint64 hits = cache.hits();
    const quint64 misses = cache.misses();
    card.view->viewport()->repaint();
    QVERIFY(cache.hits() > hits);
    QCOMPARE(cache.misses(), misses);
    QVERIFY(columnMatches(card.view));
}

void TestBoardPaint::firstPaintInPlaceThenFromPictures()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig), 15000);
    ui::BoardColumnView *view = rig.board->stageColumns().at(rig.busiestStageIndex())->view();
    QTRY_VERIFY_WITH_TIMEOUT(columnMatches(view), 15000);
    // A first paint with no pictures yet draws the cards in place (stamped shapes over the column's
    // colour) and makes no pictures.
    ui::CardPixmapCache &cache = ui::CardPixmapCache::instance();
    QCoreApplication::processEvents(); // nothing else left to paint with the repaint below
    cache.clear();
    auto *delegate = static_cast<ui::CardDelegate *>(view->itemDelegate());
    delegate->setCachingDeferred(true);
    view->viewport()->repaint();
    delegate->setCachingDeferred(false);
    QCOMPARE(cache.count(), 0);
    QVERIFY(columnMatches(view));

    // A new board's views do that on their first paint, then make the pictures of what they show.
    ui::BoardView board(*rig.session);
    board.resize(1600, 900);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    ui::BoardColumnView *second = board.stageColumns().at(rig.busiestStageIndex())->view();
    QTRY_VERIFY(cache.count() >= fullyVisibleRows(second).size());
    const quint64 misses = cache.misses();
    second->viewport()->repaint();
    QCOMPARE(cache.misses(), misses);
    QVERIFY(columnMatches(second));
}

void TestBoardPaint::selectionAndFocusArePainted()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    const Card card = firstCard(rig);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    const QImage plain = onScreen(card.view, 0);
    test::focusCard(card.view, 0);
    card.view->selectionModel()->select(card.view->model()->index(0, 0), QItemSelectionModel::Select);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    QVERIFY(onScreen(card.view, 0) != plain);
    card.view->clearSelection();
    card.view->clearFocus();
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    QCOMPARE(onScreen(card.view, 0), plain);
}

void TestBoardPaint::tagAddedOnTheSandbox()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    const Card card = firstCard(rig);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    const QImage before = onScreen(card.view, 0);
    QCOMPARE(rig.f.post(u"/opportunities/"_s + card.id + u"/addTags"_s, {{u"tags"_s, QJsonArray{u"Aaa"_s}}})
                 .status,
             200);
    rig.session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(rig.session->store().opportunity(card.id)->tags.contains(u"Aaa"_s), 15000);
    QVERIFY(showsChange(&rig, card, before));
    QVERIFY(columnMatches(card.view));
}

void TestBoardPaint::ownerChangedOnTheSandbox()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    const Card card = firstCard(rig);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    const QImage before = onScreen(card.view, 0);
    const models::Store &store = rig.session->store();
    const QString owner = store.opportunity(card.id)->ownerId;
    QString other;
    for (const models::UserInfo &u : store.users()) {
        if (!u.deactivated && u.id != owner && u.initials != store.user(owner)->initials) {
            other = u.id;
            break;
        }
    }
    QVERIFY(!other.isEmpty());
    QCOMPARE(rig.f.put(u"/opportunities/"_s + card.id, {{u"owner"_s, other}}).status, 200);
    rig.session->refresh();
    QTRY_COMPARE_WITH_TIMEOUT(store.opportunity(card.id)->ownerId, other, 15000);
    QVERIFY(showsChange(&rig, card, before));
}

void TestBoardPaint::stageChangedOnTheSandbox()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    const Card card = firstCard(rig);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    const int from = rig.busiestStageIndex();
    ui::BoardColumnView *target = rig.board->stageColumns().at(from + 1)->view();
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && (target->model()->rowCount() == 0 || columnMatches(target)),
                             15000);
    QCOMPARE(rig.f.put(u"/opportunities/"_s + card.id + u"/stage"_s, {{u"stage"_s, target->column()->key()}})
                 .status,
             200);
    rig.session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(target->column()->rowOf(card.id) >= 0, 15000);
    // The card left its column (the others moved up) and shows in the next one, both as they now are.
    QVERIFY(card.view->column()->rowOf(card.id) < 0);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(target), 15000);
}

void TestBoardPaint::interviewScheduledOnTheSandbox()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    const Card card = firstCard(rig);
    models::Store &store = rig.session->store();
    // The cards on screen fetch their interviews: wait for this one's, as drawn.
    QTRY_VERIFY_WITH_TIMEOUT(store.childData(card.id) != nullptr, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    const QImage before = onScreen(card.view, 0);
    const qint64 soon = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000 + 3600 * 1000;
    const auto created = rig.f.post(
        u"/opportunities/"_s + card.id + u"/panels?perform_as="_s + rig.f.firstUserId(),
        {{u"timezone"_s, u"Europe/London"_s},
         {u"interviews"_s,
          QJsonArray{QJsonObject{{u"subject"_s, u"System design"_s},
                                 {u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, rig.f.firstUserId()}}}},
                                 {u"date"_s, soon},
                                 {u"duration"_s, 60}}}}});
    QCOMPARE(created.status, 201);
    rig.session->childData().open(card.id); // as opening the card does: its interviews are read again
    QTRY_COMPARE_WITH_TIMEOUT(store.childData(card.id)->nextInterviewAt, soon, 15000);
    QVERIFY(showsChange(&rig, card, before));
}

void TestBoardPaint::paletteChange()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    const Card card = firstCard(rig);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    const QImage light = onScreen(card.view, 0);
    const QPalette original = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    QVERIFY(onScreen(card.view, 0) != light);
    QApplication::setPalette(original);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    QCOMPARE(onScreen(card.view, 0), light);
}

void TestBoardPaint::fontChange()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    const Card card = firstCard(rig);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    const QImage before = onScreen(card.view, 0);
    QFont larger = rig.board->font();
    larger.setPointSizeF(larger.pointSizeF() + 2);
    rig.board->setFont(larger);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
    QVERIFY(onScreen(card.view, 0).size() != before.size());
    QFont bold = larger;
    bold.setBold(true); // the same size, other glyphs: only the font tells the pictures apart
    rig.board->setFont(bold);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && columnMatches(card.view), 15000);
}

void TestBoardPaint::scrollBarFollowsScrollAndPalette()
{
    BoardRig rig(150);
    QVERIFY(rig.start());
    ui::BoardColumnView *view = rig.board->stageColumns().at(rig.busiestStageIndex())->view();
    QVERIFY(view->verticalScrollBar()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && barOnScreen(view) == barFresh(view), 15000);
    const QImage top = barOnScreen(view);
    view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2);
    QTRY_VERIFY_WITH_TIMEOUT(settled(rig) && barOnScreen(view) == barFresh(view), 15000);
    QVERIFY(barOnScreen(view) != top);
    QTRY_VERIFY_WITH_TIMEOUT(columnMatches(view), 15000);
    const QImage middle = barOnScreen(view);
    rig.board->setPalette(darkPalette());
    QCOMPARE(view->verticalScrollBar()->palette().color(QPalette::Button), QColor(0x35, 0x38, 0x3d));
    QTRY_VERIFY(barOnScreen(view) == barFresh(view));
    QVERIFY(barOnScreen(view) != middle);
    QVERIFY(columnMatches(view));
    // Only the colour the bar is drawn with changes (not the one behind it).
    const QImage dark = barOnScreen(view);
    QPalette buttons = darkPalette();
    buttons.setColor(QPalette::Button, QColor(0x80, 0x30, 0x30));
    rig.board->setPalette(buttons);
    QTRY_VERIFY(barOnScreen(view) == barFresh(view));
    QVERIFY(barOnScreen(view) != dark);
    rig.board->setPalette(QPalette());
    QTRY_VERIFY(barOnScreen(view) == barFresh(view));
    QCOMPARE(barOnScreen(view), middle);
}

QTEST_MAIN(TestBoardPaint)
#include "tst_board_paint.moc"
