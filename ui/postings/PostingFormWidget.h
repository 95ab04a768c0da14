#pragma once

#include "postings/PostingForm.h"
#include "postings/PostingRules.h"

#include <QHash>
#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QScrollArea;
class QStringListModel;

namespace lever::models {
class PostingListModel;
class RequisitionListModel;
} // namespace lever::models

namespace lever::ui {

class PostingListsEditor;
class RichTextEdit;
class UserPicker;

// The fields of the posting editor: shows a PostingForm, gives back what the user made of it, and shows
// validation problems under the field concerned (focusing the first).
class PostingFormWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PostingFormWidget(QAbstractItemModel *users, QWidget *parent = nullptr);

    // Completion of team, department, location, commitment and level from the values in use.
    void setCompletionSource(models::PostingListModel *postings);
    // Requisition codes offered for picking.
    void setRequisitions(models::RequisitionListModel *requisitions);

    // `loadedState`: the state on the server (empty for a new posting), which decides the states offered.
    void setForm(const models::PostingForm &form, const QString &loadedState);
    models::PostingForm form() const;

    // Problems the form itself knows of beyond PostingRules (a user name that matches nobody).
    QList<models::FieldIssue> widgetIssues() const;
    void showIssues(const QList<models::FieldIssue> &issues);
    void clearIssues();
    QString issueText(const QString &field) const;
    QWidget *fieldWidget(const QString &field) const { return m_fields.value(field); }

Q_SIGNALS:
    void edited();

private:
    QWidget *withError(QWidget *field, const QStringList &keys);
    QLineEdit *categoryEdit(const QString &key, const QString &name);
    void refreshCompletions();
    void refreshRequisitionCodes(const QStringList &checked);
    QStringList checkedCodes() const;

    QAbstractItemModel *m_users = nullptr;
    models::PostingListModel *m_postings = nullptr;
    models::RequisitionListModel *m_requisitions = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_state = nullptr;
    QCheckBox *m_public = nullptr;
    QCheckBox *m_internal = nullptr;
    UserPicker *m_owner = nullptr;
    UserPicker *m_hiringManager = nullptr;
    QHash<QString, QLineEdit *> m_categories;
    QHash<QString, QStringListModel *> m_completions;
    QComboBox *m_workplace = nullptr;
    QLineEdit *m_salaryMin = nullptr;
    QLineEdit *m_salaryMax = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_interval = nullptr;
    QLineEdit *m_tags = nullptr;
    QListWidget *m_codes = nullptr;
    RichTextEdit *m_description = nullptr;
    PostingListsEditor *m_lists = nullptr;
    RichTextEdit *m_closing = nullptr;
    QHash<QString, QWidget *> m_fields;
    QHash<QString, QLabel *> m_errors;
    bool m_loading = false;
};

} // namespace lever::ui
