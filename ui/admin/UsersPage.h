#pragma once

#include "ApiError.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lever::api {
class Client;
}
namespace lever::models {
class UsersAdminModel;
}

namespace lever::ui {

// Admin › Users: Lever's users with filters (role, include deactivated, search), and a form to create or
// edit one (a PUT replaces the user, so the form always sends name, e-mail and role), plus deactivate and
// reactivate. Each change that means more than it says is confirmed first (ui::Confirm). Lever decides
// who may write (scope users:write:admin): after a 403 the write actions go and a label says why.
class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(api::Client &client, QWidget *parent = nullptr);

    models::UsersAdminModel *model() const { return m_model; }
    QString currentId() const; // the selected user
    bool writeAllowed() const { return m_writeAllowed; }

    void newUser();
    void editCurrent();
    // Validates, confirms what needs it, then sends; false when refused before sending.
    bool save();
    void deactivateCurrent();
    void reactivateCurrent();
    QString statusText() const;

protected:
    // Lever is read when the page is first shown, not when the workspace opens.
    void showEvent(QShowEvent *event) override;

private:
    void applyFilters();
    void updateActions();
    void fillManagers(const QString &selectedId, const QString &exceptId);
    void send();
    void onFinished(bool ok, const QString &id, const api::ApiError &error);
    void explainForbidden(const api::ApiError &error, bool reading);
    void setStatus(const QString &text, bool error = false);

    models::UsersAdminModel *m_model;
    QComboBox *m_roleFilter;
    QCheckBox *m_includeDeactivated;
    QLineEdit *m_search;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_deactivate;
    QPushButton *m_reactivate;
    QLabel *m_forbidden;
    QLabel *m_status;
    QGroupBox *m_form;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QComboBox *m_role;
    QLineEdit *m_jobTitle;
    QComboBox *m_manager;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QString m_editingId; // empty: a new user
    bool m_writeAllowed = true;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace lever::ui
