#include "ShortcutsSheet.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

ShortcutsSheet::ShortcutsSheet(const QList<QPair<QString, QString>> &rows, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"shortcutsSheet"_s);
    setWindowTitle(tr("Board shortcuts"));
    setAccessibleName(tr("Board shortcuts"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_list->setObjectName(u"shortcutsList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("Action")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    QFont keysFont = font();
    keysFont.setBold(true);
    for (const auto &[keys, action] : rows) {
        auto *item = new QTreeWidgetItem(m_list, {keys, action});
        item->setFont(0, keysFont);
    }
    m_list->resizeColumnToContents(0);
    m_list->header()->setStretchLastSection(true);
    auto *title = new QLabel(tr("Every drag on the board has a keyboard path."), this);
    title->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->addWidget(title);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    const int rowH = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : 22;
    resize(qMax(560, m_list->columnWidth(0) + 380), qMin(680, 140 + rowH * int(rows.size() + 1)));
}

} // namespace lever::ui
