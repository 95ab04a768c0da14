// The Insights view on a synced Session (in-process sandbox): filters change the charts, a click on a bar
// opens those candidates on the board (with a removable chip), exports write files that parse (PNG
// header, SVG as XML, CSV read back), a live update keeps the table's selection, and the charts follow
// a dark palette.
#include "BoardTestKit.h"

#include "BoardModel.h"
#include "board/FilterBar.h"
#include "insights/InsightsFilterBar.h"
#include "insights/InsightsModel.h"
#include "insights/InsightsPage.h"
#include "insights/InsightsTableModel.h"
#include "insights/InsightsView.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {

// Waits for the next result and for the shown chart, which is drawn on a later turn of the event loop.
bool nextResult(ui::InsightsView &view, int after)
{
    if (!QTest::qWaitFor([&] { return view.model().resultCount() > after && !view.model().isComputing(); },
                         30000))
        return false;
    QTest::qWait(50);
    return true;
}

QBarSet *firstBarSet(QChart *chart)
{
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            return bars->barSets().value(0);
    }
    return nullptr;
}

// Where line `line` of the first of `sets` bar sets is drawn in a horizontal bar chart of `lines`
// categories (listed top down), in the chart view's viewport.
QPoint barCentre(QChartView *view, int line, int lines, int sets, qreal value)
{
    QChart *chart = view->chart();
    auto *series = qobject_cast<QAbstractBarSeries *>(chart->series().first());
    // The sets share the bar width of their category, the first one lowest.
    const qreal width = series->barWidth();
    const qreal y = (lines - 1 - line) - width / 2 + width / sets / 2;
    const QPointF inChart = chart->mapToPosition(QPointF(value / 2, y), series);
    return view->mapFromScene(chart->mapToScene(inChart));
}

QStringList csvLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringList lines = QString::fromUtf8(bytes).split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestInsightsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersClicksExportsAndLiveUpdates();
};

void TestInsightsView::filtersClicksExportsAndLiveUpdates()
{
    test::BoardRig rig(200);
    QVERIFY(rig.start());
    ui::InsightsView view(rig.session->store());
    connect(&view, &ui::InsightsView::openCandidates, rig.board.get(), &ui::BoardView::showOnly);
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.filterBar()->fromEdit()->setDate(QDate::currentDate().addYears(-5)); // the whole demo history
    QVERIFY(nextResult(view, 0));
    const models::Store &store = rig.session->store();

    // The funnel's first bar is every candidate created in the dates; a posting narrows it.
    ui::InsightsPage *funnel = view.page(u"funnel"_s);
    QBarSet *reached = firstBarSet(funnel->chartView()->chart());
    QVERIFY(reached);
    QCOMPARE(int(reached->at(reached->count() - 1)), store.opportunityCount());
    QCOMPARE(funnel->tableModel()->table().cells.at(0).at(1).toInt(), store.opportunityCount());
    QComboBox *posting = view.filterBar()->postingBox();
    posting->setFocus();
    int count = view.model().resultCount();
    QTest::keyClick(posting, Qt::Key_Down);
    QVERIFY(posting->currentIndex() == 1);
    QVERIFY(nextResult(view, count));
    const QString postingId = posting->currentData().toString();
    const int ofPosting = int(store.forPosting(postingId).size());
    QVERIFY(ofPosting < store.opportunityCount());
    reached = firstBarSet(funnel->chartView()->chart());
    QCOMPARE(int(reached->at(reached->count() - 1)), ofPosting);
    QVERIFY(view.statusText().startsWith(QString::number(ofPosting) + u' '));
    posting->setCurrentIndex(0);
    count = view.model().resultCount();
    Q_EMIT posting->activated(0);
    QVERIFY(nextResult(view, count));

    // The stale chart follows its number of days.
    ui::InsightsPage *stale = view.page(u"stale"_s);
    view.tabs()->setCurrentWidget(stale);
    count = view.model().resultCount();
    view.staleDaysBox()->setValue(1);
    QVERIFY(nextResult(view, count));
    const int staleShort = view.model().result().staleTotal;
    count = view.model().resultCount();
    view.staleDaysBox()->setValue(200);
    QVERIFY(nextResult(view, count));
    QVERIFY(view.model().result().staleTotal < staleShort);

    // A click on the first stage's median bar opens those candidates on the board.
    ui::InsightsPage *time = view.page(u"time"_s);
    view.tabs()->setCurrentWidget(time);
    QTest::qWait(100);
    QBarSet *median = firstBarSet(time->chartView()->chart());
    // Horizontal bars list the stages top down: the set holds them bottom up.
    QVERIFY(median && median->at(median->count() - 1) > 0);
    const QStringList expected = view.model().result().idsOf(view.model().result().times.at(0).rows);
    QVERIFY(!expected.isEmpty());
    QTest::mouseClick(
        time->chartView()->viewport(), Qt::LeftButton, {},
        barCentre(time->chartView(), 0, int(median->count()), 2, median->at(median->count() - 1)));
    const models::CardFilter &filter = rig.session->board().filter();
    QTRY_COMPARE(filter.ids, expected);
    QCOMPARE(rig.session->board().shownCount(), expected.size());
    auto *chip = rig.board->filterBar()->findChild<QToolButton *>(u"filterIdsChip"_s);
    QVERIFY(chip && chip->isVisibleTo(rig.board.get()));
    QVERIFY(chip->text().contains(time->title()));
    QVERIFY(!chip->accessibleName().isEmpty());
    QTest::mouseClick(chip, Qt::LeftButton);
    QVERIFY(rig.session->board().filter().ids.isEmpty());
    QVERIFY(!chip->isVisibleTo(rig.board.get()));

    // Exports: PNG and SVG of the chart, CSV of the table (through the button and its file dialog).
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(u"time.png"_s);
    QVERIFY2(time->exportTo(ui::InsightsPage::Format::Png, png, &error), qPrintable(error));
    QFile pngFile(png);
    QVERIFY(pngFile.open(QIODevice::ReadOnly));
    QCOMPARE(pngFile.read(8), QByteArray("\x89PNG\r\n\x1a\n"));
    const QString svg = dir.filePath(u"time.svg"_s);
    QVERIFY2(time->exportTo(ui::InsightsPage::Format::Svg, svg, &error), qPrintable(error));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QString root;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && root.isEmpty())
            root = xml.name().toString();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(root, u"svg"_s);
    const QString csv = dir.filePath(u"time.csv"_s);
    QTest::mouseClick(time->findChild<QToolButton *>(u"insightsExportCsv_time"_s), Qt::LeftButton);
    auto *dialog = view.findChild<QFileDialog *>(u"insightsExportDialog"_s);
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    dialog->selectFile(csv);
    QMetaObject::invokeMethod(dialog, "accept"); // what the dialog's Save button does
    QTRY_VERIFY(QFile::exists(csv));
    const QStringList lines = csvLines(csv);
    const models::InsightsTable &table = time->tableModel()->table();
    QCOMPARE(lines.size(), table.cells.size() + 1);
    QCOMPARE(lines.first(), table.header.join(u','));
    const QStringList firstLine = lines.at(1).split(u',');
    QCOMPARE(firstLine.value(0), table.cells.at(0).at(0).toString());
    QCOMPARE(firstLine.value(1).toInt(), table.cells.at(0).at(1).toInt());

    // A live update (a move on the sandbox, brought by the next delta) keeps the selected line.
    view.tabs()->setCurrentWidget(funnel);
    funnel->tableView()->selectRow(1);
    QVERIFY(funnel->tableView()->selectionModel()->isRowSelected(1, {}));
    count = view.model().resultCount();
    const QString moved = rig.session->board().stageColumns().first()->ids().value(0);
    QVERIFY(!moved.isEmpty());
    QCOMPARE(rig.f.put(u"/opportunities/"_s + moved + u"/stage"_s, {{u"stage"_s, store.stages().last().id}})
                 .status,
             200);
    rig.session->refresh();
    QVERIFY(nextResult(view, count));
    QVERIFY(funnel->tableView()->selectionModel()->isRowSelected(1, {}));
    QCOMPARE(view.tabs()->currentWidget(), funnel);

    // A dark palette redraws the charts on a dark background.
    const QColor light(0xe8, 0xe8, 0xe8);
    QPalette dark(light, QColor(0x30, 0x33, 0x37), QColor(0x45, 0x48, 0x4c), QColor(0x15, 0x16, 0x18),
                  QColor(0x25, 0x27, 0x2a), light, light, QColor(0x18, 0x1a, 0x1c), QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::AlternateBase, QColor(0x22, 0x24, 0x27));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    dark.setColor(QPalette::Highlight, QColor(0x2a, 0x6f, 0xb5));
    view.setPalette(dark);
    QTRY_COMPARE(funnel->chartView()->chart()->backgroundBrush().color(), QColor(0x18, 0x1a, 0x1c));
    if (qEnvironmentVariableIsSet("LEVER_INSIGHTS_SHOTS")) {
        const QString folder = qEnvironmentVariable("LEVER_INSIGHTS_SHOTS");
        for (const QString &key :
             {u"funnel"_s, u"time"_s, u"sources"_s, u"velocity"_s, u"flow"_s, u"stale"_s}) {
            view.tabs()->setCurrentWidget(view.page(key));
            QTest::qWait(50);
            view.grab().save(folder + u"/insights-dark-"_s + key + u".png"_s);
        }
    }
}

QTEST_MAIN(TestInsightsView)
#include "tst_insights_view.moc"
