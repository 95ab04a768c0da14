#pragma once

#include "export/ExportTable.h"

#include <QCoreApplication>
#include <QHash>

namespace lever::models {

class PostingListModel;

// The postings list as a table, one row per posting in the list's order: title, state, categories,
// workplace type, owner and hiring manager (names from the expanded user, else from `userNames`),
// tags, requisition codes, created and updated (ISO 8601, UTC) and the id.
class PostingsExport
{
    Q_DECLARE_TR_FUNCTIONS(PostingsExport)
public:
    static ExportTable table(const PostingListModel &postings, const QHash<QString, QString> &userNames = {});
};

} // namespace lever::models
