#include "UsersPage.h"

#include "admin/UsersAdminModel.h"
#include "common/Confirm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
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

UsersPage::UsersPage(api::Client &client, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::UsersAdminModel(client, this))
{
    setObjectName(u"adminUsersPage"_s);
    auto *layout = new QVBoxLayout(this);

    auto *filters = new QHBoxLayout;
    m_roleFilter = named(new QComboBox, u"usersRoleFilter"_s, tr("Filter by access role"));
    m_roleFilter->addItem(tr("All roles"), QString());
    for (const QString &role : models::UsersAdminModel::accessRoles())
        m_roleFilter->addItem(models::UsersAdminModel::roleTitle(role), role);
    m_includeDeactivated = named(new QCheckBox(tr("Include deactivated")), u"usersIncludeDeactivated"_s,
                                 tr("Include deactivated"));
    m_search = named(new QLineEdit, u"usersSearch"_s, tr("Search users by name or e-mail"));
    m_search->setPlaceholderText(tr("Search name or e-mail"));
    m_search->setClearButtonEnabled(true);
    auto *roleLabel = new QLabel(tr("&Role:"));
    roleLabel->setBuddy(m_roleFilter);
    filters->addWidget(roleLabel);
    filters->addWidget(m_roleFilter);
    filters->addWidget(m_includeDeactivated);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);

    m_forbidden = new QLabel;
    m_forbidden->setObjectName(u"usersForbidden"_s);
    m_forbidden->setWordWrap(true);
    m_forbidden->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forbidden->setFrameShape(QFrame::StyledPanel);
    m_forbidden->hide();
    layout->addWidget(m_forbidden);

    auto *body = new QHBoxLayout;
    m_table = named(new QTableView, u"usersTable"_s, tr("Users"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setAccessibleName(tr("User columns"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Users are few (hundreds at most): columns fit their contents.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    body->addWidget(m_table, 3);

    m_form = new QGroupBox(tr("User"));
    m_form->setObjectName(u"usersForm"_s);
    auto *form = new QFormLayout(m_form);
    m_name = named(new QLineEdit, u"userName"_s, tr("Name"));
    m_email = named(new QLineEdit, u"userEmail"_s, tr("E-mail"));
    m_role = named(new QComboBox, u"userRole"_s, tr("Access role"));
    for (const QString &role : models::UsersAdminModel::accessRoles())
        m_role->addItem(models::UsersAdminModel::roleTitle(role), role);
    m_jobTitle = named(new QLineEdit, u"userJobTitle"_s, tr("Job title"));
    m_manager = named(new QComboBox, u"userManager"_s, tr("Manager"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("Access &role:"), m_role);
    form->addRow(tr("&Job title:"), m_jobTitle);
    form->addRow(tr("&Manager:"), m_manager);
    auto *formButtons = new QHBoxLayout;
    m_save = named(new QPushButton(tr("Save")), u"userSave"_s, tr("Save user"));
    m_cancel = named(new QPushButton(tr("Cancel")), u"userCancel"_s, tr("Cancel editing"));
    formButtons->addStretch();
    formButtons->addWidget(m_cancel);
    formButtons->addWidget(m_save);
    form->addRow(formButtons);
    m_form->hide();
    body->addWidget(m_form, 2);
    layout->addLayout(body, 1);

    auto *actions = new QHBoxLayout;
    m_new = named(new QPushButton(tr("New User…")), u"usersNew"_s, tr("New user"));
    m_edit = named(new QPushButton(tr("Edit…")), u"usersEdit"_s, tr("Edit user"));
    m_deactivate = named(new QPushButton(tr("Deactivate…")), u"usersDeactivate"_s, tr("Deactivate user"));
    m_reactivate = named(new QPushButton(tr("Reactivate…")), u"usersReactivate"_s, tr("Reactivate user"));
    m_status = new QLabel;
    m_status->setObjectName(u"usersStatus"_s);
    m_status->setWordWrap(true);
    actions->addWidget(m_new);
    actions->addWidget(m_edit);
    actions->addWidget(m_deactivate);
    actions->addWidget(m_reactivate);
    actions->addWidget(m_status, 1);
    layout->addLayout(actions);

    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilters);
    connect(m_includeDeactivated, &QCheckBox::toggled, this, &UsersPage::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_model, &models::UsersAdminModel::setSearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPage::updateActions);
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_writeAllowed)
            editCurrent();
    });
    connect(m_new, &QPushButton::clicked, this, &UsersPage::newUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editCurrent);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersPage::deactivateCurrent);
    connect(m_reactivate, &QPushButton::clicked, this, &UsersPage::reactivateCurrent);
    connect(m_save, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_form->hide();
        m_editingId.clear();
    });
    connect(m_model, &models::UsersAdminModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            setStatus(tr("Loading users…"));
        else if (m_status->property("error").toBool() == false)
            setStatus(tr("%n user(s)", "", m_model->rowCount()));
    });
    connect(m_model, &models::UsersAdminModel::loadFailed, this, [this](const api::ApiError &error) {
        if (error.category() == api::ApiError::Category::Forbidden)
            explainForbidden(error, true);
        else
            setStatus(tr("The users could not be loaded: %1").arg(error.userText()), true);
    });
    connect(m_model, &models::UsersAdminModel::finished, this, &UsersPage::onFinished);

    updateActions();
}

void UsersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded) {
        m_loaded = true;
        m_model->reload();
    }
}

QString UsersPage::currentId() const
{
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    if (!m_table->selectionModel()->hasSelection() || !index.isValid())
        return {};
    return index.siblingAtColumn(0).data(models::UsersAdminModel::IdRole).toString();
}

QString UsersPage::statusText() const
{
    return m_status->text();
}

void UsersPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
}

void UsersPage::applyFilters()
{
    api::UserFilter filter;
    const QString role = m_roleFilter->currentData().toString();
    if (!role.isEmpty())
        filter.accessRoles = {role};
    filter.includeDeactivated = m_includeDeactivated->isChecked();
    m_model->setFilter(filter);
}

void UsersPage::updateActions()
{
    const auto user = m_model->user(currentId());
    for (QPushButton *b : {m_new, m_edit, m_deactivate, m_reactivate})
        b->setVisible(m_writeAllowed);
    m_new->setEnabled(!m_busy);
    m_edit->setEnabled(!m_busy && user.has_value());
    m_deactivate->setEnabled(!m_busy && user && !user->isDeactivated());
    m_reactivate->setEnabled(!m_busy && user && user->isDeactivated());
    m_save->setEnabled(!m_busy);
    if (!m_writeAllowed)
        m_form->hide();
}

void UsersPage::fillManagers(const QString &selectedId, const QString &exceptId)
{
    m_manager->clear();
    m_manager->addItem(tr("No manager"), QString());
    for (const api::User &u : m_model->allUsers()) {
        if (u.id != exceptId && !u.isDeactivated())
            m_manager->addItem(u.name, u.id);
    }
    const int at = m_manager->findData(selectedId);
    m_manager->setCurrentIndex(at < 0 ? 0 : at);
}

void UsersPage::newUser()
{
    if (!m_writeAllowed)
        return;
    m_editingId.clear();
    m_form->setTitle(tr("New user"));
    m_name->clear();
    m_email->clear();
    m_role->setCurrentIndex(m_role->findData(u"team member"_s));
    m_jobTitle->clear();
    fillManagers({}, {});
    m_form->show();
    m_name->setFocus();
}

void UsersPage::editCurrent()
{
    const auto user = m_model->user(currentId());
    if (!user || !m_writeAllowed)
        return;
    m_editingId = user->id;
    m_form->setTitle(tr("Edit %1").arg(user->name));
    m_name->setText(user->name);
    m_email->setText(user->email);
    int role = m_role->findData(user->accessRole);
    if (role < 0) { // a custom role: keep it as it is
        m_role->addItem(user->accessRole, user->accessRole);
        role = m_role->count() - 1;
    }
    m_role->setCurrentIndex(role);
    m_jobTitle->setText(user->jobTitle.value_or(QString()));
    fillManagers(user->managerId.value_or(QString()), user->id);
    m_form->show();
    m_name->setFocus();
}

bool UsersPage::save()
{
    if (m_busy || !m_writeAllowed)
        return false;
    if (m_name->text().trimmed().isEmpty()) {
        setStatus(tr("A user needs a name."), true);
        m_name->setFocus();
        return false;
    }
    static const QRegularExpression shape(u"^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"_s);
    if (!shape.match(m_email->text().trimmed()).hasMatch()) {
        setStatus(tr("Enter a valid e-mail address, such as name@example.com."), true);
        m_email->setFocus();
        return false;
    }
    const QString newRole = m_role->currentData().toString();
    const auto before = m_editingId.isEmpty() ? std::nullopt : m_model->user(m_editingId);
    if (before && before->accessRole != u"interviewer"_s && newRole == u"interviewer"_s) {
        Confirm::ask(
            this,
            {tr("Change to Interviewer"),
             tr("%1 will become an Interviewer. Interviewers only see the candidates they interview: "
                "Lever removes every profile %1 follows, and they stop getting those updates. "
                "Giving the role back later does not restore them.")
                 .arg(before->name),
             tr("Change role")},
            [this](bool yes) {
                if (yes)
                    send();
            });
        return true;
    }
    send();
    return true;
}

void UsersPage::send()
{
    api::User user;
    if (const auto before = m_model->user(m_editingId))
        user = *before; // PUT replaces: keep what the form does not show (external directory id)
    user.name = m_name->text().trimmed();
    user.email = m_email->text().trimmed();
    user.accessRole = m_role->currentData().toString();
    const QString title = m_jobTitle->text().trimmed();
    user.jobTitle = title.isEmpty() ? std::nullopt : std::optional<QString>(title);
    const QString manager = m_manager->currentData().toString();
    user.managerId = manager.isEmpty() ? std::nullopt : std::optional<QString>(manager);
    m_busy = true;
    updateActions();
    setStatus(m_editingId.isEmpty() ? tr("Creating %1…").arg(user.name) : tr("Saving %1…").arg(user.name));
    if (m_editingId.isEmpty())
        m_model->create(user);
    else
        m_model->update(m_editingId, user);
}

void UsersPage::deactivateCurrent()
{
    const auto user = m_model->user(currentId());
    if (!user || user->isDeactivated() || m_busy || !m_writeAllowed)
        return;
    const QString id = user->id;
    Confirm::ask(this,
                 {tr("Deactivate %1").arg(user->name),
                  tr("%1 will no longer be able to sign in to Lever. Their candidates, notes and feedback "
                     "stay, and you can reactivate them later.")
                      .arg(user->name),
                  tr("Deactivate")},
                 [this, id, name = user->name](bool yes) {
                     if (!yes)
                         return;
                     m_busy = true;
                     updateActions();
                     setStatus(tr("Deactivating %1…").arg(name));
                     m_model->deactivate(id);
                 });
}

void UsersPage::reactivateCurrent()
{
    const auto user = m_model->user(currentId());
    if (!user || !user->isDeactivated() || m_busy || !m_writeAllowed)
        return;
    const QString id = user->id;
    Confirm::ask(this,
                 {tr("Reactivate %1").arg(user->name),
                  tr("%1 will be able to sign in to Lever again, with the role %2.")
                      .arg(user->name, models::UsersAdminModel::roleTitle(user->accessRole)),
                  tr("Reactivate")},
                 [this, id, name = user->name](bool yes) {
                     if (!yes)
                         return;
                     m_busy = true;
                     updateActions();
                     setStatus(tr("Reactivating %1…").arg(name));
                     m_model->reactivate(id);
                 });
}

void UsersPage::onFinished(bool ok, const QString &id, const api::ApiError &error)
{
    m_busy = false;
    if (ok) {
        const auto user = m_model->user(id);
        const QString name = user ? user->name : id;
        if (user && m_form->isVisible() && (m_editingId.isEmpty() || m_editingId == id)) {
            m_form->hide();
            m_editingId.clear();
        }
        setStatus(user && user->isDeactivated() ? tr("%1 is deactivated.").arg(name)
                                                : tr("%1 is saved in Lever.").arg(name));
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectRow(row);
    } else if (error.category() == api::ApiError::Category::Forbidden) {
        explainForbidden(error, false);
    } else {
        setStatus(tr("Lever refused the change: %1").arg(error.userText()), true);
    }
    updateActions();
}

void UsersPage::explainForbidden(const api::ApiError &error, bool reading)
{
    m_writeAllowed = false;
    m_forbidden->setText(
        (reading
             ? tr("This account may not read Lever's users (Lever answered 403: %1). Ask a Lever super "
                  "admin for credentials with the users:read:admin scope.")
             : tr("This account may not change users (Lever answered 403: %1), so the write actions are "
                  "hidden. Browsing still works. To add, edit or deactivate users, sign in with an API "
                  "key or grant that has the users:write:admin scope (a Lever super admin can issue one)."))
            .arg(error.message().isEmpty() ? error.userText() : error.message()));
    m_forbidden->show();
    setStatus({});
    updateActions();
}

} // namespace lever::ui
