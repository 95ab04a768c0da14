#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lever::models {
class AuditLogModel;
class Store;
} // namespace lever::models

namespace lever::ui {

// The Admin › Audit log page: filters (event type, user, target, dates), the events paged in as the
// table scrolls, and the selected event's details beside it. When the account has no audit log (a paid
// add-on) or the credential lacks the scope, the page says so instead of showing an empty table. The
// first page is read when the page is first shown, not when the workspace opens.
class AuditLogView : public QWidget
{
    Q_OBJECT
public:
    AuditLogView(models::AuditLogModel &model, const models::Store &store, QWidget *parent = nullptr);

    models::AuditLogModel &model() { return m_model; }
    // Reads the filter fields and starts over from the first page.
    void applyFilters();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fillUsers();
    void showState();
    void showDetails();

    models::AuditLogModel &m_model;
    const models::Store &m_store;
    bool m_started = false;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_user = nullptr;
    QComboBox *m_targetType = nullptr;
    QLineEdit *m_targetId = nullptr;
    QCheckBox *m_fromEnabled = nullptr;
    QDateEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_apply = nullptr;
    QTableView *m_table = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace lever::ui
