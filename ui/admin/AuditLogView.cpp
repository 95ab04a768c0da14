#include "AuditLogView.h"

#include "Store.h"
#include "admin/AuditLogModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
// Event and target types Lever's audit log is known to carry; any other can be typed.
const QStringList kEventTypes = {u"api_key.created"_s,
                                 u"eeo.pii_read"_s,
                                 u"feedback_template.created"_s,
                                 u"feedback_template.deleted"_s,
                                 u"feedback_template.updated"_s,
                                 u"oauth.token_issued"_s,
                                 u"opportunity.deleted"_s,
                                 u"posting.created"_s,
                                 u"posting.deleted"_s,
                                 u"posting.state_changed"_s,
                                 u"user.created"_s,
                                 u"user.deactivated"_s,
                                 u"user.updated"_s,
                                 u"webhook.created"_s,
                                 u"webhook.deleted"_s};
const QStringList kTargetTypes = {u"api_key"_s,      u"eeo_responses"_s, u"feedback_template"_s,
                                  u"oauth_client"_s, u"opportunity"_s,   u"posting"_s,
                                  u"user"_s,         u"webhook"_s};

QComboBox *editableChoices(const QStringList &values, const QString &anyText, const QString &name,
                           const QString &accessibleName)
{
    auto *box = new QComboBox;
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(anyText, QString());
    for (const QString &v : values)
        box->addItem(v, v);
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->lineEdit()->setAccessibleName(accessibleName);
    box->setMinimumContentsLength(14);
    return box;
}

// The typed or chosen value of an editable combo box ("" for the "any" entry).
QString choice(const QComboBox *box)
{
    const QString text = box->currentText().trimmed();
    if (box->currentIndex() >= 0 && box->itemText(box->currentIndex()) == text)
        return box->currentData().toString();
    return text;
}
} // namespace

AuditLogView::AuditLogView(models::AuditLogModel &model, const models::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_store(store)
{
    setObjectName(u"auditLogView"_s);
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget;
    layout->addWidget(m_stack);

    // Page 0: filters, table and details.
    auto *logPage = new QWidget;
    auto *logLayout = new QVBoxLayout(logPage);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_type = editableChoices(kEventTypes, tr("Any event"), u"auditType"_s, tr("Event type"));
    m_user = new QComboBox;
    m_user->setObjectName(u"auditUser"_s);
    m_user->setAccessibleName(tr("User"));
    m_targetType = editableChoices(kTargetTypes, tr("Any target"), u"auditTargetType"_s, tr("Target type"));
    m_targetId = new QLineEdit;
    m_targetId->setObjectName(u"auditTargetId"_s);
    m_targetId->setAccessibleName(tr("Target id"));
    m_targetId->setPlaceholderText(tr("Target id"));
    m_targetId->setClearButtonEnabled(true);
    m_fromEnabled = new QCheckBox(tr("From"));
    m_fromEnabled->setObjectName(u"auditFromEnabled"_s);
    m_fromEnabled->setAccessibleName(tr("Filter from a date"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30));
    m_from->setObjectName(u"auditFrom"_s);
    m_from->setAccessibleName(tr("From date"));
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_toEnabled = new QCheckBox(tr("To"));
    m_toEnabled->setObjectName(u"auditToEnabled"_s);
    m_toEnabled->setAccessibleName(tr("Filter up to a date"));
    m_to = new QDateEdit(QDate::currentDate());
    m_to->setObjectName(u"auditTo"_s);
    m_to->setAccessibleName(tr("To date"));
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    connect(m_fromEnabled, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toEnabled, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_apply = new QPushButton(tr("Apply"));
    m_apply->setObjectName(u"auditApply"_s);
    m_apply->setAccessibleName(tr("Apply filters"));
    connect(m_apply, &QPushButton::clicked, this, &AuditLogView::applyFilters);
    connect(m_targetId, &QLineEdit::returnPressed, this, &AuditLogView::applyFilters);
    filters->addWidget(m_type);
    filters->addWidget(m_user);
    filters->addWidget(m_targetType);
    filters->addWidget(m_targetId, 1);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    filters->addWidget(m_apply);
    logLayout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Horizontal);
    m_table = new QTableView;
    m_table->setObjectName(u"auditTable"_s);
    m_table->setAccessibleName(tr("Audit events"));
    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setAccessibleName(tr("Audit event columns"));
    m_table->setWordWrap(false);
    m_details = new QPlainTextEdit;
    m_details->setObjectName(u"auditDetails"_s);
    m_details->setAccessibleName(tr("Event details"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an event to see its details."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    logLayout->addWidget(splitter, 1);
    m_status = new QLabel;
    m_status->setObjectName(u"auditStatus"_s);
    logLayout->addWidget(m_status);
    m_stack->addWidget(logPage);

    // Page 1: why there is no log to show.
    auto *noticePage = new QWidget;
    auto *noticeLayout = new QVBoxLayout(noticePage);
    m_notice = new QLabel;
    m_notice->setObjectName(u"auditNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Try Again"));
    m_retry->setObjectName(u"auditRetry"_s);
    m_retry->setAccessibleName(tr("Try reading the audit log again"));
    connect(m_retry, &QPushButton::clicked, &m_model, &models::AuditLogModel::reload);
    noticeLayout->addStretch();
    noticeLayout->addWidget(m_notice);
    noticeLayout->addWidget(m_retry, 0, Qt::AlignCenter);
    noticeLayout->addStretch();
    m_stack->addWidget(noticePage);

    connect(&m_model, &models::AuditLogModel::stateChanged, this, &AuditLogView::showState);
    connect(&m_model, &models::AuditLogModel::pageLoaded, this, [this](int pages) {
        if (pages == 1) {
            m_table->resizeColumnsToContents();
            m_table->horizontalHeader()->setStretchLastSection(true);
        }
        showState();
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &AuditLogView::showDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogView::showDetails);
    connect(&m_store, &models::Store::usersChanged, this, &AuditLogView::fillUsers);
    fillUsers();
    showState();
}

void AuditLogView::fillUsers()
{
    const QString current = m_user->currentData().toString();
    m_user->clear();
    m_user->addItem(tr("Any user"), QString());
    QHash<QString, QString> names;
    for (const models::UserInfo &user : m_store.users()) {
        m_user->addItem(user.name, user.id);
        names.insert(user.id, user.name);
    }
    m_user->setCurrentIndex(qMax(0, m_user->findData(current)));
    m_model.setUserNames(names);
}

void AuditLogView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        applyFilters();
    }
}

void AuditLogView::applyFilters()
{
    m_started = true;
    api::AuditEventFilter filter;
    if (const QString type = choice(m_type); !type.isEmpty())
        filter.types = {type};
    if (const QString user = m_user->currentData().toString(); !user.isEmpty())
        filter.userIds = {user};
    if (const QString targetType = choice(m_targetType); !targetType.isEmpty())
        filter.targetTypes = {targetType};
    if (const QString targetId = m_targetId->text().trimmed(); !targetId.isEmpty())
        filter.targetIds = {targetId};
    // Whole local days: from the start of the first to the end of the last.
    if (m_fromEnabled->isChecked())
        filter.createdAt.start = api::EpochMs::fromDateTime(m_from->date().startOfDay());
    if (m_toEnabled->isChecked())
        filter.createdAt.end = api::EpochMs::fromDateTime(m_to->date().endOfDay());
    m_model.setFilter(filter);
}

void AuditLogView::showState()
{
    using State = models::AuditLogModel::State;
    const State state = m_model.state();
    switch (state) {
    case State::NotEnabled:
        m_notice->setText(tr("The audit log is not enabled for this Lever account. Audit events are a paid "
                             "add-on: ask your Lever administrator or Lever support to turn it on.\n\n"
                             "Lever said: %1")
                              .arg(m_model.stateText()));
        m_stack->setCurrentIndex(1);
        return;
    case State::MissingScope:
        m_notice->setText(tr("This sign-in may not read the audit log: it lacks the permission (scope) "
                             "audit_events:read:admin. Sign in again with an API key or OAuth grant that "
                             "includes it.\n\nLever said: %1")
                              .arg(m_model.stateText()));
        m_stack->setCurrentIndex(1);
        return;
    case State::Failed:
        m_notice->setText(tr("The audit log could not be read: %1").arg(m_model.stateText()));
        m_stack->setCurrentIndex(1);
        return;
    case State::Idle:
    case State::Loading:
    case State::Ready:
        break;
    }
    m_stack->setCurrentIndex(0);
    const int rows = m_model.rowCount();
    if (state == State::Loading)
        m_status->setText(tr("Reading the audit log… %n event(s) so far", "", rows));
    else if (state == State::Ready && rows == 0)
        m_status->setText(tr("No audit events match these filters."));
    else if (m_model.hasMore())
        m_status->setText(tr("%n event(s) shown; scroll down for more", "", rows));
    else
        m_status->setText(tr("%n event(s)", "", rows));
}

void AuditLogView::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_details->setPlainText(current.isValid() ? m_model.details(current.row()) : QString());
}

} // namespace lever::ui
