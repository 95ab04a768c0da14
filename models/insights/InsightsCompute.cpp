#include "insights/InsightsCompute.h"

#include <QHash>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lever::models {

qint64 InsightsCompute::weekStart(qint64 ms)
{
    // 1970-01-01 was a Thursday: weeks counted from Monday 1969-12-29.
    constexpr qint64 mondayOffset = 3 * kDayMs;
    const qint64 shifted = ms + mondayOffset;
    const qint64 weeks = shifted >= 0 ? shifted / kWeekMs : -((-shifted + kWeekMs - 1) / kWeekMs);
    return weeks * kWeekMs - mondayOffset;
}

qint64 InsightsCompute::median(std::vector<qint64> &values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + qsizetype((values.size() - 1) / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

qint64 InsightsCompute::percentile90(std::vector<qint64> &values)
{
    if (values.empty())
        return 0;
    // Rank ceil(0.9 n), counted from 1, in whole numbers: (9 n + 9) / 10.
    const size_t rank = (9 * values.size() + 9) / 10;
    const auto at = values.begin() + qsizetype(qMax<size_t>(rank, 1) - 1);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

namespace {

struct Visit
{
    int stage; // pipeline index; -1 for a stage no longer in the pipeline
    qint64 at;
};

struct SourceAcc
{
    int candidates = 0;
    int interviewed = 0;
    int hires = 0;
    QList<int> rows;
};

// Which stage counts as "interviewing": the chosen one, else the first whose name says so, else the
// second stage (the first is where everyone starts).
int interviewStageOf(const QList<StageInfo> &stages, const QString &chosen)
{
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (!chosen.isEmpty() && stages.at(i).id == chosen)
            return int(i);
    }
    for (qsizetype i = 0; i < stages.size(); ++i) {
        if (stages.at(i).text.contains(u"interview"_s, Qt::CaseInsensitive))
            return int(i);
    }
    return stages.size() > 1 ? 1 : int(stages.size()) - 1;
}

// The week-end index (week w ends at w0 + (w + 1) weeks) of the first week ending at or after `t`,
// within [0, weeks].
int firstWeekEndingAtOrAfter(qint64 t, qint64 w0, int weeks)
{
    const qint64 d = t - w0;
    const qint64 ceilWeeks = d >= 0 ? (d + InsightsCompute::kWeekMs - 1) / InsightsCompute::kWeekMs
                                    : -((-d) / InsightsCompute::kWeekMs);
    return int(qBound<qint64>(0, ceilWeeks - 1, qint64(weeks)));
}

} // namespace

InsightsResult InsightsCompute::run(std::shared_ptr<const InsightsInput> input, const InsightsFilter &filter,
                                    const std::atomic<bool> *cancelled)
{
    InsightsResult result;
    result.input = input;
    result.now = input->now;
    result.staleDays = filter.staleDays;
    const qint64 now = input->now;
    const QList<StageInfo> &stages = input->stages;
    const int stageCount = int(stages.size());

    QHash<QString, int> stageIndex;
    for (int i = 0; i < stageCount; ++i)
        stageIndex.insert(stages.at(i).id, i);
    QHash<QString, const ArchiveReasonInfo *> reasons;
    for (const ArchiveReasonInfo &reason : input->archiveReasons)
        reasons.insert(reason.id, &reason);
    QHash<QString, const PostingInfo *> postings;
    for (const PostingInfo &posting : input->postings)
        postings.insert(posting.id, &posting);
    const QSet<QString> postingFilter(filter.postingIds.cbegin(), filter.postingIds.cend());
    const bool byPostingFields = !filter.team.isEmpty() || !filter.department.isEmpty();
    const int interview = interviewStageOf(stages, filter.interviewStageId);
    result.interviewStage = interview;
    result.interviewStageName = interview >= 0 ? stages.at(interview).text : QString();
    const qint64 staleBefore = now - qint64(qMax(0, filter.staleDays)) * kDayMs;

    // The velocity axis: whole weeks over the date range (or since the oldest candidate, at most
    // kMaxWeeks back).
    const qint64 axisEnd = filter.toMs > 0 ? qMin(filter.toMs, now) : now;
    qint64 axisStart = filter.fromMs;
    if (axisStart <= 0) {
        axisStart = axisEnd;
        for (const InsightsRow &r : input->rows)
            axisStart = qMin(axisStart, r.createdAt > 0 ? r.createdAt : axisStart);
    }
    const qint64 w0 = weekStart(qMax(axisStart, weekStart(axisEnd) - (kMaxWeeks - 1) * kWeekMs));
    const int weeks = qMax(1, int((weekStart(axisEnd) - w0) / kWeekMs) + 1);

    const size_t n = size_t(stageCount);
    std::vector<int> reachedFurthest(n, 0);
    std::vector<QList<int>> furthestRows(n);
    std::vector<int> archivedHere(n, 0);
    std::vector<QHash<QString, int>> reasonsHere(n);
    std::vector<std::vector<qint64>> samples(n);
    std::vector<QList<int>> sampleRows(n);
    std::vector<int> stillIn(n, 0);
    QHash<QString, SourceAcc> bySource;
    QHash<QString, SourceAcc> byOrigin;
    QHash<QString, QList<int>> staleByOwner;
    std::vector<int> created(size_t(weeks), 0);
    std::vector<int> hires(size_t(weeks), 0);
    // Per stage, +1 where a stay begins counting and -1 where it stops (difference arrays over weeks).
    std::vector<std::vector<int>> flow(n, std::vector<int>(size_t(weeks) + 1, 0));

    std::vector<Visit> visits;
    std::vector<qint64> timeIn(n, -1);
    std::vector<int> touched;
    const int rowCount = int(input->rows.size());
    for (int row = 0; row < rowCount; ++row) {
        if ((row & 4095) == 0 && cancelled && cancelled->load(std::memory_order_relaxed))
            return InsightsResult{};
        const InsightsRow &r = input->rows[size_t(row)];
        if (!postingFilter.isEmpty() && !postingFilter.contains(r.postingId))
            continue;
        if (!filter.ownerId.isEmpty() && r.ownerId != filter.ownerId)
            continue;
        if (byPostingFields) {
            const PostingInfo *posting = postings.value(r.postingId);
            if (!posting || (!filter.team.isEmpty() && posting->team != filter.team) ||
                (!filter.department.isEmpty() && posting->department != filter.department))
                continue;
        }

        // The stays, from the stage history; the current stage closes it when the history lags
        // behind (a move not yet confirmed) or is missing.
        visits.clear();
        const qsizetype steps = qMin(r.stagePath.size(), r.stagePathAt.size());
        for (qsizetype i = 0; i < steps; ++i)
            visits.push_back({stageIndex.value(r.stagePath.at(i), -1), r.stagePathAt.at(i)});
        const int current = stageIndex.value(r.stageId, -1);
        if (visits.empty())
            visits.push_back({current, r.createdAt});
        else if (r.stagePath.at(steps - 1) != r.stageId)
            visits.push_back({current, qMax(r.stageEnteredAt, visits.back().at)});
        const qint64 end = r.archived ? qMax(r.archivedAt, visits.back().at) : qMax(now, visits.back().at);
        const ArchiveReasonInfo *reason = r.archived ? reasons.value(r.archiveReasonId) : nullptr;
        const bool hired = reason && reason->hired;

        // Velocity and the cumulative flow look at every candidate of the scope, whenever created.
        if (r.createdAt >= w0 && r.createdAt <= axisEnd)
            ++created[size_t((r.createdAt - w0) / kWeekMs)];
        if (hired && r.archivedAt >= w0 && r.archivedAt <= axisEnd)
            ++hires[size_t((r.archivedAt - w0) / kWeekMs)];
        for (size_t i = 0; i < visits.size(); ++i) {
            if (visits[i].stage < 0)
                continue;
            const qint64 leave = i + 1 < visits.size() ? visits[i + 1].at : (r.archived ? end : -1);
            const int from = firstWeekEndingAtOrAfter(visits[i].at, w0, weeks);
            const int to = leave < 0 ? weeks : firstWeekEndingAtOrAfter(leave, w0, weeks);
            if (from < to) {
                ++flow[size_t(visits[i].stage)][size_t(from)];
                --flow[size_t(visits[i].stage)][size_t(to)];
            }
        }

        if ((filter.fromMs > 0 && r.createdAt < filter.fromMs) ||
            (filter.toMs > 0 && r.createdAt > filter.toMs))
            continue;
        ++result.candidates;
        int furthest = -1;
        for (const Visit &v : visits)
            furthest = qMax(furthest, v.stage);
        if (furthest >= 0) {
            ++reachedFurthest[size_t(furthest)];
            furthestRows[size_t(furthest)].append(row);
        }
        if (r.archived && current >= 0) {
            ++archivedHere[size_t(current)];
            ++reasonsHere[size_t(current)][r.archiveReasonId];
        }

        // Time per stage: every stay in it added up (a re-entry adds to the same candidate's time).
        touched.clear();
        for (size_t i = 0; i < visits.size(); ++i) {
            const int s = visits[i].stage;
            if (s < 0)
                continue;
            const qint64 leave = i + 1 < visits.size() ? visits[i + 1].at : end;
            if (timeIn[size_t(s)] < 0) {
                timeIn[size_t(s)] = 0;
                touched.push_back(s);
            }
            timeIn[size_t(s)] += qMax<qint64>(0, leave - visits[i].at);
        }
        for (int s : touched) {
            samples[size_t(s)].push_back(timeIn[size_t(s)]);
            sampleRows[size_t(s)].append(row);
            if (!r.archived && s == current)
                ++stillIn[size_t(s)];
            timeIn[size_t(s)] = -1;
        }

        const bool interviewed = interview >= 0 && furthest >= interview;
        auto count = [&](SourceAcc &acc) {
            ++acc.candidates;
            acc.interviewed += interviewed ? 1 : 0;
            acc.hires += hired ? 1 : 0;
            acc.rows.append(row);
        };
        for (const QString &source : r.sources)
            count(bySource[source]);
        count(byOrigin[r.origin]);

        qint64 lastChange = r.createdAt;
        for (const Visit &v : visits)
            lastChange = qMax(lastChange, v.at);
        if (!r.archived && lastChange < staleBefore)
            staleByOwner[r.ownerId].append(row);
    }

    // The funnel: reaching a stage means reaching it or any later one.
    int reached = 0;
    QList<int> reachedRows;
    result.funnel.resize(stageCount);
    for (int s = stageCount - 1; s >= 0; --s) {
        reached += reachedFurthest[size_t(s)];
        reachedRows += furthestRows[size_t(s)];
        InsightsResult::FunnelStage &f = result.funnel[s];
        f.stageId = stages.at(s).id;
        f.stage = stages.at(s).text;
        f.reached = reached;
        f.rows = reachedRows;
        f.archivedHere = archivedHere[size_t(s)];
        for (auto it = reasonsHere[size_t(s)].cbegin(); it != reasonsHere[size_t(s)].cend(); ++it) {
            const ArchiveReasonInfo *reason = reasons.value(it.key());
            f.reasons.append(
                InsightsResult::ReasonCount{it.key(), reason ? reason->text : it.key(), it.value()});
        }
        std::sort(f.reasons.begin(), f.reasons.end(), [](const auto &a, const auto &b) {
            return a.count != b.count ? a.count > b.count : a.reason < b.reason;
        });
    }
    for (int s = 0; s + 1 < stageCount; ++s) {
        if (result.funnel[s].reached > 0)
            result.funnel[s].conversion = double(result.funnel[s + 1].reached) / result.funnel[s].reached;
    }

    for (int s = 0; s < stageCount; ++s) {
        InsightsResult::StageTime t;
        t.stageId = stages.at(s).id;
        t.stage = stages.at(s).text;
        t.candidates = int(samples[size_t(s)].size());
        t.stillIn = stillIn[size_t(s)];
        t.medianMs = median(samples[size_t(s)]);
        t.p90Ms = percentile90(samples[size_t(s)]);
        t.rows = std::move(sampleRows[size_t(s)]);
        result.times.append(std::move(t));
    }

    auto sourceRows = [](const QHash<QString, SourceAcc> &accs, bool origin) {
        QList<InsightsResult::SourceRow> out;
        for (auto it = accs.cbegin(); it != accs.cend(); ++it) {
            const SourceAcc &a = it.value();
            out.append({origin, it.key(), a.candidates, a.interviewed, a.hires,
                        a.candidates > 0 ? double(a.hires) / a.candidates : 0.0, a.rows});
        }
        std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
            return a.candidates != b.candidates ? a.candidates > b.candidates : a.name < b.name;
        });
        return out;
    };
    result.sources = sourceRows(bySource, false) + sourceRows(byOrigin, true);

    QHash<QString, QString> userNames;
    for (const UserInfo &user : input->users)
        userNames.insert(user.id, user.name);
    for (auto it = staleByOwner.cbegin(); it != staleByOwner.cend(); ++it) {
        const QString name = userNames.value(it.key());
        result.stale.append({it.key(), name.isEmpty() ? it.key() : name, int(it->size()), it.value()});
        result.staleTotal += int(it->size());
    }
    std::sort(result.stale.begin(), result.stale.end(), [](const auto &a, const auto &b) {
        return a.count != b.count ? a.count > b.count : a.owner < b.owner;
    });

    for (const StageInfo &stage : stages)
        result.flowStages.append(stage.text);
    std::vector<int> running(n, 0);
    result.weeks.reserve(weeks);
    for (int w = 0; w < weeks; ++w) {
        InsightsResult::Week week{w0 + qint64(w) * kWeekMs, created[size_t(w)], hires[size_t(w)], {}};
        week.inStage.reserve(stageCount);
        for (int s = 0; s < stageCount; ++s) {
            running[size_t(s)] += flow[size_t(s)][size_t(w)];
            week.inStage.append(running[size_t(s)]);
        }
        result.weeks.append(std::move(week));
    }
    return result;
}

} // namespace lever::models
