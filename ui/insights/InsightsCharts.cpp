#include "InsightsCharts.h"

#include "ChartPalette.h"
#include "insights/InsightsTables.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using lever::models::InsightsResult;
using lever::models::InsightsTables;

namespace lever::ui {

namespace {
QChart *newChart()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation); // live updates would replay it every time
    return chart;
}

QBarSet *barSet(const QString &name, const QColor &color)
{
    auto *set = new QBarSet(name);
    set->setColor(color);
    set->setBorderColor(color);
    return set;
}

// A bar chart over named categories, with a value axis from zero; `horizontal` lists the categories
// top to bottom.
QChart *barChart(const QStringList &categories, const QList<QBarSet *> &sets, const QString &valueTitle,
                 const ChartPalette &p, const InsightsCharts::Click &onClick, bool horizontal = false)
{
    QChart *chart = newChart();
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    QStringList shown = categories;
    const int n = int(categories.size());
    for (QBarSet *set : sets) {
        if (horizontal) {
            // Qt draws the first category at the bottom: reverse, so the list reads downwards.
            QList<qreal> values;
            for (int i = n - 1; i >= 0; --i)
                values.append(set->at(i));
            set->remove(0, set->count());
            set->append(values);
        }
        series->append(set);
        if (onClick) {
            QObject::connect(set, &QBarSet::clicked, chart, [onClick, horizontal, n](int index) {
                onClick(horizontal ? n - 1 - index : index);
            });
        }
    }
    if (horizontal)
        std::reverse(shown.begin(), shown.end());
    series->setBarWidth(0.8);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(shown);
    if (!horizontal && n > 6)
        categoryAxis->setLabelsAngle(-30);
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(valueTitle);
    valueAxis->setLabelFormat(u"%.0f"_s);
    qreal top = 0;
    for (QBarSet *set : sets) {
        for (int i = 0; i < set->count(); ++i)
            top = qMax(top, set->at(i));
    }
    valueAxis->setRange(0, top > 0 ? top * 1.08 : 1);
    valueAxis->applyNiceNumbers();
    chart->addAxis(categoryAxis, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    p.apply(chart);
    return chart;
}

QDateTimeAxis *weekAxis(const InsightsResult &r)
{
    auto *axis = new QDateTimeAxis;
    axis->setFormat(u"d MMM yy"_s);
    axis->setTickCount(qBound(2, int(r.weeks.size()), 8));
    if (!r.weeks.isEmpty())
        axis->setRange(QDateTime::fromMSecsSinceEpoch(r.weeks.first().startMs),
                       QDateTime::fromMSecsSinceEpoch(r.weeks.last().startMs + 1));
    return axis;
}
} // namespace

QChart *InsightsCharts::funnel(const InsightsResult &r, const ChartPalette &p, const Click &onClick)
{
    QStringList stages;
    QBarSet *reached = barSet(tr("Reached"), p.series(0));
    QBarSet *archived = barSet(tr("Archived here"), p.series(1));
    for (const InsightsResult::FunnelStage &f : r.funnel) {
        stages.append(f.stage);
        reached->append(f.reached);
        archived->append(f.archivedHere);
    }
    QChart *chart = barChart(stages, {reached, archived}, tr("Candidates"), p, onClick, true);
    chart->setTitle(tr("Funnel: candidates who reached each stage"));
    return chart;
}

QChart *InsightsCharts::timeInStage(const InsightsResult &r, const ChartPalette &p, const Click &onClick)
{
    QStringList stages;
    QBarSet *median = barSet(tr("Median"), p.series(0));
    QBarSet *p90 = barSet(tr("90th percentile"), p.series(1));
    for (const InsightsResult::StageTime &t : r.times) {
        stages.append(t.stage);
        median->append(InsightsTables::days(t.medianMs));
        p90->append(InsightsTables::days(t.p90Ms));
    }
    QChart *chart = barChart(stages, {median, p90}, tr("Days"), p, onClick, true);
    chart->setTitle(tr("Time in stage (candidates still in a stage count to now)"));
    return chart;
}

QChart *InsightsCharts::sources(const InsightsResult &r, const ChartPalette &p, const Click &onClick)
{
    QStringList names;
    QList<int> lines;
    QBarSet *candidates = barSet(tr("Candidates"), p.series(0));
    QBarSet *interviewed = barSet(tr("Reached %1").arg(r.interviewStageName), p.series(1));
    QBarSet *hires = barSet(tr("Hires"), p.series(2));
    for (int i = 0; i < r.sources.size() && names.size() < kMaxBars; ++i) {
        const InsightsResult::SourceRow &s = r.sources.at(i);
        if (s.origin)
            continue;
        names.append(s.name);
        lines.append(i);
        candidates->append(s.candidates);
        interviewed->append(s.interviewed);
        hires->append(s.hires);
    }
    const Click click =
        onClick ? Click([onClick, lines](int bar) { onClick(lines.value(bar, -1)); }) : Click();
    QChart *chart = barChart(names, {candidates, interviewed, hires}, tr("Candidates"), p, click, true);
    chart->setTitle(tr("Source effectiveness (the table adds origins and hire rates)"));
    return chart;
}

QChart *InsightsCharts::velocity(const InsightsResult &r, const ChartPalette &p)
{
    QChart *chart = newChart();
    auto *created = new QLineSeries;
    created->setName(tr("New candidates per week"));
    auto *hires = new QLineSeries;
    hires->setName(tr("Hires per week"));
    int top = 0;
    for (const InsightsResult::Week &w : r.weeks) {
        created->append(qreal(w.startMs), w.created);
        hires->append(qreal(w.startMs), w.hires);
        top = qMax(top, qMax(w.created, w.hires));
    }
    QPen createdPen(p.series(0), 2);
    QPen hiresPen(p.series(3), 2, Qt::DashLine); // a dash as well as a hue
    created->setPen(createdPen);
    hires->setPen(hiresPen);
    chart->addSeries(created);
    chart->addSeries(hires);
    QDateTimeAxis *x = weekAxis(r);
    auto *y = new QValueAxis;
    y->setRange(0, qMax(1, top) * 1.1);
    y->applyNiceNumbers();
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Candidates"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries *s : {created, hires}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(tr("Velocity: new candidates and hires per week"));
    p.apply(chart);
    return chart;
}

QChart *InsightsCharts::flow(const InsightsResult &r, const ChartPalette &p)
{
    QChart *chart = newChart();
    QDateTimeAxis *x = weekAxis(r);
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(tr("Active candidates"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    // Stacked as Kanboard draws a cumulative flow: the last stage at the bottom, the first on top.
    std::vector<int> below(size_t(r.weeks.size()), 0);
    int top = 0;
    for (qsizetype s = r.flowStages.size() - 1; s >= 0; --s) {
        auto *lower = new QLineSeries(chart);
        auto *upper = new QLineSeries(chart);
        for (qsizetype w = 0; w < r.weeks.size(); ++w) {
            const qreal at = qreal(r.weeks.at(w).startMs);
            lower->append(at, below[size_t(w)]);
            below[size_t(w)] += r.weeks.at(w).inStage.value(s);
            upper->append(at, below[size_t(w)]);
            top = qMax(top, below[size_t(w)]);
        }
        auto *area = new QAreaSeries(upper, lower);
        area->setName(r.flowStages.at(s));
        area->setBrush(p.brush(int(s)));
        area->setBorderColor(p.background()); // a thin gap tells neighbours of the same hue apart
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    y->setRange(0, qMax(1, top) * 1.05);
    y->applyNiceNumbers();
    chart->setTitle(tr("Pipeline over time: active candidates per stage at each week's end"));
    p.apply(chart);
    return chart;
}

QChart *InsightsCharts::stale(const InsightsResult &r, const ChartPalette &p, const Click &onClick)
{
    QStringList owners;
    QBarSet *count = barSet(tr("Stale candidates"), p.series(3));
    for (qsizetype i = 0; i < r.stale.size() && i < kMaxBars; ++i) {
        owners.append(r.stale.at(i).owner);
        count->append(r.stale.at(i).count);
    }
    QChart *chart = barChart(owners, {count}, tr("Candidates"), p, onClick, true);
    chart->setTitle(
        tr("Active candidates with no stage change for %n day(s), by owner", nullptr, r.staleDays));
    chart->legend()->hide();
    return chart;
}

} // namespace lever::ui
