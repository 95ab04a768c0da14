// The local cache against a real sandbox and a real SQLite file: a second start shows the board
// before any request and then picks up what changed meanwhile; candidate pages visited before come
// back from the cache; damaged and foreign files are rebuilt; a full disk leaves the session working
// in memory; the file is owner-only and holds no secret and no EEO answer.
#include "Actions.h"
#include "BoardModel.h"
#include "CacheTestKit.h"
#include "ChildDataLoader.h"
#include "Store.h"
#include "cache/CacheDatabase.h"
#include "cache/RecordCodec.h"
#include "candidate/CandidateModel.h"

#include <QDateTime>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

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
using lever::test::syncFully;

namespace {
int mode(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}
} // namespace

class TestCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codecRoundTripAndRefusals();
    void secondStartShowsTheBoardBeforeAnyRequest();
    void visitedCandidatePageComesBack();
    void damagedFileIsRebuilt();
    void otherVersionIsRebuilt();
    void ownerOnlyAndNothingSecret();
    void fullDiskKeepsWorkingInMemory();
    void clearLocalData();
    void tooOldIsNotShown();
    void sameProcessSecondSessionIsReadOnly();
};

void TestCache::codecRoundTripAndRefusals()
{
    OpportunityRecord r;
    r.id = u"opp-1"_s;
    r.name = u"Zoë Łukasiewicz"_s;
    r.headline = u"Staff engineer"_s;
    r.emails = u"zoe@example.com, z@example.org"_s;
    r.contactId = u"c-1"_s;
    r.stageId = u"s2"_s;
    r.ownerId = u"u1"_s;
    r.postingId = u"p1"_s;
    r.origin = u"referred"_s;
    r.archiveReasonId = u"r1"_s;
    r.tags = {u"Rust"_s, u"Remote"_s};
    r.sources = {u"LinkedIn"_s};
    r.createdAt = 1700000000000;
    r.updatedAt = 1700000100000;
    r.stageEnteredAt = 1700000050000;
    r.archivedAt = 1700000090000;
    r.archived = true;
    r.updateSearchKey();
    const QByteArray row = RecordCodec::encode(r);
    const auto back = RecordCodec::decode(row);
    QVERIFY(back);
    QCOMPARE(back->id, r.id);
    QCOMPARE(back->name, r.name);
    QCOMPARE(back->emails, r.emails);
    QCOMPARE(back->tags, r.tags);
    QCOMPARE(back->sources, r.sources);
    QCOMPARE(back->stageEnteredAt, r.stageEnteredAt);
    QCOMPARE(back->archived, true);
    QCOMPARE(back->archiveReasonId, r.archiveReasonId);
    QCOMPARE(back->searchKey, r.searchKey);
    QCOMPARE(back->nameLength, r.nameLength);
    // Every truncation, a trailing byte, another format and noise are refused, never half-read.
    for (qsizetype n = 0; n < row.size(); ++n)
        QVERIFY2(!RecordCodec::decode(row.left(n)), qPrintable(QString::number(n)));
    QVERIFY(!RecordCodec::decode(QByteArray(row + '\0')));
    QByteArray other = row;
    other[0] = char(9); // a format this build does not know
    QVERIFY(!RecordCodec::decode(other));
    QVERIFY(!RecordCodec::decode(QByteArray(300, '\xff')));
}

void TestCache::secondStartShowsTheBoardBeforeAnyRequest()
{
    QTemporaryDir dir;
    SandboxFixture f(demoOptions(200));
    auto client = makeClient(f);
    QSet<QString> firstIds;
    int activeBefore = -1;
    {
        auto session = cachedSession(*client, dir.path());
        QVERIFY(syncFully(*session));
        firstIds = storeIds(session->store());
        QCOMPARE(firstIds, syncableIds(f));
        activeBefore = session->store().activeCount();
    }
    // While the console is closed: a stage move, a new candidate, a deletion.
    const auto all = f.allOpportunities();
    QString moved, deleted;
    for (const QJsonObject &o : all) {
        if (o.value(u"archived"_s).isObject() || !firstIds.contains(o.value(u"id"_s).toString()))
            continue;
        (moved.isEmpty() ? moved : deleted) = o.value(u"id"_s).toString();
        if (!deleted.isEmpty())
            break;
    }
    const QString target = f.documents(u"stage"_s).last().second.value(u"id"_s).toString();
    QCOMPARE(f.put(u"/opportunities/"_s + moved + u"/stage"_s, {{u"stage"_s, target}}).status, 200);
    const QString added = f.seedOpportunity({{u"name"_s, u"Cache Newcomer"_s}}).value(u"id"_s).toString();
    QCOMPARE(lever::test::control(f, "DELETE", u"/opportunities/"_s + deleted), 204);
    f.sandbox().requestLog().clear();

    auto session = cachedSession(*client, dir.path());
    int requestsAtLoad = -1;
    int cardsAtLoad = -1;
    int columnsAtLoad = -1;
    int shownAtLoad = -1;
    QString statusAtLoad;
    connect(session.get(), &Session::cacheLoaded, this, [&] {
        requestsAtLoad = int(f.sandbox().requestLog().entries().size());
        cardsAtLoad = session->store().opportunityCount();
        columnsAtLoad = int(session->board().stageColumns().size());
        // Every active card from the cache is in its column (one reset, no card-by-card inserts).
        int shown = 0;
        for (ColumnModel *column : session->board().stageColumns())
            shown += column->count();
        shownAtLoad = shown;
    });
    connect(&session->sync(), &Sync::activeLoaded, this, [&] { statusAtLoad = session->statusText(); });
    QSignalSpy synced(&session->sync(), &Sync::synced);
    session->start();
    QTRY_VERIFY(session->cache()->isLoaded());
    QCOMPARE(requestsAtLoad, 0);
    QCOMPARE(cardsAtLoad, firstIds.size());
    QVERIFY(columnsAtLoad > 0);
    QCOMPARE(shownAtLoad, activeBefore);
    QVERIFY2(statusAtLoad.startsWith(u"Showing data from "_s) && statusAtLoad.endsWith(u", updating…"_s),
             qPrintable(statusAtLoad));
    // No full load: a delta and the deletions, then the reference data.
    QTRY_VERIFY_WITH_TIMEOUT(!synced.isEmpty() && !session->sync().isBusy(), 30000);
    for (const auto &e : f.sandbox().requestLog().entries())
        QVERIFY2(!e.path.contains(u"archived="_s), qPrintable(e.path));
    QCOMPARE(session->store().opportunity(moved)->stageId, target);
    QVERIFY(session->store().opportunity(added));
    QVERIFY(!session->store().opportunity(deleted));
    QCOMPARE(storeIds(session->store()), syncableIds(f));
    QVERIFY(session->statusText().startsWith(u"Up to date"_s));
    // And the file follows: a third start shows the same.
    session->cache()->waitForWrites();
    session.reset();
    CacheFileReader reader(LocalCache::fileIn(dir.path()));
    const QStringList ids = reader.column(u"SELECT id FROM opportunities"_s);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), syncableIds(f));
}

void TestCache::visitedCandidatePageComesBack()
{
    QTemporaryDir dir;
    SandboxFixture f(demoOptions(120));
    auto client = makeClient(f);
    QString id;
    int notes = -1;
    {
        auto session = cachedSession(*client, dir.path());
        QVERIFY(syncFully(*session));
        // A candidate with notes.
        for (const auto &[parent, doc] : f.documents(u"note"_s)) {
            if (session->store().opportunity(parent)) {
                id = parent;
                break;
            }
        }
        QVERIFY(!id.isEmpty());
        CandidateModel page(*session, id);
        page.load();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(CandidateModel::Part::Notes) &&
                                     page.isLoaded(CandidateModel::Part::Contact) &&
                                     page.isLoaded(CandidateModel::Part::Applications),
                                 20000);
        QTRY_VERIFY(session->client().pacer().interactiveWaiting() == false);
        QTest::qWait(200);
        notes = int(page.mine().notes.size());
        QVERIFY(notes > 0);
        session->cache()->waitForWrites();
    }
    auto session = cachedSession(*client, dir.path());
    session->start();
    QTRY_VERIFY(session->cache()->isLoaded());
    f.sandbox().requestLog().clear();
    CandidateModel page(*session, id);
    QSignalSpy changed(&page, &CandidateModel::changed);
    page.load();
    // At once, before any answer: the cached parts.
    QVERIFY(page.hasOpportunity());
    QCOMPARE(page.opportunity().id, id);
    QVERIFY(page.contact().has_value());
    QCOMPARE(int(page.mine().notes.size()), notes);
    QVERIFY(page.isLoaded(CandidateModel::Part::Notes));
    QVERIFY(!changed.isEmpty());
}

void TestCache::damagedFileIsRebuilt()
{
    QTemporaryDir dir;
    SandboxFixture f(demoOptions(60));
    auto client = makeClient(f);
    {
        auto session = cachedSession(*client, dir.path());
        QVERIFY(syncFully(*session));
    }
    // Scribble over the middle of the file, as a bad disk would.
    const QString path = LocalCache::fileIn(dir.path());
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8192);
        file.seek(4096);
        file.write(QByteArray(int(file.size() - 4096), '\x5a'));
    }
    auto session = cachedSession(*client, dir.path());
    QSignalSpy errors(session.get(), &Session::errorOccurred);
    QVERIFY(syncFully(*session));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(u"damaged"_s),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(session->cache()->mode(), LocalCache::Mode::ReadWrite);
    QCOMPARE(storeIds(session->store()), syncableIds(f));
    const QStringList aside = QDir(dir.path()).entryList({u"cache.sqlite.damaged-*"_s});
    QCOMPARE(aside.size(), 1);
    // A file that is not a database at all.
    session.reset();
    QFile::remove(path + u"-wal"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("this is not a database, just text");
    }
    session = cachedSession(*client, dir.path());
    QSignalSpy again(session.get(), &Session::errorOccurred);
    QVERIFY(syncFully(*session));
    QCOMPARE(again.size(), 1);
    QCOMPARE(storeIds(session->store()), syncableIds(f));
}

void TestCache::otherVersionIsRebuilt()
{
    QTemporaryDir dir;
    SandboxFixture f(demoOptions(40));
    auto client = makeClient(f);
    {
        auto session = cachedSession(*client, dir.path());
        QVERIFY(syncFully(*session));
    }
    QVERIFY(lever::test::execOnFile(LocalCache::fileIn(dir.path()),
                                    u"PRAGMA user_version=%1"_s.arg(CacheDatabase::kSchemaVersion + 1)));
    f.sandbox().requestLog().clear();
    auto session = cachedSession(*client, dir.path());
    QSignalSpy errors(session.get(), &Session::errorOccurred);
    int cardsAtLoad = -1;
    connect(session.get(), &Session::cacheLoaded, this,
            [&] { cardsAtLoad = session->store().opportunityCount(); });
    QVERIFY(syncFully(*session));
    QCOMPARE(cardsAtLoad, 0);   // nothing misread
    QCOMPARE(errors.size(), 0); // an update of the console is nothing the user must act on
    QCOMPARE(session->cache()->mode(), LocalCache::Mode::ReadWrite);
    CacheFileReader reader(LocalCache::fileIn(dir.path()));
    QCOMPARE(reader.scalar(u"PRAGMA user_version"_s).toInt(), CacheDatabase::kSchemaVersion);
    QCOMPARE(storeIds(session->store()), syncableIds(f));
}

void TestCache::ownerOnlyAndNothingSecret()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"account"_s);
    SandboxFixture f(demoOptions(150));
    auto client = makeClient(f);
    {
        auto session = cachedSession(*client, folder);
        QVERIFY(syncFully(*session));
        // Child data too: interviews of some cards and a candidate page.
        const QString id = session->store().at(0).id;
        session->childData().open(id);
        CandidateModel page(*session, id);
        page.load();
        QTRY_VERIFY_WITH_TIMEOUT(page.isLoaded(CandidateModel::Part::Applications) &&
                                     page.isLoaded(CandidateModel::Part::Notes),
                                 20000);
        QTest::qWait(300);
        session->cache()->waitForWrites();
        const QString path = LocalCache::fileIn(folder);
        QCOMPARE(mode(path), 0600);
        QCOMPARE(mode(path + u"-wal"_s), 0600);
        QCOMPARE(mode(path + u"-shm"_s), 0600);
        QCOMPARE(mode(folder), 0700);
    }
    // Everything on disk, as UTF-8 and as UTF-16 (QDataStream writes strings as UTF-16).
    QByteArray bytes;
    for (const QString &name : QDir(folder).entryList(QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        bytes += file.readAll();
    }
    QVERIFY(bytes.size() > 10000);
    QVERIFY(CacheFileReader(LocalCache::fileIn(folder)).scalar(u"SELECT count(*) FROM parts"_s).toInt() > 0);
    auto absent = [&bytes](const QString &text) {
        return !bytes.contains(text.toUtf8()) &&
               !bytes.contains(QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
    };
    QVERIFY(absent(f.apiKey()));
    for (const QString &eeo : {u"eeoResponseSource"_s, u"eeoSurveyRespondedAt"_s, u"protected veteran"_s,
                               u"have a disability"_s, u"Decline to self-identify"_s})
        QVERIFY2(absent(eeo), qPrintable(eeo));
    // The check itself finds what is there.
    QVERIFY(!absent(f.allOpportunities().first().value(u"id"_s).toString()));
}

void TestCache::fullDiskKeepsWorkingInMemory()
{
    QTemporaryDir dir;
    SandboxFixture f(demoOptions(400));
    auto client = makeClient(f);
    auto session = cachedSession(*client, dir.path());
    // Room for the schema and little more: SQLite answers SQLITE_FULL as on a full disk.
    session->cache()->setMaxPageCountForTesting(12);
    QSignalSpy errors(session.get(), &Session::errorOccurred);
    QVERIFY(syncFully(*session));
    QTRY_COMPARE(session->cache()->mode(), LocalCache::Mode::MemoryOnly);
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.first().first().toString().contains(u"disk is full"_s),
             qPrintable(errors.first().first().toString()));
    QCOMPARE(storeIds(session->store()), syncableIds(f));
    // Writes still go to Lever and show.
    const QString id = session->board().stageColumns().first()->idAt(0);
    const QString target = session->store().stages().last().id;
    session->actions().moveToStage({id}, target);
    QTRY_VERIFY(!session->store().hasPendingWrite(id));
    QCOMPARE(session->store().opportunity(id)->stageId, target);
    // What the file holds still opens.
    session.reset();
    CacheFileReader reader(LocalCache::fileIn(dir.path()));
    QCOMPARE(reader.scalar(u"PRAGMA quick_check"_s).toString(), u"ok"_s);
}

void TestCache::clearLocalData()
{
    QTemporaryDir dir;
    SandboxFixture f(demoOptions(80));
    auto client = makeClient(f);
    {
        auto session = cachedSession(*client, dir.path());
        QVERIFY(syncFully(*session));
        const qint64 before = session->cache()->sizeOnDisk();
        QVERIFY(before > 0);
        QSignalSpy cleared(session->cache(), &LocalCache::cleared);
        session->cache()->clear();
        QVERIFY(cleared.wait(10000));
        QVERIFY(session->store().opportunityCount() > 0); // memory keeps what it has
        QVERIFY(session->cache()->sizeOnDisk() < before);
    }
    f.sandbox().requestLog().clear();
    auto session = cachedSession(*client, dir.path());
    int cardsAtLoad = -1;
    connect(session.get(), &Session::cacheLoaded, this,
            [&] { cardsAtLoad = session->store().opportunityCount(); });
    QVERIFY(syncFully(*session));
    QCOMPARE(cardsAtLoad, 0);
    QVERIFY(!lever::test::requestsTo(f, u"/opportunities?"_s).isEmpty()); // a full load
    QCOMPARE(storeIds(session->store()), syncableIds(f));
}

void TestCache::tooOldIsNotShown()
{
    QTemporaryDir dir;
    SandboxFixture f(demoOptions(40));
    auto client = makeClient(f);
    {
        auto session = cachedSession(*client, dir.path());
        QVERIFY(syncFully(*session));
    }
    // Saved 40 days ago, kept for 30.
    QVERIFY(lever::test::execOnFile(LocalCache::fileIn(dir.path()),
                                    u"UPDATE meta SET value = ? WHERE key = 'saved_at'"_s,
                                    {QDateTime::currentMSecsSinceEpoch() - 40LL * 24 * 3600 * 1000}));
    auto session = cachedSession(*client, dir.path());
    session->cache()->setRetentionDays(30);
    int cardsAtLoad = -1;
    connect(session.get(), &Session::cacheLoaded, this,
            [&] { cardsAtLoad = session->store().opportunityCount(); });
    f.sandbox().requestLog().clear();
    QVERIFY(syncFully(*session));
    QCOMPARE(cardsAtLoad, 0);
    QVERIFY(!lever::test::requestsTo(f, u"/opportunities?"_s).isEmpty()); // a full load
    QCOMPARE(storeIds(session->store()), syncableIds(f));
}

void TestCache::sameProcessSecondSessionIsReadOnly()
{
    QTemporaryDir dir;
    SandboxFixture f(demoOptions(60));
    auto client = makeClient(f);
    auto first = cachedSession(*client, dir.path());
    QVERIFY(syncFully(*first));
    auto second = cachedSession(*client, dir.path());
    QSignalSpy elsewhere(second->cache(), &LocalCache::openElsewhere);
    second->start();
    QTRY_VERIFY(second->cache()->isLoaded());
    QCOMPARE(elsewhere.size(), 1);
    QCOMPARE(second->cache()->mode(), LocalCache::Mode::ReadOnly);
    QCOMPARE(storeIds(second->store()), storeIds(first->store()));
}

QTEST_GUILESS_MAIN(TestCache)
#include "tst_cache.moc"
