#pragma once

#include <QSortFilterProxyModel>

namespace lever::models {

// Filters a PostingListModel by state and categories (exact values; empty = any) and by a search text
// (every word must appear in the title, categories, tags or requisition codes), and sorts on SortRole.
class PostingFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit PostingFilterProxy(QObject *parent = nullptr);

    // `role` is one of PostingListModel's StateRole, TeamRole, DepartmentRole, LocationRole, CommitmentRole.
    void setFilterValue(int role, const QString &value);
    QString filterValue(int role) const { return m_values.value(role); }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search.join(u' '); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QString> m_values;
    QStringList m_search;
};

} // namespace lever::models
