#pragma once

#include "insights/InsightsResult.h"

#include <QCoreApplication>
#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace lever::ui {

class ChartPalette;

// Builds the Insights charts (Qt Charts) from a result, in the given colours. `onClick` hears the
// index of a clicked bar's line in the matching InsightsTables table (the candidates behind it).
class InsightsCharts
{
    Q_DECLARE_TR_FUNCTIONS(InsightsCharts)
public:
    using Click = std::function<void(int line)>;
    static QChart *funnel(const models::InsightsResult &r, const ChartPalette &p, const Click &onClick);
    static QChart *timeInStage(const models::InsightsResult &r, const ChartPalette &p, const Click &onClick);
    static QChart *sources(const models::InsightsResult &r, const ChartPalette &p, const Click &onClick);
    static QChart *velocity(const models::InsightsResult &r, const ChartPalette &p);
    static QChart *flow(const models::InsightsResult &r, const ChartPalette &p);
    static QChart *stale(const models::InsightsResult &r, const ChartPalette &p, const Click &onClick);

    // Bars shown at most; the table lists them all.
    static constexpr int kMaxBars = 12;
};

} // namespace lever::ui
