#include "CardMenu.h"

#include "BoardColumn.h"
#include "BoardColumnView.h"
#include "BoardCommands.h"
#include "ColumnModel.h"

#include <QMenu>

using namespace Qt::StringLiterals;

namespace lever::ui {

void CardMenu::popup(BoardColumnView *view, const QPoint &pos, const QStringList &ids,
                     const QList<BoardColumn *> &stageColumns, BoardCommands *commands,
                     const std::function<void()> &open, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(u"cardMenu"_s);
    menu->setAccessibleName(tr("Card actions"));
    if (ids.size() == 1)
        menu->addAction(tr("Open"), parent, open);
    QMenu *move = menu->addMenu(tr("Move to"));
    for (BoardColumn *c : stageColumns) {
        const QString stage = c->column()->key();
        move->addAction(c->column()->title(), parent, [commands, ids, stage] { commands->moveToStage(ids, stage); });
    }
    menu->addAction(tr("Archive…"), parent, [commands, ids] { commands->askArchive(ids); });
    if (view->column()->lane() == models::ColumnModel::Lane::Archive)
        menu->addAction(tr("Unarchive"), parent, [commands, ids] { commands->unarchive(ids); });
    menu->addSeparator();
    menu->addAction(tr("Add tag…"), parent, [commands, ids] { commands->askAddTag(ids); });
    menu->addAction(tr("Remove tag…"), parent, [commands, ids] { commands->askRemoveTag(ids); });
    menu->addAction(tr("Change owner…"), parent, [commands, ids] { commands->askOwner(ids); });
    menu->addSeparator();
    menu->addAction(tr("Select all in column"), view, &QAbstractItemView::selectAll);
    menu->popup(view->viewport()->mapToGlobal(pos)); // popup(), not exec(): no nested event loop
}

} // namespace lever::ui
