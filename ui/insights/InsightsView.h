#pragma once

#include "insights/InsightsFilter.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QSpinBox;
class QTabWidget;

namespace lever::models {
class InsightsModel;
class Store;
} // namespace lever::models

namespace lever::ui {

class InsightsFilterBar;
class InsightsPage;

// The main window's "Insights" view: pipeline charts a recruiter reads at a glance (funnel, time in
// stage, source effectiveness, velocity, pipeline over time, stale candidates), each with a table of the
// same numbers, its definition, and PNG/SVG/CSV export. Numbers come from an InsightsModel over the
// account's Store (computed off the UI thread) and follow the sync live; the filters, tab and table
// selections stay as they are when they do. Clicking a bar (or activating a table line) asks for those
// candidates on the board, through openCandidates().
class InsightsView : public QWidget
{
    Q_OBJECT
public:
    explicit InsightsView(models::Store &store, QWidget *parent = nullptr);
    ~InsightsView() override;

    models::InsightsModel &model() const { return *m_model; }
    InsightsFilterBar *filterBar() const { return m_filterBar; }
    QTabWidget *tabs() const { return m_tabs; }
    // The page of a chart by key: funnel, time, sources, velocity, flow, stale.
    InsightsPage *page(const QString &key) const { return m_pages.value(key); }
    QSpinBox *staleDaysBox() const { return m_staleDays; }
    QString statusText() const;
    // Opens the candidates behind line `line` of a page's table (what a click on its bar does).
    void openLine(const QString &key, int line);

Q_SIGNALS:
    // Show these opportunities on the board; `label` says where they came from (for the filter chip).
    void openCandidates(const QStringList &ids, const QString &label);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    InsightsPage *addPage(const QString &key, const QString &title, const QString &definition);
    void filtersEdited();
    void showResult();
    void drawShownChart();
    void updateStatus();
    void askExport(InsightsPage *page, int format);

    models::InsightsModel *m_model;
    InsightsFilterBar *m_filterBar;
    QLabel *m_status;
    QTabWidget *m_tabs;
    QSpinBox *m_staleDays;
    QHash<QString, InsightsPage *> m_pages;
    QSet<QString> m_chartsToDraw; // drawn when their tab is shown
};

} // namespace lever::ui
