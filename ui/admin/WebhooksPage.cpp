#include "WebhooksPage.h"

#include "WebhookTokenDialog.h"
#include "admin/WebhookTestDelivery.h"
#include "admin/WebhooksAdminModel.h"
#include "common/Confirm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
template <class W> W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}
} // namespace

WebhooksPage::WebhooksPage(api::Client &client, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::WebhooksAdminModel(client, this))
    , m_test(new models::WebhookTestDelivery(client, this))
{
    setObjectName(u"adminWebhooksPage"_s);
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Lever sends an HTTPS request to each webhook's URL when its event happens. Only "
                      "webhooks created through the API are listed and can be changed here; a Lever "
                      "super admin must also switch the event group on in Lever's settings."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_forbidden = new QLabel;
    m_forbidden->setObjectName(u"webhooksForbidden"_s);
    m_forbidden->setWordWrap(true);
    m_forbidden->setFrameShape(QFrame::StyledPanel);
    m_forbidden->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forbidden->hide();
    layout->addWidget(m_forbidden);

    auto *body = new QHBoxLayout;
    m_table = named(new QTableView, u"webhooksTable"_s, tr("Webhooks"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setAccessibleName(tr("Webhook columns"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(models::WebhooksAdminModel::Event, 190);
    m_table->setColumnWidth(models::WebhooksAdminModel::Url, 280);
    m_table->setColumnWidth(models::WebhooksAdminModel::Conditions, 200);
    body->addWidget(m_table, 3);

    auto *side = new QVBoxLayout;
    m_form = new QGroupBox(tr("Webhook"));
    m_form->setObjectName(u"webhookForm"_s);
    auto *form = new QFormLayout(m_form);
    m_event = named(new QComboBox, u"webhookEvent"_s, tr("Event"));
    for (const QString &event : models::WebhooksAdminModel::events())
        m_event->addItem(models::WebhooksAdminModel::eventTitle(event), event);
    m_url = named(new QLineEdit, u"webhookUrl"_s, tr("URL"));
    m_url->setPlaceholderText(u"https://example.com/lever-events"_s);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("&URL:"), m_url);
    m_conditions = new QGroupBox(tr("Only candidates whose origin is"));
    m_conditions->setObjectName(u"webhookConditions"_s);
    auto *origins = new QVBoxLayout(m_conditions);
    for (const QString &origin : models::WebhooksAdminModel::origins()) {
        auto *box = named(new QCheckBox(models::WebhooksAdminModel::originTitle(origin)),
                          u"webhookOrigin_"_s + origin,
                          tr("Origin %1").arg(models::WebhooksAdminModel::originTitle(origin)));
        box->setProperty("origin", origin);
        box->setChecked(true);
        origins->addWidget(box);
        m_origins.append(box);
    }
    form->addRow(m_conditions);
    m_conditionsNote = new QLabel;
    m_conditionsNote->setWordWrap(true);
    form->addRow(m_conditionsNote);
    auto *formButtons = new QHBoxLayout;
    m_save = named(new QPushButton(tr("Save")), u"webhookSave"_s, tr("Save webhook"));
    m_cancel = named(new QPushButton(tr("Cancel")), u"webhookCancel"_s, tr("Cancel editing"));
    formButtons->addStretch();
    formButtons->addWidget(m_cancel);
    formButtons->addWidget(m_save);
    form->addRow(formButtons);
    m_form->hide();
    side->addWidget(m_form);

    m_testBox = new QGroupBox(tr("Test delivery"));
    m_testBox->setObjectName(u"webhookTestBox"_s);
    auto *testLayout = new QVBoxLayout(m_testBox);
    m_testResult = new QLabel;
    m_testResult->setObjectName(u"webhookTestResult"_s);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testLayout->addWidget(m_testResult);
    auto *verify = new QLabel(tr(
        "<b>Checking a signature:</b> compute HMAC-SHA256 over the request body's <tt>token</tt> followed by "
        "its <tt>triggeredAt</tt> (in decimal digits), keyed with the webhook's signature token; "
        "hex-encode it and compare it with <tt>signature</tt> (in constant time). The body itself is not "
        "signed: also reject a <tt>token</tt> seen before or an old <tt>triggeredAt</tt>."
        "<pre>hmac.new(key, (token + str(triggeredAt)).encode(), sha256).hexdigest()</pre>"));
    verify->setObjectName(u"webhookVerifyHelp"_s);
    verify->setWordWrap(true);
    verify->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testLayout->addWidget(verify);
    side->addWidget(m_testBox);
    side->addStretch();
    body->addLayout(side, 2);
    layout->addLayout(body, 1);

    auto *actions = new QHBoxLayout;
    m_new = named(new QPushButton(tr("New Webhook…")), u"webhooksNew"_s, tr("New webhook"));
    m_edit = named(new QPushButton(tr("Edit…")), u"webhooksEdit"_s, tr("Edit webhook"));
    m_delete = named(new QPushButton(tr("Delete…")), u"webhooksDelete"_s, tr("Delete webhook"));
    m_testButton = named(new QPushButton(tr("Send Test Event")), u"webhooksTest"_s, tr("Send test event"));
    if (!m_test->isAvailable())
        m_testButton->setToolTip(models::WebhookTestDelivery::unavailableText());
    m_status = new QLabel;
    m_status->setObjectName(u"webhooksStatus"_s);
    m_status->setWordWrap(true);
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_delete);
    actions->addWidget(m_testButton);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);

    m_testResult->setText(
        m_test->isAvailable()
            ? tr("Select a webhook and press Send Test Event: the sandbox sends it a signed "
                 "event with empty data, as Lever's own test does.")
            : models::WebhookTestDelivery::unavailableText());

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &WebhooksPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &WebhooksPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &WebhooksPage::updateActions);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_writeAllowed)
            editCurrent();
    });
    connect(m_event, &QComboBox::currentIndexChanged, this, &WebhooksPage::updateConditions);
    connect(m_new, &QPushButton::clicked, this, &WebhooksPage::newWebhook);
    connect(m_edit, &QPushButton::clicked, this, &WebhooksPage::editCurrent);
    connect(m_delete, &QPushButton::clicked, this, &WebhooksPage::deleteCurrent);
    connect(m_testButton, &QPushButton::clicked, this, &WebhooksPage::sendTest);
    connect(m_save, &QPushButton::clicked, this, &WebhooksPage::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_form->hide();
        m_editingId.clear();
    });
    connect(m_model, &models::WebhooksAdminModel::loadingChanged, this, [this](bool loading) {
        setStatus(loading ? tr("Loading webhooks…") : tr("%n webhook(s)", "", m_model->rowCount()));
    });
    connect(m_model, &models::WebhooksAdminModel::loadFailed, this, [this](const api::ApiError &error) {
        if (error.category() == api::ApiError::Category::Forbidden)
            explainForbidden(error, true);
        else
            setStatus(tr("The webhooks could not be loaded: %1").arg(error.userText()));
    });
    connect(m_model, &models::WebhooksAdminModel::created, this, &WebhooksPage::showToken);
    connect(m_model, &models::WebhooksAdminModel::finished, this, &WebhooksPage::onFinished);
    connect(m_test, &models::WebhookTestDelivery::sent, this,
            [this] { m_testResult->setText(tr("Sent; waiting for the receiver's answer…")); });
    connect(m_test, &models::WebhookTestDelivery::failed, this, [this](const QString &message) {
        m_testResult->setText(message);
        updateActions();
    });
    connect(m_test, &models::WebhookTestDelivery::finished, this,
            [this](const models::WebhookTestDelivery::Outcome &o) {
                const QString when =
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(o.at).time(), QLocale::LongFormat);
                const QString took =
                    o.durationMs >= 0 ? tr(", answered in %n ms", "", int(o.durationMs)) : QString();
                if (o.delivered)
                    m_testResult->setText(tr("Delivered at %1: the receiver answered HTTP %2%3.")
                                              .arg(when)
                                              .arg(o.status)
                                              .arg(took));
                else
                    m_testResult->setText(
                        tr("Not delivered (sent at %1%2): %3. Lever counts any answer other "
                           "than 2xx, redirects included, as a failure.")
                            .arg(when, took, o.error));
                updateActions();
            });

    updateConditions();
    updateActions();
}

void WebhooksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
    }
}

QString WebhooksPage::currentId() const
{
    if (!m_table->selectionModel()->hasSelection())
        return {};
    return m_table->selectionModel()
        ->currentIndex()
        .siblingAtColumn(0)
        .data(models::WebhooksAdminModel::IdRole)
        .toString();
}

QString WebhooksPage::statusText() const
{
    return m_status->text();
}

QString WebhooksPage::testResultText() const
{
    return m_testResult->text();
}

void WebhooksPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void WebhooksPage::updateActions()
{
    const bool selected = m_model->webhook(currentId()).has_value();
    for (QPushButton *b : {m_new, m_edit, m_delete})
        b->setVisible(m_writeAllowed);
    m_new->setEnabled(!m_busy);
    m_edit->setEnabled(!m_busy && selected);
    m_delete->setEnabled(!m_busy && selected);
    m_save->setEnabled(!m_busy);
    m_testButton->setEnabled(selected && m_test->isAvailable() && !m_test->isBusy());
    if (!m_writeAllowed)
        m_form->hide();
}

void WebhooksPage::updateConditions()
{
    const QString event = m_event->currentData().toString();
    const bool conditional = models::WebhooksAdminModel::takesConditions(event);
    m_conditions->setVisible(conditional);
    m_conditionsNote->setText(conditional
                                  ? tr("Leave every origin ticked to hear about all candidates.")
                                  : tr("Lever takes no conditions for this event: every one is sent."));
}

void WebhooksPage::newWebhook()
{
    if (!m_writeAllowed)
        return;
    m_editingId.clear();
    m_form->setTitle(tr("New webhook"));
    m_event->setEnabled(true);
    m_event->setCurrentIndex(m_event->findData(u"candidateStageChange"_s));
    m_url->clear();
    for (QCheckBox *box : std::as_const(m_origins))
        box->setChecked(true);
    updateConditions();
    m_form->show();
    m_url->setFocus();
}

void WebhooksPage::editCurrent()
{
    const auto webhook = m_model->webhook(currentId());
    if (!webhook || !m_writeAllowed)
        return;
    m_editingId = webhook->id;
    m_form->setTitle(tr("Edit webhook"));
    m_event->setCurrentIndex(m_event->findData(webhook->event));
    m_event->setEnabled(false); // Lever cannot change a webhook's event: create another one
    m_event->setToolTip(tr("A webhook's event cannot change; create a new webhook instead."));
    m_url->setText(webhook->url);
    for (QCheckBox *box : std::as_const(m_origins))
        box->setChecked(webhook->origins.isEmpty() ||
                        webhook->origins.contains(box->property("origin").toString()));
    updateConditions();
    m_form->show();
    m_url->setFocus();
}

bool WebhooksPage::save()
{
    if (m_busy || !m_writeAllowed)
        return false;
    // A local sandbox may deliver to a receiver on this machine over http; Lever only over https.
    const QString problem = models::WebhooksAdminModel::checkUrl(m_url->text(), m_test->isAvailable());
    if (!problem.isEmpty()) {
        setStatus(problem);
        m_url->setFocus();
        return false;
    }
    api::Webhook webhook;
    webhook.id = m_editingId;
    webhook.event = m_event->currentData().toString();
    webhook.url = m_url->text().trimmed();
    if (models::WebhooksAdminModel::takesConditions(webhook.event)) {
        QStringList origins;
        for (QCheckBox *box : std::as_const(m_origins)) {
            if (box->isChecked())
                origins.append(box->property("origin").toString());
        }
        if (origins.isEmpty()) {
            setStatus(tr("Tick at least one origin, or every origin to hear about all candidates."));
            m_origins.first()->setFocus();
            return false;
        }
        webhook.origins = origins;
    }
    m_busy = true;
    updateActions();
    setStatus(m_editingId.isEmpty() ? tr("Creating the webhook…") : tr("Saving the webhook…"));
    if (m_editingId.isEmpty())
        m_model->create(webhook);
    else
        m_model->update(m_editingId, webhook);
    return true;
}

void WebhooksPage::deleteCurrent()
{
    const auto webhook = m_model->webhook(currentId());
    if (!webhook || m_busy || !m_writeAllowed)
        return;
    const QString id = webhook->id;
    Confirm::ask(this,
                 {tr("Delete Webhook"),
                  tr("Lever will stop sending %1 events to %2, including retries of failed ones. This cannot "
                     "be undone: a new webhook gets a new signature token.")
                      .arg(models::WebhooksAdminModel::eventTitle(webhook->event), webhook->url),
                  tr("Delete")},
                 [this, id](bool yes) {
                     if (!yes)
                         return;
                     m_busy = true;
                     updateActions();
                     setStatus(tr("Deleting the webhook…"));
                     m_model->remove(id);
                 });
}

void WebhooksPage::sendTest()
{
    const QString id = currentId();
    if (id.isEmpty() || !m_test->isAvailable())
        return;
    m_testResult->setText(tr("Asking the sandbox to send a test event…"));
    m_test->send(id);
    updateActions();
}

void WebhooksPage::showToken(const api::Webhook &webhook)
{
    if (!webhook.signatureToken)
        return;
    if (m_tokenDialog)
        m_tokenDialog->close();
    m_tokenDialog = new WebhookTokenDialog(webhook.url, *webhook.signatureToken, this);
    m_tokenDialog->open();
}

void WebhooksPage::onFinished(bool ok, const QString &id, const api::ApiError &error)
{
    m_busy = false;
    if (ok) {
        const bool removed = !m_model->webhook(id);
        if (m_form->isVisible() && (m_editingId.isEmpty() || m_editingId == id)) {
            m_form->hide();
            m_editingId.clear();
        }
        setStatus(removed ? tr("The webhook is deleted.") : tr("The webhook is saved in Lever."));
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
    } else if (error.category() == api::ApiError::Category::Forbidden) {
        explainForbidden(error, false);
    } else {
        setStatus(tr("Lever refused the change: %1").arg(error.userText()));
    }
    updateActions();
}

void WebhooksPage::explainForbidden(const api::ApiError &error, bool reading)
{
    m_writeAllowed = false;
    const QString detail = error.message().isEmpty() ? error.userText() : error.message();
    m_forbidden->setText(
        (reading
             ? tr("This account may not read webhooks (Lever answered 403: %1). Ask a Lever super admin "
                  "for credentials with the webhooks:read:admin scope.")
             : tr("This account may not change webhooks (Lever answered 403: %1), so the write actions "
                  "are hidden. To create, edit or delete webhooks, sign in with credentials that have the "
                  "webhooks:write:admin scope."))
            .arg(detail));
    m_forbidden->show();
    setStatus({});
    updateActions();
}

} // namespace lever::ui
