#include "InsightsPage.h"

#include "export/CsvWriter.h"
#include "export/PrivateFile.h"
#include "insights/InsightsTableModel.h"
#include "insights/InsightsTables.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

InsightsPage::InsightsPage(const QString &key, const QString &title, const QString &definition,
                           QWidget *parent)
    : QWidget(parent)
    , m_key(key)
    , m_title(title)
    , m_chartView(new QChartView(this))
    , m_tableView(new QTableView(this))
    , m_tableModel(new models::InsightsTableModel(this))
    , m_tools(new QHBoxLayout)
{
    setObjectName(u"insightsPage_"_s + key);
    setAccessibleName(title);
    m_chartView->setObjectName(u"insightsChart_"_s + key);
    m_chartView->setAccessibleName(tr("%1 chart").arg(title));
    m_chartView->setAccessibleDescription(definition);
    m_chartView->setToolTip(definition);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);

    // Sorting by the raw numbers (UserRole), not by their formatted text.
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_tableModel);
    sorted->setSortRole(Qt::UserRole);
    m_tableView->setModel(sorted);
    m_tableView->setObjectName(u"insightsTable_"_s + key);
    m_tableView->setAccessibleName(tr("%1 table").arg(title));
    m_tableView->horizontalHeader()->setAccessibleName(tr("%1 columns").arg(title));
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(-1, Qt::AscendingOrder); // the computed order until the user sorts
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->hide();
    connect(m_tableView, &QTableView::activated, this, [this, sorted](const QModelIndex &index) {
        Q_EMIT lineActivated(sorted->mapToSource(index).row());
    });

    auto *definitionLabel = new QLabel(definition, this);
    definitionLabel->setObjectName(u"insightsDefinition_"_s + key);
    definitionLabel->setWordWrap(true);
    definitionLabel->setForegroundRole(QPalette::PlaceholderText);
    definitionLabel->setAccessibleName(tr("How %1 is counted").arg(title));

    auto addExport = [this, &key, &title](const QString &name, const QString &text, Format format) {
        auto *button = new QToolButton(this);
        button->setObjectName(u"insightsExport"_s + name + u'_' + key);
        button->setText(text);
        button->setAccessibleName(tr("Export %1 as %2").arg(title, name.toUpper()));
        button->setToolTip(button->accessibleName());
        connect(button, &QToolButton::clicked, this, [this, format] { Q_EMIT exportRequested(format); });
        m_tools->addWidget(button);
    };
    m_tools->addStretch(1);
    addExport(u"Png"_s, tr("PNG…"), Format::Png);
    addExport(u"Svg"_s, tr("SVG…"), Format::Svg);
    addExport(u"Csv"_s, tr("CSV…"), Format::Csv);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"insightsSplitter_"_s + key);
    splitter->addWidget(m_chartView);
    splitter->addWidget(m_tableView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    // The chart first: three fifths of the height (the sizes are scaled to the real height).
    splitter->setSizes({600, 400});
    m_tableView->setMinimumHeight(120);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(definitionLabel);
    layout->addWidget(splitter, 1);
    layout->addLayout(m_tools);
}

void InsightsPage::setChart(QChart *chart)
{
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

void InsightsPage::setTable(models::InsightsTable table)
{
    const bool reshaped = table.header != m_tableModel->table().header ||
                          (m_tableModel->rowCount() == 0) != table.cells.isEmpty();
    m_tableModel->setTable(std::move(table));
    // Fitting the columns to their contents costs a pass over the shown cells: once per new shape, not at
    // every update (and the user's own widths stay).
    if (reshaped)
        m_tableView->resizeColumnsToContents();
}

bool InsightsPage::exportTo(Format format, const QString &path, QString *error) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case Format::Png:
        if (!m_chartView->grab().save(&buffer, "PNG")) {
            *error = models::PrivateFile::failureText(path, tr("the chart could not be drawn"));
            return false;
        }
        break;
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(m_chartView->size());
        svg.setViewBox(QRect(QPoint(0, 0), m_chartView->size()));
        svg.setTitle(m_title);
        QPainter painter(&svg);
        m_chartView->render(&painter);
        break;
    }
    case Format::Csv: {
        const models::InsightsTable &table = m_tableModel->table();
        models::CsvWriter csv(&buffer);
        csv.writeBom();
        csv.writeRecord(table.header);
        for (const QVariantList &line : table.cells) {
            QStringList fields;
            for (const QVariant &cell : line)
                fields.append(models::InsightsTables::csvText(cell, table.decimals));
            csv.writeRecord(fields);
        }
        csv.flush();
        break;
    }
    }
    buffer.close();
    return models::PrivateFile::write(path, bytes, error);
}

} // namespace lever::ui
