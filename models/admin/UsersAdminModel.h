#pragma once

#include "ApiError.h"
#include "filters/UserFilter.h"
#include "types/User.h"

#include <QAbstractTableModel>

namespace lever::api {
class Client;
}

namespace lever::models {

// The Users admin page's table: every Lever user the filters select (role and "include deactivated" are
// sent to Lever, the name/e-mail search is applied here since GET /users cannot search), and the four
// writes (create, replace, deactivate, reactivate). A write changes the table only once Lever confirmed
// it: users are few, and an admin expects to see what Lever holds, not a guess.
class UsersAdminModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Role, JobTitle, Manager, Status, ColumnCount };
    enum Roles { IdRole = Qt::UserRole, DeactivatedRole, AccessRoleRole };

    explicit UsersAdminModel(api::Client &client, QObject *parent = nullptr);

    // The five built-in access roles, in Lever's order (values sent to Lever), and their display names.
    static QStringList accessRoles();
    static QString roleTitle(const QString &accessRole);

    void setFilter(const api::UserFilter &filter); // reloads
    api::UserFilter filter() const { return m_filter; }
    void setSearch(const QString &text); // name or e-mail contains, case-insensitive
    void reload();
    bool isLoading() const { return m_loading; }

    std::optional<api::User> user(const QString &id) const;
    int rowOf(const QString &id) const;
    QString userName(const QString &id) const; // from every user loaded, for the manager column
    const QList<api::User> &allUsers() const { return m_all; }

    // Each ends with finished(); the table follows Lever's answer.
    void create(const api::User &user);
    void update(const QString &id, const api::User &user);
    void deactivate(const QString &id);
    void reactivate(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const api::ApiError &error);
    // `ok`: Lever applied it; else `error` says why. `id` is the user's (the new one's after a create).
    void finished(bool ok, const QString &id, const api::ApiError &error);

private:
    void applied(const api::User &user);
    bool matches(const api::User &user) const;
    void rebuild();

    api::Client &m_client;
    api::UserFilter m_filter;
    QString m_search;
    QList<api::User> m_all;  // what Lever answered for the filter
    QList<api::User> m_rows; // after the search
    QHash<QString, QString> m_names;
    bool m_loading = false;
    int m_generation = 0; // a newer reload drops an older one's pages
};

} // namespace lever::models
