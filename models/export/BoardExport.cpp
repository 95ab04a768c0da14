#include "export/BoardExport.h"

#include "BoardModel.h"
#include "ColumnModel.h"
#include "Store.h"
#include "export/ExportTime.h"

#include <QDateTime>
#include <QHash>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {

// Everything a row needs, copied once on the UI thread: records share their strings with the store
// (implicit sharing), so copying 100,000 of them takes milliseconds, and the worker never reads the
// store itself.
struct BoardSnapshot
{
    std::vector<OpportunityRecord> records;
    QHash<QString, QString> stages, reasons, postings, users;
};

QString nameOr(const QHash<QString, QString> &names, const QString &id)
{
    if (id.isEmpty())
        return {};
    const auto it = names.constFind(id);
    return it == names.cend() || it->isEmpty() ? id : *it;
}

QStringList header()
{
    return {BoardExport::tr("Name"),           BoardExport::tr("Emails"),        BoardExport::tr("Headline"),
            BoardExport::tr("Stage"),          BoardExport::tr("Posting"),       BoardExport::tr("Owner"),
            BoardExport::tr("Origin"),         BoardExport::tr("Tags"),          BoardExport::tr("Sources"),
            BoardExport::tr("Created"),        BoardExport::tr("Updated"),       BoardExport::tr("Archived"),
            BoardExport::tr("Archive reason"), BoardExport::tr("Opportunity ID")};
}

ExportTable tableOf(const BoardModel &board, const std::vector<int> &slots, const QString &name)
{
    const Store &store = board.store();
    auto snapshot = std::make_shared<BoardSnapshot>();
    snapshot->records.reserve(slots.size());
    for (int slot : slots)
        snapshot->records.push_back(store.at(slot));
    for (const StageInfo &s : store.stages())
        snapshot->stages.insert(s.id, s.text);
    for (const ArchiveReasonInfo &r : store.archiveReasons())
        snapshot->reasons.insert(r.id, r.text);
    for (const PostingInfo &p : store.postings())
        snapshot->postings.insert(p.id, p.text);
    for (const UserInfo &u : store.users())
        snapshot->users.insert(u.id, u.name);

    ExportTable table;
    table.name = name;
    table.header = header();
    table.rowCount = qsizetype(snapshot->records.size());
    // Lists inside one cell are joined by "; " (a comma would read as a second column to people).
    table.row = [snapshot](qsizetype row) {
        const OpportunityRecord &r = snapshot->records[size_t(row)];
        return QStringList{r.name,
                           r.emails,
                           r.headline,
                           nameOr(snapshot->stages, r.stageId),
                           nameOr(snapshot->postings, r.postingId),
                           nameOr(snapshot->users, r.ownerId),
                           r.origin,
                           r.tags.join(u"; "_s),
                           r.sources.join(u"; "_s),
                           exportTime(r.createdAt),
                           exportTime(r.updatedAt),
                           r.archived ? exportTime(r.archivedAt > 0 ? r.archivedAt : r.updatedAt) : QString(),
                           r.archived ? nameOr(snapshot->reasons, r.archiveReasonId) : QString(),
                           r.id};
    };
    return table;
}

std::vector<int> shownSlots(const BoardModel &board)
{
    std::vector<int> slots;
    slots.reserve(size_t(board.shownCount()));
    auto add = [&slots](const QList<ColumnModel *> &columns) {
        for (const ColumnModel *column : columns) {
            const QList<int> shown = column->shownSlots();
            slots.insert(slots.end(), shown.cbegin(), shown.cend());
        }
    };
    add(board.stageColumns());
    add(board.archiveColumns());
    return slots;
}

} // namespace

ExportTable BoardExport::currentView(const BoardModel &board)
{
    return tableOf(board, shownSlots(board), tr("Pipeline board"));
}

ExportTable BoardExport::cards(const BoardModel &board, const QStringList &ids)
{
    std::vector<int> slots;
    slots.reserve(size_t(ids.size()));
    for (const QString &id : ids) {
        const int slot = board.store().slotOf(id);
        if (board.store().isLive(slot))
            slots.push_back(slot);
    }
    return tableOf(board, slots, tr("Selected cards"));
}

QStringList BoardExport::shownIds(const BoardModel &board)
{
    QStringList ids;
    for (int slot : shownSlots(board))
        ids.append(board.store().at(slot).id);
    return ids;
}

} // namespace lever::models
