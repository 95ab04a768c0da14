#include "UsersModel.h"

#include "Store.h"

#include <algorithm>

namespace lever::models {

UsersModel::UsersModel(const Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&store, &Store::usersAboutToChange, this, [this] { beginResetModel(); });
    connect(&store, &Store::usersChanged, this, [this] {
        reload();
        endResetModel();
    });
    reload();
}

void UsersModel::reload()
{
    m_rows.clear();
    const QList<UserInfo> &users = m_store.users();
    for (int i = 0; i < users.size(); ++i) {
        if (m_includeDeactivated || !users.at(i).deactivated)
            m_rows.append(i);
    }
    std::sort(m_rows.begin(), m_rows.end(), [&users](int a, int b) {
        const int c = users.at(a).name.compare(users.at(b).name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : users.at(a).id < users.at(b).id;
    });
}

void UsersModel::setIncludeDeactivated(bool include)
{
    if (include == m_includeDeactivated)
        return;
    beginResetModel();
    m_includeDeactivated = include;
    reload();
    endResetModel();
}

int UsersModel::rowOf(const QString &userId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_store.users().at(m_rows.at(row)).id == userId)
            return row;
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserInfo &user = m_store.users().at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return user.name;
    case Qt::ToolTipRole:
        return user.email;
    case IdRole:
        return user.id;
    case EmailRole:
        return user.email;
    case InitialsRole:
        return user.initials;
    default:
        return {};
    }
}

QHash<int, QByteArray> UsersModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(EmailRole, "email");
    names.insert(InitialsRole, "initials");
    return names;
}

} // namespace lever::models
