#include "UsersAdminModel.h"

#include "Client.h"
#include "resources/UserResource.h"

using namespace Qt::StringLiterals;

namespace lever::models {

UsersAdminModel::UsersAdminModel(api::Client &client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{}

QStringList UsersAdminModel::accessRoles()
{
    return {u"super admin"_s, u"admin"_s, u"team member"_s, u"limited team member"_s, u"interviewer"_s};
}

QString UsersAdminModel::roleTitle(const QString &accessRole)
{
    if (accessRole == u"super admin"_s)
        return tr("Super admin");
    if (accessRole == u"admin"_s)
        return tr("Admin");
    if (accessRole == u"team member"_s)
        return tr("Team member");
    if (accessRole == u"limited team member"_s)
        return tr("Limited team member");
    if (accessRole == u"interviewer"_s)
        return tr("Interviewer");
    return accessRole; // a custom role id
}

void UsersAdminModel::setFilter(const api::UserFilter &filter)
{
    m_filter = filter;
    reload();
}

void UsersAdminModel::setSearch(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    rebuild();
}

void UsersAdminModel::reload()
{
    const int generation = ++m_generation;
    auto collected = std::make_shared<QList<api::User>>();
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged(true);
    }
    m_client.users()
        .list(m_filter, api::Priority::Interactive)
        .onPage(this, [collected](const QList<api::User> &page,
                                  const api::PagerProgress &) { collected->append(page); })
        .onRestart(this, [collected] { collected->clear(); })
        .onFinished(this, [this, generation, collected](const api::Result<api::PagerSummary> &result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (result.ok()) {
                m_all = *collected;
                for (const api::User &u : std::as_const(m_all))
                    m_names.insert(u.id, u.name);
                rebuild();
            } else {
                Q_EMIT loadFailed(result.error());
            }
            Q_EMIT loadingChanged(false);
        });
}

bool UsersAdminModel::matches(const api::User &user) const
{
    return m_search.isEmpty() || user.name.contains(m_search, Qt::CaseInsensitive) ||
           user.email.contains(m_search, Qt::CaseInsensitive);
}

void UsersAdminModel::rebuild()
{
    beginResetModel(); // a filter change: the rows are a different set
    m_rows.clear();
    for (const api::User &u : std::as_const(m_all)) {
        if (matches(u))
            m_rows.append(u);
    }
    endResetModel();
}

std::optional<api::User> UsersAdminModel::user(const QString &id) const
{
    for (const api::User &u : m_all) {
        if (u.id == id)
            return u;
    }
    return std::nullopt;
}

int UsersAdminModel::rowOf(const QString &id) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).id == id)
            return r;
    }
    return -1;
}

QString UsersAdminModel::userName(const QString &id) const
{
    return m_names.value(id);
}

void UsersAdminModel::applied(const api::User &user)
{
    m_names.insert(user.id, user.name);
    const bool selected = (m_filter.includeDeactivated || !user.isDeactivated()) &&
                          (m_filter.accessRoles.isEmpty() || m_filter.accessRoles.contains(user.accessRole));
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (m_all.at(i).id == user.id)
            at = i;
    }
    if (at >= 0 && selected)
        m_all[at] = user;
    else if (at >= 0)
        m_all.removeAt(at);
    else if (selected)
        m_all.append(user);

    const int row = rowOf(user.id);
    const bool shown = selected && matches(user);
    if (row >= 0 && shown) {
        m_rows[row] = user;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (shown) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(user);
        endInsertRows();
    }
}

void UsersAdminModel::create(const api::User &user)
{
    m_client.users().create(user).then(this, [this](const api::Result<api::User> &r) {
        if (r.ok())
            applied(r.value());
        Q_EMIT finished(r.ok(), r.ok() ? r->id : QString(), r.ok() ? api::ApiError() : r.error());
    });
}

void UsersAdminModel::update(const QString &id, const api::User &user)
{
    m_client.users().update(id, user).then(this, [this, id](const api::Result<api::User> &r) {
        if (r.ok())
            applied(r.value());
        Q_EMIT finished(r.ok(), id, r.ok() ? api::ApiError() : r.error());
    });
}

void UsersAdminModel::deactivate(const QString &id)
{
    m_client.users().deactivate(id).then(this, [this, id](const api::Result<api::User> &r) {
        if (r.ok())
            applied(r.value());
        Q_EMIT finished(r.ok(), id, r.ok() ? api::ApiError() : r.error());
    });
}

void UsersAdminModel::reactivate(const QString &id)
{
    m_client.users().reactivate(id).then(this, [this, id](const api::Result<api::User> &r) {
        if (r.ok())
            applied(r.value());
        Q_EMIT finished(r.ok(), id, r.ok() ? api::ApiError() : r.error());
    });
}

int UsersAdminModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersAdminModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersAdminModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const api::User &u = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return u.id;
    case DeactivatedRole:
        return u.isDeactivated();
    case AccessRoleRole:
        return u.accessRole;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return u.name;
        case Email:
            return u.email;
        case Role:
            return roleTitle(u.accessRole);
        case JobTitle:
            return u.jobTitle.value_or(QString());
        case Manager:
            return u.managerId ? userName(*u.managerId) : QString();
        case Status:
            return u.isDeactivated() ? tr("Deactivated") : tr("Active");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant UsersAdminModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Role:
        return tr("Access role");
    case JobTitle:
        return tr("Job title");
    case Manager:
        return tr("Manager");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace lever::models
