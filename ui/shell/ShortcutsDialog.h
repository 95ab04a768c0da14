#pragma once

#include <QDialog>

namespace lever::ui {

// Help › Keyboard Shortcuts: every action of a window that has a shortcut, read from the actions
// themselves, so views added later appear without extra work.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
};

} // namespace lever::ui
