#pragma once

#include <QAbstractListModel>

namespace lever::models {

class Store;

// The pipeline stages in order, for stage pickers and "move to" menus: Qt::DisplayRole is the
// name, Qt::UserRole the id.
class StagesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole };

    explicit StagesModel(const Store &store, QObject *parent = nullptr);

    int rowOf(const QString &stageId) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Store &m_store;
};

} // namespace lever::models
