#include "PostingFilterProxy.h"

#include "PostingListModel.h"

namespace lever::models {

PostingFilterProxy::PostingFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PostingListModel::SortRole);
    setDynamicSortFilter(true);
}

void PostingFilterProxy::setFilterValue(int role, const QString &value)
{
    if (m_values.value(role) == value)
        return;
    // 6.4 has no beginFilterChange(); invalidateFilter() is the way to re-run the filter.
    if (value.isEmpty())
        m_values.remove(role);
    else
        m_values.insert(role, value);
    invalidateFilter();
}

void PostingFilterProxy::setSearchText(const QString &text)
{
    const QStringList words = text.toLower().split(u' ', Qt::SkipEmptyParts);
    if (words == m_search)
        return;
    m_search = words;
    invalidateFilter();
}

bool PostingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (index.data(it.key()).toString() != it.value())
            return false;
    }
    if (!m_search.isEmpty()) {
        const QString haystack = index.data(PostingListModel::SearchTextRole).toString();
        for (const QString &word : m_search) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

} // namespace lever::models
