#include "insights/InsightsTableModel.h"

#include <QDate>
#include <QLocale>

namespace lever::models {

void InsightsTableModel::setTable(InsightsTable table)
{
    const int oldRows = rowCount();
    const int oldColumns = columnCount();
    const int newRows = int(table.cells.size());
    const int newColumns = int(table.header.size());
    const QStringList oldHeader = m_table.header;
    if (newColumns > oldColumns) {
        beginInsertColumns({}, oldColumns, newColumns - 1);
        m_table.header = table.header;
        endInsertColumns();
    } else if (newColumns < oldColumns) {
        beginRemoveColumns({}, newColumns, oldColumns - 1);
        m_table.header = table.header;
        for (QVariantList &line : m_table.cells)
            line = line.mid(0, newColumns);
        endRemoveColumns();
    }
    if (newRows > oldRows) {
        beginInsertRows({}, oldRows, newRows - 1);
        m_table = std::move(table);
        endInsertRows();
    } else if (newRows < oldRows) {
        beginRemoveRows({}, newRows, oldRows - 1);
        m_table.cells = m_table.cells.mid(0, newRows);
        endRemoveRows();
        m_table = std::move(table);
    } else {
        m_table = std::move(table);
    }
    const int shownRows = qMin(oldRows, newRows);
    const int shownColumns = qMin(oldColumns, newColumns);
    if (shownRows > 0 && shownColumns > 0)
        Q_EMIT dataChanged(index(0, 0), index(shownRows - 1, shownColumns - 1));
    if (oldHeader != m_table.header && shownColumns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, shownColumns - 1);
}

int InsightsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.cells.size());
}

int InsightsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.header.size());
}

QVariant InsightsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QVariantList &line = m_table.cells.at(index.row());
    const QVariant cell = index.column() < line.size() ? line.at(index.column()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QLocale locale;
        switch (cell.typeId()) {
        case QMetaType::Double:
            return locale.toString(cell.toDouble(), 'f', m_table.decimals);
        case QMetaType::Int:
        case QMetaType::LongLong:
            return locale.toString(cell.toLongLong());
        case QMetaType::QDate:
            return locale.toString(cell.toDate(), QLocale::ShortFormat);
        default:
            return cell.toString();
        }
    }
    case Qt::UserRole:
        return cell;
    case Qt::TextAlignmentRole: {
        const bool number = cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Int ||
                            cell.typeId() == QMetaType::LongLong;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    default:
        return {};
    }
}

QVariant InsightsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_table.header.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.header.at(section);
}

} // namespace lever::models
