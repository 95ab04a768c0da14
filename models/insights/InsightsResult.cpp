#include "insights/InsightsResult.h"

namespace lever::models {

QStringList InsightsResult::idsOf(const QList<int> &rows) const
{
    QStringList ids;
    if (!input)
        return ids;
    ids.reserve(rows.size());
    for (int row : rows)
        ids.append(input->rows[size_t(row)].id);
    return ids;
}

} // namespace lever::models
