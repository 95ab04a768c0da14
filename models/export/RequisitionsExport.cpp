#include "export/RequisitionsExport.h"

#include "export/ExportTime.h"
#include "postings/RequisitionListModel.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace lever::models {

ExportTable RequisitionsExport::table(const RequisitionListModel &requisitions,
                                      const QHash<QString, QString> &userNames)
{
    auto name = [&userNames](const std::optional<QString> &id) {
        return id ? userNames.value(*id, *id) : QString();
    };
    auto rows = std::make_shared<QList<QStringList>>();
    rows->reserve(requisitions.rowCount());
    for (int i = 0; i < requisitions.rowCount(); ++i) {
        const api::Requisition &r = requisitions.requisition(i);
        rows->append({r.requisitionCode, r.name, RequisitionListModel::statusLabel(r.status),
                      r.headcountInfinite ? tr("unlimited") : QString::number(r.headcountTotal),
                      QString::number(r.headcountHired), r.employmentStatus.value_or(QString()),
                      r.team.value_or(QString()), r.department.value_or(QString()),
                      r.location.value_or(QString()), name(r.owner), name(r.hiringManager),
                      r.backfill ? tr("yes") : tr("no"), exportTime(r.createdAt.value_or(0)),
                      exportTime(r.updatedAt.value_or(0)), r.id});
    }
    ExportTable table;
    table.name = tr("Requisitions list");
    table.header = {tr("Code"),      tr("Name"),           tr("Status"),
                    tr("Headcount"), tr("Hired"),          tr("Employment status"),
                    tr("Team"),      tr("Department"),     tr("Location"),
                    tr("Owner"),     tr("Hiring manager"), tr("Backfill"),
                    tr("Created"),   tr("Updated"),        tr("Requisition ID")};
    table.rowCount = rows->size();
    table.row = [rows](qsizetype row) { return rows->at(row); };
    return table;
}

} // namespace lever::models
