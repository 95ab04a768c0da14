#pragma once

#include <QBrush>
#include <QColor>
#include <QList>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace lever::ui {

// The Insights charts' colours: the Okabe–Ito palette, told apart by people with every common form of
// colour blindness, in an order that keeps neighbouring series far apart. On a dark window the order
// starts with the lighter hues and black becomes a light grey; chart text, grid and background follow
// the widget palette, so the charts change with the light or dark theme.
class ChartPalette
{
public:
    explicit ChartPalette(const QPalette &palette);

    bool isDark() const { return m_dark; }
    // The i-th series colour (cycling).
    QColor series(int i) const;
    // The i-th series fill: solid for the first round of colours, then hatched, so a stage drawn in a
    // colour already used (a pipeline of more than eight stages) still looks different.
    QBrush brush(int i) const;
    int seriesCount() const { return int(m_series.size()); }
    QColor text() const { return m_text; }
    QColor background() const { return m_background; }
    QColor grid() const { return m_grid; }
    // Background, title, legend and axis colours of a chart (after its axes and series are added).
    void apply(QChart *chart) const;

private:
    bool m_dark;
    QList<QColor> m_series;
    QColor m_text;
    QColor m_background;
    QColor m_grid;
};

} // namespace lever::ui
