#include "EeoView.h"

#include "admin/EeoCountsModel.h"
#include "admin/EeoPiiModel.h"
#include "common/Confirm.h"
#include "insights/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
enum Page { CountsPage, NoticePage, PiiPage };

QTableView *readOnlyTable(QAbstractItemModel *model, const QString &name, const QString &accessibleName)
{
    auto *table = new QTableView;
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setAccessibleName(EeoView::tr("%1 columns").arg(accessibleName));
    table->setWordWrap(false);
    return table;
}
} // namespace

EeoView::EeoView(models::EeoCountsModel &counts, models::EeoPiiModel &pii, QWidget *parent)
    : QWidget(parent)
    , m_counts(counts)
    , m_pii(pii)
{
    setObjectName(u"eeoView"_s);
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget;
    layout->addWidget(m_stack);

    // The aggregate counts.
    auto *countsPage = new QWidget;
    auto *countsLayout = new QVBoxLayout(countsPage);
    countsLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    m_category = new QComboBox;
    m_category->setObjectName(u"eeoCategory"_s);
    m_category->setAccessibleName(tr("Question"));
    for (const models::EeoCategory c : {models::EeoCategory::Gender, models::EeoCategory::Race,
                                        models::EeoCategory::Veteran, models::EeoCategory::Disability})
        m_category->addItem(models::EeoCountsModel::categoryName(c), int(c));
    m_posting = new QComboBox;
    m_posting->setObjectName(u"eeoPosting"_s);
    m_posting->setAccessibleName(tr("Posting"));
    m_posting->setMinimumContentsLength(24);
    m_reload = new QPushButton(tr("Reload"));
    m_reload->setObjectName(u"eeoReload"_s);
    m_reload->setAccessibleName(tr("Reload EEO responses"));
    m_showPii = new QPushButton(tr("Show Identifying Data…"));
    m_showPii->setObjectName(u"eeoShowPii"_s);
    m_showPii->setAccessibleName(tr("Show EEO responses with candidate identities"));
    bar->addWidget(new QLabel(tr("Question:")));
    bar->addWidget(m_category);
    bar->addWidget(new QLabel(tr("Posting:")));
    bar->addWidget(m_posting, 1);
    bar->addWidget(m_reload);
    bar->addStretch();
    bar->addWidget(m_showPii);
    countsLayout->addLayout(bar);
    auto *splitter = new QSplitter(Qt::Horizontal);
    m_table = readOnlyTable(&m_counts, u"eeoTable"_s, tr("EEO answer counts"));
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(models::EeoCountsModel::AnswerColumn,
                                                      QHeaderView::Stretch);
    m_chart = new QChartView;
    m_chart->setObjectName(u"eeoChart"_s);
    m_chart->setAccessibleName(tr("EEO answer counts chart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({400, 600});
    countsLayout->addWidget(splitter, 1);
    m_summary = new QLabel;
    m_summary->setObjectName(u"eeoSummary"_s);
    m_summary->setWordWrap(true);
    countsLayout->addWidget(m_summary);
    m_stack->addWidget(countsPage);

    // Why there is nothing to count.
    auto *noticePage = new QWidget;
    auto *noticeLayout = new QVBoxLayout(noticePage);
    m_notice = new QLabel;
    m_notice->setObjectName(u"eeoNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignCenter);
    m_retry = new QPushButton(tr("Try Again"));
    m_retry->setObjectName(u"eeoRetry"_s);
    m_retry->setAccessibleName(tr("Try reading EEO responses again"));
    noticeLayout->addStretch();
    noticeLayout->addWidget(m_notice);
    noticeLayout->addWidget(m_retry, 0, Qt::AlignCenter);
    noticeLayout->addStretch();
    m_stack->addWidget(noticePage);

    // The identifying responses.
    auto *piiPage = new QWidget;
    auto *piiLayout = new QVBoxLayout(piiPage);
    piiLayout->setContentsMargins(0, 0, 0, 0);
    m_piiWarning = new QLabel(
        tr("⚠ Identifying EEO data. These answers are tied to named candidates and are protected by law. "
           "They must not influence any hiring decision. Lever records that you viewed them. They are kept "
           "in memory only and cleared when you leave this page."));
    m_piiWarning->setObjectName(u"eeoPiiWarning"_s);
    m_piiWarning->setWordWrap(true);
    m_piiWarning->setStyleSheet(u"QLabel { border: 2px solid #D55E00; padding: 6px; font-weight: bold; }"_s);
    piiLayout->addWidget(m_piiWarning);
    m_piiTable = readOnlyTable(&m_pii, u"eeoPiiTable"_s, tr("EEO responses with identities"));
    piiLayout->addWidget(m_piiTable, 1);
    auto *piiBar = new QHBoxLayout;
    m_piiStatus = new QLabel;
    m_piiStatus->setObjectName(u"eeoPiiStatus"_s);
    m_piiStatus->setWordWrap(true);
    m_export = new QPushButton(tr("Export…"));
    m_export->setObjectName(u"eeoPiiExport"_s);
    m_export->setAccessibleName(tr("Export identifying EEO data"));
    m_hidePii = new QPushButton(tr("Hide and Clear"));
    m_hidePii->setObjectName(u"eeoHidePii"_s);
    m_hidePii->setAccessibleName(tr("Hide and clear identifying EEO data"));
    piiBar->addWidget(m_piiStatus, 1);
    piiBar->addWidget(m_export);
    piiBar->addWidget(m_hidePii);
    piiLayout->addLayout(piiBar);
    m_stack->addWidget(piiPage);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_counts.setCategory(models::EeoCategory(m_category->currentData().toInt()));
        redrawChart();
    });
    connect(m_posting, &QComboBox::currentIndexChanged, this, [this] {
        m_counts.setPosting(m_posting->currentData().toString());
        redrawChart();
    });
    connect(m_reload, &QPushButton::clicked, &m_counts, &models::EeoCountsModel::load);
    connect(m_retry, &QPushButton::clicked, &m_counts, &models::EeoCountsModel::load);
    connect(m_showPii, &QPushButton::clicked, this, &EeoView::showPii);
    connect(m_hidePii, &QPushButton::clicked, this, &EeoView::hidePii);
    connect(m_export, &QPushButton::clicked, this, &EeoView::chooseExportFile);
    connect(&m_counts, &models::EeoCountsModel::stateChanged, this, &EeoView::showState);
    connect(&m_counts, &models::EeoCountsModel::countsChanged, this, [this] {
        fillPostings();
        m_table->resizeColumnsToContents();
        redrawChart();
        showState();
    });
    connect(&m_pii, &models::EeoPiiModel::stateChanged, this, [this] {
        if (m_pii.state() == models::EeoPiiModel::State::Ready)
            m_piiTable->resizeColumnsToContents();
        showPiiState();
    });
    connect(&m_pii, &QAbstractItemModel::rowsInserted, this, &EeoView::showPiiState);
    fillPostings();
    showState();
}

EeoView::~EeoView()
{
    m_pii.clear();
}

void EeoView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_counts.load();
    }
}

void EeoView::hideEvent(QHideEvent *event)
{
    // Leaving the page (another view, a closed window) drops the identifying answers.
    if (m_pii.state() != models::EeoPiiModel::State::Idle || m_pii.rowCount() > 0)
        hidePii();
    QWidget::hideEvent(event);
}

void EeoView::showState()
{
    using State = models::EeoCountsModel::State;
    if (m_stack->currentIndex() == PiiPage)
        return;
    switch (m_counts.state()) {
    case State::NotEnabled:
    case State::MissingScope:
        m_notice->setText(tr("This sign-in may not read EEO responses: it lacks the permission (scope) "
                             "eeo_responses:read:admin, or EEO surveys are not enabled for this Lever "
                             "account.\n\nLever said: %1")
                              .arg(m_counts.stateText()));
        m_stack->setCurrentIndex(NoticePage);
        return;
    case State::Failed:
        m_notice->setText(tr("EEO responses could not be read: %1").arg(m_counts.stateText()));
        m_stack->setCurrentIndex(NoticePage);
        return;
    case State::Loading:
        m_summary->setText(tr("Reading EEO responses…"));
        break;
    case State::Idle:
    case State::Ready:
        m_summary->setText(
            tr("%n anonymous response(s). Counts come from Lever's anonymous EEO list; a multiple-choice "
               "answer counts under each choice, so shares can add up to more than 100 %.",
               "", m_counts.counts().responses(m_counts.posting())));
        break;
    }
    m_stack->setCurrentIndex(CountsPage);
}

void EeoView::fillPostings()
{
    const QString current = m_counts.posting();
    QSignalBlocker block(m_posting);
    m_posting->clear();
    m_posting->addItem(tr("All postings"), QString());
    for (const QString &posting : m_counts.counts().postings())
        m_posting->addItem(posting, posting);
    m_posting->setCurrentIndex(qMax(0, m_posting->findData(current)));
}

void EeoView::redrawChart()
{
    QStringList labels;
    auto *set = new QBarSet(tr("Responses"));
    for (int row = 0; row < m_counts.rowCount(); ++row) {
        labels.prepend(m_counts.index(row, models::EeoCountsModel::AnswerColumn).data().toString());
        set->insert(0, m_counts.index(row, 0).data(models::EeoCountsModel::CountRole).toInt());
    }
    const ChartPalette palette(this->palette());
    set->setColor(palette.series(0));
    set->setBorderColor(palette.series(0));
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitle(m_counts.categoryName(m_counts.category()) + u" · "_s +
                    (m_counts.posting().isEmpty() ? tr("All postings") : m_counts.posting()));
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(labels);
    auto *axisX = new QValueAxis;
    axisX->setLabelFormat(u"%.0f"_s);
    axisX->setTitleText(tr("Responses"));
    qreal top = 0;
    for (int i = 0; i < set->count(); ++i)
        top = qMax(top, set->at(i));
    axisX->setRange(0, top > 0 ? top * 1.08 : 1);
    axisX->applyNiceNumbers();
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    chart->legend()->hide();
    palette.apply(chart);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_chart->setToolTip(chart->title());
}

void EeoView::showPii()
{
    Confirm::ask(this,
                 {tr("Show identifying EEO data?"),
                  tr("You are about to see each candidate's EEO answers with their name. This data is "
                     "protected: use it only for compliance work, never in hiring decisions. Lever records "
                     "who viewed it. It stays in memory only and is cleared when you leave this page."),
                  tr("Show Identifying Data")},
                 [this](bool yes) {
                     if (!yes)
                         return;
                     m_stack->setCurrentIndex(PiiPage);
                     m_pii.load();
                     showPiiState();
                 });
}

void EeoView::hidePii()
{
    m_pii.clear();
    if (m_stack->currentIndex() == PiiPage)
        m_stack->setCurrentIndex(CountsPage);
    showState();
}

void EeoView::showPiiState()
{
    using State = models::EeoPiiModel::State;
    const int rows = m_pii.rowCount();
    m_export->setEnabled(m_pii.state() == State::Ready && rows > 0);
    switch (m_pii.state()) {
    case State::MissingScope:
    case State::NotEnabled:
        m_piiStatus->setText(tr("Lever refused the identifying EEO responses: this sign-in lacks the "
                                "permission (scope) eeo_responses_pii:read:admin. Nothing was shown or "
                                "kept.\n\nLever said: %1")
                                 .arg(m_pii.stateText()));
        m_showPii->setEnabled(false);
        m_showPii->setToolTip(tr("This sign-in lacks the scope eeo_responses_pii:read:admin."));
        break;
    case State::Failed:
        m_piiStatus->setText(
            tr("The identifying EEO responses could not be read: %1").arg(m_pii.stateText()));
        break;
    case State::Loading:
        m_piiStatus->setText(tr("Reading identifying responses… %n so far", "", rows));
        break;
    case State::Ready:
        m_piiStatus->setText(tr("%n identifying response(s), in memory only.", "", rows));
        break;
    case State::Idle:
        m_piiStatus->clear();
        break;
    }
}

void EeoView::chooseExportFile()
{
    auto *dialog =
        new QFileDialog(this, tr("Export Identifying EEO Data"), QDir::homePath(), tr("CSV files (*.csv)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { exportPii(path); });
    dialog->open();
}

void EeoView::exportPii(const QString &path, std::function<void(bool)> done)
{
    Confirm::ask(this,
                 {tr("Export identifying EEO data?"),
                  tr("The file %1 will hold every candidate's EEO answers with their name, outside Lever's "
                     "protection. Store it only where your compliance rules allow, and delete it when done.")
                      .arg(QDir::toNativeSeparators(path)),
                  tr("Export")},
                 [this, path, done](bool yes) {
                     bool written = false;
                     if (yes) {
                         QString error;
                         written = m_pii.writeCsv(path, &error);
                         if (!written)
                             Confirm::inform(this, tr("Export failed"),
                                             tr("%1 could not be written: %2").arg(path, error), true);
                     }
                     if (done)
                         done(written);
                 });
}

} // namespace lever::ui
