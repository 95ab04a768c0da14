#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPoint>
#include <QStringList>
#include <functional>

class QWidget;

namespace lever::ui {

class BoardColumn;
class BoardColumnView;
class BoardCommands;

// The menu of the selected cards (right click, the Menu key, Shift+F10): open, move to a stage, archive
// or unarchive, tags, owner, select the column; every action goes through the board's commands.
class CardMenu
{
    Q_DECLARE_TR_FUNCTIONS(CardMenu)
public:
    // Pops up (no nested event loop) at `pos` in `view`'s viewport, owned by `parent`.
    static void popup(BoardColumnView *view, const QPoint &pos, const QStringList &ids,
                      const QList<BoardColumn *> &stageColumns, BoardCommands *commands,
                      const std::function<void()> &open, QWidget *parent);
};

} // namespace lever::ui
