#include "StagesModel.h"

#include "Store.h"

namespace lever::models {

StagesModel::StagesModel(const Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    // The Store replaces its stage list as a whole, so the model resets; the list is short and
    // changes only when an admin edits the pipeline.
    connect(&store, &Store::stagesAboutToChange, this, [this] { beginResetModel(); });
    connect(&store, &Store::stagesChanged, this, [this] { endResetModel(); });
}

int StagesModel::rowOf(const QString &stageId) const
{
    return m_store.stageIndex(stageId);
}

int StagesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.stages().size());
}

QVariant StagesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StageInfo &stage = m_store.stages().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return stage.text;
    case IdRole:
        return stage.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> StagesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    return names;
}

} // namespace lever::models
