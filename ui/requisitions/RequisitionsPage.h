#pragma once

#include "types/Requisition.h"

#include <QWidget>
#include <memory>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace lever::api {
class Client;
}
namespace lever::models {
class PostingListModel;
class RequisitionListModel;
} // namespace lever::models

namespace lever::ui {

class Prompter;
class UserPicker;

// The requisitions page: every requisition in a table beside a form to create, edit (a whole-object PUT
// built from everything loaded, custom fields included) and delete one, with Lever's rules checked first.
class RequisitionsPage : public QWidget
{
    Q_OBJECT
public:
    RequisitionsPage(api::Client &client, QAbstractItemModel *users, QWidget *parent = nullptr);

    models::RequisitionListModel *requisitions() const { return m_model; }
    models::PostingListModel *postings() const { return m_postings; }
    void setPrompter(std::shared_ptr<Prompter> prompter);

    void newRequisition();
    void editRequisition(const QString &id);
    QString currentId() const { return m_current.id; }
    // Validates and sends; false (with the field focused and explained) when refused before sending.
    bool save();
    // Asks, then deletes the requisition being edited.
    void deleteCurrent();
    QString statusText() const;
    // What the form would send now.
    api::Requisition formRequisition() const;

private:
    void showRequisition(const api::Requisition &r);
    // The form's name of a requisition JSON key, for messages.
    static QString fieldLabel(const QString &key);
    void refreshPostings(const QStringList &checked);
    QStringList checkedPostings() const;
    void refuse(QWidget *field, const QString &message);
    void setStatus(const QString &text, bool error = false);

    api::Client &m_client;
    QAbstractItemModel *m_users = nullptr;
    models::RequisitionListModel *m_model = nullptr;
    models::PostingListModel *m_postings = nullptr;
    std::shared_ptr<Prompter> m_prompter;
    api::Requisition m_current;
    QTableView *m_table = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QSpinBox *m_headcount = nullptr;
    QCheckBox *m_unlimited = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_employment = nullptr;
    QCheckBox *m_backfill = nullptr;
    UserPicker *m_hiringManager = nullptr;
    UserPicker *m_owner = nullptr;
    QLineEdit *m_team = nullptr;
    QLineEdit *m_department = nullptr;
    QLineEdit *m_location = nullptr;
    QLineEdit *m_bandMin = nullptr;
    QLineEdit *m_bandMax = nullptr;
    QComboBox *m_bandCurrency = nullptr;
    QComboBox *m_bandInterval = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QListWidget *m_linked = nullptr;
    QLabel *m_custom = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace lever::ui
