#pragma once

#include "export/ExportTable.h"

#include <QCoreApplication>

namespace lever::models {

class BoardModel;

// The pipeline board as a table, one row per card: every card the board shows now (its filter
// applied, stage columns in pipeline order then the archive lanes, each in its sort order), or only
// the given cards. Ids become names through the Store; times are ISO 8601 in UTC.
class BoardExport
{
    Q_DECLARE_TR_FUNCTIONS(BoardExport)
public:
    static ExportTable currentView(const BoardModel &board);
    // `ids` in the order given; ids the store no longer knows are left out.
    static ExportTable cards(const BoardModel &board, const QStringList &ids);
    // Cards shown over every column, lane by lane, in order (what currentView() exports).
    static QStringList shownIds(const BoardModel &board);
};

} // namespace lever::models
