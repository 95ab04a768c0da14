// The Store: records from API answers, indexes by stage, archive reason and posting, per-id change
// signals (with the old stage on moves), interning, reference data and child data.
#include "ChildData.h"
#include "ModelsTestKit.h"
#include "Store.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::makeOpportunity;
using lever::test::OppSpec;

class TestStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertIndexesAndSignals();
    void updateCarriesOldStage();
    void archiveMovesBetweenIndexes();
    void removeAndReuseSlot();
    void writeAnswerKeepsPosting();
    void internsRepeatedStrings();
    void otherOpportunitiesOfAPerson();
    void searchKeyIsLowerCase();
    void referenceDataAnnouncesOnlyChanges();
    void clearIsAnnounced();
    void childDataSummary();
    void searchKeysStayInStepThroughCompaction();
};

void TestStore::insertIndexesAndSignals()
{
    Store store;
    QSignalSpy inserted(&store, &Store::opportunityInserted);
    store.upsert(makeOpportunity({.id = u"o1"_s, .stage = u"s1"_s, .posting = u"p1"_s}));
    store.upsert(makeOpportunity({.id = u"o2"_s, .stage = u"s2"_s, .posting = u"p1"_s}));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(store.opportunityCount(), 2);
    QCOMPARE(store.activeCount(), 2);
    QCOMPARE(store.activeInStage(u"s1"_s), QSet<int>{store.slotOf(u"o1"_s)});
    QCOMPARE(store.forPosting(u"p1"_s).size(), 2);
    const OpportunityRecord *r = store.opportunity(u"o2"_s);
    QVERIFY(r);
    QCOMPARE(r->postingId, u"p1"_s);
    QCOMPARE(r->emails, u"o2@example.com"_s);
    QCOMPARE(r->stageEnteredAt, 1700000000000);
    QVERIFY(!store.opportunity(u"nope"_s));
}

void TestStore::updateCarriesOldStage()
{
    Store store;
    store.upsert(makeOpportunity({.id = u"o1"_s, .stage = u"s1"_s}));
    QSignalSpy updated(&store, &Store::opportunityUpdated);
    QSignalSpy inserted(&store, &Store::opportunityInserted);
    store.upsert(makeOpportunity({.id = u"o1"_s, .stage = u"s2"_s, .updatedAt = 1700000001000}));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.first().at(0).toInt(), store.slotOf(u"o1"_s));
    QCOMPARE(updated.first().at(1).value<OpportunityRecord>().stageId, u"s1"_s);
    QVERIFY(store.activeInStage(u"s1"_s).isEmpty());
    QCOMPARE(store.activeInStage(u"s2"_s).size(), 1);
    QVERIFY(store.modify(u"o1"_s, [](OpportunityRecord &r) { r.stageId = u"s3"_s; }));
    QCOMPARE(updated.size(), 2);
    QCOMPARE(updated.last().at(1).value<OpportunityRecord>().stageId, u"s2"_s);
    QCOMPARE(store.opportunity(u"o1"_s)->stageId, u"s3"_s);
    QVERIFY(!store.modify(u"missing"_s, [](OpportunityRecord &) {}));
}

void TestStore::archiveMovesBetweenIndexes()
{
    Store store;
    store.upsert(makeOpportunity({.id = u"o1"_s, .stage = u"s1"_s}));
    store.upsert(makeOpportunity({.id = u"o1"_s, .stage = u"s1"_s, .archivedReason = u"r2"_s}));
    QVERIFY(store.activeInStage(u"s1"_s).isEmpty());
    QCOMPARE(store.archivedWithReason(u"r2"_s).size(), 1);
    QCOMPARE(store.activeCount(), 0);
    QVERIFY(store.opportunity(u"o1"_s)->archived);
}

void TestStore::removeAndReuseSlot()
{
    Store store;
    store.upsert(makeOpportunity({.id = u"o1"_s}));
    store.upsert(makeOpportunity({.id = u"o2"_s}));
    const int slot = store.slotOf(u"o1"_s);
    QSignalSpy removed(&store, &Store::opportunityRemoved);
    QVERIFY(store.remove(u"o1"_s));
    QVERIFY(!store.remove(u"o1"_s));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.first().at(1).value<OpportunityRecord>().id, u"o1"_s);
    QVERIFY(!store.isLive(slot));
    QCOMPARE(store.opportunityCount(), 1);
    QCOMPARE(store.activeInStage(u"s1"_s).size(), 1);
    store.upsert(makeOpportunity({.id = u"o3"_s}));
    QCOMPARE(store.slotOf(u"o3"_s), slot);
    QCOMPARE(store.slotCount(), 2);
}

void TestStore::writeAnswerKeepsPosting()
{
    Store store;
    store.upsert(makeOpportunity({.id = u"o1"_s, .posting = u"p1"_s}));
    // A write's answer lists applications by id only (no expand): the posting stays.
    api::Opportunity answer = makeOpportunity({.id = u"o1"_s, .stage = u"s2"_s});
    answer.applications = {api::Ref<api::Application>(u"a-o1"_s)};
    store.upsert(answer);
    QCOMPARE(store.opportunity(u"o1"_s)->postingId, u"p1"_s);
    QCOMPARE(store.opportunity(u"o1"_s)->stageId, u"s2"_s);
}

void TestStore::internsRepeatedStrings()
{
    Store store;
    store.upsert(makeOpportunity({.id = u"o1"_s, .tags = {u"Berlin"_s}}));
    store.upsert(makeOpportunity({.id = u"o2"_s, .tags = {u"Berlin"_s}}));
    const OpportunityRecord *a = store.opportunity(u"o1"_s);
    const OpportunityRecord *b = store.opportunity(u"o2"_s);
    QCOMPARE(a->tags.first().constData(), b->tags.first().constData());
    QCOMPARE(a->stageId.constData(), b->stageId.constData());
    QCOMPARE(a->ownerId.constData(), b->ownerId.constData());
}

void TestStore::otherOpportunitiesOfAPerson()
{
    Store store;
    store.upsert(makeOpportunity({.id = u"o1"_s, .contact = u"ada"_s}));
    QCOMPARE(store.opportunitiesOfContact(u"ada"_s), 1);
    QSignalSpy updated(&store, &Store::opportunityUpdated);
    store.upsert(makeOpportunity({.id = u"o2"_s, .contact = u"ada"_s}));
    QCOMPARE(store.opportunitiesOfContact(u"ada"_s), 2);
    // The first card learns it now has a sibling.
    QCOMPARE(updated.size(), 1);
    QCOMPARE(updated.first().at(0).toInt(), store.slotOf(u"o1"_s));
    store.remove(u"o2"_s);
    QCOMPARE(store.opportunitiesOfContact(u"ada"_s), 1);
    // ...and that it has none any more.
    QCOMPARE(updated.size(), 2);
    QCOMPARE(updated.last().at(0).toInt(), store.slotOf(u"o1"_s));
}

void TestStore::searchKeyIsLowerCase()
{
    Store store;
    store.upsert(makeOpportunity(
        {.id = u"o1"_s, .name = u"Ada LOVELACE"_s, .email = u"Ada@Example.com"_s, .headline = u"Analyst"_s}));
    const OpportunityRecord *r = store.opportunity(u"o1"_s);
    QCOMPARE(r->searchKey, QByteArray("ada lovelace\nada@example.com\nanalyst"));
    QVERIFY(r->nameKey() == std::string_view("ada lovelace"));
}

void TestStore::referenceDataAnnouncesOnlyChanges()
{
    Store store;
    QSignalSpy stages(&store, &Store::stagesChanged);
    QSignalSpy users(&store, &Store::usersChanged);
    lever::test::seedReference(store);
    lever::test::seedReference(store);
    QCOMPARE(stages.size(), 1);
    QCOMPARE(users.size(), 1);
    QCOMPARE(store.stageIndex(u"s2"_s), 1);
    QCOMPARE(store.stageName(u"s3"_s), u"Offer"_s);
    QCOMPARE(store.archiveReasonName(u"r2"_s), u"Timing"_s);
    QCOMPARE(store.posting(u"p2"_s)->text, u"Designer"_s);
    QCOMPARE(store.user(u"u2"_s)->initials, u"HM"_s);
    QCOMPARE(UserInfo::initialsOf(u"ada  king lovelace"_s), u"AL"_s);
}

void TestStore::clearIsAnnounced()
{
    Store store;
    store.upsert(makeOpportunity({.id = u"o1"_s}));
    QSignalSpy about(&store, &Store::opportunitiesAboutToBeCleared);
    QSignalSpy cleared(&store, &Store::opportunitiesCleared);
    store.clearOpportunities();
    QCOMPARE(about.size(), 1);
    QCOMPARE(cleared.size(), 1);
    QCOMPARE(store.opportunityCount(), 0);
    QVERIFY(store.activeInStage(u"s1"_s).isEmpty());
}

void TestStore::childDataSummary()
{
    Store store;
    store.upsert(makeOpportunity({.id = u"o1"_s}));
    QSignalSpy changed(&store, &Store::childDataChanged);
    ChildData data;
    data.fetchedAt = 5000;
    api::Interview past;
    past.date = 1000;
    api::Interview cancelled;
    cancelled.date = 20000;
    cancelled.canceledAt = 1;
    api::Interview later;
    later.date = 30000;
    api::Interview next;
    next.date = 10000;
    api::Interview::Interviewer yes;
    yes.responseStatus = u"accepted"_s;
    next.interviewers = {yes, yes};
    api::Interview::Interviewer maybe;
    maybe.responseStatus = u"tentative"_s;
    later.interviewers = {yes, maybe};
    data.interviews = {past, cancelled, later, next};
    data.summarize(5000);
    QCOMPARE(data.nextInterviewAt, 10000);
    QVERIFY(data.nextInterviewConfirmed);
    data.summarize(15000);
    QCOMPARE(data.nextInterviewAt, 30000);
    QVERIFY(!data.nextInterviewConfirmed);
    store.setChildData(u"o1"_s, data);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.childData(u"o1"_s)->fetchedAt, 5000);
    store.setChildData(u"unknown"_s, data); // not on the board: not kept
    QVERIFY(!store.childData(u"unknown"_s));
    store.remove(u"o1"_s);
    QVERIFY(!store.childData(u"o1"_s));
}

// The contiguous copy of the search keys survives updates (old keys are left behind and compacted
// away once they are half the buffer), removals and reused slots.
void TestStore::searchKeysStayInStepThroughCompaction()
{
    Store store;
    for (int i = 0; i < 2000; ++i)
        store.upsert(makeOpportunity({.id = u"o%1"_s.arg(i), .name = u"Person %1"_s.arg(i)}));
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 2000; ++i) {
            store.modify(u"o%1"_s.arg(i), [&](OpportunityRecord &r) {
                r.name = u"Renamed person number %1 in round %2 with a long name"_s.arg(i).arg(round);
                r.updateSearchKey();
            });
        }
        store.remove(u"o%1"_s.arg(round));
        store.upsert(makeOpportunity({.id = u"n%1"_s.arg(round), .name = u"Newcomer %1"_s.arg(round)}));
    }
    for (int slot = 0; slot < store.slotCount(); ++slot) {
        if (store.isLive(slot))
            QCOMPARE(store.searchKey(slot), QByteArrayView(store.at(slot).searchKey));
        else
            QVERIFY(store.searchKey(slot).isEmpty());
    }
    QCOMPARE(store.searchKey(store.slotOf(u"o1999"_s)),
             QByteArrayView(
                 "renamed person number 1999 in round 19 with a long name\no1999@example.com\nengineer"));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
