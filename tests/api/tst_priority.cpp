// Priorities and cancellation against a real in-process sandbox: interactive work overtakes queued
// background work, queued calls can be re-prioritised, and a destroyed context object, cancel() or
// a closed Client end a call exactly once (or silently, for a destroyed context).
#include "ClientTestKit.h"
#include "LeverApi.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever::api;
using lever::test::fastOptions;
using lever::test::makeClient;
using lever::test::requestsTo;
using lever::test::SandboxFixture;

class TestPriority : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interactiveGoesFirst();
    void queuedCallCanBeReprioritised();
    void destroyedContextCancelsQueued();
    void destroyedContextAbortsInFlight();
    void cancelFinishesOnce();
    void closingTheClientFinishesCalls();
};

void TestPriority::interactiveGoesFirst()
{
    SandboxFixture f;
    const QString background = f.seedOpportunity().value(u"id"_s).toString();
    const QString interactive = f.seedOpportunity().value(u"id"_s).toString();
    auto options = fastOptions();
    options.pacer.rate = 5;
    options.pacer.burst = 1;
    auto client = makeClient(f, options);
    QSignalSpy waiting(&client->pacer(), &Pacer::interactiveWaitingChanged);
    QSignalSpy queue(&client->pacer(), &Pacer::queueChanged);
    int done = 0;
    for (int i = 0; i < 8; ++i)
        client->opportunities()
            .get(background)
            .setPriority(Priority::Background)
            .then(this, [&](const auto &) { ++done; });
    // The background calls wait in the pacer (the first is on the wire).
    QTRY_VERIFY(client->pacer().queued(Priority::Background) >= 6);
    client->opportunities().get(interactive).then(this, [&](const auto &) { ++done; });
    QTRY_VERIFY_WITH_TIMEOUT(done == 9, 30000);
    const auto log = requestsTo(f, u"/opportunities/"_s);
    QCOMPARE(log.size(), 9);
    qsizetype position = -1;
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (log.at(i).path.startsWith(u"/opportunities/"_s + interactive))
            position = i;
    }
    // At most the background requests already started when it arrived went before it.
    QVERIFY2(position >= 0 && position <= 2, qPrintable(QString::number(position)));
    QVERIFY(waiting.size() >= 2);
    QCOMPARE(waiting.first().first().toBool(), true);
    QCOMPARE(waiting.last().first().toBool(), false);
    QVERIFY(!queue.isEmpty());
    QCOMPARE(client->pacer().queuedTotal(), 0);
}

void TestPriority::queuedCallCanBeReprioritised()
{
    SandboxFixture f;
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids.append(f.seedOpportunity().value(u"id"_s).toString());
    auto options = fastOptions();
    options.pacer.rate = 5;
    options.pacer.burst = 1;
    auto client = makeClient(f, options);
    int done = 0;
    QList<Call<Opportunity>> calls;
    for (const QString &id : ids)
        calls.append(
            client->opportunities().get(id).setPriority(Priority::Background).then(this, [&](const auto &) {
                ++done;
            }));
    QTRY_VERIFY(client->pacer().queued(Priority::Background) >= 4);
    calls.last().setPriority(Priority::Interactive);
    QCOMPARE(calls.last().priority(), Priority::Interactive);
    QTRY_VERIFY_WITH_TIMEOUT(done == 6, 30000);
    const auto log = requestsTo(f, u"/opportunities/"_s);
    QVERIFY2(log.at(1).path.startsWith(u"/opportunities/"_s + ids.last()), qPrintable(log.at(1).path));
}

void TestPriority::destroyedContextCancelsQueued()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    auto options = fastOptions();
    options.pacer.rate = 5;
    options.pacer.burst = 1;
    auto client = makeClient(f, options);
    auto *context = new QObject;
    int ran = 0;
    for (int i = 0; i < 5; ++i)
        client->opportunities().get(id).then(context, [&](const auto &) { ++ran; });
    QTRY_VERIFY(client->pacer().queuedTotal() == 4); // one sent, four waiting for tokens
    delete context;
    QCOMPARE(client->pacer().queuedTotal(), 0); // dropped from the queue at once
    QTest::qWait(1200);                         // long enough for the pacer to have sent them all
    QCOMPARE(ran, 0);
    QVERIFY(requestsTo(f, u"/opportunities/"_s).size() <= 1);
    QCOMPARE(client->activeCalls(), 0);
}

void TestPriority::destroyedContextAbortsInFlight()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(lever::test::controlFaults(f, "PUT", {{u"latencyMs"_s, 400}}), 204);
    auto client = makeClient(f);
    auto *context = new QObject;
    bool ran = false;
    client->opportunities().get(id).then(context, [&](const auto &) { ran = true; });
    QTRY_VERIFY(client->pacer().inFlight() == 1);
    delete context;
    QCOMPARE(client->pacer().inFlight(), 0); // aborted, its connection freed
    QTest::qWait(700);
    QVERIFY(!ran);
    QCOMPARE(client->activeCalls(), 0);
}

void TestPriority::cancelFinishesOnce()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    auto client = makeClient(f);
    int calls = 0;
    std::optional<ApiError> error;
    Call<Opportunity> call = client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) {
        ++calls;
        if (!r.ok())
            error = r.error();
    });
    call.cancel();
    call.cancel();
    QTest::qWait(200);
    QCOMPARE(calls, 1);
    QCOMPARE(error->category(), ApiError::Category::Cancelled);
    QVERIFY(!error->mayHaveBeenApplied());
    QVERIFY(call.isFinished());
    QVERIFY(requestsTo(f, u"/opportunities/"_s).isEmpty());

    // A handle kept past the end: then() attached late still runs, once.
    Call<Opportunity> late = client->opportunities().get(id);
    QTRY_VERIFY(late.isFinished());
    int lateCalls = 0;
    late.then(this, [&](const Result<Opportunity> &r) { lateCalls += r.ok() ? 1 : 100; });
    late.then(this, [&](const Result<Opportunity> &) { lateCalls += 1000; }); // a second then() is ignored
    QTRY_COMPARE(lateCalls, 1);
    QTest::qWait(50);
    QCOMPARE(lateCalls, 1);
}

void TestPriority::closingTheClientFinishesCalls()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    auto options = fastOptions();
    options.pacer.rate = 1;
    options.pacer.burst = 1;
    auto client = makeClient(f, options);
    int cancelled = 0, other = 0;
    for (int i = 0; i < 3; ++i)
        client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) {
            (!r.ok() && r.error().category() == ApiError::Category::Cancelled) ? ++cancelled : ++other;
        });
    QTest::qWait(20);
    client.reset();
    QTest::qWait(100);
    QCOMPARE(cancelled + other, 3);
    QVERIFY(cancelled >= 2);
}

QTEST_GUILESS_MAIN(TestPriority)
#include "tst_priority.moc"
