#pragma once

#include <QDialog>

class QListWidget;
class QPushButton;

namespace lever::models {
class Outbox;
}

namespace lever::ui {

// The changes made offline that wait to be sent, oldest first (the order they will be sent in), each
// with when it was made; the selected one can be cancelled, which puts its card back. Non-modal; it
// follows the outbox as entries are sent.
class PendingChangesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PendingChangesDialog(models::Outbox &outbox, QWidget *parent = nullptr);

private:
    void reload();
    void cancelSelected();

    models::Outbox &m_outbox;
    QListWidget *m_list = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lever::ui
