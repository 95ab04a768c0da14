#pragma once

#include "export/ExportTable.h"

#include <QCoreApplication>
#include <QHash>

namespace lever::models {

class RequisitionListModel;

// The requisitions list as a table, one row per requisition in the list's order: code, name, status,
// headcount, hired, employment status, team, department, location, owner and hiring manager (names
// through `userNames`), backfill, created and updated (ISO 8601, UTC) and the id.
class RequisitionsExport
{
    Q_DECLARE_TR_FUNCTIONS(RequisitionsExport)
public:
    static ExportTable table(const RequisitionListModel &requisitions,
                             const QHash<QString, QString> &userNames = {});
};

} // namespace lever::models
