#pragma once

#include "insights/InsightsFilter.h"
#include "insights/InsightsResult.h"

#include <atomic>
#include <memory>

namespace lever::models {

// Computes every Insights chart from one snapshot: a pure function of its input, so it runs on a worker
// thread and tests can call it directly. Checks `cancelled` now and then and returns early (an empty
// result) when a newer run has taken its place. The definitions: docs/architecture.md, "Insights:
// definitions".
class InsightsCompute
{
public:
    static InsightsResult run(std::shared_ptr<const InsightsInput> input, const InsightsFilter &filter,
                              const std::atomic<bool> *cancelled = nullptr);

    static constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
    static constexpr qint64 kWeekMs = 7 * kDayMs;
    // The longest velocity axis, so "all time" on a ten-year-old account stays readable.
    static constexpr int kMaxWeeks = 156;
    // Monday 00:00 UTC of the week holding `ms`.
    static qint64 weekStart(qint64 ms);
    // The middle value (the lower one of the two for an even count) and the nearest-rank 90th
    // percentile (the value at rank ceil(0.9 n)); `values` is reordered.
    static qint64 median(std::vector<qint64> &values);
    static qint64 percentile90(std::vector<qint64> &values);
};

} // namespace lever::models
