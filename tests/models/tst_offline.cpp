// Offline use against a real sandbox that is stopped and started again on the same port and file:
// the session notices, reads on from what it has, parks safe writes in the outbox (which survives a
// restart of the console), refuses unsafe ones without sending them, and once Lever answers again
// sends what waited in order, asking first about a card changed in Lever meanwhile.
#include "Actions.h"
#include "BoardModel.h"
#include "CacheTestKit.h"
#include "FaultInjector.h"
#include "LeverApi.h"
#include "Store.h"
#include "offline/Outbox.h"
#include "postings/PostingListModel.h"

#include <QAbstractItemModelTester>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::cachedSession;
using lever::test::demoOptions;
using lever::test::makeClient;
using lever::test::SandboxFixture;
using lever::test::syncFully;

namespace {
qsizetype indexOfRequest(SandboxFixture &f, const QByteArray &method, const QString &path)
{
    const auto entries = f.sandbox().requestLog().entries();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).method == method && entries.at(i).path.startsWith(path))
            return i;
    }
    return -1;
}
} // namespace

class TestOffline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outboxSurvivesARestartAndIsSentInOrder();
    void cancelPutsTheCardBack();
    void aSendWhoseAnswerWasLostIsNotAskedAbout();
    void withoutACacheNothingIsParked();
    void postingsListReadsOffline();
    void reconnectsByItself();
};

void TestOffline::outboxSurvivesARestartAndIsSentInOrder()
{
    QTemporaryDir dir;
    sandbox::SandboxOptions options = demoOptions(120);
    options.dbPath = dir.filePath(u"sandbox.sqlite"_s);
    options.apiKey = u"offline-test-key"_s;
    auto f = std::make_unique<SandboxFixture>(options);
    options.port = quint16(f->sandbox().baseUrl().port());
    const QString folder = dir.filePath(u"account"_s);
    auto client = makeClient(*f);
    auto session = cachedSession(*client, folder);
    QVERIFY(syncFully(*session));
    const QList<ColumnModel *> columns = session->board().stageColumns();
    const QString a = columns.first()->idAt(0);
    const QString b = columns.first()->idAt(1);
    const QString target = session->store().stages().last().id;
    const QString bName = session->store().opportunity(b)->name;
    QVERIFY(!a.isEmpty() && !b.isEmpty() && session->store().opportunity(a)->stageId != target);

    // Lever goes away.
    f.reset();
    QSignalSpy offline(session.get(), &Session::offlineChanged);
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session->isOffline(), 20000);
    QTRY_COMPARE(offline.size(), 1);
    QVERIFY2(session->offlineText().startsWith(u"Offline — showing data from "_s),
             qPrintable(session->offlineText()));
    QTRY_COMPARE(session->statusText(), session->offlineText()); // not "Sync failed" every minute
    QVERIFY(session->store().opportunityCount() > 0);

    // Safe writes wait in the outbox and show at once.
    // Parked at once: the action is done (queued) as soon as it starts.
    QStringList queued;
    connect(&session->actions(), &Actions::actionFinished, this,
            [&](OpportunityAction *action) { queued += action->queued(); });
    session->actions().moveToStage({a}, target);
    QTRY_COMPARE(queued, QStringList{a});
    session->actions().addTag({b}, u"Offline tag"_s);
    session->actions().addSource({a}, u"Career fair"_s);
    QTRY_COMPARE(session->outbox().entries().size(), 3);
    QVERIFY(session->store().opportunity(a)->sources.contains(u"Career fair"_s));
    QCOMPARE(session->store().opportunity(a)->stageId, target);
    QVERIFY(session->store().opportunity(b)->tags.contains(u"Offline tag"_s));
    QVERIFY(session->store().hasPendingWrite(a));
    QCOMPARE(
        session->outbox().describe(session->outbox().entries().first()),
        u"Move %1 to %2"_s.arg(session->store().opportunity(a)->name, session->store().stageName(target)));
    // A note is not safe to repeat: refused at once, not sent.
    api::NoteDraft note;
    note.value = u"Typed while offline"_s;
    std::optional<api::ApiError> refused;
    client->notes().create(a, note).then(this, [&](const api::Result<api::Note> &r) {
        if (!r.ok())
            refused = r.error();
    });
    QTRY_VERIFY(refused.has_value());
    QCOMPARE(refused->category(), api::ApiError::Category::Network);
    QVERIFY(!refused->mayHaveBeenApplied());
    QVERIFY(refused->toString().contains(u"nothing was sent"_s));

    // The console closes and starts again, still offline: the changes are still there.
    session->cache()->waitForWrites();
    session.reset();
    session = cachedSession(*client, folder);
    session->start();
    QTRY_VERIFY(session->cache()->isLoaded());
    QCOMPARE(session->outbox().entries().size(), 3);
    QVERIFY(session->store().opportunity(a)->sources.contains(u"Career fair"_s));
    QCOMPARE(session->store().opportunity(a)->stageId, target);
    QVERIFY(session->store().opportunity(b)->tags.contains(u"Offline tag"_s));
    QVERIFY(session->store().hasPendingWrite(b));

    // Lever is back, and someone changed b there meanwhile.
    f = std::make_unique<SandboxFixture>(options);
    QTest::qWait(5); // Lever's clock moves on past the cached updatedAt
    const QString other = session->store().stages().at(1).id;
    QCOMPARE(f->put(u"/opportunities/"_s + b + u"/stage"_s, {{u"stage"_s, other}}).status, 200);
    f->sandbox().requestLog().clear();
    QStringList questions;
    connect(&session->outbox(), &Outbox::conflict, this, [&](qint64 seq, const QString &question) {
        questions.append(question);
        session->outbox().resolveConflict(seq, true);
    });
    session->retryConnection();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isOffline(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(session->outbox().entries().isEmpty(), 20000);
    QCOMPARE(questions.size(), 1);
    QVERIFY2(questions.first().contains(bName), qPrintable(questions.first()));
    // In the order they were made.
    const qsizetype moveAt = indexOfRequest(*f, "PUT", u"/opportunities/"_s + a + u"/stage"_s);
    const qsizetype tagAt = indexOfRequest(*f, "POST", u"/opportunities/"_s + b + u"/addTags"_s);
    QVERIFY(moveAt >= 0 && tagAt >= 0);
    QVERIFY(moveAt < tagAt);
    const QJsonObject aNow = f->get(u"/opportunities/"_s + a).data();
    QCOMPARE(aNow.value(u"stage"_s).toString(), target);
    QVERIFY(aNow.value(u"sources"_s).toArray().contains(u"Career fair"_s));
    // a's source went after b's tag: the order they were made in.
    QVERIFY(tagAt < indexOfRequest(*f, "POST", u"/opportunities/"_s + a + u"/addSources"_s));
    const QJsonObject bNow = f->get(u"/opportunities/"_s + b).data();
    QVERIFY(bNow.value(u"tags"_s).toArray().contains(u"Offline tag"_s));
    QCOMPARE(bNow.value(u"stage"_s).toString(), other); // theirs kept, mine added on top
    QCOMPARE(indexOfRequest(*f, "POST", u"/opportunities/"_s + a + u"/notes"_s), -1);
    QTRY_VERIFY(!session->store().hasPendingWrite(a) && !session->store().hasPendingWrite(b));
    QCOMPARE(session->store().opportunity(a)->stageId, target);
}

void TestOffline::cancelPutsTheCardBack()
{
    QTemporaryDir dir;
    sandbox::SandboxOptions options = demoOptions(60);
    auto f = std::make_unique<SandboxFixture>(options);
    auto client = makeClient(*f);
    auto session = cachedSession(*client, dir.path());
    QVERIFY(syncFully(*session));
    const QString id = session->board().stageColumns().first()->idAt(0);
    const QString stage = session->store().opportunity(id)->stageId;
    const QString target = session->store().stages().last().id;
    f.reset();
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session->isOffline(), 20000);
    session->actions().moveToStage({id}, target);
    QTRY_COMPARE(session->outbox().entries().size(), 1);
    QCOMPARE(session->store().opportunity(id)->stageId, target);
    session->outbox().cancel(session->outbox().entries().first().seq);
    QVERIFY(session->outbox().entries().isEmpty());
    QCOMPARE(session->store().opportunity(id)->stageId, stage);
    QVERIFY(!session->store().hasPendingWrite(id));
    // Gone from the file too.
    session->cache()->waitForWrites();
    lever::test::CacheFileReader reader(LocalCache::fileIn(dir.path()));
    QCOMPARE(reader.scalar(u"SELECT count(*) FROM outbox"_s).toInt(), 0);
}

// Lever applied the outbox's write but the answer never came: on the next try the card is read, shows
// the change, and the entry counts as sent; nobody is asked about "someone else's" change.
void TestOffline::aSendWhoseAnswerWasLostIsNotAskedAbout()
{
    QTemporaryDir dir;
    sandbox::SandboxOptions options = demoOptions(40);
    options.dbPath = dir.filePath(u"sandbox.sqlite"_s);
    options.apiKey = u"offline-test-key"_s;
    auto f = std::make_unique<SandboxFixture>(options);
    options.port = quint16(f->sandbox().baseUrl().port());
    auto client = makeClient(*f);
    auto session = cachedSession(*client, dir.filePath(u"account"_s));
    QVERIFY(syncFully(*session));
    const QString id = session->board().stageColumns().first()->idAt(0);
    f.reset();
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session->isOffline(), 20000);
    session->actions().addTag({id}, u"Lost answer"_s);
    QTRY_COMPARE(session->outbox().entries().size(), 1);

    f = std::make_unique<SandboxFixture>(options);
    sandbox::FaultInjector::Rule rule;
    rule.method = "POST";
    rule.path = QRegularExpression(u"/addTags$"_s);
    rule.loseAnswer = true;
    rule.remaining = 1;
    f->sandbox().faults().addRule(rule);
    int questions = 0;
    QList<bool> settled;
    connect(&session->outbox(), &Outbox::conflict, this, [&](qint64 seq, const QString &) {
        ++questions;
        session->outbox().resolveConflict(seq, true);
    });
    connect(&session->outbox(), &Outbox::settled, this,
            [&](const Outbox::Entry &, bool sent) { settled.append(sent); });
    session->retryConnection();
    QTRY_VERIFY_WITH_TIMEOUT(session->outbox().entries().isEmpty(), 30000);
    QCOMPARE(questions, 0);
    QCOMPARE(settled, QList<bool>{true});
    QCOMPARE(indexOfRequest(*f, "POST", u"/opportunities/"_s + id + u"/addTags"_s) >= 0, true);
    const QJsonArray tags = f->get(u"/opportunities/"_s + id).data().value(u"tags"_s).toArray();
    QCOMPARE(std::count(tags.begin(), tags.end(), QJsonValue(u"Lost answer"_s)), 1);
    QTRY_VERIFY(!session->store().hasPendingWrite(id));
    QVERIFY(session->store().opportunity(id)->tags.contains(u"Lost answer"_s));
}

void TestOffline::withoutACacheNothingIsParked()
{
    auto f = std::make_unique<SandboxFixture>(demoOptions(40));
    auto client = makeClient(*f);
    Session session(*client);
    session.sync().setDeltaIntervalMs(0);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isArchivedLoaded() && !session.sync().isBusy(), 30000);
    const QString id = session.board().stageColumns().first()->idAt(0);
    const QString stage = session.store().opportunity(id)->stageId;
    f.reset();
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session.isOffline(), 20000);
    // Kept in memory only it could be lost: the write fails and the card goes back.
    QSignalSpy failed(&session.actions(), &Actions::failed);
    session.actions().moveToStage({id}, session.store().stages().last().id);
    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(session.outbox().entries().isEmpty());
    QCOMPARE(session.store().opportunity(id)->stageId, stage);
}

void TestOffline::postingsListReadsOffline()
{
    QTemporaryDir dir;
    sandbox::SandboxOptions options = demoOptions(20);
    auto f = std::make_unique<SandboxFixture>(options);
    auto client = makeClient(*f);
    int count = 0;
    {
        auto session = cachedSession(*client, dir.path());
        PostingListModel list(*client);
        list.setCache(session->cache());
        QVERIFY(syncFully(*session));
        list.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!list.isLoading(), 20000);
        count = list.rowCount();
        QVERIFY(count > 0);
        session->cache()->waitForWrites();
    }
    f.reset();
    auto session = cachedSession(*client, dir.path());
    PostingListModel list(*client);
    QAbstractItemModelTester tester(&list, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failed(&list, &PostingListModel::loadFailed);
    list.reload(); // Lever is gone: this fails
    list.setCache(session->cache());
    session->start();
    QTRY_COMPARE(list.rowCount(), count);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 20000);
    QCOMPARE(list.rowCount(), count); // what the cache kept stays readable
}

void TestOffline::reconnectsByItself()
{
    QTemporaryDir dir;
    sandbox::SandboxOptions options = demoOptions(20);
    options.dbPath = dir.filePath(u"sandbox.sqlite"_s);
    options.apiKey = u"reconnect-key"_s;
    auto f = std::make_unique<SandboxFixture>(options);
    options.port = quint16(f->sandbox().baseUrl().port());
    auto client = makeClient(*f);
    auto session = cachedSession(*client, dir.filePath(u"account"_s));
    QVERIFY(syncFully(*session));
    f.reset();
    QSignalSpy offline(session.get(), &Session::offlineChanged);
    session->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(session->isOffline(), 20000);
    // Lever comes back; nobody presses anything: the back-off probe (2 s, then 4 s…) finds it.
    f = std::make_unique<SandboxFixture>(options);
    f->sandbox().requestLog().clear();
    QTRY_VERIFY_WITH_TIMEOUT(!session->isOffline(), 20000);
    QTRY_COMPARE(offline.size(), 2);
    QCOMPARE(offline.last().first().toBool(), false);
    // And a delta follows, to catch up.
    QTRY_VERIFY_WITH_TIMEOUT(!lever::test::requestsTo(*f, u"/opportunities/deleted"_s).isEmpty(), 20000);
}

QTEST_GUILESS_MAIN(TestOffline)
#include "tst_offline.moc"
