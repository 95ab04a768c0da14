#pragma once

#include "ApiError.h"
#include "admin/WebhookTokenDialog.h"

#include <QPointer>
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
struct Webhook;
} // namespace lever::api
namespace lever::models {
class WebhooksAdminModel;
class WebhookTestDelivery;
} // namespace lever::models

namespace lever::ui {

// Admin › Webhooks: the account's API-created webhooks (event, URL, origin conditions) with create, edit
// (URL and conditions; Lever cannot change an event) and delete. The URL must be https. The signature
// token is shown once after creation (WebhookTokenDialog). "Send test event" asks a local sandbox to
// deliver a signed event (models::WebhookTestDelivery) and shows the result and how to check the
// signature; against Lever it says where Lever's own test button is instead.
class WebhooksPage : public QWidget
{
    Q_OBJECT
public:
    explicit WebhooksPage(api::Client &client, QWidget *parent = nullptr);

    models::WebhooksAdminModel *model() const { return m_model; }
    WebhookTokenDialog *tokenDialog() const { return m_tokenDialog; }
    QString currentId() const;
    bool writeAllowed() const { return m_writeAllowed; }

    void newWebhook();
    void editCurrent();
    bool save(); // false when refused before sending (field focused, status says why)
    void deleteCurrent();
    void sendTest();
    QString statusText() const;
    QString testResultText() const;

protected:
    // Lever is read when the page is first shown, not when the workspace opens.
    void showEvent(QShowEvent *event) override;

private:
    void updateActions();
    void updateConditions();
    void onFinished(bool ok, const QString &id, const api::ApiError &error);
    void showToken(const api::Webhook &webhook);
    void explainForbidden(const api::ApiError &error, bool reading);
    void setStatus(const QString &text);

    models::WebhooksAdminModel *m_model;
    models::WebhookTestDelivery *m_test;
    QTableView *m_table;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_testButton;
    QLabel *m_forbidden;
    QLabel *m_status;
    QGroupBox *m_form;
    QComboBox *m_event;
    QLineEdit *m_url;
    QGroupBox *m_conditions;
    QLabel *m_conditionsNote;
    QList<QCheckBox *> m_origins;
    QPushButton *m_save;
    QPushButton *m_cancel;
    QGroupBox *m_testBox;
    QLabel *m_testResult;
    QPointer<WebhookTokenDialog> m_tokenDialog;
    QString m_editingId;
    bool m_writeAllowed = true;
    bool m_busy = false;
    bool m_loaded = false;
};

} // namespace lever::ui
