#pragma once

#include "Client.h"
#include "types/Requisition.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace lever::models {

// Every requisition of the account as a table, with the writes the requisitions page makes (create,
// update as a whole-object PUT, delete). Each write updates the table only once Lever confirmed it.
class RequisitionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        StatusColumn,
        HeadcountColumn,
        TeamColumn,
        LocationColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 100, CodeRole, StatusRole };

    explicit RequisitionListModel(api::Client &client, QObject *parent = nullptr);

    void reload(); // Priority::Visible
    bool isLoading() const { return m_loading; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const api::Requisition &requisition(int row) const { return m_items.at(row); }
    int rowOf(const QString &id) const;
    QStringList codes() const;
    static QString statusLabel(const QString &status);
    static const QStringList &statuses();
    static const QStringList &employmentStatuses();

    // Writes (Priority::Interactive). `requisition` must be complete: PUT replaces the whole object,
    // so it starts from what was loaded (custom fields included) with the user's changes applied.
    // update() re-reads first and sends nothing if Lever's updatedAt moved (changedElsewhere()).
    void create(const api::Requisition &requisition);
    void update(const api::Requisition &requisition);
    void remove(const QString &id);

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    void created(const lever::api::Requisition &requisition);
    void updated(const lever::api::Requisition &requisition);
    void removed(const QString &id);
    // update() found the requisition changed in Lever since `requisition.updatedAt`; nothing was sent.
    void changedElsewhere(const lever::api::Requisition &current);
    void writeFailed(const QString &message);

private:
    void upsert(const api::Requisition &requisition);
    void reindex();

    api::Client &m_client;
    QList<api::Requisition> m_items;
    QHash<QString, int> m_rows;
    bool m_loading = false;
    QPointer<QObject> m_loadContext;
};

} // namespace lever::models
