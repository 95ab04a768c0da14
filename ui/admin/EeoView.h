#pragma once

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace lever::models {
class EeoCountsModel;
class EeoPiiModel;
} // namespace lever::models

namespace lever::ui {

// The Admin › EEO (compliance) page: anonymous EEO answers counted per question and posting, as a table
// and a bar chart. Identifying answers (the PII view) appear only after a clear warning, stay in memory,
// are cleared whenever the page is hidden, and are exported only after a second confirmation.
class EeoView : public QWidget
{
    Q_OBJECT
public:
    EeoView(models::EeoCountsModel &counts, models::EeoPiiModel &pii, QWidget *parent = nullptr);
    ~EeoView() override;

    models::EeoCountsModel &counts() { return m_counts; }
    models::EeoPiiModel &pii() { return m_pii; }
    // Asks (warning), then reads the identifying responses.
    void showPii();
    // Drops the identifying responses and returns to the counts.
    void hidePii();
    // Asks a second time, then writes the PII table to `path`; `done(true)` when written.
    void exportPii(const QString &path, std::function<void(bool)> done = {});

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showState();
    void showPiiState();
    void fillPostings();
    void redrawChart();
    void chooseExportFile();

    models::EeoCountsModel &m_counts;
    models::EeoPiiModel &m_pii;
    bool m_started = false;
    QStackedWidget *m_stack = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_posting = nullptr;
    QPushButton *m_reload = nullptr;
    QTableView *m_table = nullptr;
    QChartView *m_chart = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_showPii = nullptr;
    QLabel *m_notice = nullptr;
    QPushButton *m_retry = nullptr;
    // The PII page.
    QLabel *m_piiWarning = nullptr;
    QLabel *m_piiStatus = nullptr;
    QTableView *m_piiTable = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_hidePii = nullptr;
};

} // namespace lever::ui
