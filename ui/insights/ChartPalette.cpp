#include "ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace lever::ui {

ChartPalette::ChartPalette(const QPalette &palette)
    : m_dark(palette.color(QPalette::Window).lightness() < 128)
    , m_text(palette.color(QPalette::WindowText))
    , m_background(palette.color(QPalette::Base))
{
    // Okabe & Ito, "Color Universal Design" (2008).
    const QColor blue(0x00, 0x72, 0xB2), orange(0xE6, 0x9F, 0x00), green(0x00, 0x9E, 0x73),
        vermillion(0xD5, 0x5E, 0x00), sky(0x56, 0xB4, 0xE9), purple(0xCC, 0x79, 0xA7),
        yellow(0xF0, 0xE4, 0x42), black(0x00, 0x00, 0x00), lightGrey(0xBB, 0xBB, 0xBB);
    if (m_dark)
        m_series = {sky, orange, green, vermillion, purple, yellow, blue, lightGrey};
    else
        m_series = {blue, orange, green, vermillion, sky, purple, black, yellow};
    m_grid = m_text;
    m_grid.setAlpha(50);
}

QColor ChartPalette::series(int i) const
{
    return m_series.at(qAbs(i) % m_series.size());
}

QBrush ChartPalette::brush(int i) const
{
    static const Qt::BrushStyle rounds[] = {Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern,
                                            Qt::FDiagPattern};
    return QBrush(series(i), rounds[(qAbs(i) / m_series.size()) % 4]);
}

void ChartPalette::apply(QChart *chart) const
{
    chart->setBackgroundBrush(m_background);
    chart->setBackgroundRoundness(0);
    chart->setTitleBrush(m_text);
    chart->legend()->setLabelColor(m_text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(m_text);
        axis->setTitleBrush(m_text);
        axis->setLinePenColor(m_grid);
        axis->setGridLineColor(m_grid);
    }
}

} // namespace lever::ui
