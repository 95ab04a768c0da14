#pragma once

// Shared helpers of the board widget tests: a synced Session on an in-process sandbox with a
// BoardView shown offscreen, drops built from the real drag mime data, and readers of the sandbox.
#include "../models/ModelsTestKit.h"
#include "ColumnModel.h"
#include "Session.h"
#include "Store.h"
#include "Sync.h"
#include "board/BoardColumn.h"
#include "board/BoardColumnView.h"
#include "board/BoardView.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QTest>

namespace lever::test {

struct BoardRig
{
    SandboxFixture f;
    std::unique_ptr<api::Client> client;
    std::unique_ptr<models::Session> session;
    std::unique_ptr<ui::BoardView> board;

    explicit BoardRig(int demoSize = 150)
        : f(demoOptions(demoSize))
        , client(makeClient(f))
        , session(std::make_unique<models::Session>(*client))
    {}

    // Syncs everything (archived too), then shows the board.
    bool start()
    {
        session->sync().setDeltaIntervalMs(0);
        session->start();
        if (!QTest::qWaitFor(
                [this] { return session->sync().isArchivedLoaded() && !session->sync().isBusy(); }, 30000))
            return false;
        board = std::make_unique<ui::BoardView>(*session);
        board->resize(1600, 900);
        board->show();
        return QTest::qWaitForWindowExposed(board.get());
    }

    QJsonObject onServer(const QString &id) { return f.get(u"/opportunities/"_s + id).data(); }
    QString stageOnServer(const QString &id) { return onServer(id).value(u"stage"_s).toString(); }

    // The stage column with the most cards that has a stage after it.
    int busiestStageIndex() const
    {
        const auto columns = board->stageColumns();
        int best = 0;
        for (int i = 0; i + 1 < columns.size(); ++i) {
            if (columns.at(i)->column()->count() > columns.at(best)->column()->count())
                best = i;
        }
        return best;
    }
    QString nonHiredReason() const
    {
        for (const models::ArchiveReasonInfo &r : session->store().archiveReasons()) {
            if (!r.hired && r.active)
                return r.id;
        }
        return {};
    }
};

// What a drag of `ids` does when it is released over `target` (the same mime data startDrag() sends):
// enter, move and drop delivered to the target as Qt delivers them. Returns whether the drop was taken.
inline bool dropOn(QWidget *target, const QStringList &ids)
{
    std::unique_ptr<QMimeData> mime(ui::BoardColumnView::mimeDataFor(ids));
    const QPointF at(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDragMoveEvent move(at.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &move);
    QDropEvent drop(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

// Focuses a card in a column view as a click would.
inline void focusCard(ui::BoardColumnView *view, int row)
{
    view->setFocus(Qt::OtherFocusReason);
    view->setCurrentIndex(view->model()->index(row, 0));
}

} // namespace lever::test
