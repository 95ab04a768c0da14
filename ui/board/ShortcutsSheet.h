#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QTreeWidget;

namespace lever::ui {

// The `?` sheet: every keyboard shortcut of the board with what it does, in one readable list.
class ShortcutsSheet : public QDialog
{
    Q_OBJECT
public:
    // Rows of (keys, what they do).
    ShortcutsSheet(const QList<QPair<QString, QString>> &rows, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace lever::ui
