// Insights models against a real sandbox: for the demo seed (plus a candidate sent back a stage, an
// unarchived one and a person moved to another posting, made through the API), the funnel, times in
// stage, source rates and stale counts are worked out here from the sandbox's own JSON, with plain
// arithmetic, and compared with what InsightsModel computes from the synced Store. Also: the stage
// history through the Store and the cache codec (old rows still read), and live updates.
#include "ModelsTestKit.h"

#include "Session.h"
#include "Store.h"
#include "Sync.h"
#include "cache/RecordCodec.h"
#include "insights/InsightsCompute.h"
#include "insights/InsightsModel.h"
#include "insights/InsightsTableModel.h"
#include "insights/InsightsTables.h"

#include <QAbstractItemModelTester>
#include <QDataStream>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::SandboxFixture;

namespace {

constexpr qint64 kDay = 24LL * 60 * 60 * 1000;

// What the test expects, from JSON alone.
struct Expected
{
    QStringList stageIds;
    QStringList stageNames;
    QList<int> reached, archivedHere, timeCount, stillIn;
    QList<qint64> median, p90;
    QHash<QString, QList<int>> sources; // name → candidates, interviewed, hires
    QHash<QString, QList<int>> origins;
    QHash<QString, int> staleByOwner;
    int candidates = 0;
};

QList<QJsonObject> allPages(SandboxFixture &f, const QString &path)
{
    QList<QJsonObject> out;
    QString next;
    for (int page = 0; page < 1000; ++page) {
        const auto reply = f.get(path + (next.isEmpty() ? QString() : QString(u"&offset="_s + next)));
        if (reply.status != 200)
            qFatal("GET %s: %d", qPrintable(path), reply.status);
        for (const QJsonValue &v : reply.list())
            out.append(v.toObject());
        if (!reply.json.value(u"hasNext"_s).toBool())
            break;
        next = reply.json.value(u"next"_s).toString();
    }
    return out;
}

qint64 middle(QList<qint64> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at((v.size() - 1) / 2);
}

qint64 ninetieth(QList<qint64> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto rank = qsizetype(std::ceil(double(v.size()) * 0.9 - 1e-9));
    return v.at(qMax<qsizetype>(rank, 1) - 1);
}

// The definitions of docs/architecture.md, "Insights: definitions", applied to the API's JSON.
Expected expectedFrom(SandboxFixture &f, qint64 now, int staleDays, const QString &postingId = {})
{
    Expected e;
    for (const QJsonValue &s : f.get(u"/stages"_s).list()) {
        e.stageIds.append(s[u"id"_s].toString());
        e.stageNames.append(s[u"text"_s].toString());
    }
    const int n = int(e.stageIds.size());
    int interview = -1;
    for (int i = 0; i < n && interview < 0; ++i) {
        if (e.stageNames.at(i).contains(u"interview"_s, Qt::CaseInsensitive))
            interview = i;
    }
    QSet<QString> hiredReasons;
    for (const QJsonObject &r : allPages(f, u"/archive_reasons?limit=100"_s)) {
        if (r[u"type"_s].toString() == u"hired"_s)
            hiredReasons.insert(r[u"id"_s].toString());
    }
    QList<int> furthestCount(n, 0);
    e.archivedHere = QList<int>(n, 0);
    e.stillIn = QList<int>(n, 0);
    QList<QList<qint64>> times(n);
    for (const QJsonObject &o : allPages(f, u"/opportunities?limit=100&expand=applications"_s)) {
        const QJsonArray applications = o[u"applications"_s].toArray();
        const QString posting = applications.isEmpty() ? QString() : applications[0][u"posting"_s].toString();
        if (!postingId.isEmpty() && posting != postingId)
            continue;
        ++e.candidates;
        const QString stage = o[u"stage"_s].toString();
        const bool archived = o[u"archived"_s].isObject();
        const qint64 archivedAt = o[u"archived"_s][u"archivedAt"_s].toInteger();
        const qint64 createdAt = o[u"createdAt"_s].toInteger();
        QList<QPair<int, qint64>> stays;
        for (const QJsonValue &c : o[u"stageChanges"_s].toArray())
            stays.append(
                {int(e.stageIds.indexOf(c[u"toStageId"_s].toString())), c[u"updatedAt"_s].toInteger()});
        if (stays.isEmpty())
            stays.append({int(e.stageIds.indexOf(stage)), createdAt});
        const qint64 end = archived ? qMax(archivedAt, stays.last().second) : qMax(now, stays.last().second);
        int furthest = -1;
        qint64 lastChange = createdAt;
        QHash<int, qint64> spent;
        for (int i = 0; i < stays.size(); ++i) {
            furthest = qMax(furthest, stays[i].first);
            lastChange = qMax(lastChange, stays[i].second);
            const qint64 leave = i + 1 < stays.size() ? stays[i + 1].second : end;
            if (stays[i].first >= 0)
                spent[stays[i].first] += qMax<qint64>(0, leave - stays[i].second);
        }
        if (furthest >= 0)
            ++furthestCount[furthest];
        const int current = int(e.stageIds.indexOf(stage));
        if (archived && current >= 0)
            ++e.archivedHere[current];
        for (auto it = spent.cbegin(); it != spent.cend(); ++it) {
            times[it.key()].append(it.value());
            if (!archived && it.key() == current)
                ++e.stillIn[it.key()];
        }
        const bool hired = archived && hiredReasons.contains(o[u"archived"_s][u"reason"_s].toString());
        const bool interviewed = interview >= 0 && furthest >= interview;
        auto add = [&](QList<int> &counts) {
            if (counts.isEmpty())
                counts = {0, 0, 0};
            counts[0] += 1;
            counts[1] += interviewed ? 1 : 0;
            counts[2] += hired ? 1 : 0;
        };
        for (const QJsonValue &s : o[u"sources"_s].toArray())
            add(e.sources[s.toString()]);
        add(e.origins[o[u"origin"_s].toString()]);
        if (!archived && lastChange < now - staleDays * kDay)
            ++e.staleByOwner[o[u"owner"_s].toString()];
    }
    int sum = 0;
    e.reached = QList<int>(n, 0);
    for (int s = n - 1; s >= 0; --s) {
        sum += furthestCount[s];
        e.reached[s] = sum;
    }
    for (int s = 0; s < n; ++s) {
        e.timeCount.append(int(times[s].size()));
        e.median.append(middle(times[s]));
        e.p90.append(ninetieth(times[s]));
    }
    return e;
}

void compare(const Expected &e, const InsightsResult &r)
{
    QCOMPARE(r.candidates, e.candidates);
    QCOMPARE(r.funnel.size(), e.stageIds.size());
    for (int s = 0; s < e.stageIds.size(); ++s) {
        const QByteArray where = e.stageNames.at(s).toUtf8();
        QVERIFY2(r.funnel[s].stageId == e.stageIds[s], where);
        QVERIFY2(r.funnel[s].reached == e.reached[s], where);
        QVERIFY2(r.funnel[s].rows.size() == e.reached[s], where);
        QVERIFY2(r.funnel[s].archivedHere == e.archivedHere[s], where);
        QVERIFY2(r.times[s].candidates == e.timeCount[s], where);
        QVERIFY2(r.times[s].stillIn == e.stillIn[s], where);
        QVERIFY2(r.times[s].medianMs == e.median[s], where);
        QVERIFY2(r.times[s].p90Ms == e.p90[s], where);
        if (s + 1 < e.stageIds.size() && e.reached[s] > 0)
            QVERIFY2(qFuzzyCompare(r.funnel[s].conversion, double(e.reached[s + 1]) / e.reached[s]), where);
    }
    int sources = 0, origins = 0;
    for (const InsightsResult::SourceRow &row : r.sources) {
        const QList<int> want = (row.origin ? e.origins : e.sources).value(row.name);
        QVERIFY2(want == (QList<int>{row.candidates, row.interviewed, row.hires}), row.name.toUtf8());
        QVERIFY(qFuzzyCompare(1.0 + row.hireRate, 1.0 + double(row.hires) / row.candidates));
        (row.origin ? origins : sources) += 1;
    }
    QCOMPARE(sources, e.sources.size());
    QCOMPARE(origins, e.origins.size());
    QCOMPARE(r.stale.size(), e.staleByOwner.size());
    for (const InsightsResult::StaleOwner &owner : r.stale)
        QVERIFY2(owner.count == e.staleByOwner.value(owner.ownerId), owner.owner.toUtf8());
}

bool waitForResult(InsightsModel &model, int after)
{
    return QTest::qWaitFor([&] { return model.resultCount() > after && !model.isComputing(); }, 30000);
}

} // namespace

class TestInsights : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void historyThroughStoreAndCodec();
    void againstTheSandboxsOwnNumbers();
    void computeEdges();
    void tableModelUpdatesInPlace();
};

void TestInsights::historyThroughStoreAndCodec()
{
    Store store;
    test::seedReference(store);
    api::Opportunity o = test::makeOpportunity({.id = u"o1"_s, .stage = u"s2"_s});
    for (const auto &[stage, at] : QList<QPair<QString, qint64>>{{u"s1"_s, 1000}, {u"s2"_s, 2000}}) {
        api::Opportunity::StageChange change;
        change.toStageId = stage;
        change.updatedAt = at;
        o.stageChanges.append(change);
    }
    store.upsert(o);
    const OpportunityRecord *r = store.opportunity(u"o1"_s);
    QCOMPARE(r->stagePath, (QStringList{u"s1"_s, u"s2"_s}));
    QCOMPARE(r->stagePathAt, (QList<qint64>{1000, 2000}));
    // The same path on another card shares the interned list.
    api::Opportunity other = o;
    other.id = u"o2"_s;
    store.upsert(other);
    r = store.opportunity(u"o1"_s); // the upsert may have moved the records
    QCOMPARE(store.opportunity(u"o2"_s)->stagePath.constData(), r->stagePath.constData());
    // An answer without stage changes keeps the known history.
    api::Opportunity partial = o;
    partial.stageChanges.clear();
    store.upsert(partial);
    QCOMPARE(store.opportunity(u"o1"_s)->stagePathAt, (QList<qint64>{1000, 2000}));

    const QByteArray row = RecordCodec::encode(*store.opportunity(u"o1"_s));
    RecordCodec::Decoder decoder;
    const auto back = decoder.decode(row);
    QVERIFY(back);
    QCOMPARE(back->stagePath, r->stagePath);
    QCOMPARE(back->stagePathAt, r->stagePathAt);
    QCOMPARE(decoder.olderRows(), 0);
    for (qsizetype n = 0; n < row.size(); ++n)
        QVERIFY2(!RecordCodec::decode(row.left(n)), qPrintable(QString::number(n)));

    // A row of the format before the history (2), written as that build wrote it: read, without
    // history, and counted so the cache asks for a full load.
    QByteArray old;
    QDataStream out(&old, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << quint8(2);
    for (const char *text :
         {"o9", "Old Row", "Engineer", "o9@example.com", "c9", "s1", "u1", "p1", "applied", ""})
        out << QByteArray(text);
    out << qint32(1) << QByteArray("Tag") << qint32(0);
    out << qint64(1) << qint64(2) << qint64(3) << qint64(0) << false;
    const auto decodedOld = decoder.decode(old);
    QVERIFY(decodedOld);
    QCOMPARE(decodedOld->name, u"Old Row"_s);
    QVERIFY(decodedOld->stagePath.isEmpty());
    QCOMPARE(decoder.olderRows(), 1);
}

void TestInsights::againstTheSandboxsOwnNumbers()
{
    SandboxFixture f(test::demoOptions(400));
    // The edge cases, made through the API before the console syncs.
    QList<QJsonObject> opportunities = allPages(f, u"/opportunities?limit=100&expand=applications"_s);
    QString backId, unarchivedId, movedEmail, firstPosting;
    for (const QJsonObject &o : std::as_const(opportunities)) {
        const QJsonArray changes = o[u"stageChanges"_s].toArray();
        if (backId.isEmpty() && !o[u"archived"_s].isObject() && changes.size() >= 3)
            backId = o[u"id"_s].toString();
        if (unarchivedId.isEmpty() && o[u"archived"_s].isObject() && changes.size() >= 2)
            unarchivedId = o[u"id"_s].toString();
        if (movedEmail.isEmpty() && o[u"archived"_s].isObject() && !o[u"emails"_s].toArray().isEmpty() &&
            !o[u"applications"_s].toArray().isEmpty()) {
            movedEmail = o[u"emails"_s][0].toString();
            firstPosting = o[u"applications"_s][0][u"posting"_s].toString();
        }
    }
    QVERIFY(!backId.isEmpty() && !unarchivedId.isEmpty() && !movedEmail.isEmpty());
    // Back a stage: to the first stage it entered.
    const QJsonObject back = f.get(u"/opportunities/"_s + backId).data();
    const QString firstStage = back[u"stageChanges"_s][0][u"toStageId"_s].toString();
    QCOMPARE(f.put(u"/opportunities/"_s + backId + u"/stage"_s, {{u"stage"_s, firstStage}}).status, 200);
    QCOMPARE(
        f.put(u"/opportunities/"_s + unarchivedId + u"/archived"_s, {{u"reason"_s, QJsonValue()}}).status,
        200);
    // Another posting for the same person: Lever makes a second opportunity of the contact.
    QString otherPosting;
    for (const QJsonValue &p : f.get(u"/postings?limit=100&state=published"_s).list()) {
        if (p[u"id"_s].toString() != firstPosting) {
            otherPosting = p[u"id"_s].toString();
            break;
        }
    }
    QVERIFY(!otherPosting.isEmpty());
    const auto created = f.post(u"/opportunities"_s, {{u"name"_s, u"Moved Person"_s},
                                                      {u"emails"_s, QJsonArray{movedEmail}},
                                                      {u"origin"_s, u"applied"_s},
                                                      {u"sources"_s, QJsonArray{u"Insights test"_s}},
                                                      {u"postings"_s, QJsonArray{otherPosting}}});
    QCOMPARE(created.status, 201);
    const QString movedId = created.data()[u"id"_s].toString();

    auto client = test::makeClient(f);
    Session session(*client);
    session.sync().setDeltaIntervalMs(0);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isArchivedLoaded() && !session.sync().isBusy(), 60000);
    InsightsModel model(session.store());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    model.setNowForTesting(now);
    model.setDebounceMs(0);
    model.setFilter({.staleDays = 14});
    model.refresh();
    QVERIFY(waitForResult(model, 0));
    const InsightsResult &r = model.result();
    compare(expectedFrom(f, now, 14), r);
    QCOMPARE(r.candidates, session.store().opportunityCount());

    // The candidate sent back: reached its furthest stage, and is in the first stage again (counted to now).
    const int backSlotRow = [&] {
        for (int i = 0; i < int(r.input->rows.size()); ++i) {
            if (r.input->rows[size_t(i)].id == backId)
                return i;
        }
        return -1;
    }();
    QVERIFY(backSlotRow >= 0);
    const int firstIndex = session.store().stageIndex(firstStage);
    QVERIFY(r.times[firstIndex].rows.contains(backSlotRow));
    QVERIFY(r.funnel[firstIndex + 2].rows.contains(backSlotRow));
    // The unarchived candidate is active again: in the time of its stage, still in it.
    const QStringList stillIn =
        r.idsOf(r.times[session.store().stageIndex(session.store().opportunity(unarchivedId)->stageId)].rows);
    QVERIFY(stillIn.contains(unarchivedId));
    // Each opportunity counts under its own posting.
    model.setFilter({.postingIds = {otherPosting}, .staleDays = 14});
    QVERIFY(waitForResult(model, 1));
    compare(expectedFrom(f, now, 14, otherPosting), model.result());
    QVERIFY(model.result().idsOf(model.result().funnel[0].rows).contains(movedId));
    model.setFilter({.postingIds = {firstPosting}, .staleDays = 30});
    QVERIFY(waitForResult(model, 2));
    compare(expectedFrom(f, now, 30, firstPosting), model.result());
    QVERIFY(!model.result().idsOf(model.result().funnel[0].rows).contains(movedId));

    // Live: a move on the sandbox reaches the numbers with the next delta.
    model.setFilter({.staleDays = 14});
    QVERIFY(waitForResult(model, 3));
    const int before = model.resultCount();
    const QString lastStage = session.store().stages().last().id;
    QCOMPARE(f.put(u"/opportunities/"_s + backId + u"/stage"_s, {{u"stage"_s, lastStage}}).status, 200);
    session.refresh();
    QVERIFY(
        QTest::qWaitFor([&] { return session.store().opportunity(backId)->stageId == lastStage; }, 30000));
    QVERIFY(waitForResult(model, before));
    compare(expectedFrom(f, now, 14), model.result());
}

void TestInsights::computeEdges()
{
    auto input = std::make_shared<InsightsInput>();
    input->stages = {{u"s1"_s, u"New"_s}, {u"s2"_s, u"Phone interview"_s}, {u"s3"_s, u"Offer"_s}};
    input->archiveReasons = {{u"hired"_s, u"Hired"_s, true, true}, {u"late"_s, u"Timing"_s, false, true}};
    // Times from a base some years after 1970 (a creation time of 0 means "unknown").
    const qint64 base = 20000 * kDay;
    input->now = base + 100 * kDay;
    auto row = [base](const QString &id, const QStringList &path, const QList<qint64> &days,
                      bool archived = false, const QString &reason = {}, qint64 archivedDay = 0) {
        InsightsRow r;
        r.id = id;
        r.stagePath = path;
        for (qint64 day : days)
            r.stagePathAt.append(base + day);
        const QList<qint64> &at = r.stagePathAt;
        const qint64 archivedAt = archived ? base + archivedDay : 0;
        r.stageId = path.last();
        r.createdAt = at.first();
        r.archived = archived;
        r.archiveReasonId = reason;
        r.archivedAt = archivedAt;
        r.origin = u"applied"_s;
        r.sources = {u"Jobs page"_s};
        r.ownerId = u"u1"_s;
        return r;
    };
    // Skipped a stage, went back, re-entered: furthest s3, s1 time = 10 + 20 days.
    input->rows.push_back(row(u"a"_s, {u"s1"_s, u"s3"_s, u"s1"_s}, {0, 10 * kDay, 80 * kDay}));
    // Hired from the offer stage.
    input->rows.push_back(
        row(u"b"_s, {u"s1"_s, u"s2"_s, u"s3"_s}, {0, 1 * kDay, 3 * kDay}, true, u"hired"_s, 5 * kDay));
    // A stage no longer in the pipeline is ignored, the time around it is not.
    input->rows.push_back(row(u"c"_s, {u"s1"_s, u"gone"_s}, {50 * kDay, 60 * kDay}));
    const InsightsResult r = InsightsCompute::run(input, {.staleDays = 30});
    QCOMPARE(r.funnel[0].reached, 3);
    QCOMPARE(r.funnel[1].reached, 2);
    QCOMPARE(r.funnel[2].reached, 2);
    QCOMPARE(r.funnel[2].archivedHere, 1);
    QCOMPARE(r.funnel[0].conversion, 2.0 / 3);
    QCOMPARE(r.times[0].candidates, 3);
    QCOMPARE(r.times[0].stillIn, 1); // a; c is in a stage that is gone
    // s1: a 30 days, b 1 day, c 10 days → median 10, p90 30.
    QCOMPARE(r.times[0].medianMs, 10 * kDay);
    QCOMPARE(r.times[0].p90Ms, 30 * kDay);
    QCOMPARE(r.times[2].medianMs, 2 * kDay); // a 70 days, b 2 days: the lower middle
    QCOMPARE(r.interviewStage, 1);
    QCOMPARE(r.sources.size(), 2);
    QCOMPARE(r.sources[0].interviewed, 2);
    QCOMPARE(r.sources[0].hires, 1);
    QCOMPARE(r.staleTotal, 1); // c: last change 40 days ago (over 30); a changed 20 days ago
    int created = 0, hires = 0;
    for (const InsightsResult::Week &w : r.weeks) {
        created += w.created;
        hires += w.hires;
    }
    QCOMPARE(created, 3);
    QCOMPARE(hires, 1);
    QCOMPARE(r.weeks.last().inStage, (QList<int>{1, 0, 0})); // a in s1; c in a gone stage; b archived
    QCOMPARE(InsightsCompute::weekStart(0), -3 * kDay);      // Monday 29 December 1969
    // A cancelled run gives up.
    std::atomic<bool> cancelled{true};
    QCOMPARE(InsightsCompute::run(input, {}, &cancelled).funnel.size(), 0);
}

void TestInsights::tableModelUpdatesInPlace()
{
    InsightsTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTable({u"T"_s, {u"A"_s, u"B"_s}, {{u"x"_s, 1}, {u"y"_s, 2.5}}, {{}, {}}, 1});
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTable({u"T"_s, {u"A"_s, u"B"_s}, {{u"x"_s, 3}, {u"y"_s, 4.0}, {u"z"_s, 5}}, {{}, {}, {}}, 1});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(changed.size(), 1);
    model.setTable({u"T"_s, {u"A"_s, u"B"_s, u"C"_s}, {{u"x"_s, 3, 1}}, {{}}, 1});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(0, 1).data(Qt::UserRole).toInt(), 3);
    QCOMPARE(InsightsTables::csvText(2.5, 1), u"2.5"_s);
    QCOMPARE(InsightsTables::csvText(3, 1), u"3"_s);
}

QTEST_MAIN(TestInsights)
#include "tst_insights.moc"
