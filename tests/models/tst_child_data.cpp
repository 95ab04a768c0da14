// Issue 8 at the models layer, observed as the order of requests at the sandbox (never timing), with
// the sandbox at Lever's rate limit (10/s, bursts of 20) and a full sync running: a stage move is sent
// before any further sync page; opening a detail page gets its data first; scrolling away cancels the
// queued child-data requests of cards that left, and the new cards' requests go first. Also: child
// data lands in the store (next interview on the card) and fresh data is not fetched again.
#include "Actions.h"
#include "ChildDataLoader.h"
#include "ModelsTestKit.h"
#include "Store.h"
#include "Sync.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::demoOptions;
using lever::test::isListPage;
using lever::test::makeClient;
using lever::test::SandboxFixture;
using Entry = lever::sandbox::RequestLog::Entry;

namespace {
struct Running
{
    SandboxFixture f;
    std::unique_ptr<api::Client> client;
    Store store;
    std::unique_ptr<Sync> sync;
    std::unique_ptr<Actions> actions;
    std::unique_ptr<ChildDataLoader> loader;

    explicit Running(int demoSize, bool rateLimit)
        : f(demoOptions(demoSize, rateLimit))
        , client(makeClient(f))
    {
        sync = std::make_unique<Sync>(*client, store);
        sync->setDeltaIntervalMs(0);
        actions = std::make_unique<Actions>(*client, store);
        loader = std::make_unique<ChildDataLoader>(*client, store);
    }
    // Starts the full sync and waits until `pages` list pages went out (past the burst of 20, the
    // pacer is then spending tokens as fast as they come) while it still runs.
    bool startAndWaitForPages(int pages)
    {
        f.sandbox().requestLog().clear();
        sync->start();
        return QTest::qWaitFor([&] { return listPagesLogged() >= pages && !store.stages().isEmpty(); },
                               30000) &&
               !sync->isArchivedLoaded();
    }
    int listPagesLogged()
    {
        int n = 0;
        for (const Entry &e : f.sandbox().requestLog().entries())
            n += isListPage(e) ? 1 : 0;
        return n;
    }
    // List pages the sandbox saw before the first request whose path starts with `prefix`; -1: none.
    int listPagesBefore(const QString &prefix)
    {
        int pages = 0;
        for (const Entry &e : f.sandbox().requestLog().entries()) {
            if (e.path.startsWith(prefix))
                return pages;
            pages += isListPage(e) ? 1 : 0;
        }
        return -1;
    }
    QStringList activeIds() const
    {
        QStringList ids;
        for (int slot = 0; slot < store.slotCount(); ++slot) {
            if (store.isLive(slot) && !store.at(slot).archived)
                ids.append(store.at(slot).id);
        }
        return ids;
    }
};

QString interviewsPath(const QString &id)
{
    return u"/opportunities/"_s + id + u"/interviews"_s;
}
} // namespace

class TestChildData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moveOvertakesSync();
    void openedDetailGoesFirst();
    void scrollingAwayCancels();
    void childDataReachesTheStore();
};

// Calls start on the next event-loop turn, so the pacer may start one more page before the call
// reaches it: the bound is what was logged or in flight when the user acted, plus that one.
void TestChildData::moveOvertakesSync()
{
    Running r(4000, true);
    QVERIFY(r.startAndWaitForPages(22));
    const QString id = r.activeIds().first();
    QString target;
    for (const StageInfo &s : r.store.stages()) {
        if (s.id != r.store.opportunity(id)->stageId)
            target = s.id;
    }
    const int bound = r.listPagesLogged() + r.client->pacer().inFlight() + 1;
    OpportunityAction *move = r.actions->moveToStage({id}, target);
    QSignalSpy done(move, &OpportunityAction::finished);
    QVERIFY(done.wait(20000));
    QVERIFY(move->failures().isEmpty());
    const int before = r.listPagesBefore(u"/opportunities/"_s + id + u"/stage"_s);
    qInfo("move sent after %d list pages (bound %d)", before, bound);
    QVERIFY2(before >= 0 && before <= bound, qPrintable(u"%1 > %2"_s.arg(before).arg(bound)));
    // The sync went on afterwards: it was really running.
    QTRY_VERIFY_WITH_TIMEOUT(r.listPagesLogged() > bound + 2, 30000);
}

void TestChildData::openedDetailGoesFirst()
{
    Running r(4000, true);
    QVERIFY(r.startAndWaitForPages(22));
    const QString id = r.activeIds().last();
    const int bound = r.listPagesLogged() + r.client->pacer().inFlight() + 1;
    QSignalSpy loaded(r.loader.get(), &ChildDataLoader::loaded);
    r.loader->open(id);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toString(), id);
    const int interviewsAfter = r.listPagesBefore(interviewsPath(id));
    qInfo("detail data sent after %d list pages (bound %d)", interviewsAfter, bound);
    QVERIFY2(interviewsAfter >= 0 && interviewsAfter <= bound,
             qPrintable(u"%1 > %2"_s.arg(interviewsAfter).arg(bound)));
    // The opportunity itself was re-read at the same priority.
    QTRY_VERIFY(r.listPagesBefore(u"/opportunities/"_s + id + u"?"_s) >= 0);
    QVERIFY(r.listPagesBefore(u"/opportunities/"_s + id + u"?"_s) <= bound);
    QVERIFY(r.store.childData(id));
}

void TestChildData::scrollingAwayCancels()
{
    Running r(4000, true);
    QVERIFY(r.startAndWaitForPages(22));
    const QStringList ids = r.activeIds();
    const QStringList first = ids.mid(0, 40);
    const QStringList second = ids.mid(100, 10);
    r.loader->setVisible(first);
    // Let some of the first screen's requests reach the server, then scroll.
    QTRY_VERIFY_WITH_TIMEOUT(r.listPagesBefore(interviewsPath(first.first())) >= 0, 20000);
    int firstLogged = 0;
    for (const Entry &e : r.f.sandbox().requestLog().entries())
        firstLogged += e.path.contains(u"/interviews"_s) ? 1 : 0;
    const int firstBound = firstLogged + r.client->pacer().inFlight();
    const int pagesBound = r.listPagesLogged() + r.client->pacer().inFlight() + 1;
    r.loader->setVisible(second);
    QTRY_VERIFY_WITH_TIMEOUT(r.loader->loadingCount() == 0, 30000);
    for (const QString &id : second)
        QVERIFY2(r.store.childData(id), qPrintable(id));

    int firstSeen = 0;
    for (const QString &id : first)
        firstSeen += r.listPagesBefore(interviewsPath(id)) >= 0 ? 1 : 0;
    // Only requests already on their way when the user scrolled were answered; the rest were cancelled.
    QVERIFY2(firstSeen <= firstBound, qPrintable(u"%1 > %2"_s.arg(firstSeen).arg(firstBound)));
    QVERIFY(firstSeen < first.size());
    qInfo("first screen: %d of %d requests answered (bound %d)", firstSeen, int(first.size()), firstBound);
    int cancelled = 0;
    for (const QString &id : first)
        cancelled += r.store.childData(id) ? 0 : 1;
    QVERIFY(cancelled >= first.size() - firstBound);
    // The new screen's requests went ahead of the sync.
    for (const QString &id : second) {
        const int pages = r.listPagesBefore(interviewsPath(id));
        QVERIFY2(pages >= 0 && pages <= pagesBound, qPrintable(u"%1 > %2"_s.arg(pages).arg(pagesBound)));
    }
}

void TestChildData::childDataReachesTheStore()
{
    Running r(150, false);
    QVERIFY(r.startAndWaitForPages(1));
    QTRY_VERIFY_WITH_TIMEOUT(r.sync->isActiveLoaded(), 30000);
    // Cards with interviews on the server.
    QStringList withInterviews;
    const auto docs = r.f.documents(u"interview"_s);
    for (const auto &[parent, doc] : docs) {
        Q_UNUSED(doc)
        if (r.store.opportunity(parent) && !withInterviews.contains(parent))
            withInterviews.append(parent);
    }
    if (withInterviews.isEmpty())
        QSKIP("the demo account has no interviews on active cards");
    QSignalSpy changed(&r.store, &Store::childDataChanged);
    r.loader->setVisible(withInterviews);
    QTRY_VERIFY_WITH_TIMEOUT(r.loader->loadingCount() == 0, 30000);
    QCOMPARE(changed.size(), withInterviews.size());
    for (const QString &id : withInterviews) {
        const ChildData *data = r.store.childData(id);
        QVERIFY(data);
        QVERIFY(!data->interviews.isEmpty());
        QVERIFY(data->fetchedAt > 0);
    }
    // Fresh data is not fetched again.
    r.f.sandbox().requestLog().clear();
    r.loader->setVisible(withInterviews);
    QCOMPARE(r.loader->loadingCount(), 0);
    QTest::qWait(50);
    QCOMPARE(lever::test::requestsTo(r.f, u"/opportunities/"_s).size(), 0);
    // Unless it is older than the limit.
    r.loader->setMaxAgeMs(0);
    r.loader->setVisible(withInterviews.mid(0, 1));
    QTRY_COMPARE(r.loader->loadingCount(), 0);
    QCOMPARE(lever::test::requestsTo(r.f, interviewsPath(withInterviews.first())).size(), 1);
}

QTEST_GUILESS_MAIN(TestChildData)
#include "tst_child_data.moc"
