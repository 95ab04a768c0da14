#pragma once

#include <QMenu>

class QAction;
class QActionGroup;

namespace lever::models {
class BoardModel;
}

namespace lever::ui {

// The sort menu of a column header: by name, days in stage, created or updated, and reversed. The
// sort is the board's, so every column's menu shows and changes the same one.
class ColumnSortMenu : public QMenu
{
    Q_OBJECT
public:
    ColumnSortMenu(models::BoardModel &board, QWidget *parent = nullptr);

private:
    void showCurrent();

    models::BoardModel &m_board;
    QActionGroup *m_keys;
    QAction *m_reverse;
};

} // namespace lever::ui
