#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace lever::models {
class ColumnModel;
}

namespace lever::ui {

class BoardColumnView;

// A board column: its header (stage or archive reason name, the live count, "shown / total" when
// filtered, and the sort menu) over its card list.
class BoardColumn : public QFrame
{
    Q_OBJECT
public:
    BoardColumn(models::ColumnModel *column, QWidget *parent = nullptr);

    models::ColumnModel *column() const { return m_column; }
    BoardColumnView *view() const { return m_view; }
    QToolButton *sortButton() const { return m_sort; }
    // "12" or "5 / 12".
    QString countText() const;

private:
    void updateHeader();

    models::ColumnModel *m_column;
    QLabel *m_title;
    QLabel *m_count;
    QToolButton *m_sort;
    BoardColumnView *m_view;
};

} // namespace lever::ui
