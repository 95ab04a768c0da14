#include "ColumnSortMenu.h"

#include "BoardModel.h"

#include <QActionGroup>

namespace lever::ui {

ColumnSortMenu::ColumnSortMenu(models::BoardModel &board, QWidget *parent)
    : QMenu(parent)
    , m_board(board)
    , m_keys(new QActionGroup(this))
{
    const QList<QPair<models::CardSort::Key, QString>> keys{
        {models::CardSort::Key::Name, tr("Name")},
        {models::CardSort::Key::DaysInStage, tr("Days in stage")},
        {models::CardSort::Key::Created, tr("Newest created")},
        {models::CardSort::Key::Updated, tr("Recently updated")}};
    for (const auto &[key, text] : keys) {
        QAction *a = addAction(text);
        a->setCheckable(true);
        a->setData(int(key));
        m_keys->addAction(a);
        connect(a, &QAction::triggered, this, [this, key] {
            models::CardSort sort = m_board.sort();
            sort.key = key;
            m_board.setSort(sort);
        });
    }
    addSeparator();
    m_reverse = addAction(tr("Reverse order"));
    m_reverse->setCheckable(true);
    connect(m_reverse, &QAction::triggered, this, [this](bool on) {
        models::CardSort sort = m_board.sort();
        sort.order = on ? Qt::DescendingOrder : Qt::AscendingOrder;
        m_board.setSort(sort);
    });
    connect(this, &QMenu::aboutToShow, this, &ColumnSortMenu::showCurrent);
}

void ColumnSortMenu::showCurrent()
{
    const models::CardSort sort = m_board.sort();
    for (QAction *a : m_keys->actions())
        a->setChecked(a->data().toInt() == int(sort.key));
    m_reverse->setChecked(sort.order == Qt::DescendingOrder);
}

} // namespace lever::ui
