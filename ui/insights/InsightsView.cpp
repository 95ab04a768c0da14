#include "InsightsView.h"

#include "ChartPalette.h"
#include "InsightsCharts.h"
#include "InsightsFilterBar.h"
#include "InsightsPage.h"
#include "Store.h"
#include "common/Confirm.h"
#include "insights/InsightsModel.h"
#include "insights/InsightsTableModel.h"
#include "insights/InsightsTables.h"

#include <QChart>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

InsightsView::InsightsView(models::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_model(new models::InsightsModel(store, this))
    , m_filterBar(new InsightsFilterBar(store, this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_staleDays(new QSpinBox(this))
{
    setObjectName(u"insightsView"_s);
    setAccessibleName(tr("Insights"));
    m_status->setObjectName(u"insightsStatus"_s);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_tabs->setObjectName(u"insightsTabs"_s);
    m_tabs->setAccessibleName(tr("Insights charts"));
    m_tabs->setDocumentMode(true);

    addPage(
        u"funnel"_s, tr("Funnel"),
        tr("A candidate reaches a stage when the furthest stage they have been in, in pipeline order, is "
           "that stage or a later one: a skipped stage counts as passed, going back a stage does not undo "
           "it, and each candidate counts once however often they re-entered. Conversion: how many of "
           "those reached the next stage. Archived here: archived while in that stage, by reason. "
           "Click a bar to see its candidates on the board."));
    addPage(
        u"time"_s, tr("Time in stage"),
        tr("Per candidate, every stay in the stage added up, from entering it to the next stage change, "
           "the archive, or now for candidates still in it (the table says how many). Median and 90th "
           "percentile over the candidates who were in the stage. Click a bar to see them on the board."));
    addPage(
        u"sources"_s, tr("Sources"),
        tr("Per source (a candidate with two sources counts in both) and per origin: candidates, how many "
           "reached the interview stage or a later one, hires (archived with a reason of the hired type) "
           "and the hire rate (hires ÷ candidates)."));
    addPage(u"velocity"_s, tr("Velocity"),
            tr("New candidates by the week they were created, hires by the week they were archived with a "
               "hired reason. Weeks start on Monday (UTC) and span the chosen dates."));
    addPage(
        u"flow"_s, tr("Pipeline over time"),
        tr("Active candidates in each stage at the end of each week, from the stage history (a cumulative "
           "flow). Lever keeps no history of archiving, so an unarchived candidate counts as active since "
           "creation."));
    InsightsPage *stale =
        addPage(u"stale"_s, tr("Stale"),
                tr("Active candidates whose last stage change (or creation) is more than the "
                   "chosen number of days ago, by owner. Click a bar to see them on the board."));
    m_staleDays->setObjectName(u"insightsStaleDays"_s);
    m_staleDays->setAccessibleName(tr("Days without a stage change"));
    m_staleDays->setRange(1, 365);
    m_staleDays->setValue(m_model->filter().staleDays);
    m_staleDays->setSuffix(tr(" days"));
    auto *staleLabel = new QLabel(tr("No stage change for"), stale);
    staleLabel->setBuddy(m_staleDays);
    stale->tools()->insertWidget(0, staleLabel);
    stale->tools()->insertWidget(1, m_staleDays);
    connect(m_staleDays, &QSpinBox::valueChanged, this, &InsightsView::filtersEdited);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 10, 0);
    top->addWidget(m_filterBar, 1);
    top->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_filterBar, &InsightsFilterBar::edited, this, &InsightsView::filtersEdited);
    connect(m_model, &models::InsightsModel::resultChanged, this, &InsightsView::showResult);
    connect(m_tabs, &QTabWidget::currentChanged, this, &InsightsView::drawShownChart);
    connect(m_model, &models::InsightsModel::computingChanged, this, &InsightsView::updateStatus);
    // Nothing is computed until the view is first shown.
    m_model->setActive(false);
    filtersEdited();
    updateStatus();
}

InsightsView::~InsightsView() = default;

InsightsPage *InsightsView::addPage(const QString &key, const QString &title, const QString &definition)
{
    auto *page = new InsightsPage(key, title, definition, m_tabs);
    m_tabs->addTab(page, title);
    m_tabs->setTabToolTip(m_tabs->count() - 1, definition);
    m_pages.insert(key, page);
    connect(page, &InsightsPage::exportRequested, this,
            [this, page](InsightsPage::Format format) { askExport(page, int(format)); });
    connect(page, &InsightsPage::lineActivated, this, [this, key](int line) { openLine(key, line); });
    return page;
}

void InsightsView::filtersEdited()
{
    models::InsightsFilter base = m_model->filter();
    base.staleDays = m_staleDays->value();
    m_model->setFilter(m_filterBar->filter(base));
}

void InsightsView::showResult()
{
    using models::InsightsTables;
    const models::InsightsResult &r = m_model->result();
    page(u"funnel"_s)->setTable(InsightsTables::funnel(r));
    page(u"time"_s)->setTable(InsightsTables::timeInStage(r));
    page(u"sources"_s)->setTable(InsightsTables::sources(r));
    page(u"velocity"_s)->setTable(InsightsTables::velocity(r));
    page(u"flow"_s)->setTable(InsightsTables::velocity(r));
    page(u"stale"_s)->setTable(InsightsTables::stale(r));
    // Building and painting a chart takes several milliseconds: only the shown one is drawn, on the next
    // turn of the event loop (after the tables have painted), the others when their tab is opened, so a
    // live update never holds up the window for a frame.
    m_chartsToDraw = QSet<QString>(m_pages.keyBegin(), m_pages.keyEnd());
    QMetaObject::invokeMethod(this, &InsightsView::drawShownChart, Qt::QueuedConnection);
    updateStatus();
}

void InsightsView::drawShownChart()
{
    auto *shown = qobject_cast<InsightsPage *>(m_tabs->currentWidget());
    if (!shown || !m_chartsToDraw.remove(shown->key()) || m_model->resultCount() == 0)
        return;
    const models::InsightsResult &r = m_model->result();
    const ChartPalette palette(this->palette());
    const QString key = shown->key();
    const auto click = [this, key](int line) { openLine(key, line); };
    QChart *chart = nullptr;
    if (key == u"funnel"_s)
        chart = InsightsCharts::funnel(r, palette, click);
    else if (key == u"time"_s)
        chart = InsightsCharts::timeInStage(r, palette, click);
    else if (key == u"sources"_s)
        chart = InsightsCharts::sources(r, palette, click);
    else if (key == u"velocity"_s)
        chart = InsightsCharts::velocity(r, palette);
    else if (key == u"flow"_s)
        chart = InsightsCharts::flow(r, palette);
    else
        chart = InsightsCharts::stale(r, palette, click);
    shown->setChart(chart);
}

QString InsightsView::statusText() const
{
    return m_status->text();
}

void InsightsView::updateStatus()
{
    const models::InsightsResult &r = m_model->result();
    QString text = m_model->resultCount() == 0
                       ? tr("Computing…")
                       : tr("%n candidate(s) created in these dates", nullptr, r.candidates);
    if (m_model->isComputing() && m_model->resultCount() > 0)
        text += u" · "_s + tr("updating…");
    m_status->setText(text);
    m_status->setAccessibleName(text);
}

void InsightsView::openLine(const QString &key, int line)
{
    InsightsPage *p = page(key);
    if (!p || line < 0 || line >= p->tableModel()->table().rows.size())
        return;
    const QStringList ids = m_model->result().idsOf(p->tableModel()->table().rows.at(line));
    if (ids.isEmpty())
        return;
    const QString what =
        p->tableModel()->table().cells.at(line).value(key == u"sources"_s ? 1 : 0).toString();
    Q_EMIT openCandidates(ids, tr("Insights: %1 · %2").arg(p->title(), what));
}

void InsightsView::askExport(InsightsPage *page, int format)
{
    static const QStringList suffixes{u"png"_s, u"svg"_s, u"csv"_s};
    const QString suffix = suffixes.value(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = QString(page->title() + u'.' + suffix).replace(u' ', u'-').toLower();
    auto *dialog = new QFileDialog(this, tr("Export %1").arg(page->title()), QDir(folder).filePath(name));
    dialog->setObjectName(u"insightsExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(suffix);
    dialog->setNameFilter(tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    connect(dialog, &QFileDialog::fileSelected, this, [this, page, format](const QString &path) {
        QString error;
        if (!page->exportTo(InsightsPage::Format(format), path, &error))
            Confirm::inform(this, tr("Export"), error, true);
    });
    dialog->open();
}

void InsightsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
}

void InsightsView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Hidden, the sync's changes are only noted; showing the view catches up.
    m_model->setActive(false);
}

void InsightsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The charts draw in the palette's colours: a theme change redraws them.
    if (event->type() == QEvent::PaletteChange && m_model->resultCount() > 0) {
        m_chartsToDraw = QSet<QString>(m_pages.keyBegin(), m_pages.keyEnd());
        drawShownChart();
    }
}

} // namespace lever::ui
