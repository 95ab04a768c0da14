// The Pacer on its own: token bucket, strict priority order, FIFO, re-prioritising, cancelling,
// the interactive reserve, the in-flight cap, holds, observer signals and sharing per credential.
#include "Pacer.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever::api;

class TestPacer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void burstThenRate();
    void strictPriorityFifoWithin();
    void cancelAndReprioritise();
    void interactiveReserve();
    void inFlightCap();
    void releaseThenCancelStartsNothing();
    void holdDrainsTheBucket();
    void observerSignals();
    void sharedPerCredential();
};

namespace {
PacerConfig frozen(double burst)
{
    // A bucket that refills too slowly to matter within a test.
    PacerConfig c;
    c.rate = 0.001;
    c.burst = burst;
    c.safetyTokens = 0;
    return c;
}

// A fast bucket, for tests that queue work behind holdFor() (a hold empties the bucket).
PacerConfig fast()
{
    PacerConfig c;
    c.rate = 1000;
    c.burst = 10;
    c.safetyTokens = 0;
    c.maxInFlight = 100; // nothing here releases its connection
    return c;
}
} // namespace

void TestPacer::burstThenRate()
{
    PacerConfig c;
    c.rate = 50;
    c.burst = 4;
    c.safetyTokens = 1;
    c.maxInFlight = 100;
    Pacer pacer(c);
    QList<int> started;
    for (int i = 0; i < 6; ++i)
        pacer.enqueue(Priority::Interactive, [&started, i] { started.append(i); });
    QCOMPARE(started, (QList<int>{0, 1, 2})); // burst less the safety token, at once
    QCOMPARE(pacer.queued(Priority::Interactive), 3);
    QTRY_COMPARE(started.size(), 6); // then at the rate
    QCOMPARE(started, (QList<int>{0, 1, 2, 3, 4, 5}));
    QCOMPARE(pacer.started(), 6);
    QCOMPARE(pacer.inFlight(), 6);
}

void TestPacer::strictPriorityFifoWithin()
{
    Pacer pacer(fast());
    QStringList order;
    pacer.holdFor(30); // nothing may start yet: everything queues
    const auto add = [&](Priority p, const QString &name) {
        pacer.enqueue(p, [&order, name] { order.append(name); });
    };
    add(Priority::Background, u"b1"_s);
    add(Priority::Background, u"b2"_s);
    add(Priority::Visible, u"v1"_s);
    add(Priority::Interactive, u"i1"_s);
    add(Priority::Background, u"b3"_s);
    add(Priority::Interactive, u"i2"_s);
    pacer.enqueue(
        Priority::Background, [&order] { order.append(u"b0"_s); }, true); // a retry keeps its place
    QVERIFY(order.isEmpty());
    QTRY_COMPARE(order.size(), 7);
    QCOMPARE(order, (QStringList{u"i1"_s, u"i2"_s, u"v1"_s, u"b0"_s, u"b1"_s, u"b2"_s, u"b3"_s}));
}

void TestPacer::cancelAndReprioritise()
{
    Pacer pacer(fast());
    QStringList order;
    pacer.holdFor(30);
    const auto a = pacer.enqueue(Priority::Background, [&order] { order.append(u"a"_s); });
    const auto b = pacer.enqueue(Priority::Background, [&order] { order.append(u"b"_s); });
    const auto c = pacer.enqueue(Priority::Background, [&order] { order.append(u"c"_s); });
    QVERIFY(pacer.isQueued(b));
    QVERIFY(pacer.cancel(b));
    QVERIFY(!pacer.isQueued(b));
    QVERIFY(!pacer.cancel(b));
    QVERIFY(pacer.reprioritise(c, Priority::Interactive));
    QCOMPARE(pacer.queued(Priority::Interactive), 1);
    QCOMPARE(pacer.queued(Priority::Background), 1);
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(order, (QStringList{u"c"_s, u"a"_s}));
    QVERIFY(!pacer.reprioritise(a, Priority::Visible)); // already started
    QVERIFY(!pacer.cancel(a));
}

void TestPacer::interactiveReserve()
{
    auto c = frozen(2);
    c.interactiveReserve = 1;
    Pacer pacer(c);
    QStringList order;
    pacer.enqueue(Priority::Background, [&order] { order.append(u"b1"_s); });
    pacer.enqueue(Priority::Background, [&order] { order.append(u"b2"_s); });
    QCOMPARE(order, QStringList{u"b1"_s}); // the last token is kept for interactive work
    QCOMPARE(pacer.queued(Priority::Background), 1);
    pacer.enqueue(Priority::Interactive, [&order] { order.append(u"i1"_s); });
    QCOMPARE(order, (QStringList{u"b1"_s, u"i1"_s})); // ...which gets it at once
}

void TestPacer::inFlightCap()
{
    auto c = frozen(100);
    c.maxInFlight = 3;
    c.interactiveReserve = 1;
    Pacer pacer(c);
    QList<Pacer::Ticket> tickets;
    int started = 0;
    for (int i = 0; i < 4; ++i)
        tickets.append(pacer.enqueue(Priority::Background, [&started] { ++started; }));
    QCOMPARE(started, 2); // background leaves a connection free
    QCOMPARE(pacer.inFlight(), 2);
    bool interactive = false;
    pacer.enqueue(Priority::Interactive, [&interactive] { interactive = true; });
    QVERIFY(interactive);
    QCOMPARE(pacer.inFlight(), 3);
    pacer.release(tickets.at(0));
    QTest::qWait(5);
    QCOMPARE(started, 2); // 2 background + 1 interactive in flight: still no room for background
    pacer.release(tickets.at(1));
    QCOMPARE(started, 2); // the next one starts on the next event-loop turn...
    QTRY_COMPARE(started, 3);
    pacer.release(tickets.at(1)); // releasing twice is harmless
    QCOMPARE(pacer.inFlight(), 2);
}

void TestPacer::releaseThenCancelStartsNothing()
{
    // Cards scrolled away: their requests are dropped in one go, the one in flight first. Its
    // connection must not go to a queued request that the same loop cancels a moment later.
    auto c = frozen(100);
    c.maxInFlight = 2;
    c.interactiveReserve = 0;
    Pacer pacer(c);
    QList<Pacer::Ticket> tickets;
    int started = 0;
    for (int i = 0; i < 5; ++i)
        tickets.append(pacer.enqueue(Priority::Visible, [&started] { ++started; }));
    QCOMPARE(started, 2);
    pacer.release(tickets.at(0));
    for (int i = 2; i < 5; ++i)
        QVERIFY(pacer.cancel(tickets.at(i)));
    QTest::qWait(20);
    QCOMPARE(started, 2);
    QCOMPARE(pacer.inFlight(), 1);
}

void TestPacer::holdDrainsTheBucket()
{
    PacerConfig c;
    c.rate = 1000;
    c.burst = 20;
    Pacer pacer(c);
    QVERIFY(pacer.tokens() > 10);
    pacer.holdFor(60);
    QCOMPARE(pacer.tokens(), 0.0);
    bool started = false;
    pacer.enqueue(Priority::Interactive, [&started] { started = true; });
    QVERIFY(!started);
    QTest::qWait(20);
    QVERIFY(!started); // still held
    QTRY_VERIFY(started);
}

void TestPacer::observerSignals()
{
    Pacer pacer(fast());
    QSignalSpy counts(&pacer, &Pacer::queueChanged);
    QSignalSpy waiting(&pacer, &Pacer::interactiveWaitingChanged);
    pacer.holdFor(20);
    pacer.enqueue(Priority::Background, [] {});
    pacer.enqueue(Priority::Interactive, [] {});
    QCOMPARE(counts.last(), (QList<QVariant>{1, 0, 1}));
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.last().first().toBool(), true);
    QVERIFY(pacer.interactiveWaiting());
    QTRY_COMPARE(pacer.queuedTotal(), 0);
    QCOMPARE(waiting.last().first().toBool(), false);
    QCOMPARE(counts.last(), (QList<QVariant>{0, 0, 0}));
}

void TestPacer::sharedPerCredential()
{
    auto a = Pacer::forCredential(u"apikey:one"_s);
    auto b = Pacer::forCredential(u"apikey:one"_s);
    auto c = Pacer::forCredential(u"apikey:two"_s);
    QCOMPARE(a.get(), b.get());
    QVERIFY(a.get() != c.get());
    a.reset();
    b.reset();
    // Once no client uses it, the next one gets a fresh bucket with its own config.
    PacerConfig config;
    config.burst = 3;
    auto d = Pacer::forCredential(u"apikey:one"_s, config);
    QCOMPARE(d->config().burst, 3.0);
}

QTEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"
