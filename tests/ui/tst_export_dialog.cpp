// File › Export… against a synced sandbox account: the board's current view honours its filter, the
// selection exports only the selected cards, the postings and requisitions lists export every row;
// a path that cannot be written is reported with the dialog kept open, and a cancelled export leaves
// no file. Every file is read back with Python's csv module.
#include "../models/ExportTestKit.h"
#include "BoardModel.h"
#include "BoardTestKit.h"
#include "CardFilter.h"
#include "common/Confirm.h"
#include "export/BoardExport.h"
#include "export/ExportDialog.h"
#include "export/ExportProgress.h"
#include "postings/PostingListModel.h"
#include "postings/RequisitionListModel.h"

#include <QDir>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::BoardRig;
using What = ui::ExportDialog::What;

namespace {

// The last column of every data row (the id column of each export).
QStringList lastColumn(const QList<QStringList> &rows)
{
    QStringList out;
    for (qsizetype i = 1; i < rows.size(); ++i)
        out.append(rows.at(i).last());
    return out;
}

// Runs the dialog's export to `path`; the rows Python reads back (header first), empty on failure.
QList<QStringList> exportWith(ui::ExportDialog &dialog, const QString &path)
{
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    dialog.setPath(path);
    dialog.findChild<QPushButton *>(u"exportStart"_s)->click();
    if (!exported.wait(20000))
        return {};
    return test::readCsvWithPython(exported.at(0).at(0).toString()); // with the .csv it may have added
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    }
    void cleanup()
    {
        ui::Confirm::setAnswererForTesting({});
        ui::Confirm::informedForTesting().clear();
    }

    void boardViewHonoursTheFilter()
    {
        BoardRig rig;
        QVERIFY(rig.start());
        models::BoardModel &board = rig.session->board();
        const int everything = board.shownCount();
        const models::CardFilter filter{.origin = u"referred"_s,
                                        .archived = models::CardFilter::Archived::ActiveOnly};
        board.setFilter(filter);
        const int shown = board.shownCount();
        QVERIFY(shown > 0 && shown < everything);

        ui::ExportDialog dialog({&board, {}, nullptr, nullptr, {}, {}}, What::BoardView);
        dialog.show();
        QVERIFY(!dialog.findChild<QRadioButton *>(u"exportBoardSelection"_s)->isEnabled());
        QVERIFY(!dialog.findChild<QRadioButton *>(u"exportPostings"_s)->isEnabled());
        QVERIFY(
            dialog.path().endsWith(ui::ExportDialog::defaultFileName(What::BoardView, QDate::currentDate())));
        QTemporaryDir dir;
        const QList<QStringList> rows = exportWith(dialog, dir.filePath(u"view.csv"_s));
        QCOMPARE(rows.size(), shown + 1);
        QCOMPARE(rows.first().first(), u"Name"_s);
        const QStringList ids = lastColumn(rows);
        QCOMPARE(ids, models::BoardExport::shownIds(board));
        const models::CompiledFilter compiled(filter, rig.client->actingUserId());
        const models::Store &store = rig.session->store();
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const models::OpportunityRecord *record = store.opportunity(ids.at(i));
            QVERIFY(record);
            QVERIFY(compiled.matches(*record) && !record->archived);
            QCOMPARE(rows.at(i + 1).at(0), record->name);
            QCOMPARE(rows.at(i + 1).at(3), store.stageName(record->stageId));
            QCOMPARE(rows.at(i + 1).at(6), u"referred"_s);
        }
        QVERIFY(!dialog.isVisible()); // closed once written
    }

    void selectionExportsOnlyTheSelectedCards()
    {
        BoardRig rig;
        QVERIFY(rig.start());
        const auto columns = rig.board->stageColumns();
        ui::BoardColumn *first = columns.at(rig.busiestStageIndex());
        ui::BoardColumn *second = columns.at(rig.busiestStageIndex() == 0 ? 1 : 0);
        QVERIFY(first->column()->count() >= 3 && second->column()->count() >= 1);
        test::focusCard(first->view(), 0);
        auto *selection = first->view()->selectionModel();
        selection->select(first->view()->model()->index(0, 0), QItemSelectionModel::Select);
        selection->select(first->view()->model()->index(2, 0), QItemSelectionModel::Select);
        second->view()->selectionModel()->select(second->view()->model()->index(0, 0),
                                                 QItemSelectionModel::Select);
        const QStringList selected = rig.board->selectedIds();
        QCOMPARE(selected.size(), 3);

        ui::ExportDialog dialog({&rig.session->board(), selected, nullptr, nullptr, {}, {}},
                                What::BoardSelection);
        dialog.show();
        QCOMPARE(dialog.what(), What::BoardSelection);
        QVERIFY(dialog.path().endsWith(u"pipeline-selection-"_s + QDate::currentDate().toString(Qt::ISODate) +
                                       u".csv"_s));
        QTemporaryDir dir;
        const QList<QStringList> rows = exportWith(dialog, dir.filePath(u"selection.csv"_s));
        QCOMPARE(lastColumn(rows), selected);
    }

    void postingsAndRequisitionsListsExportEveryRow()
    {
        BoardRig rig;
        QVERIFY(rig.start());
        models::PostingListModel postings(*rig.client);
        models::RequisitionListModel requisitions(*rig.client);
        postings.reload();
        requisitions.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!postings.isLoading() && !requisitions.isLoading(), 20000);
        QVERIFY(postings.rowCount() > 0);

        QTemporaryDir dir;
        {
            ui::ExportDialog dialog({&rig.session->board(), {}, &postings, &requisitions, {}, {}},
                                    What::Postings);
            dialog.show();
            const QList<QStringList> rows = exportWith(dialog, dir.filePath(u"postings"_s)); // .csv is added
            QVERIFY(QFile::exists(dir.filePath(u"postings.csv"_s)));
            QCOMPARE(rows.size(), postings.rowCount() + 1);
            for (int i = 0; i < postings.rowCount(); ++i) {
                QCOMPARE(rows.at(i + 1).first(), postings.posting(i).text);
                QCOMPARE(rows.at(i + 1).last(), postings.posting(i).id);
            }
        }
        {
            // The Postings view's filters and order: only the rows it shows, in its order.
            QVERIFY(postings.rowCount() >= 2);
            const QList<int> shown = {postings.rowCount() - 1, 0};
            ui::ExportDialog dialog({&rig.session->board(), {}, &postings, &requisitions, {}, shown},
                                    What::Postings);
            dialog.show();
            const QList<QStringList> rows = exportWith(dialog, dir.filePath(u"filtered.csv"_s));
            QCOMPARE(rows.size(), 3);
            QCOMPARE(rows.at(1).last(), postings.posting(postings.rowCount() - 1).id);
            QCOMPARE(rows.at(2).last(), postings.posting(0).id);
        }
        {
            ui::ExportDialog dialog({&rig.session->board(), {}, &postings, &requisitions, {}, {}},
                                    What::Requisitions);
            dialog.show();
            QCOMPARE(dialog.what(), What::Requisitions);
            const QList<QStringList> rows = exportWith(dialog, dir.filePath(u"requisitions.csv"_s));
            QCOMPARE(rows.size(), requisitions.rowCount() + 1);
            for (int i = 0; i < requisitions.rowCount(); ++i)
                QCOMPARE(rows.at(i + 1).last(), requisitions.requisition(i).id);
        }
    }

    void unwritablePathKeepsTheDialogOpen()
    {
        BoardRig rig;
        QVERIFY(rig.start());
        ui::ExportDialog dialog({&rig.session->board(), {}, nullptr, nullptr, {}, {}}, What::BoardView);
        dialog.show();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing/folder/out.csv"_s);
        dialog.setPath(path);
        dialog.findChild<QPushButton *>(u"exportStart"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.errorText().isEmpty(), 20000);
        QVERIFY2(dialog.errorText().contains(u"out.csv"_s), qPrintable(dialog.errorText()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.path(), path);
        QVERIFY(dialog.findChild<QPushButton *>(u"exportStart"_s)->isEnabled());
        QCOMPARE(ui::Confirm::informedForTesting().size(), 1);
        QVERIFY(!QFile::exists(path));

        // Another place works, from the same dialog.
        const QList<QStringList> rows = exportWith(dialog, dir.filePath(u"ok.csv"_s));
        QCOMPARE(rows.size(), rig.session->board().shownCount() + 1);
    }

    void cancelInTheProgressDialogLeavesNoFile()
    {
        QWidget parent;
        parent.show();
        models::ExportTable big;
        big.name = u"Big"_s;
        big.header = {u"A"_s};
        big.rowCount = 20'000'000;
        big.row = [](qsizetype i) { return QStringList{QString::number(i), u"padding padding"_s}; };
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        auto *progress = new ui::ExportProgress(big, path, &parent);
        QSignalSpy finished(progress, &ui::ExportProgress::finished);
        progress->start();
        QTRY_VERIFY_WITH_TIMEOUT(progress->dialog() && progress->dialog()->isVisible(), 10000);
        auto *cancel = progress->dialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        cancel->click();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
        delete progress;
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
