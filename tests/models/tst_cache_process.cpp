// The local cache across processes: a console killed with SIGKILL in the middle of its first sync
// leaves a cache that opens, and the next start finishes the sync exactly (nothing lost, nothing
// twice, nothing deleted kept); a second process on the same account reads the cache but never
// writes it, and takes over once the first one is gone.
#include "CacheTestKit.h"
#include "Store.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::cachedSession;
using lever::test::CacheFileReader;
using lever::test::demoOptions;
using lever::test::makeClient;
using lever::test::SandboxFixture;
using lever::test::storeIds;
using lever::test::syncableIds;

namespace {
// The windowless console as a child process; its events are read as they come.
class Child
{
public:
    Child(SandboxFixture &f, const QString &folder, bool exitWhenSynced)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LEVER_API_KEY"_s, f.apiKey());
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args{u"--base-url"_s, f.sandbox().baseUrl().toString(), u"--folder"_s, folder};
        if (exitWhenSynced)
            args.append(u"--exit-when-synced"_s);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, [this] {
            while (m_process.canReadLine())
                m_events.append(QJsonDocument::fromJson(m_process.readLine()).object());
        });
        m_process.start(QStringLiteral(LEVER_CACHE_CHILD_EXE), args);
    }
    ~Child()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QProcess &process() { return m_process; }
    std::optional<QJsonObject> event(const QString &name) const
    {
        for (const QJsonObject &e : m_events) {
            if (e.value(u"event"_s).toString() == name)
                return e;
        }
        return std::nullopt;
    }

private:
    QProcess m_process;
    QList<QJsonObject> m_events;
};

int cachedRows(const QString &path)
{
    if (!QFile::exists(path))
        return 0;
    return CacheFileReader(path).scalar(u"SELECT count(*) FROM opportunities"_s).toInt();
}
} // namespace

class TestCacheProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedMidSyncFinishesExactly();
    void secondProcessReadsButNeverWrites();
};

void TestCacheProcess::killedMidSyncFinishesExactly()
{
    QTemporaryDir dir;
    // At Lever's rate the first sync takes a few seconds: long enough to be killed in the middle.
    SandboxFixture f(demoOptions(2500, true));
    const QString path = LocalCache::fileIn(dir.path());
    {
        Child child(f, dir.path(), false);
        QVERIFY(QTest::qWaitFor([&] { return cachedRows(path) >= 300; }, 60000));
        QVERIFY(!child.event(u"synced"_s));
        child.process().kill(); // SIGKILL: no flush, no unlock, in the middle of a write or not
        QSignalSpy finished(&child.process(), &QProcess::finished);
        QVERIFY(finished.wait(10000));
    }
    const int partial = cachedRows(path);
    QVERIFY(partial > 0 && partial < syncableIds(f).size());
    // Meanwhile on Lever: one of the cached cards is deleted.
    const QString deleted =
        CacheFileReader(path).scalar(u"SELECT id FROM opportunities ORDER BY id LIMIT 1"_s).toString();
    QCOMPARE(lever::test::control(f, "DELETE", u"/opportunities/"_s + deleted), 204);

    Child again(f, dir.path(), true);
    QSignalSpy finished(&again.process(), &QProcess::finished);
    QVERIFY(finished.wait(120000));
    QCOMPARE(again.process().exitStatus(), QProcess::NormalExit);
    QCOMPARE(again.process().exitCode(), 0);
    QVERIFY(again.event(u"loaded"_s));
    QCOMPARE(again.event(u"loaded"_s)->value(u"cards"_s).toInt(), partial); // it opened and showed them
    QVERIFY(!again.event(u"elsewhere"_s)); // the dead process's lock was taken over
    const QSet<QString> expected = syncableIds(f);
    QVERIFY(!expected.contains(deleted));
    CacheFileReader reader(path);
    QCOMPARE(reader.scalar(u"PRAGMA quick_check"_s).toString(), u"ok"_s);
    const QStringList ids = reader.column(u"SELECT id FROM opportunities"_s);
    const QSet<QString> cached(ids.cbegin(), ids.cend());
    QCOMPARE(ids.size(), cached.size());          // nothing twice
    QCOMPARE(cached - expected, QSet<QString>()); // nothing Lever no longer has
    QCOMPARE(expected - cached, QSet<QString>()); // nothing lost
}

void TestCacheProcess::secondProcessReadsButNeverWrites()
{
    QTemporaryDir dir;
    SandboxFixture f(demoOptions(150));
    const QString path = LocalCache::fileIn(dir.path());
    auto first = std::make_unique<Child>(f, dir.path(), false);
    QVERIFY(QTest::qWaitFor([&] { return first->event(u"synced"_s).has_value(); }, 60000));
    const QVariant savedAt = CacheFileReader(path).scalar(u"SELECT value FROM meta WHERE key = 'saved_at'"_s);
    QVERIFY(savedAt.isValid());

    auto client = makeClient(f);
    auto second = cachedSession(*client, dir.path());
    QSignalSpy elsewhere(second->cache(), &LocalCache::openElsewhere);
    QSignalSpy errors(second.get(), &Session::errorOccurred);
    second->start();
    QTRY_VERIFY(second->cache()->isLoaded());
    QCOMPARE(elsewhere.size(), 1);
    QCOMPARE(second->cache()->mode(), LocalCache::Mode::ReadOnly);
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.first().first().toString().contains(u"another Lever Console window"_s));
    QCOMPARE(second->store().opportunityCount(), first->event(u"synced"_s)->value(u"cards"_s).toInt());
    // It syncs in memory, and writes nothing to the file.
    QTRY_VERIFY_WITH_TIMEOUT(!second->sync().isBusy(), 30000);
    second->store().modify(second->store().at(0).id,
                           [](OpportunityRecord &r) { r.name = u"Changed Here"_s; });
    second->cache()->waitForWrites();
    QCOMPARE(CacheFileReader(path).scalar(u"SELECT value FROM meta WHERE key = 'saved_at'"_s), savedAt);
    second.reset();

    // Once the first is gone, the next one owns the file.
    first.reset();
    auto third = cachedSession(*client, dir.path());
    third->start();
    QTRY_VERIFY(third->cache()->isLoaded());
    QCOMPARE(third->cache()->mode(), LocalCache::Mode::ReadWrite);
    QCOMPARE(storeIds(third->store()), syncableIds(f));
}

QTEST_GUILESS_MAIN(TestCacheProcess)
#include "tst_cache_process.moc"
