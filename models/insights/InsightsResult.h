#pragma once

#include "insights/InsightsInput.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace lever::models {

// Everything the Insights charts and tables show, computed from one InsightsInput and InsightsFilter.
// The definitions are written down in docs/architecture.md, "Insights: definitions".
struct InsightsResult
{
    struct ReasonCount
    {
        QString reasonId;
        QString reason;
        int count = 0;
        bool operator==(const ReasonCount &) const = default;
    };
    struct FunnelStage
    {
        QString stageId;
        QString stage;
        int reached = 0;            // candidates whose furthest stage is this one or a later one
        double conversion = -1;     // reached(next) / reached(this); -1 for the last stage or none reached
        int archivedHere = 0;       // archived while in this stage
        QList<ReasonCount> reasons; // archivedHere by reason, most first
        QList<int> rows;            // the candidates who reached it (rows of `input`)
        bool operator==(const FunnelStage &) const = default;
    };
    struct StageTime
    {
        QString stageId;
        QString stage;
        int candidates = 0; // who spent time in it
        int stillIn = 0;    // of them, active and in it now (counted to now)
        qint64 medianMs = 0;
        qint64 p90Ms = 0;
        QList<int> rows; // rows of `input`
        bool operator==(const StageTime &) const = default;
    };
    struct SourceRow
    {
        bool origin = false; // an origin (applied, sourced…) rather than a source
        QString name;
        int candidates = 0;
        int interviewed = 0; // reached the interview stage
        int hires = 0;       // archived with a hired reason
        double hireRate = 0; // hires / candidates
        QList<int> rows;     // rows of `input`
        bool operator==(const SourceRow &) const = default;
    };
    struct Week
    {
        qint64 startMs = 0; // Monday 00:00 UTC
        int created = 0;
        int hires = 0;
        QList<int> inStage; // active candidates per stage (pipeline order) at the end of the week
        bool operator==(const Week &) const = default;
    };
    struct StaleOwner
    {
        QString ownerId;
        QString owner;
        int count = 0;
        QList<int> rows; // rows of `input`
        bool operator==(const StaleOwner &) const = default;
    };

    int candidates = 0; // after the filters
    int interviewStage = -1;
    QString interviewStageName;
    int staleDays = 0;
    QList<FunnelStage> funnel;
    QList<StageTime> times;
    QList<SourceRow> sources; // sources by candidates, then origins
    QList<Week> weeks;
    QStringList flowStages;  // the stage names of Week::inStage
    QList<StaleOwner> stale; // most stale first
    int staleTotal = 0;
    qint64 now = 0;
    // What was computed from: the rows behind each bar resolve to opportunity ids through it.
    std::shared_ptr<const InsightsInput> input;

    QStringList idsOf(const QList<int> &rows) const;
};

} // namespace lever::models
