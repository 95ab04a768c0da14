#pragma once

#include <QList>
#include <optional>

#include "export/ExportTable.h"

#include <QCoreApplication>
#include <QHash>

namespace lever::models {

class PostingListModel;

// The postings list as a table, one row per posting in the list's order: title, state, categories,
// workplace type, owner and hiring manager (names from the expanded user, else from `userNames`),
// tags, requisition codes, created and updated (ISO 8601, UTC) and the id. `rows`, when given, are the
// list's rows to export in that order (what the Postings view shows after its filters and sorting).
class PostingsExport
{
    Q_DECLARE_TR_FUNCTIONS(PostingsExport)
public:
    static ExportTable table(const PostingListModel &postings, const QHash<QString, QString> &userNames = {},
                             const std::optional<QList<int>> &rows = std::nullopt);
};

} // namespace lever::models
