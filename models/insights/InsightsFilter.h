#pragma once

#include <QString>
#include <QStringList>

namespace lever::models {

// The filters shared by every chart of the Insights view; an empty field always holds. Candidates are
// chosen by when they were created: the date range is [fromMs, toMs] on createdAt.
struct InsightsFilter
{
    QStringList postingIds{}; // any of them
    QString team{};           // of the candidate's posting
    QString department{};     // of the candidate's posting
    QString ownerId{};
    qint64 fromMs = 0; // 0: no lower bound
    qint64 toMs = 0;   // 0: no upper bound
    int staleDays = 14;
    // The first stage that counts as "interviewing" for source effectiveness; empty: the first stage
    // whose name says "interview" (else the stage after the first).
    QString interviewStageId{};

    bool operator==(const InsightsFilter &) const = default;
};

} // namespace lever::models
