#pragma once

#include <QAbstractListModel>

namespace lever::models {

class Store;

// The account's users for pickers (owner, hiring manager, interviewers): Qt::DisplayRole is the
// name, Qt::UserRole the id, Qt::UserRole + 1 the email, Qt::UserRole + 2 the initials. Sorted by
// name; deactivated users are left out unless setIncludeDeactivated(true).
class UsersModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, EmailRole = Qt::UserRole + 1, InitialsRole = Qt::UserRole + 2 };

    explicit UsersModel(const Store &store, QObject *parent = nullptr);

    void setIncludeDeactivated(bool include);
    bool includeDeactivated() const { return m_includeDeactivated; }
    int rowOf(const QString &userId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();

    const Store &m_store;
    bool m_includeDeactivated = false;
    QList<int> m_rows; // indexes into Store::users()
};

} // namespace lever::models
