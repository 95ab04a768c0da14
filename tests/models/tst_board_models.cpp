// The board's item models under QAbstractItemModelTester (Fatal): inserts, moves between columns,
// moves within a column, removals and resets; filters (every kind) and sorting; the users, stages
// and archive reasons models and their roles.
#include "ArchiveReasonsModel.h"
#include "BoardModel.h"
#include "CardRoles.h"
#include "ModelsTestKit.h"
#include "StagesModel.h"
#include "Store.h"
#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::makeOpportunity;
using lever::test::OppSpec;

namespace {
// Every column of a board under a tester, and spies on resets.
struct Watched
{
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::vector<std::unique_ptr<QSignalSpy>> resets;

    explicit Watched(BoardModel &board)
    {
        const auto columns = board.stageColumns() + board.archiveColumns();
        for (ColumnModel *column : columns) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                column, QAbstractItemModelTester::FailureReportingMode::Fatal));
            resets.push_back(std::make_unique<QSignalSpy>(column, &QAbstractItemModel::modelReset));
        }
    }
    int resetCount() const
    {
        int n = 0;
        for (const auto &spy : resets)
            n += int(spy->size());
        return n;
    }
};

QStringList names(const ColumnModel *column)
{
    QStringList out;
    for (int row = 0; row < column->rowCount(); ++row)
        out.append(column->index(row).data(CardRole::Name).toString());
    return out;
}
} // namespace

class TestBoardModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void columnsFollowStages();
    void insertsKeepSortOrder();
    void moveBetweenColumnsWithoutReset();
    void moveWithinColumnOnRename();
    void archiveAndUnarchive();
    void removalsAndClear();
    void rolesOfACard();
    void textSearch();
    void textSearchNarrowsAndWidens();
    void filtersOfEveryKind();
    void filterFollowsUpdates();
    void sortKeys();
    void usersModelRoles();
    void stagesAndReasonsModels();
};

void TestBoardModels::columnsFollowStages()
{
    Store store;
    BoardModel board(store);
    QSignalSpy columns(&board, &BoardModel::columnsChanged);
    lever::test::seedReference(store);
    QVERIFY(columns.size() >= 1);
    QCOMPARE(board.stageColumns().size(), 3);
    QCOMPARE(board.archiveColumns().size(), 2);
    QCOMPARE(board.stageColumns().at(1)->title(), u"Phone screen"_s);
    QCOMPARE(board.archiveColumns().at(1)->title(), u"Timing"_s);
    store.upsert(makeOpportunity({.id = u"o1"_s, .stage = u"s2"_s}));
    ColumnModel *kept = board.stageColumn(u"s2"_s);
    store.setStages({{u"s2"_s, u"Phone screen"_s}, {u"s4"_s, u"Onsite"_s}});
    QCOMPARE(board.stageColumns().size(), 2);
    QCOMPARE(board.stageColumn(u"s2"_s), kept); // a column that stays keeps its object
    QCOMPARE(kept->count(), 1);
    QVERIFY(!board.stageColumn(u"s1"_s));
    QCOMPARE(board.stageColumn(u"s4"_s)->count(), 0);
}

void TestBoardModels::insertsKeepSortOrder()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    Watched watched(board);
    ColumnModel *s1 = board.stageColumn(u"s1"_s);
    QSignalSpy counts(s1, &ColumnModel::countChanged);
    QSignalSpy inserted(s1, &QAbstractItemModel::rowsInserted);
    for (const QString &name : {u"Mia"_s, u"ada"_s, u"Zoe"_s, u"Bob"_s})
        store.upsert(makeOpportunity({.id = name, .name = name, .stage = u"s1"_s}));
    QCOMPARE(names(s1), (QStringList{u"ada"_s, u"Bob"_s, u"Mia"_s, u"Zoe"_s}));
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(counts.last().at(0).toInt(), 4);
    QCOMPARE(board.shownCount(), 4);
    QCOMPARE(watched.resetCount(), 0);
    QCOMPARE(s1->rowOf(u"Mia"_s), 2);
    QCOMPARE(s1->idAt(0), u"ada"_s);
}

void TestBoardModels::moveBetweenColumnsWithoutReset()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    Watched watched(board);
    for (int i = 0; i < 20; ++i)
        store.upsert(makeOpportunity({.id = u"o%1"_s.arg(i, 2, 10, QChar(u'0')),
                                      .name = u"Person %1"_s.arg(i, 2, 10, QChar(u'0')),
                                      .stage = i % 2 ? u"s1"_s : u"s2"_s}));
    ColumnModel *s1 = board.stageColumn(u"s1"_s);
    ColumnModel *s2 = board.stageColumn(u"s2"_s);
    QCOMPARE(s1->count(), 10);
    QSignalSpy removed(s1, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(s2, &QAbstractItemModel::rowsInserted);
    QVERIFY(store.modify(u"o05"_s, [](OpportunityRecord &r) { r.stageId = u"s2"_s; }));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 2); // o01, o03, o05
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 3); // o00 o02 o04 | o05
    QCOMPARE(s1->count(), 9);
    QCOMPARE(s2->count(), 11);
    QCOMPARE(s2->idAt(3), u"o05"_s);
    // An unknown stage takes the card off the board; a known one brings it back.
    store.modify(u"o05"_s, [](OpportunityRecord &r) { r.stageId = u"gone"_s; });
    QCOMPARE(s2->count(), 10);
    QCOMPARE(board.columnOf(u"o05"_s), nullptr);
    store.modify(u"o05"_s, [](OpportunityRecord &r) { r.stageId = u"s3"_s; });
    QCOMPARE(board.stageColumn(u"s3"_s)->count(), 1);
    QCOMPARE(watched.resetCount(), 0);
}

void TestBoardModels::moveWithinColumnOnRename()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    Watched watched(board);
    for (const QString &name : {u"Anna"_s, u"Bert"_s, u"Cleo"_s, u"Dan"_s})
        store.upsert(makeOpportunity({.id = name, .name = name}));
    ColumnModel *s1 = board.stageColumn(u"s1"_s);
    QSignalSpy moved(s1, &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(s1, &QAbstractItemModel::dataChanged);
    store.modify(u"Anna"_s, [](OpportunityRecord &r) {
        r.name = u"Zelda"_s;
        r.updateSearchKey();
    });
    QCOMPARE(names(s1), (QStringList{u"Bert"_s, u"Cleo"_s, u"Dan"_s, u"Zelda"_s}));
    QCOMPARE(moved.size(), 1);
    store.modify(u"Dan"_s, [](OpportunityRecord &r) {
        r.name = u"Aaron"_s;
        r.updateSearchKey();
    });
    QCOMPARE(names(s1), (QStringList{u"Aaron"_s, u"Bert"_s, u"Cleo"_s, u"Zelda"_s}));
    QCOMPARE(moved.size(), 2);
    store.modify(u"Bert"_s, [](OpportunityRecord &r) { r.tags = {u"x"_s}; }); // same place
    QCOMPARE(moved.size(), 2);
    QVERIFY(changed.size() >= 3);
    QCOMPARE(watched.resetCount(), 0);
}

void TestBoardModels::archiveAndUnarchive()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    Watched watched(board);
    store.upsert(makeOpportunity({.id = u"o1"_s}));
    store.modify(u"o1"_s, [](OpportunityRecord &r) {
        r.archived = true;
        r.archiveReasonId = u"r2"_s;
    });
    QCOMPARE(board.stageColumn(u"s1"_s)->count(), 0);
    QCOMPARE(board.archiveColumn(u"r2"_s)->count(), 1);
    QCOMPARE(board.archiveColumn(u"r2"_s)->index(0).data(CardRole::ArchiveReason).toString(), u"Timing"_s);
    QCOMPARE(board.columnOf(u"o1"_s), board.archiveColumn(u"r2"_s));
    store.modify(u"o1"_s, [](OpportunityRecord &r) {
        r.archived = false;
        r.archiveReasonId.clear();
    });
    QCOMPARE(board.stageColumn(u"s1"_s)->count(), 1);
    QCOMPARE(board.archiveColumn(u"r2"_s)->count(), 0);
    QCOMPARE(watched.resetCount(), 0);
}

void TestBoardModels::removalsAndClear()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    Watched watched(board);
    store.upsert(makeOpportunity({.id = u"o1"_s, .name = u"A"_s}));
    store.upsert(makeOpportunity({.id = u"o2"_s, .name = u"B"_s}));
    store.upsert(makeOpportunity({.id = u"o3"_s, .name = u"C"_s, .archivedReason = u"r1"_s}));
    QSignalSpy removed(board.stageColumn(u"s1"_s), &QAbstractItemModel::rowsRemoved);
    store.remove(u"o1"_s);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(board.stageColumn(u"s1"_s)->ids(), QStringList{u"o2"_s});
    QCOMPARE(watched.resetCount(), 0);
    store.clearOpportunities();
    QVERIFY(watched.resetCount() >= 2);
    QCOMPARE(board.shownCount(), 0);
    store.upsert(makeOpportunity({.id = u"o4"_s}));
    QCOMPARE(board.stageColumn(u"s1"_s)->count(), 1);
}

void TestBoardModels::rolesOfACard()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    store.upsert(makeOpportunity({.id = u"o1"_s,
                                  .name = u"Ada Lovelace"_s,
                                  .stage = u"s2"_s,
                                  .owner = u"u2"_s,
                                  .posting = u"p1"_s,
                                  .contact = u"ada"_s,
                                  .email = u"ada@example.com"_s,
                                  .headline = u"Analyst at Engines"_s,
                                  .origin = u"sourced"_s,
                                  .tags = {u"Senior"_s},
                                  .sources = {u"LinkedIn"_s},
                                  .createdAt = now - 10 * 86400000LL,
                                  .updatedAt = now - 86400000LL,
                                  .advancedAt = now - 3 * 86400000LL - 1000}));
    store.upsert(makeOpportunity({.id = u"o2"_s, .contact = u"ada"_s, .archivedReason = u"r2"_s}));
    ChildData child;
    child.fetchedAt = now;
    api::Interview interview;
    interview.date = now + 3600000;
    api::Interview::Interviewer accepted;
    accepted.responseStatus = u"accepted"_s;
    interview.interviewers = {accepted};
    child.interviews = {interview};
    child.summarize(now);
    QSignalSpy changed(board.stageColumn(u"s2"_s), &QAbstractItemModel::dataChanged);
    store.setChildData(u"o1"_s, child);
    QCOMPARE(changed.size(), 1);

    const QModelIndex card = board.stageColumn(u"s2"_s)->index(0);
    QCOMPARE(card.data(Qt::DisplayRole).toString(), u"Ada Lovelace"_s);
    QCOMPARE(card.data(CardRole::Id).toString(), u"o1"_s);
    QCOMPARE(card.data(CardRole::Headline).toString(), u"Analyst at Engines"_s);
    QCOMPARE(card.data(CardRole::PostingId).toString(), u"p1"_s);
    QCOMPARE(card.data(CardRole::PostingTitle).toString(), u"Backend Engineer"_s);
    QCOMPARE(card.data(CardRole::OwnerId).toString(), u"u2"_s);
    QCOMPARE(card.data(CardRole::OwnerName).toString(), u"Hank Manager"_s);
    QCOMPARE(card.data(CardRole::OwnerInitials).toString(), u"HM"_s);
    QCOMPARE(card.data(CardRole::Tags).toStringList(), QStringList{u"Senior"_s});
    QCOMPARE(card.data(CardRole::Origin).toString(), u"sourced"_s);
    QCOMPARE(card.data(CardRole::Sources).toStringList(), QStringList{u"LinkedIn"_s});
    QCOMPARE(card.data(CardRole::StageId).toString(), u"s2"_s);
    QCOMPARE(card.data(CardRole::StageName).toString(), u"Phone screen"_s);
    QCOMPARE(card.data(CardRole::DaysInStage).toInt(), 3);
    QCOMPARE(card.data(CardRole::NextInterview).toDateTime().toMSecsSinceEpoch(), now + 3600000);
    QCOMPARE(card.data(CardRole::NextInterviewConfirmed).toBool(), true);
    QCOMPARE(card.data(CardRole::HasOtherOpportunities).toBool(), true);
    QCOMPARE(card.data(CardRole::Archived).toBool(), false);
    QCOMPARE(card.data(CardRole::Email).toString(), u"ada@example.com"_s);
    QCOMPARE(card.data(CardRole::CreatedAt).toDateTime().toMSecsSinceEpoch(), now - 10 * 86400000LL);
    QCOMPARE(card.data(CardRole::ChildDataFetchedAt).toDateTime().toMSecsSinceEpoch(), now);
    QCOMPARE(card.data(CardRole::PendingWrite).toBool(), false);
    QVERIFY(card.data(Qt::AccessibleTextRole).toString().contains(u"Backend Engineer"_s));
    const QModelIndex archived = board.archiveColumn(u"r2"_s)->index(0);
    QCOMPARE(archived.data(CardRole::Archived).toBool(), true);
    QCOMPARE(archived.data(CardRole::ArchiveReasonId).toString(), u"r2"_s);
    QVERIFY(!archived.data(CardRole::NextInterview).toDateTime().isValid());
    QVERIFY(board.stageColumn(u"s2"_s)->roleNames().contains(CardRole::OwnerInitials));
}

void TestBoardModels::textSearch()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    Watched watched(board);
    store.upsert(makeOpportunity({.id = u"o1"_s, .name = u"Ada Lovelace"_s, .headline = u"Analyst"_s}));
    store.upsert(makeOpportunity(
        {.id = u"o2"_s, .name = u"Grace Hopper"_s, .stage = u"s2"_s, .email = u"grace@navy.example"_s}));
    store.upsert(makeOpportunity({.id = u"o3"_s, .name = u"Alan Turing"_s, .headline = u"Cryptanalyst"_s}));
    QSignalSpy shown(&board, &BoardModel::shownCountChanged);
    board.setSearchText(u"LOVE"_s);
    QCOMPARE(board.shownCount(), 1);
    QCOMPARE(board.stageColumn(u"s1"_s)->ids(), QStringList{u"o1"_s});
    QCOMPARE(board.stageColumn(u"s2"_s)->count(), 0);
    board.setSearchText(u"navy"_s); // email
    QCOMPARE(board.stageColumn(u"s2"_s)->ids(), QStringList{u"o2"_s});
    board.setSearchText(u"analyst"_s); // headline
    QCOMPARE(board.stageColumn(u"s1"_s)->ids(), (QStringList{u"o1"_s, u"o3"_s}));
    board.setSearchText(u"analyst alan"_s); // every word
    QCOMPARE(board.stageColumn(u"s1"_s)->ids(), QStringList{u"o3"_s});
    board.setSearchText(u"  "_s);
    QCOMPARE(board.shownCount(), 3);
    QVERIFY(shown.size() >= 4);
}

void TestBoardModels::textSearchNarrowsAndWidens()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    Watched watched(board);
    const QStringList people{u"Ada"_s, u"Adam"_s, u"Adele"_s, u"Bea"_s, u"Adamo"_s};
    for (const QString &n : people)
        store.upsert(makeOpportunity({.id = n, .name = n}));
    ColumnModel *s1 = board.stageColumn(u"s1"_s);
    // Typed letter by letter, then deleted again.
    const QList<QPair<QString, int>> steps{{u"a"_s, 5},     {u"ad"_s, 4},   {u"ada"_s, 3}, {u"adam"_s, 2},
                                           {u"adamo"_s, 1}, {u"adam"_s, 2}, {u"ad"_s, 4},  {QString(), 5}};
    for (const auto &[text, expected] : steps) {
        board.setSearchText(text);
        QVERIFY2(s1->count() == expected, qPrintable(text));
    }
    // A card that arrives while searching is filtered too.
    board.setSearchText(u"adam"_s);
    store.upsert(makeOpportunity({.id = u"x"_s, .name = u"Adamson"_s}));
    store.upsert(makeOpportunity({.id = u"y"_s, .name = u"Zed"_s}));
    QCOMPARE(s1->ids(), (QStringList{u"Adam"_s, u"Adamo"_s, u"x"_s}));
    QCOMPARE(s1->totalCount(), 7);
}

void TestBoardModels::filtersOfEveryKind()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    board.setActingUserId(u"u2"_s);
    Watched watched(board);
    store.upsert(makeOpportunity({.id = u"a"_s,
                                  .owner = u"u1"_s,
                                  .posting = u"p1"_s,
                                  .origin = u"applied"_s,
                                  .tags = {u"remote"_s},
                                  .sources = {u"LinkedIn"_s},
                                  .createdAt = 1000,
                                  .updatedAt = 5000}));
    store.upsert(makeOpportunity({.id = u"b"_s,
                                  .owner = u"u2"_s,
                                  .posting = u"p2"_s,
                                  .origin = u"sourced"_s,
                                  .tags = {u"senior"_s},
                                  .sources = {u"Referral"_s},
                                  .createdAt = 3000,
                                  .updatedAt = 3000}));
    store.upsert(makeOpportunity(
        {.id = u"c"_s, .owner = u"u2"_s, .archivedReason = u"r2"_s, .createdAt = 2000, .updatedAt = 2000}));
    auto shownIds = [&board] {
        QStringList out;
        for (ColumnModel *column : board.stageColumns() + board.archiveColumns())
            out += column->ids();
        out.sort();
        return out;
    };
    QCOMPARE(shownIds(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    auto check = [&](const CardFilter &filter, const QStringList &expected) {
        board.setFilter(filter);
        QCOMPARE(shownIds(), expected);
        board.setFilter(CardFilter());
    };
    check({.postingIds = {u"p2"_s}}, {u"b"_s});
    check({.postingIds = {u"p1"_s, u"p2"_s}}, {u"a"_s, u"b"_s});
    check({.owner = CardFilter::Owner::Mine}, {u"b"_s, u"c"_s});
    check({.owner = CardFilter::Owner::User, .ownerId = u"u1"_s}, {u"a"_s});
    check({.tag = u"senior"_s}, {u"b"_s});
    check({.source = u"LinkedIn"_s}, {u"a"_s});
    check({.origin = u"sourced"_s}, {u"b"_s});
    check({.archived = CardFilter::Archived::ActiveOnly}, {u"a"_s, u"b"_s});
    check({.archived = CardFilter::Archived::ArchivedOnly}, {u"c"_s});
    check({.createdSince = 2000}, {u"b"_s, u"c"_s});
    check({.updatedSince = 4000}, {u"a"_s});
    check({.owner = CardFilter::Owner::Mine, .archived = CardFilter::Archived::ActiveOnly}, {u"b"_s});
    // Counts per column follow the filter.
    QSignalSpy counts(board.stageColumn(u"s1"_s), &ColumnModel::countChanged);
    board.setFilter({.tag = u"remote"_s});
    QCOMPARE(counts.last().at(0).toInt(), 1);
    QCOMPARE(counts.last().at(1).toInt(), 2);
    // Showing archived cards asks for them to be loaded.
    QSignalSpy wanted(&board, &BoardModel::archivedWanted);
    board.setFilter({.archived = CardFilter::Archived::ActiveOnly});
    board.setFilter({.archived = CardFilter::Archived::ArchivedOnly});
    QCOMPARE(wanted.size(), 1);
}

void TestBoardModels::filterFollowsUpdates()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    Watched watched(board);
    board.setFilter({.tag = u"hot"_s});
    store.upsert(makeOpportunity({.id = u"o1"_s}));
    ColumnModel *s1 = board.stageColumn(u"s1"_s);
    QCOMPARE(s1->count(), 0);
    const int resets = watched.resetCount();
    store.modify(u"o1"_s, [](OpportunityRecord &r) { r.tags = {u"hot"_s}; });
    QCOMPARE(s1->count(), 1);
    store.modify(u"o1"_s, [](OpportunityRecord &r) { r.tags.clear(); });
    QCOMPARE(s1->count(), 0);
    QCOMPARE(s1->totalCount(), 1);
    QCOMPARE(watched.resetCount(), resets);
}

void TestBoardModels::sortKeys()
{
    Store store;
    lever::test::seedReference(store);
    BoardModel board(store);
    Watched watched(board);
    store.upsert(
        makeOpportunity({.id = u"a"_s, .name = u"Cara"_s, .createdAt = 3, .updatedAt = 10, .advancedAt = 7}));
    store.upsert(
        makeOpportunity({.id = u"b"_s, .name = u"Abe"_s, .createdAt = 1, .updatedAt = 30, .advancedAt = 9}));
    store.upsert(
        makeOpportunity({.id = u"c"_s, .name = u"Bo"_s, .createdAt = 2, .updatedAt = 20, .advancedAt = 5}));
    ColumnModel *s1 = board.stageColumn(u"s1"_s);
    QCOMPARE(s1->ids(), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    board.setSort({CardSort::Key::DaysInStage});
    QCOMPARE(s1->ids(), (QStringList{u"c"_s, u"a"_s, u"b"_s})); // longest in stage first
    board.setSort({CardSort::Key::Created});
    QCOMPARE(s1->ids(), (QStringList{u"a"_s, u"c"_s, u"b"_s})); // newest first
    board.setSort({CardSort::Key::Updated});
    QCOMPARE(s1->ids(), (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    board.setSort({CardSort::Key::Name, Qt::DescendingOrder});
    QCOMPARE(s1->ids(), (QStringList{u"a"_s, u"c"_s, u"b"_s}));
    // Updates keep the chosen order.
    store.modify(u"b"_s, [](OpportunityRecord &r) {
        r.name = u"Dora"_s;
        r.updateSearchKey();
    });
    QCOMPARE(s1->ids(), (QStringList{u"b"_s, u"a"_s, u"c"_s}));
}

void TestBoardModels::usersModelRoles()
{
    Store store;
    UsersModel users(store);
    QAbstractItemModelTester tester(&users, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&users, &QAbstractItemModel::modelReset);
    store.setUsers({{u"u1"_s, u"zoe Zed"_s, u"zoe@example.com"_s, u"ZZ"_s, false},
                    {u"u2"_s, u"Adam Ant"_s, u"adam@example.com"_s, u"AA"_s, false},
                    {u"u3"_s, u"Old Timer"_s, u"old@example.com"_s, u"OT"_s, true}});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(users.rowCount(), 2);
    const QModelIndex first = users.index(0);
    QCOMPARE(first.data(Qt::DisplayRole).toString(), u"Adam Ant"_s);
    QCOMPARE(first.data(Qt::UserRole).toString(), u"u2"_s);
    QCOMPARE(first.data(Qt::UserRole + 1).toString(), u"adam@example.com"_s);
    QCOMPARE(users.rowOf(u"u1"_s), 1);
    QCOMPARE(users.rowOf(u"u3"_s), -1);
    users.setIncludeDeactivated(true);
    QCOMPARE(users.rowCount(), 3);
    store.setUsers({{u"u2"_s, u"Adam Ant"_s, u"adam@example.com"_s, u"AA"_s, false}});
    QCOMPARE(users.rowCount(), 1);
}

void TestBoardModels::stagesAndReasonsModels()
{
    Store store;
    StagesModel stages(store);
    ArchiveReasonsModel reasons(store);
    QAbstractItemModelTester t1(&stages, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(&reasons, QAbstractItemModelTester::FailureReportingMode::Fatal);
    lever::test::seedReference(store);
    QCOMPARE(stages.rowCount(), 3);
    QCOMPARE(stages.index(1).data().toString(), u"Phone screen"_s);
    QCOMPARE(stages.index(1).data(Qt::UserRole).toString(), u"s2"_s);
    QCOMPARE(stages.rowOf(u"s3"_s), 2);
    QCOMPARE(reasons.rowCount(), 2);
    QCOMPARE(reasons.index(0).data(ArchiveReasonsModel::HiredRole).toBool(), true);
    store.setStages({{u"s9"_s, u"Only"_s}});
    QCOMPARE(stages.rowCount(), 1);
    store.setArchiveReasons({{u"r1"_s, u"Hired"_s, true, true}, {u"r3"_s, u"Old"_s, false, false}});
    QCOMPARE(reasons.rowCount(), 1); // inactive reasons are not offered
}

QTEST_GUILESS_MAIN(TestBoardModels)
#include "tst_board_models.moc"
