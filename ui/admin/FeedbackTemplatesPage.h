#pragma once

#include "ApiError.h"
#include "admin/FeedbackTemplateEditor.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace lever::api {
class Client;
}
namespace lever::models {
class FeedbackTemplatesAdminModel;
}

namespace lever::ui {

// Admin › Feedback templates: the account's templates, and New, Edit, Duplicate and Delete through
// FeedbackTemplateEditor. A delete is confirmed first. A 403 is explained rather than left as a dead
// button. A refused create means the feedback_templates:write:admin scope is missing: the writes go. A
// refused change of an existing template may instead mean Lever made it in its own UI (the API may not
// change those, and Lever answers 403 for both), so that is explained, with Duplicate as the way out.
class FeedbackTemplatesPage : public QWidget
{
    Q_OBJECT
public:
    explicit FeedbackTemplatesPage(api::Client &client, QWidget *parent = nullptr);

    models::FeedbackTemplatesAdminModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FeedbackTemplateEditor *editor() const { return m_editor; }
    QString currentId() const;
    QString statusText() const;
    bool writeAllowed() const { return m_writeAllowed; }

    void newTemplate();
    void editCurrent();
    void duplicateCurrent();
    void deleteCurrent();

protected:
    void showEvent(QShowEvent *event) override; // Lever is read when the page is first shown

private:
    void openEditor(const api::FeedbackTemplate &templ, const QString &id);
    void onFinished(bool ok, const QString &id, const api::ApiError &error);
    enum class Operation { Read, Create, Change };
    // Why `operation` failed, in words; a 403 on Read or Create also shows the missing scope on the page.
    QString explain(const api::ApiError &error, Operation operation);
    void updateActions();

    models::FeedbackTemplatesAdminModel *m_model;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QLabel *m_forbidden;
    QLabel *m_status;
    QPointer<FeedbackTemplateEditor> m_editor;
    QString m_editingId; // empty: a new template
    QString m_deletingId;
    bool m_writeAllowed = true;
    bool m_loaded = false;
    bool m_loadFailed = false;
};

} // namespace lever::ui
