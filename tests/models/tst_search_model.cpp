// "Search everything" in the models layer: ranking across fields, groups with caps and "N more…",
// archived candidates included and marked, typing on and backspacing giving what a fresh search gives,
// store changes picked up, and an email the store lacks asked of Lever (a sandbox) once typing pauses,
// with an answer to an address typed past dropped.
#include "ModelsTestKit.h"
#include "search/EmailLookup.h"
#include "search/SearchModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::makeOpportunity;
using lever::test::OppSpec;
using Group = models::SearchHit::Group;
using RowKind = models::SearchModel::RowKind;

class TestSearchModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ranksNameBeforeOtherFields();
    void groupsAreCappedWithMoreRows();
    void archivedCandidatesAreFoundAndMarked();
    void postingsPeopleAndCommands();
    void typingOnAndBackspaceMatchAFreshSearch();
    void storeChangesAreFollowed();
    void emailTheStoreLacksIsAskedOfLever();
    void answerToAnAddressTypedPastIsDropped();
    void emailTheStoreHasIsNotAsked();
};

namespace {
// Titles of the Item rows of one group, in order.
QStringList titles(const models::SearchModel &model, Group group)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowKind(row) == RowKind::Item && model.hit(row).group == group)
            out.append(model.hit(row).title);
    }
    return out;
}

int rowOfKind(const models::SearchModel &model, RowKind kind, Group group)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.rowKind(row) == kind &&
            model.index(row).data(models::SearchModel::GroupRole).toInt() == int(group))
            return row;
    }
    return -1;
}

OppSpec person(const QString &id, const QString &name)
{
    OppSpec s;
    s.id = id;
    s.name = name;
    s.headline = u"Engineer at Example"_s;
    return s;
}
} // namespace

void TestSearchModel::ranksNameBeforeOtherFields()
{
    models::Store store;
    test::seedReference(store);
    OppSpec archived = person(u"o2"_s, u"Adam Smith"_s);
    archived.archivedReason = u"r2"_s;
    OppSpec headline = person(u"o5"_s, u"Bob Jones"_s);
    headline.headline = u"ADA compliance lead at Globex"_s;
    OppSpec tagged = person(u"o6"_s, u"Tess Tagged"_s);
    tagged.tags = {u"Adaptive"_s};
    store.upsert(QList<api::Opportunity>{
        makeOpportunity(person(u"o4"_s, u"Canada Dry"_s)), makeOpportunity(headline), makeOpportunity(tagged),
        makeOpportunity(person(u"o3"_s, u"Linda Adams"_s)), makeOpportunity(archived),
        makeOpportunity(person(u"o1"_s, u"Ada Lovelace"_s)),
        makeOpportunity(person(u"o7"_s, u"Nobody Else"_s))});
    models::SearchModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(u"ada"_s);
    // Name starts with it (active first), a name word starts with it, the name contains it, then
    // headline and tag matches by name.
    QCOMPARE(titles(model, Group::Candidates),
             (QStringList{u"Ada Lovelace"_s, u"Adam Smith"_s, u"Linda Adams"_s, u"Canada Dry"_s,
                          u"Bob Jones"_s, u"Tess Tagged"_s}));
    QCOMPARE(model.hit(model.bestRow()).title, u"Ada Lovelace"_s);
    // Every word must match somewhere: the company in the headline narrows to one.
    model.setQuery(u"ada globex"_s);
    QCOMPARE(titles(model, Group::Candidates), QStringList{u"Bob Jones"_s});
    model.setQuery(u"  LOVE"_s); // case and leading spaces do not matter
    QCOMPARE(titles(model, Group::Candidates), QStringList{u"Ada Lovelace"_s});
}

void TestSearchModel::groupsAreCappedWithMoreRows()
{
    models::Store store;
    test::seedReference(store);
    QList<api::Opportunity> many;
    for (int i = 0; i < 20; ++i)
        many.append(makeOpportunity(person(u"p%1"_s.arg(i), u"Test Person %1"_s.arg(i, 2, 10, QChar(u'0')))));
    store.upsert(many);
    models::SearchModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setQuery(u"test"_s);
    QCOMPARE(model.rowKind(0), RowKind::Header);
    QVERIFY(!model.isSelectable(0));
    QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsSelectable));
    QCOMPARE(model.index(0).data().toString(), u"Candidates"_s);
    QCOMPARE(titles(model, Group::Candidates).size(), 8);
    const int more = rowOfKind(model, RowKind::More, Group::Candidates);
    QVERIFY(more > 0);
    QVERIFY(model.isSelectable(more));
    QCOMPARE(model.index(more).data().toString(), u"12 more…"_s);
    model.showMore(Group::Candidates);
    QCOMPARE(titles(model, Group::Candidates).size(), 20);
    QCOMPARE(rowOfKind(model, RowKind::More, Group::Candidates), -1);
    // A new query starts from the usual cap again.
    model.setQuery(u"test p"_s);
    QCOMPARE(titles(model, Group::Candidates).size(), 8);
    // Nothing at all: one note says so.
    model.setQuery(u"zzzz"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowKind(0), RowKind::Note);
    QCOMPARE(model.bestRow(), -1);
}

void TestSearchModel::archivedCandidatesAreFoundAndMarked()
{
    models::Store store;
    test::seedReference(store);
    OppSpec gone = person(u"o1"_s, u"Grace Hopper"_s);
    gone.archivedReason = u"r2"_s;
    gone.email = u"grace@navy.example"_s;
    store.upsert(makeOpportunity(gone));
    store.upsert(makeOpportunity(person(u"o2"_s, u"Grace Active"_s)));
    models::SearchModel model(store);
    model.setQuery(u"hopp"_s);
    QCOMPARE(titles(model, Group::Candidates), QStringList{u"Grace Hopper"_s});
    const int row = model.bestRow();
    QVERIFY(model.hit(row).archived);
    QVERIFY(model.index(row).data(models::SearchModel::ArchivedRole).toBool());
    QCOMPARE(model.index(row).data(models::SearchModel::DetailRole).toString(),
             u"Archived · Timing · Engineer at Example"_s);
    QCOMPARE(model.index(row).data(models::SearchModel::IdRole).toString(), u"o1"_s);
    // By email, the detail shows the address that matched.
    model.setQuery(u"grace@navy"_s);
    QCOMPARE(model.index(model.bestRow()).data(models::SearchModel::DetailRole).toString(),
             u"Archived · Timing · grace@navy.example"_s);
    // The active one is listed before the archived one when both match as well.
    model.setQuery(u"grace"_s);
    QCOMPARE(titles(model, Group::Candidates), (QStringList{u"Grace Active"_s, u"Grace Hopper"_s}));
}

void TestSearchModel::postingsPeopleAndCommands()
{
    models::Store store;
    test::seedReference(store);
    models::SearchModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAction newPosting(u"New Posting"_s);
    QAction refresh(u"&Refresh"_s);
    refresh.setShortcut(QKeySequence(u"F5"_s));
    QAction disabled(u"Sign Out"_s);
    disabled.setEnabled(false);
    model.setCommands({{&newPosting, u"New Posting"_s, {}},
                       {&refresh, models::SearchQuery::plainText(refresh.text()), u"F5"_s},
                       {&disabled, u"Sign Out"_s, {}}});
    // No query: the commands that can run, in the order given.
    QCOMPARE(titles(model, Group::Commands), (QStringList{u"New Posting"_s, u"Refresh"_s}));

    model.setQuery(u"backend"_s);
    QCOMPARE(titles(model, Group::Postings), QStringList{u"Backend Engineer"_s});
    QCOMPARE(model.hit(model.bestRow()).id, u"p1"_s);
    QCOMPARE(model.index(model.bestRow()).data(models::SearchModel::DetailRole).toString(),
             u"Engineering · Published"_s);
    model.setQuery(u"design"_s); // the title and the team
    QCOMPARE(titles(model, Group::Postings), QStringList{u"Designer"_s});

    model.setQuery(u"rita"_s);
    QCOMPARE(titles(model, Group::People), QStringList{u"Rita Recruiter"_s});
    model.setQuery(u"hank@"_s); // by email
    QCOMPARE(titles(model, Group::People), QStringList{u"Hank Manager"_s});

    // A posting ("Backend Engineer") and a command both match "new post"? Only the command starts with
    // it, so it is what Enter runs.
    model.setQuery(u"new post"_s);
    const int best = model.bestRow();
    QCOMPARE(model.hit(best).group, Group::Commands);
    QCOMPARE(model.hit(best).action.data(), &newPosting);
    QCOMPARE(model.hit(best).tier, 0);
    model.setQuery(u"refr"_s);
    QCOMPARE(model.index(model.bestRow()).data(models::SearchModel::ShortcutRole).toString(), u"F5"_s);
    model.setQuery(u"sign out"_s);
    QCOMPARE(titles(model, Group::Commands), QStringList());
}

void TestSearchModel::typingOnAndBackspaceMatchAFreshSearch()
{
    models::Store store;
    test::seedReference(store);
    const QStringList names{u"Ada Lovelace"_s, u"Adam Lamb"_s,  u"Alan Turing"_s, u"Lovelace Ada"_s,
                            u"Dana Ladd"_s,    u"Lada Adams"_s, u"Adele Ladd"_s};
    QList<api::Opportunity> list;
    for (int i = 0; i < names.size(); ++i) {
        OppSpec s = person(u"t%1"_s.arg(i), names.at(i));
        if (i % 3 == 0)
            s.archivedReason = u"r1"_s;
        list.append(makeOpportunity(s));
    }
    store.upsert(list);
    models::SearchModel typed(store);
    const QStringList keystrokes{u"a"_s,     u"ad"_s,   u"ada"_s, u"ada "_s, u"ada l"_s, u"ada la"_s,
                                 u"ada l"_s, u"ada "_s, u"ada"_s, u"ad"_s,   u"adl"_s,   u"a"_s,
                                 u"la"_s,    u"lad"_s,  u""_s,    u"ladd"_s};
    for (const QString &text : keystrokes) {
        typed.setQuery(text);
        models::SearchModel fresh(store);
        fresh.setQuery(text);
        QCOMPARE(titles(typed, Group::Candidates), titles(fresh, Group::Candidates));
        QCOMPARE(typed.rowCount(), fresh.rowCount());
    }
}

void TestSearchModel::storeChangesAreFollowed()
{
    models::Store store;
    test::seedReference(store);
    store.upsert(makeOpportunity(person(u"o1"_s, u"Katherine Johnson"_s)));
    models::SearchModel model(store);
    model.setQuery(u"kath"_s);
    QCOMPARE(titles(model, Group::Candidates), QStringList{u"Katherine Johnson"_s});
    QSignalSpy changed(&model, &models::SearchModel::resultsChanged);
    store.upsert(makeOpportunity(person(u"o2"_s, u"Kathy Newcomer"_s)));
    QTRY_COMPARE(titles(model, Group::Candidates),
                 (QStringList{u"Katherine Johnson"_s, u"Kathy Newcomer"_s}));
    store.remove(u"o1"_s);
    QTRY_COMPARE(titles(model, Group::Candidates), QStringList{u"Kathy Newcomer"_s});
}

void TestSearchModel::emailTheStoreLacksIsAskedOfLever()
{
    test::SandboxFixture f;
    f.seedOpportunity(
        {{u"name"_s, u"Only In Lever"_s}, {u"emails"_s, QJsonArray{u"only.lever@example.com"_s}}});
    auto client = test::makeClient(f);
    models::Store store; // nothing synced
    models::EmailLookup lookup(*client, store);
    lookup.setDelayMs(0);
    models::SearchModel model(store);
    model.setEmailLookup(&lookup);
    QVERIFY(!models::EmailLookup::looksLikeEmail(u"only.lever@example"_s));
    QVERIFY(models::EmailLookup::looksLikeEmail(u"Only.Lever@Example.com"_s));
    f.sandbox().requestLog().clear();
    model.setQuery(u"only.lever@example.com"_s);
    // While Lever is asked, the Candidates group says so.
    QCOMPARE(model.rowKind(1), RowKind::Note);
    QCOMPARE(model.index(1).data().toString(), u"Asking Lever for only.lever@example.com…"_s);
    QTRY_COMPARE(titles(model, Group::Candidates), QStringList{u"Only In Lever"_s});
    QVERIFY(store.opportunityCount() == 1);
    const auto asked = test::requestsTo(f, u"/opportunities?"_s, "GET");
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().path.contains(u"email=only.lever%40example.com"_s) ||
                 asked.first().path.contains(u"email=only.lever@example.com"_s),
             qPrintable(asked.first().path));
    // An address Lever does not know: said so, and not asked twice.
    model.setQuery(u"nobody@example.com"_s);
    QTRY_COMPARE(model.index(1).data().toString(),
                 u"Lever has no candidate with the email nobody@example.com."_s);
    model.setQuery(u"nobody@example.co"_s);
    model.setQuery(u"nobody@example.com"_s);
    QTest::qWait(100);
    QCOMPARE(test::requestsTo(f, u"/opportunities?"_s, "GET").size(), 2);
}

void TestSearchModel::answerToAnAddressTypedPastIsDropped()
{
    test::SandboxFixture f;
    f.seedOpportunity({{u"name"_s, u"Late Answer"_s}, {u"emails"_s, QJsonArray{u"late@example.com"_s}}});
    auto client = test::makeClient(f);
    models::Store store;
    models::EmailLookup lookup(*client, store);
    lookup.setDelayMs(0);
    models::SearchModel model(store);
    model.setEmailLookup(&lookup);
    // Typed past it once the request is out, before its answer can have arrived.
    bool sent = false;
    connect(
        &lookup, &models::EmailLookup::busyChanged, &model,
        [&](bool busy) {
            if (busy && !sent) {
                sent = true;
                model.setQuery(u"late@example.com x"_s);
            }
        },
        Qt::QueuedConnection);
    model.setQuery(u"late@example.com"_s);
    QTRY_VERIFY(sent);
    QVERIFY(!lookup.isBusy());
    QTest::qWait(300);
    QCOMPARE(store.opportunityCount(), 0);
    QCOMPARE(titles(model, Group::Candidates), QStringList());
}

void TestSearchModel::emailTheStoreHasIsNotAsked()
{
    test::SandboxFixture f;
    auto client = test::makeClient(f);
    models::Store store;
    test::seedReference(store);
    OppSpec known = person(u"o1"_s, u"Known Person"_s);
    known.email = u"known@example.com"_s;
    store.upsert(makeOpportunity(known));
    models::EmailLookup lookup(*client, store);
    lookup.setDelayMs(0);
    models::SearchModel model(store);
    model.setEmailLookup(&lookup);
    f.sandbox().requestLog().clear();
    model.setQuery(u"known@example.com"_s);
    QCOMPARE(titles(model, Group::Candidates), QStringList{u"Known Person"_s});
    QTest::qWait(200);
    QCOMPARE(test::requestsTo(f, u"/opportunities"_s).size(), 0);
}

QTEST_MAIN(TestSearchModel)
#include "tst_search_model.moc"
