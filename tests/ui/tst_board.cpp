// The board view against an in-process sandbox through the real Session and Client: a drop on another
// column moves the card on the sandbox (the drop is delivered with the real drag mime data, since
// QTest cannot drive QDrag::exec() offscreen); a failing move rolls back and shows the error; Ctrl+Z
// undoes on the sandbox; bulk archive with one card deleted reports that card; a keyboard-only move;
// a drop on the Archive lane asks for the reason; Enter opens the card.
#include "BoardModel.h"
#include "BoardTestKit.h"
#include "CardRoles.h"
#include "board/ArchiveLane.h"
#include "board/BoardCommands.h"
#include "board/CardDetailsPanel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::BoardRig;
using lever::test::control;
using lever::test::dropOn;
using lever::test::focusCard;

namespace {
// A column view that records the drags it would start (QDrag::exec() cannot run offscreen).
class RecordingView : public ui::BoardColumnView
{
public:
    using ui::BoardColumnView::BoardColumnView;
    QList<QStringList> drags;

protected:
    void startDrag(Qt::DropActions) override { drags.append(selectedIds()); }
};
} // namespace

class TestBoard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsAndCounts();
    void dragToAnotherColumn();
    void failedMoveRollsBackAndShowsError();
    void keyboardMoveAndUndo();
    void bulkArchiveReportsTheFailingCard();
    void dropOnArchiveAsksForTheReason();
    void unarchiveByDropOnAStage();
    void enterOpensTheCard();
    void mouseDragCarriesTheSelection();
    void dragNearTheEdgeScrollsTheBoard();
};

void TestBoard::columnsAndCounts()
{
    BoardRig rig;
    QVERIFY(rig.start());
    const auto &stages = rig.session->store().stages();
    const auto columns = rig.board->stageColumns();
    QCOMPARE(columns.size(), stages.size());
    int shown = 0;
    for (int i = 0; i < columns.size(); ++i) {
        QCOMPARE(columns.at(i)->column()->key(), stages.at(i).id); // pipeline order
        QCOMPARE(columns.at(i)->countText(), QString::number(columns.at(i)->column()->count()));
        QVERIFY(!columns.at(i)->view()->accessibleName().isEmpty());
        shown += columns.at(i)->column()->count();
    }
    QCOMPARE(shown, rig.session->store().activeCount());
    // The Archive lane is collapsed, one column per reason inside.
    QVERIFY(!rig.board->archiveLane()->isExpanded());
    QCOMPARE(rig.board->archiveLane()->columns().size(), rig.session->board().archiveColumns().size());
    rig.board->archiveLane()->toggleButton()->click();
    QVERIFY(rig.board->archiveLane()->isExpanded());
    QVERIFY(rig.board->archiveLane()->columns().first()->isVisible());
    // Every control has an accessible name.
    const auto controls = rig.board->findChildren<QWidget *>();
    for (QWidget *w : controls) {
        if (qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w) ||
            qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractItemView *>(w)) {
            // Qt's own parts of a control (a combo's editor and popup, a line edit's clear button).
            bool part = false;
            for (QWidget *up = w->parentWidget(); up && up != rig.board.get(); up = up->parentWidget())
                part = part || qobject_cast<QComboBox *>(up) || qobject_cast<QLineEdit *>(up) ||
                       QByteArray(up->metaObject()->className()).contains("ComboBox");
            if (!part)
                QVERIFY2(
                    !w->accessibleName().isEmpty(),
                    qPrintable(QString::fromLatin1(w->metaObject()->className()) + u" "_s + w->objectName()));
        }
    }
    // Cards speak to screen readers.
    const QModelIndex first = columns.at(rig.busiestStageIndex())->view()->model()->index(0, 0);
    QVERIFY(first.data(Qt::AccessibleTextRole)
                .toString()
                .contains(first.data(models::CardRole::Name).toString()));
}

void TestBoard::dragToAnotherColumn()
{
    BoardRig rig;
    QVERIFY(rig.start());
    const int from = rig.busiestStageIndex();
    ui::BoardColumn *source = rig.board->stageColumns().at(from);
    ui::BoardColumn *target = rig.board->stageColumns().at(from + 1);
    const QString id = source->column()->idAt(0);
    const int before = target->column()->count();
    // A drop back on its own column is refused.
    QVERIFY(!dropOn(source->view()->viewport(), {id}));
    QVERIFY(dropOn(target->view()->viewport(), {id}));
    // The store is optimistic: the card is in its new column at once.
    QCOMPARE(rig.session->store().opportunity(id)->stageId, target->column()->key());
    QVERIFY(target->column()->rowOf(id) >= 0);
    QCOMPARE(target->column()->count(), before + 1);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.session->store().hasPendingWrite(id), 20000);
    QCOMPARE(rig.stageOnServer(id), target->column()->key());
    QVERIFY(rig.board->bannerText().isEmpty());
}

void TestBoard::failedMoveRollsBackAndShowsError()
{
    BoardRig rig;
    QVERIFY(rig.start());
    const int from = rig.busiestStageIndex();
    ui::BoardColumn *source = rig.board->stageColumns().at(from);
    ui::BoardColumn *target = rig.board->stageColumns().at(from + 1);
    const QString id = source->column()->idAt(0);
    const QString name = rig.session->store().opportunity(id)->name;
    QCOMPARE(
        control(
            rig.f, "POST", u"/faults"_s,
            {{u"method"_s, u"PUT"_s}, {u"path"_s, u"^/opportunities/[^/]+/stage$"_s}, {u"status"_s, 500}}),
        204);
    QSignalSpy errors(rig.board.get(), &ui::BoardView::errorOccurred);
    QVERIFY(dropOn(target->view()->viewport(), {id}));
    QCOMPARE(rig.session->store().opportunity(id)->stageId, target->column()->key());
    QTRY_VERIFY_WITH_TIMEOUT(errors.size() == 1, 30000);
    QCOMPARE(rig.session->store().opportunity(id)->stageId, source->column()->key()); // put back
    QVERIFY(source->column()->rowOf(id) >= 0);
    QCOMPARE(target->column()->rowOf(id), -1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.startsWith(u"Could not move "_s + name), qPrintable(message));
    QCOMPARE(rig.board->bannerText(), message);
    QVERIFY(rig.board->findChild<QWidget *>(u"errorBanner"_s)->isVisible());
    QCOMPARE(control(rig.f, "DELETE", u"/faults"_s), 204);
    QCOMPARE(rig.stageOnServer(id), source->column()->key());
    // Dismissed, it goes away.
    rig.board->findChild<QToolButton *>(u"errorDismiss"_s)->click();
    QVERIFY(rig.board->bannerText().isEmpty());
}

void TestBoard::keyboardMoveAndUndo()
{
    BoardRig rig;
    QVERIFY(rig.start());
    QApplication::setActiveWindow(rig.board.get());
    QVERIFY(QTest::qWaitForWindowActive(rig.board.get()));
    const int from = rig.busiestStageIndex();
    ui::BoardColumn *source = rig.board->stageColumns().at(from);
    ui::BoardColumn *target = rig.board->stageColumns().at(from + 1);
    const QString id = source->column()->idAt(1);
    focusCard(source->view(), 1);
    QTest::keyClick(source->view(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(rig.session->store().opportunity(id)->stageId, target->column()->key());
    // The focus follows the card into its new column.
    QVERIFY(target->view()->hasFocus());
    QCOMPARE(target->column()->idAt(target->view()->currentIndex().row()), id);
    QTRY_COMPARE_WITH_TIMEOUT(rig.stageOnServer(id), target->column()->key(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.session->store().hasPendingWrite(id), 20000);
    // And on with the alternative keys, then back with Ctrl+Z twice.
    if (from + 2 < rig.board->stageColumns().size()) {
        ui::BoardColumn *third = rig.board->stageColumns().at(from + 2);
        QTest::keyClick(target->view(), Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
        QCOMPARE(rig.session->store().opportunity(id)->stageId, third->column()->key());
        QTRY_COMPARE_WITH_TIMEOUT(rig.stageOnServer(id), third->column()->key(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.session->store().hasPendingWrite(id), 20000);
        QTest::keyClick(third->view(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(rig.stageOnServer(id), target->column()->key(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.session->store().hasPendingWrite(id), 20000);
    }
    QTest::keyClick(rig.board->stageColumns().at(from)->view(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(rig.session->store().opportunity(id)->stageId, source->column()->key());
    QTRY_COMPARE_WITH_TIMEOUT(rig.stageOnServer(id), source->column()->key(), 20000);
    // Left arrow moves the focus (not the card) to the previous column, keeping the row near.
    focusCard(target->view(), 0);
    QTest::keyClick(target->view(), Qt::Key_Left);
    QTRY_VERIFY(source->view()->hasFocus());
    QCOMPARE(source->view()->currentIndex().row(), 0);
    // The row on screen is kept: the third card lands on the third card.
    if (target->column()->count() >= 3 && source->column()->count() >= 3) {
        focusCard(target->view(), 2);
        QTest::keyClick(target->view(), Qt::Key_Left);
        QTRY_VERIFY(source->view()->hasFocus());
        QCOMPARE(source->view()->currentIndex().row(), 2);
        QCOMPARE(rig.board->selectedIds(), QStringList{source->column()->idAt(2)});
    }
}

void TestBoard::bulkArchiveReportsTheFailingCard()
{
    BoardRig rig;
    QVERIFY(rig.start());
    ui::BoardColumn *source = rig.board->stageColumns().at(rig.busiestStageIndex());
    QVERIFY(source->column()->count() >= 3);
    QStringList ids;
    for (int row = 0; row < 3; ++row)
        ids.append(source->column()->idAt(row));
    const QString gone = ids.at(1);
    const QString goneName = rig.session->store().opportunity(gone)->name;
    QCOMPARE(control(rig.f, "DELETE", u"/opportunities/"_s + gone), 204);
    // Ctrl+A selects the whole column (and only it); then three cards with click and Shift-click.
    ui::BoardColumn *other = rig.board->stageColumns().at(rig.busiestStageIndex() == 0 ? 1 : 0);
    lever::test::focusCard(other->view(), 0);
    other->view()->selectionModel()->select(other->view()->currentIndex(), QItemSelectionModel::Select);
    lever::test::focusCard(source->view(), 0);
    QTest::keyClick(source->view(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(source->view()->selectedIds().size(), source->column()->count());
    QTest::mouseClick(source->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      source->view()->visualRect(source->view()->model()->index(0, 0)).center());
    QVERIFY(other->view()->selectedIds().isEmpty()); // a plain click starts a new selection everywhere
    QTest::mouseClick(source->view()->viewport(), Qt::LeftButton, Qt::NoModifier,
                      source->view()->visualRect(source->view()->model()->index(0, 0)).center());
    QTest::mouseClick(source->view()->viewport(), Qt::LeftButton, Qt::ShiftModifier,
                      source->view()->visualRect(source->view()->model()->index(2, 0)).center());
    QCOMPARE(rig.board->selectedIds(), ids);
    QVERIFY(rig.board->findChild<QWidget *>(u"selectionBar"_s)->isVisible());
    rig.board->findChild<QToolButton *>(u"bulkArchive"_s)->click();
    ui::ChoiceDialog *dialog = rig.board->commands()->openDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), u"archiveReasonDialog"_s);
    const QString reason = rig.nonHiredReason();
    QVERIFY(dialog->answer(reason));
    QSignalSpy errors(rig.board.get(), &ui::BoardView::errorOccurred);
    QTRY_VERIFY_WITH_TIMEOUT(errors.size() == 1, 30000);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.startsWith(u"1 of 3 cards could not be archived:"_s), qPrintable(message));
    QVERIFY2(message.contains(goneName), qPrintable(message));
    for (const QString &id : {ids.at(0), ids.at(2)}) {
        QTRY_VERIFY_WITH_TIMEOUT(!rig.session->store().hasPendingWrite(id), 20000);
        QCOMPARE(rig.onServer(id).value(u"archived"_s).toObject().value(u"reason"_s).toString(), reason);
        QCOMPARE(source->column()->rowOf(id), -1);
    }
    // The collapsed lane does not show archived cards; opened, they are in the reason's column.
    rig.board->archiveLane()->setExpanded(true);
    for (const QString &id : {ids.at(0), ids.at(2)})
        QVERIFY(rig.board->column(reason)->column()->rowOf(id) >= 0);
    QCOMPARE(rig.board->column(reason)->column()->rowOf(gone), -1);
}

void TestBoard::dropOnArchiveAsksForTheReason()
{
    BoardRig rig;
    QVERIFY(rig.start());
    ui::BoardColumn *source = rig.board->stageColumns().at(rig.busiestStageIndex());
    const QString id = source->column()->idAt(0);
    QSignalSpy asked(rig.board->commands(), &ui::BoardCommands::dialogOpened);
    QVERIFY(dropOn(rig.board->archiveLane(), {id}));
    QCOMPARE(asked.size(), 1);
    // Nothing happens until the reason is given; cancelling leaves the card alone.
    QCOMPARE(rig.session->store().opportunity(id)->archived, false);
    rig.board->commands()->openDialog()->reject();
    QCOMPARE(rig.session->store().opportunity(id)->archived, false);
    QVERIFY(dropOn(rig.board->archiveLane(), {id}));
    const QString reason = rig.nonHiredReason();
    QVERIFY(rig.board->commands()->openDialog()->answer(reason));
    QCOMPARE(rig.session->store().opportunity(id)->archived, true);
    QTRY_COMPARE_WITH_TIMEOUT(rig.onServer(id).value(u"archived"_s).toObject().value(u"reason"_s).toString(),
                              reason, 20000);
}

void TestBoard::unarchiveByDropOnAStage()
{
    BoardRig rig;
    QVERIFY(rig.start());
    rig.board->archiveLane()->setExpanded(true);
    ui::BoardColumn *archived = nullptr;
    for (ui::BoardColumn *c : rig.board->archiveLane()->columns()) {
        if (c->column()->count() > 0)
            archived = c;
    }
    QVERIFY(archived);
    const QString id = archived->column()->idAt(0);
    const QString stage = rig.session->store().opportunity(id)->stageId;
    ui::BoardColumn *target = nullptr;
    for (ui::BoardColumn *c : rig.board->stageColumns()) {
        if (c->column()->key() != stage)
            target = c;
    }
    QVERIFY(dropOn(target->view()->viewport(), {id}));
    QCOMPARE(rig.session->store().opportunity(id)->archived, false);
    QCOMPARE(rig.session->store().opportunity(id)->stageId, target->column()->key());
    QVERIFY(target->column()->rowOf(id) >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(!rig.session->store().hasPendingWrite(id), 20000);
    const QJsonObject server = rig.onServer(id);
    QVERIFY(server.value(u"archived"_s).isNull());
    QCOMPARE(server.value(u"stage"_s).toString(), target->column()->key());
}

void TestBoard::enterOpensTheCard()
{
    BoardRig rig;
    QVERIFY(rig.start());
    ui::BoardColumn *column = rig.board->stageColumns().at(rig.busiestStageIndex());
    const QString id = column->column()->idAt(2);
    const models::OpportunityRecord record = *rig.session->store().opportunity(id);
    QSignalSpy open(rig.board.get(), &ui::BoardView::openCandidate);
    focusCard(column->view(), 2);
    QTest::keyClick(column->view(), Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toString(), id);
    ui::CardDetailsPanel *details = rig.board->detailsPanel();
    QVERIFY(details->isVisible());
    QCOMPARE(details->opportunityId(), id);
    QCOMPARE(details->fieldText(u"name"_s), record.name);
    QCOMPARE(details->fieldText(u"stage"_s), rig.session->store().stageName(record.stageId));
    QCOMPARE(details->fieldText(u"id"_s), id);
    QCOMPARE(details->fieldText(u"email"_s), record.emails.isEmpty() ? u"—"_s : record.emails);
    // Its interviews load at Interactive priority and show.
    QTRY_VERIFY_WITH_TIMEOUT(rig.session->store().childData(id) != nullptr, 20000);
    QTRY_VERIFY(details->fieldText(u"interviews"_s) != u"Loading…"_s);
    // Double-click does the same; Esc closes the panel.
    QTest::keyClick(column->view(), Qt::Key_Escape);
    QVERIFY(!details->isVisible());
    const QRect rect = column->view()->visualRect(column->view()->model()->index(0, 0));
    QTest::mouseDClick(column->view()->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.last().first().toString(), column->column()->idAt(0));
}

void TestBoard::mouseDragCarriesTheSelection()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    models::ColumnModel *column = rig.board->stageColumns().at(rig.busiestStageIndex())->column();
    QVERIFY(column->count() >= 3);
    RecordingView view(column);
    view.resize(300, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto center = [&](int row) { return view.visualRect(column->index(row)).center(); };
    // Select cards 0 and 2, then press on 2 (already selected) and move: both go in the drag.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, center(0));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, center(2));
    QCOMPARE(view.selectedIds(), (QStringList{column->idAt(0), column->idAt(2)}));
    QTest::mousePress(view.viewport(), Qt::LeftButton, Qt::NoModifier, center(2));
    QCOMPARE(view.selectedIds().size(), 2); // the press keeps the selection for a drag
    QMouseEvent move(QEvent::MouseMove, QPointF(center(2) + QPoint(30, 30)),
                     view.viewport()->mapToGlobal(QPointF(center(2) + QPoint(30, 30))), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QCOMPARE(view.drags.size(), 1);
    QCOMPARE(view.drags.first(), (QStringList{column->idAt(0), column->idAt(2)}));
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, Qt::NoModifier, center(2) + QPoint(30, 30));
    // A press and release without moving selects just that card.
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, center(0));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, center(0));
    QCOMPARE(view.selectedIds().size(), 2);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::NoModifier, center(2));
    QCOMPARE(view.selectedIds(), QStringList{column->idAt(2)});
    QCOMPARE(view.drags.size(), 1);
}

void TestBoard::dragNearTheEdgeScrollsTheBoard()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    rig.board->resize(900, 700);
    QTRY_VERIFY(rig.board->findChild<QScrollArea *>(u"boardScroll"_s)->horizontalScrollBar()->maximum() > 0);
    QScrollBar *bar = rig.board->findChild<QScrollArea *>(u"boardScroll"_s)->horizontalScrollBar();
    QCOMPARE(bar->value(), 0);
    ui::BoardColumn *first = rig.board->stageColumns().at(0);
    ui::BoardColumn *second = rig.board->stageColumns().at(1);
    const QString id = first->column()->count() > 0 ? first->column()->idAt(0) : second->column()->idAt(0);
    std::unique_ptr<QMimeData> mime(ui::BoardColumnView::mimeDataFor({id}));
    // Over the column cut by the right edge of the board, near that edge.
    QWidget *target = nullptr;
    for (ui::BoardColumn *c : rig.board->stageColumns()) {
        const QRect r(c->mapTo(rig.board.get(), QPoint(0, 0)), c->size());
        if (r.left() < rig.board->width() && r.right() > rig.board->width() - 40)
            target = c->view()->viewport();
    }
    QVERIFY(target);
    const QPoint edge = target->mapFrom(rig.board.get(), QPoint(rig.board->width() - 20, 300));
    QDragEnterEvent enter(edge, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDragMoveEvent move(edge, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QVERIFY(bar->value() > 0);
    QDragLeaveEvent leave;
    QApplication::sendEvent(target, &leave);
}

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
