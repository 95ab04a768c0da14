// The board's text search skips the lane its filter hides (the collapsed Archive lane): archived cards
// are found again as soon as the filter shows them, including cards that were archived, unarchived or
// loaded wholesale (Store::insertMany) while they were not searched.
#include "BoardModel.h"
#include "ModelsTestKit.h"
#include "Store.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::makeOpportunity;

namespace {
void setArchived(BoardModel &board, CardFilter::Archived archived)
{
    CardFilter f = board.filter();
    f.archived = archived;
    board.setFilter(f);
}
} // namespace

class TestBoardLaneSearch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hiddenLaneIsSearchedWhenShown();
    void cardsChangingLaneWhileHidden();
    void wholesaleLoadWhileHidden();
};

void TestBoardLaneSearch::hiddenLaneIsSearchedWhenShown()
{
    Store store;
    test::seedReference(store);
    BoardModel board(store);
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (ColumnModel *column : board.stageColumns() + board.archiveColumns())
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            column, QAbstractItemModelTester::FailureReportingMode::Fatal));
    store.upsert(makeOpportunity({.id = u"a1"_s, .name = u"Ada Active"_s}));
    store.upsert(makeOpportunity({.id = u"a2"_s, .name = u"Ada Archived"_s, .archivedReason = u"r2"_s}));
    store.upsert(makeOpportunity({.id = u"b1"_s, .name = u"Bea Archived"_s, .archivedReason = u"r2"_s}));
    ColumnModel *s1 = board.stageColumn(u"s1"_s);
    ColumnModel *r2 = board.archiveColumn(u"r2"_s);

    setArchived(board, CardFilter::Archived::ActiveOnly);
    for (const QString &text : {u"a"_s, u"ad"_s, u"ada"_s}) { // typing on: narrowing searches
        board.setSearchText(text);
        QCOMPARE(s1->ids(), QStringList{u"a1"_s});
        QCOMPARE(r2->count(), 0);
    }
    // The lane opens with the text kept: its cards are searched now.
    setArchived(board, CardFilter::Archived::Any);
    QCOMPARE(r2->ids(), QStringList{u"a2"_s});
    board.setSearchText(u"ada a"_s);
    QCOMPARE(r2->ids(), QStringList{u"a2"_s});
    QCOMPARE(s1->ids(), QStringList{u"a1"_s});
    board.setSearchText(QString());
    QCOMPARE(r2->count(), 2);
    setArchived(board, CardFilter::Archived::ArchivedOnly);
    board.setSearchText(u"bea"_s);
    QCOMPARE(s1->count(), 0);
    QCOMPARE(r2->ids(), QStringList{u"b1"_s});
}

void TestBoardLaneSearch::cardsChangingLaneWhileHidden()
{
    Store store;
    test::seedReference(store);
    BoardModel board(store);
    store.upsert(makeOpportunity({.id = u"a1"_s, .name = u"Ada One"_s}));
    store.upsert(makeOpportunity({.id = u"a2"_s, .name = u"Ada Two"_s, .archivedReason = u"r2"_s}));
    setArchived(board, CardFilter::Archived::ActiveOnly);
    board.setSearchText(u"ada"_s);
    // One card goes to the hidden lane, the other comes out of it, while the search stands.
    store.modify(u"a1"_s, [](OpportunityRecord &r) {
        r.archived = true;
        r.archiveReasonId = u"r2"_s;
    });
    store.modify(u"a2"_s, [](OpportunityRecord &r) {
        r.archived = false;
        r.archiveReasonId.clear();
    });
    QCOMPARE(board.stageColumn(u"s1"_s)->ids(), QStringList{u"a2"_s});
    board.setSearchText(u"ada one"_s); // narrowing: a1 is hidden, a2 does not match
    QCOMPARE(board.stageColumn(u"s1"_s)->count(), 0);
    setArchived(board, CardFilter::Archived::Any);
    QCOMPARE(board.archiveColumn(u"r2"_s)->ids(), QStringList{u"a1"_s});
}

void TestBoardLaneSearch::wholesaleLoadWhileHidden()
{
    Store store;
    test::seedReference(store);
    BoardModel board(store);
    setArchived(board, CardFilter::Archived::ActiveOnly);
    board.setSearchText(u"ada"_s);
    std::vector<OpportunityRecord> records;
    for (const auto &[id, reason] : {std::pair{u"a1"_s, QString()}, std::pair{u"a2"_s, u"r2"_s}}) {
        test::OppSpec spec{.id = id, .name = u"Ada "_s + id};
        spec.archivedReason = reason;
        records.push_back(store.recordFrom(makeOpportunity(spec), nullptr));
    }
    store.insertMany(std::move(records));
    QCOMPARE(board.stageColumn(u"s1"_s)->ids(), QStringList{u"a1"_s});
    QCOMPARE(board.archiveColumn(u"r2"_s)->count(), 0);
    setArchived(board, CardFilter::Archived::Any);
    QCOMPARE(board.archiveColumn(u"r2"_s)->ids(), QStringList{u"a2"_s});
}

QTEST_MAIN(TestBoardLaneSearch)
#include "tst_board_lane_search.moc"
