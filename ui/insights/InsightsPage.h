#pragma once

#include "insights/InsightsTable.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace lever::models {
class InsightsTableModel;
}

namespace lever::ui {

// One tab of the Insights view: a chart above the table of the same numbers, the chart's definition
// (also its tooltip), and export buttons for PNG, SVG and CSV. Object names carry the page's key
// (insightsChart_funnel, insightsTable_funnel, insightsExportPng_funnel…) for tests.
class InsightsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Format { Png, Svg, Csv };

    InsightsPage(const QString &key, const QString &title, const QString &definition,
                 QWidget *parent = nullptr);

    QString key() const { return m_key; }
    QString title() const { return m_title; }
    // Takes the chart; the previous one is deleted.
    void setChart(QChart *chart);
    void setTable(models::InsightsTable table);
    QChartView *chartView() const { return m_chartView; }
    QTableView *tableView() const { return m_tableView; }
    models::InsightsTableModel *tableModel() const { return m_tableModel; }
    // Room for the page's own controls, beside the export buttons.
    QHBoxLayout *tools() const { return m_tools; }

    // Writes the chart (PNG, SVG) or the table (CSV) to `path`; false with `*error` set for the user.
    bool exportTo(Format format, const QString &path, QString *error) const;

Q_SIGNALS:
    void exportRequested(lever::ui::InsightsPage::Format format);
    // A table line was activated (Enter or double-click): open its candidates.
    void lineActivated(int line);

private:
    QString m_key;
    QString m_title;
    QChartView *m_chartView;
    QTableView *m_tableView;
    models::InsightsTableModel *m_tableModel;
    QHBoxLayout *m_tools;
};

} // namespace lever::ui
