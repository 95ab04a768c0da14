// Sync against a real in-process sandbox: the full load (active first, then archived, with stages,
// archive reasons, postings and users alongside), progress and status text, archived on demand,
// deltas after changes made on the sandbox (applied without a model reset), and errors.
#include "BoardModel.h"
#include "ModelsTestKit.h"
#include "Store.h"
#include "Sync.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::demoOptions;
using lever::test::makeClient;
using lever::test::SandboxFixture;

class TestSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullLoadActiveFirst();
    void archivedOnDemand();
    void deltaWithoutReset();
    void progressInSlices();
    void errorsSurface();
    void confidentialWhenAllowed();
    void deltaLeavesCardsWithWritesInFlight();
    void deltaReadsDeletedPostingsAndApplications();
    void deletionListsWithoutScopeAreSkipped();
    void deltaReadsANewStageAndReasonOnTheirOwn();
};

namespace {
int nonConfidential(SandboxFixture &f, std::optional<bool> archived = std::nullopt)
{
    int n = 0;
    const auto all = f.allOpportunities();
    for (const QJsonObject &o : all) {
        if (o.value(u"confidentiality"_s).toString() == u"confidential"_s)
            continue;
        const bool isArchived = o.value(u"archived"_s).isObject();
        if (!archived || *archived == isArchived)
            ++n;
    }
    return n;
}
} // namespace

void TestSync::fullLoadActiveFirst()
{
    SandboxFixture f(demoOptions(300));
    auto client = makeClient(f);
    Store store;
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    QStringList order;
    connect(&sync, &Sync::activeLoaded, this, [&] {
        order.append(u"active"_s);
        // The board is usable: stages are in and every active opportunity too.
        QVERIFY(!store.stages().isEmpty());
        QCOMPARE(store.activeCount(), nonConfidential(f, false));
    });
    connect(&sync, &Sync::archivedLoaded, this, [&] { order.append(u"archived"_s); });
    QStringList statuses;
    connect(&sync, &Sync::statusTextChanged, this, [&](const QString &s) { statuses.append(s); });
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isArchivedLoaded(), 30000);
    QCOMPARE(order, (QStringList{u"active"_s, u"archived"_s}));
    QCOMPARE(store.opportunityCount(), nonConfidential(f));
    QVERIFY(store.opportunityCount() > store.activeCount());
    QCOMPARE(store.stages().size(), f.documents(u"stage"_s).size());
    QVERIFY(!store.archiveReasons().isEmpty());
    QVERIFY(!store.postings().isEmpty());
    QVERIFY(!store.users().isEmpty());
    // Cards know their posting (expanded applications).
    int withPosting = 0;
    for (int slot = 0; slot < store.slotCount(); ++slot)
        withPosting += store.isLive(slot) && store.posting(store.at(slot).postingId) ? 1 : 0;
    QVERIFY2(withPosting > store.opportunityCount() / 2, qPrintable(QString::number(withPosting)));
    QVERIFY(!statuses.isEmpty());
    QVERIFY2(statuses.first().startsWith(u"Syncing"_s), qPrintable(statuses.first()));
    QTRY_VERIFY(sync.statusText().startsWith(u"Up to date · synced"_s));
    QTRY_VERIFY(!sync.isBusy());
    // Every list read went out at Background or Visible priority through the pager: no 429s.
    for (const auto &e : f.sandbox().requestLog().entries())
        QVERIFY(e.status != 429);
}

void TestSync::archivedOnDemand()
{
    SandboxFixture f(demoOptions(200));
    auto client = makeClient(f);
    Store store;
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    sync.setArchivedInBackground(false);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isActiveLoaded(), 30000);
    QTest::qWait(100);
    QCOMPARE(store.opportunityCount(), store.activeCount());
    QVERIFY(!sync.isArchivedLoading());
    QVERIFY(lever::test::requestsTo(f, u"/opportunities?archived=true"_s).isEmpty());
    sync.loadArchived();
    QVERIFY(sync.isArchivedLoading());
    QTRY_VERIFY_WITH_TIMEOUT(sync.isArchivedLoaded(), 30000);
    QCOMPARE(store.opportunityCount(), nonConfidential(f));
}

void TestSync::deltaWithoutReset()
{
    SandboxFixture f(demoOptions(150));
    auto client = makeClient(f);
    Store store;
    BoardModel board(store);
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isArchivedLoaded() && !sync.isBusy(), 30000);

    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    std::vector<std::unique_ptr<QSignalSpy>> resets;
    for (ColumnModel *column : board.stageColumns() + board.archiveColumns()) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            column, QAbstractItemModelTester::FailureReportingMode::Fatal));
        resets.push_back(std::make_unique<QSignalSpy>(column, &QAbstractItemModel::modelReset));
    }
    // Changes made directly on the sandbox: a stage move, a new candidate, a deleted one.
    const QString moved = board.stageColumns().first()->idAt(0);
    QVERIFY(!moved.isEmpty());
    const QString target = store.stages().last().id;
    QCOMPARE(f.put(u"/opportunities/"_s + moved + u"/stage"_s, {{u"stage"_s, target}}).status, 200);
    const QString added = f.seedOpportunity({{u"name"_s, u"Delta Newcomer"_s}}).value(u"id"_s).toString();
    const QString deleted = board.stageColumns().at(3)->idAt(0);
    QVERIFY(!deleted.isEmpty() && deleted != moved);
    QCOMPARE(lever::test::control(f, "DELETE", u"/opportunities/"_s + deleted), 204);

    QSignalSpy inserted(board.stageColumn(target), &QAbstractItemModel::rowsInserted);
    QSignalSpy synced(&sync, &Sync::synced);
    f.sandbox().requestLog().clear();
    sync.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 1 && !sync.isBusy(), 30000);
    QCOMPARE(store.opportunity(moved)->stageId, target);
    QVERIFY(store.opportunity(added));
    QCOMPARE(store.opportunity(added)->name, u"Delta Newcomer"_s);
    QVERIFY(!store.opportunity(deleted));
    QVERIFY(inserted.size() >= 1);
    for (const auto &spy : resets)
        QCOMPARE(spy->size(), 0);
    // The delta asked only for what changed since the last round, and for deletions.
    QVERIFY(!lever::test::requestsTo(f, u"/opportunities?updated_at_start="_s).isEmpty() ||
            !lever::test::requestsTo(f, u"/opportunities?expand=applications&updated_at_start="_s).isEmpty());
    QVERIFY(!lever::test::requestsTo(f, u"/opportunities/deleted"_s).isEmpty());
    QVERIFY(sync.statusText().startsWith(u"Up to date"_s));
}

void TestSync::progressInSlices()
{
    SandboxFixture f(demoOptions(300));
    auto client = makeClient(f);
    Store store;
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    sync.setArchivedInBackground(false);
    sync.setSliceSize(7);
    QList<qint64> progress;
    connect(&sync, &Sync::progressChanged, this, [&](qint64 loaded, qint64) { progress.append(loaded); });
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isActiveLoaded(), 30000);
    // A page of up to 100 arrives in slices of 7 records, each applied on its own event-loop turn.
    QVERIFY2(progress.size() >= store.activeCount() / 7, qPrintable(QString::number(progress.size())));
    QCOMPARE(progress.last(), qint64(store.activeCount()));
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(sync.loadedCount(), qint64(store.activeCount()));
}

void TestSync::errorsSurface()
{
    SandboxFixture f(demoOptions(50));
    auto client = makeClient(f);
    QCOMPARE(lever::test::control(
                 f, "POST", u"/faults"_s,
                 {{u"method"_s, u"GET"_s}, {u"path"_s, u"^/opportunities"_s}, {u"status"_s, 403}}),
             204);
    Store store;
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    QSignalSpy errors(&sync, &Sync::errorOccurred);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(errors.size() >= 1, 30000);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QVERIFY2(sync.statusText().startsWith(u"Sync failed"_s), qPrintable(sync.statusText()));
    QVERIFY(!sync.isActiveLoaded());
    // Once the server answers again, a refresh starts the full load over.
    QCOMPARE(lever::test::control(f, "DELETE", u"/faults"_s), 204);
    sync.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isActiveLoaded(), 30000);
    QTRY_VERIFY(sync.statusText().startsWith(u"Up to date"_s));
}

void TestSync::confidentialWhenAllowed()
{
    SandboxFixture f(demoOptions(300));
    auto client = makeClient(f); // the sandbox's key has confidential access
    Store store;
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    sync.setConfidentiality(api::Confidentiality::All);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isArchivedLoaded() && !sync.isBusy(), 30000);
    QCOMPARE(store.opportunityCount(), int(f.allOpportunities().size()));
    QVERIFY(store.opportunityCount() > nonConfidential(f));
}

// A write's own answer is the newer truth: a delta that arrives meanwhile does not put the card back.
void TestSync::deltaLeavesCardsWithWritesInFlight()
{
    SandboxFixture f(demoOptions(100));
    auto client = makeClient(f);
    Store store;
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isArchivedLoaded() && !sync.isBusy(), 30000);
    const QString id = store.at(*store.activeInStage(u"applicant-new"_s).begin()).id;
    const QString local = store.stages().at(1).id;
    const QString remote = store.stages().last().id;
    store.beginWrite(id);
    store.modify(id, [&](OpportunityRecord &r) { r.stageId = local; });
    QCOMPARE(f.put(u"/opportunities/"_s + id + u"/stage"_s, {{u"stage"_s, remote}}).status, 200);
    QSignalSpy synced(&sync, &Sync::synced);
    sync.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 1 && !sync.isBusy(), 30000);
    QCOMPARE(store.opportunity(id)->stageId, local);
    store.endWrite(id);
    sync.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 2 && !sync.isBusy(), 30000);
    QCOMPARE(store.opportunity(id)->stageId, remote);
}

// The minute's delta (no reference reload) learns of postings deleted in Lever's UI and of applications
// removed from a candidate from /postings/deleted and /applications/deleted.
void TestSync::deltaReadsDeletedPostingsAndApplications()
{
    SandboxFixture f(demoOptions(150));
    auto client = makeClient(f);
    Store store;
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isArchivedLoaded() && !sync.isBusy(), 30000);

    // A posting without candidates (deletable), and a card whose one application is removed.
    QString emptyPosting;
    for (const PostingInfo &p : store.postings()) {
        if (store.forPosting(p.id).isEmpty() && emptyPosting.isEmpty() &&
            lever::test::control(f, "DELETE", u"/postings/"_s + p.id) == 204)
            emptyPosting = p.id;
    }
    QVERIFY(!emptyPosting.isEmpty());
    QString card;
    QString cardPosting;
    for (const QJsonObject &o : f.allOpportunities()) {
        const QJsonArray apps = o.value(u"applications"_s).toArray();
        const QString id = o.value(u"id"_s).toString();
        if (apps.size() == 1 && store.opportunity(id) && !store.opportunity(id)->postingId.isEmpty()) {
            card = id;
            cardPosting = store.opportunity(id)->postingId;
            QCOMPARE(lever::test::control(f, "DELETE",
                                          u"/opportunities/"_s + id + u"/applications/"_s +
                                              apps.first().toString()),
                     204);
            break;
        }
    }
    QVERIFY(!card.isEmpty());
    QVERIFY(store.forPosting(cardPosting).contains(store.slotOf(card)));
    QVERIFY(store.posting(emptyPosting));

    QSignalSpy synced(&sync, &Sync::synced);
    f.sandbox().requestLog().clear();
    sync.setDeltaIntervalMs(10); // the timer's delta: postings are not read again
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 1, 30000);
    sync.setDeltaIntervalMs(0);
    QTRY_VERIFY_WITH_TIMEOUT(!sync.isBusy(), 30000);
    for (const auto &e : lever::test::requestsTo(f, u"/postings"_s))
        QVERIFY2(e.path.startsWith(u"/postings/deleted"_s), qPrintable(e.path)); // no full posting list
    QVERIFY(!lever::test::requestsTo(f, u"/postings/deleted"_s).isEmpty());
    QVERIFY(!lever::test::requestsTo(f, u"/applications/deleted"_s).isEmpty());
    QVERIFY(!store.posting(emptyPosting));
    QVERIFY(store.opportunity(card));
    QVERIFY(store.opportunity(card)->postingId.isEmpty());
    QVERIFY(!store.forPosting(cardPosting).contains(store.slotOf(card)));
}

// Without applications:read:admin the delta still finishes, with no error, and stops asking for that list.
void TestSync::deletionListsWithoutScopeAreSkipped()
{
    SandboxFixture f(demoOptions(60));
    const QString key = f.sandbox().createApiKey({u"opportunities:read:admin"_s, u"stages:read:admin"_s,
                                                  u"archive_reasons:read:admin"_s, u"postings:read:admin"_s,
                                                  u"users:read:admin"_s},
                                                 false);
    auto client = std::make_unique<api::Client>(
        f.sandbox().baseUrl(), std::make_shared<api::ApiKeyCredentials>(key), lever::test::fastOptions());
    client->setActingUserId(f.firstUserId());
    Store store;
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    QSignalSpy errors(&sync, &Sync::errorOccurred);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isArchivedLoaded() && !sync.isBusy(), 30000);
    QSignalSpy synced(&sync, &Sync::synced);
    sync.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 1 && !sync.isBusy(), 30000);
    QCOMPARE(errors.size(), 0);
    QVERIFY(!lever::test::requestsTo(f, u"/applications/deleted"_s).isEmpty());
    f.sandbox().requestLog().clear();
    sync.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() == 2 && !sync.isBusy(), 30000);
    QVERIFY(lever::test::requestsTo(f, u"/applications/deleted"_s).isEmpty());
    QVERIFY(!lever::test::requestsTo(f, u"/postings/deleted"_s).isEmpty()); // postings:read:admin is held
    QVERIFY(!lever::test::requestsTo(f, u"/opportunities/deleted"_s).isEmpty());
}

// A stage and an archive reason made in Lever between two reference reads: the minute's delta brings a
// card in them, and the sync reads just those two records (GET /stages/{id}, /archive_reasons/{id}).
void TestSync::deltaReadsANewStageAndReasonOnTheirOwn()
{
    SandboxFixture f(demoOptions(80));
    auto client = makeClient(f);
    Store store;
    Sync sync(*client, store);
    sync.setDeltaIntervalMs(0);
    sync.start();
    QTRY_VERIFY_WITH_TIMEOUT(sync.isArchivedLoaded() && !sync.isBusy(), 30000);
    const auto made = [&f](const QString &path, const QJsonObject &body) {
        auto headers = f.basicAuth();
        headers.insert("Content-Type", "application/json");
        const auto reply = f.send("POST", QUrl(f.sandbox().origin() + u"/_sandbox"_s + path),
                                  QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
        return QJsonDocument::fromJson(reply.body)
            .object()
            .value(u"data"_s)
            .toObject()
            .value(u"id"_s)
            .toString();
    };
    const QString stage = made(u"/stages"_s, {{u"text"_s, u"Reference check"_s}});
    const QString reason = made(u"/archive_reasons"_s, {{u"text"_s, u"Joined a competitor"_s}});
    QVERIFY(!stage.isEmpty() && !reason.isEmpty());
    const QList<int> active = store.activeInStage(store.stages().first().id).values();
    QVERIFY(active.size() >= 2);
    const QString moved = store.at(active.at(0)).id;
    const QString archived = store.at(active.at(1)).id;
    QCOMPARE(f.put(u"/opportunities/"_s + moved + u"/stage"_s, {{u"stage"_s, stage}}).status, 200);
    QCOMPARE(f.put(u"/opportunities/"_s + archived + u"/archived"_s, {{u"reason"_s, reason}}).status, 200);

    QSignalSpy synced(&sync, &Sync::synced);
    f.sandbox().requestLog().clear();
    sync.setDeltaIntervalMs(10); // the timer's delta: no reference lists
    QTRY_VERIFY_WITH_TIMEOUT(synced.size() >= 1, 30000);
    sync.setDeltaIntervalMs(0);
    QTRY_VERIFY_WITH_TIMEOUT(store.stageIndex(stage) >= 0 && !store.archiveReasonName(reason).isEmpty(),
                             10000);
    QCOMPARE(store.stageName(stage), u"Reference check"_s);
    QCOMPARE(store.archiveReasonName(reason), u"Joined a competitor"_s);
    QVERIFY(store.activeInStage(stage).contains(store.slotOf(moved)));
    QCOMPARE(store.opportunity(archived)->archiveReasonId, reason);
    QCOMPARE(lever::test::requestsTo(f, u"/stages/"_s + stage).size(), 1);
    QCOMPARE(lever::test::requestsTo(f, u"/archive_reasons/"_s + reason).size(), 1);
    for (const auto &e : lever::test::requestsTo(f, u"/stages"_s))
        QVERIFY2(e.path.startsWith(u"/stages/"_s), qPrintable(e.path)); // not the whole list
}

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
