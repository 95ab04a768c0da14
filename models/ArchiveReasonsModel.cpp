#include "ArchiveReasonsModel.h"

#include "Store.h"

namespace lever::models {

ArchiveReasonsModel::ArchiveReasonsModel(const Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(&store, &Store::archiveReasonsAboutToChange, this, [this] { beginResetModel(); });
    connect(&store, &Store::archiveReasonsChanged, this, [this] {
        reload();
        endResetModel();
    });
    reload();
}

void ArchiveReasonsModel::reload()
{
    m_rows.clear();
    const auto &reasons = m_store.archiveReasons();
    for (int i = 0; i < reasons.size(); ++i) {
        if (reasons.at(i).active)
            m_rows.append(i);
    }
}

int ArchiveReasonsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ArchiveReasonsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArchiveReasonInfo &reason = m_store.archiveReasons().at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return reason.text;
    case IdRole:
        return reason.id;
    case HiredRole:
        return reason.hired;
    default:
        return {};
    }
}

QHash<int, QByteArray> ArchiveReasonsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(HiredRole, "hired");
    return names;
}

} // namespace lever::models
