#pragma once

#include "insights/InsightsTable.h"

#include <QAbstractTableModel>

namespace lever::models {

// An InsightsTable for a QTableView. A new table of the same shape changes cells in place (dataChanged),
// and lines or columns are added or removed at the end: a live update never resets the model, so the
// user's selection and scroll position stay. Numbers are shown in the locale; Qt::UserRole gives the
// raw value (for sorting).
class InsightsTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(InsightsTable table);
    const InsightsTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    InsightsTable m_table;
};

} // namespace lever::models
