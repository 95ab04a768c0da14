#pragma once

#include "insights/InsightsResult.h"
#include "insights/InsightsTable.h"

#include <QCoreApplication>

namespace lever::models {

// Turns an InsightsResult into the tables of the five charts (translated headers). Durations are in
// days, rates in percent.
class InsightsTables
{
    Q_DECLARE_TR_FUNCTIONS(InsightsTables)
public:
    static InsightsTable funnel(const InsightsResult &result);
    static InsightsTable timeInStage(const InsightsResult &result);
    static InsightsTable sources(const InsightsResult &result);
    static InsightsTable velocity(const InsightsResult &result);
    static InsightsTable stale(const InsightsResult &result);

    static double days(qint64 ms) { return double(ms) / 86400000.0; }
    // A cell as CSV text: numbers in the C locale ("12.5"), everything else as is.
    static QString csvText(const QVariant &cell, int decimals);
};

} // namespace lever::models
