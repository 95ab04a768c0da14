#pragma once

#include "ReferenceData.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace lever::models {

struct OpportunityRecord;

// The fields of one opportunity the Insights read (a third of an OpportunityRecord). Its strings are
// shared with the Store's record, so a copy costs reference counts, not text.
struct InsightsRow
{
    QString id;
    QString stageId;
    QString ownerId;
    QString postingId;
    QString origin;
    QString archiveReasonId;
    QStringList sources;
    QStringList stagePath;
    QList<qint64> stagePathAt;
    qint64 createdAt = 0;
    qint64 stageEnteredAt = 0;
    qint64 archivedAt = 0;
    bool archived = false;

    static InsightsRow of(const OpportunityRecord &record);
};

// What one Insights computation reads: rows copied from the Store on the UI thread (in slices, so the
// copy never stalls it) and the reference data, then only read on a worker thread while the Store keeps
// changing.
struct InsightsInput
{
    std::vector<InsightsRow> rows;
    QList<StageInfo> stages; // pipeline order
    QList<ArchiveReasonInfo> archiveReasons;
    QList<PostingInfo> postings;
    QList<UserInfo> users;
    qint64 now = 0; // epoch ms: a candidate still in a stage counts to this moment
};

} // namespace lever::models
