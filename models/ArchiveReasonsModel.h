#pragma once

#include <QAbstractListModel>

namespace lever::models {

class Store;

// The archive reasons, for the "archive with reason" choice: Qt::DisplayRole is the text,
// Qt::UserRole the id, Qt::UserRole + 1 whether it is a hired reason. Inactive reasons are left out.
class ArchiveReasonsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole, HiredRole = Qt::UserRole + 1 };

    explicit ArchiveReasonsModel(const Store &store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload();

    const Store &m_store;
    QList<int> m_rows; // indexes into Store::archiveReasons()
};

} // namespace lever::models
