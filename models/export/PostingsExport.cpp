#include "export/PostingsExport.h"

#include "export/ExportTime.h"
#include "postings/PostingListModel.h"
#include "postings/PostingRules.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
QString userName(const api::Ref<api::User> &ref, const QHash<QString, QString> &names)
{
    if (ref.expanded && !ref.expanded->name.isEmpty())
        return ref.expanded->name;
    return names.value(ref.id, ref.id);
}
} // namespace

ExportTable PostingsExport::table(const PostingListModel &postings, const QHash<QString, QString> &userNames,
                                  const std::optional<QList<int>> &order)
{
    QList<int> sourceRows;
    if (order) {
        for (const int row : *order) {
            if (row >= 0 && row < postings.rowCount())
                sourceRows.append(row);
        }
    } else {
        for (int i = 0; i < postings.rowCount(); ++i)
            sourceRows.append(i);
    }
    auto rows = std::make_shared<QList<QStringList>>();
    rows->reserve(sourceRows.size());
    // A few thousand postings at most: formatted here at once, so the worker reads plain strings.
    for (const int i : std::as_const(sourceRows)) {
        const api::Posting &p = postings.posting(i);
        const QStringList codes =
            p.requisitionCodes.isEmpty() && p.reqCode ? QStringList{*p.reqCode} : p.requisitionCodes;
        rows->append({p.text, PostingRules::stateLabel(p.state), p.categories.team.value_or(QString()),
                      p.categories.department.value_or(QString()), p.categories.location.value_or(QString()),
                      p.categories.commitment.value_or(QString()), p.workplaceType,
                      userName(p.owner, userNames), userName(p.hiringManager, userNames),
                      p.tags.join(u"; "_s), codes.join(u"; "_s), exportTime(p.createdAt),
                      exportTime(p.updatedAt.value_or(0)), p.id});
    }
    ExportTable table;
    table.name = tr("Postings list");
    table.header = {tr("Title"),
                    tr("State"),
                    tr("Team"),
                    tr("Department"),
                    tr("Location"),
                    tr("Commitment"),
                    tr("Workplace type"),
                    tr("Owner"),
                    tr("Hiring manager"),
                    tr("Tags"),
                    tr("Requisition codes"),
                    tr("Created"),
                    tr("Updated"),
                    tr("Posting ID")};
    table.rowCount = rows->size();
    table.row = [rows](qsizetype row) { return rows->at(row); };
    return table;
}

} // namespace lever::models
