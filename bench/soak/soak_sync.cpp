// The fault soak: the console's real Session (store, sync, actions, outbox, local cache) against a
// `lever-sandbox` child that answers 10% of API requests with 500/503, drops 5% of connections (half
// before the request is applied, half after, so the answer is lost) and waits a random 5–125 ms
// before each answer. A scripted user writes about once a second through the console (moves,
// archives, tags, notes) while a colleague changes cards straight on the sandbox. At the end the
// faults stop, everything pending settles, a last sync runs, and the store is compared with the
// sandbox record by record.
// Usage: soak_sync [--minutes M=5 | --seconds S] [--size N=400] [--seed S=7] [--fail-rate 0.1]
//                  [--drop-rate 0.025] [--lost-rate 0.025]. Prints one JSON object:
//   {records, mismatches, writes, writes_confirmed, writes_failed, writes_queued, writes_uncertain,
//    writes_lost, notes, duplicated_posts, colleague_changes, conflicts, offline_episodes,
//    requests, injected_5xx, rss_start_mb, rss_end_mb, rss_growth_mb, …}
// Exits 1 when a mismatch, a lost write or a duplicated post was found (the CTest runs 2 minutes).
#include "ApiKeyCredentials.h"
#include "LeverApi.h"
#include "OtherUser.h"
#include "ProcessMemory.h"
#include "SandboxChild.h"
#include "ScriptedUser.h"
#include "Session.h"
#include "SoakLedger.h"
#include "Store.h"
#include "Sync.h"

#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {

struct Options
{
    int seconds = 300;
    int size = 400;
    quint32 seed = 7;
    double failRate = 0.10;
    double dropRate = 0.025; // before the request is applied
    double lostRate = 0.025; // after: the answer is lost
};

Options parse(const QStringList &args)
{
    Options o;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--minutes"_s)
            o.seconds = qRound(args.at(i + 1).toDouble() * 60);
        else if (args.at(i) == u"--seconds"_s)
            o.seconds = args.at(i + 1).toInt();
        else if (args.at(i) == u"--size"_s)
            o.size = args.at(i + 1).toInt();
        else if (args.at(i) == u"--seed"_s)
            o.seed = args.at(i + 1).toUInt();
        else if (args.at(i) == u"--fail-rate"_s)
            o.failRate = args.at(i + 1).toDouble();
        else if (args.at(i) == u"--drop-rate"_s)
            o.dropRate = args.at(i + 1).toDouble();
        else if (args.at(i) == u"--lost-rate"_s)
            o.lostRate = args.at(i + 1).toDouble();
    }
    return o;
}

// Runs the event loop until `done` holds or `ms` pass; whether it held.
bool waitFor(const std::function<bool()> &done, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QTest::qWait(50);
    return done();
}

bool compareRecords(const models::OpportunityRecord &a, const models::OpportunityRecord &b)
{
    const auto sorted = [](QStringList l) {
        l.sort();
        return l;
    };
    return a.name == b.name && a.stageId == b.stageId && a.ownerId == b.ownerId &&
           a.postingId == b.postingId && a.archived == b.archived && a.archiveReasonId == b.archiveReasonId &&
           sorted(a.tags) == sorted(b.tags) && sorted(a.sources) == sorted(b.sources);
}

// Lever's copy of every opportunity, read as the sync reads it; empty on failure.
std::optional<QHash<QString, models::OpportunityRecord>> readLever(api::Client &client, models::Store &store)
{
    QHash<QString, models::OpportunityRecord> records;
    api::OpportunityFilter filter;
    filter.expand = api::OpportunityExpand::Applications;
    bool done = false, ok = false;
    client.opportunities()
        .list(filter, api::Priority::Interactive)
        .onPage(qApp,
                [&](const QList<api::Opportunity> &page, const api::PagerProgress &) {
                    for (const api::Opportunity &o : page)
                        records.insert(o.id, store.recordFrom(o, nullptr));
                })
        .onFinished(qApp, [&](const api::Result<api::PagerSummary> &r) {
            ok = r.ok();
            done = true;
        });
    waitFor([&] { return done; }, 300000);
    if (!ok)
        return std::nullopt;
    return records;
}

// How many times each note marker is in Lever, for the cards that got notes.
QHash<QString, int> noteMarkers(api::Client &client, const QSet<QString> &cards)
{
    QHash<QString, int> seen;
    int out = 0;
    for (const QString &id : cards) {
        ++out;
        client.notes()
            .list(id)
            .onPage(qApp,
                    [&](const QList<api::Note> &page, const api::PagerProgress &) {
                        for (const api::Note &n : page) {
                            const QString json = QString::fromUtf8(QJsonDocument(n.toJson()).toJson());
                            static const QRegularExpression marker(u"soak note \\d+"_s);
                            auto it = marker.globalMatch(json);
                            QSet<QString> inThis;
                            while (it.hasNext())
                                inThis.insert(it.next().captured());
                            for (const QString &m : inThis)
                                ++seen[m];
                        }
                    })
            .onFinished(qApp, [&](const api::Result<api::PagerSummary> &) { --out; });
    }
    waitFor([&] { return out == 0; }, 300000);
    return seen;
}

double round1(double v)
{
    return qRound(v * 10) / 10.0;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const Options options = parse(app.arguments().mid(1));
    QProcess server;
    const QJsonObject ready = bench::startSandbox(server, {u"--demo-size"_s, QString::number(options.size)});
    if (ready.isEmpty()) {
        std::fprintf(stderr, "sandbox did not start: %s\n", server.readAllStandardError().constData());
        return 2;
    }
    const QString key = ready.value(u"apiKey"_s).toString();
    const QUrl base(ready.value(u"baseUrl"_s).toString());
    QTemporaryDir cacheDir;

    api::Client client(base, std::make_shared<api::ApiKeyCredentials>(key));
    auto session = std::make_unique<models::Session>(client, cacheDir.path());
    session->sync().setDeltaIntervalMs(5000);
    session->start();
    if (!waitFor([&] { return session->sync().isArchivedLoaded() && !session->sync().isBusy(); }, 600000)) {
        std::fprintf(stderr, "the first sync did not finish\n");
        return 2;
    }
    const double rssStart = bench::residentMB();

    // Three cards in four are the scripted user's; the rest the colleague's.
    models::Store &store = session->store();
    QStringList all;
    for (int slot = 0; slot < store.slotCount(); ++slot) {
        if (store.isLive(slot))
            all.append(store.at(slot).id);
    }
    all.sort();
    bench::OtherUser::Choices choices;
    QStringList mine;
    for (qsizetype i = 0; i < all.size(); ++i)
        (i % 4 == 0 ? choices.ownCards : mine).append(all.at(i));
    choices.sharedCards = mine;
    for (const auto &s : store.stages())
        choices.stages.append(s.id);
    for (const auto &r : store.archiveReasons())
        choices.reasons.append(r.id);
    for (const auto &u : store.users())
        choices.users.append(u.id);

    bench::SoakLedger ledger;
    bench::ScriptedUser user(*session, ledger, mine, options.seed);
    api::Client colleagueClient(base, std::make_shared<api::ApiKeyCredentials>(key));
    bench::OtherUser colleague(colleagueClient, choices, options.seed + 1);
    int offlineEpisodes = 0;
    QObject::connect(session.get(), &models::Session::offlineChanged, &app,
                     [&](bool offline) { offlineEpisodes += offline ? 1 : 0; });

    bench::sandboxControl(base, key, "DELETE", u"requests"_s);
    bench::sandboxControl(base, key, "PUT", u"faults"_s,
                          {{u"failRate"_s, options.failRate},
                           {u"dropRate"_s, options.dropRate},
                           {u"lostAnswerRate"_s, options.lostRate},
                           {u"latencyMs"_s, 5},
                           {u"latencyJitterMs"_s, 120}});
    user.start(1000);
    colleague.start(2500);
    QTest::qWait(options.seconds * 1000);
    user.stop();
    colleague.stop();

    // Lever behaves again: what is pending settles, then one last sync brings every change.
    bench::sandboxControl(base, key, "DELETE", u"faults"_s);
    QJsonObject log;
    bench::sandboxControl(base, key, "GET", u"requests"_s, {}, &log);
    session->retryConnection();
    const bool settled =
        waitFor([&] { return !user.isBusy() && !colleague.isBusy() && !session->isOffline(); }, 180000);
    QTest::qWait(1100); // a change made in the last millisecond is past the sync's watermark
    bool synced = false;
    QObject::connect(&session->sync(), &models::Sync::synced, &app, [&] { synced = true; });
    session->refresh();
    waitFor([&] { return synced && !session->sync().isBusy(); }, 120000);

    const auto lever = readLever(client, store);
    if (!lever) {
        std::fprintf(stderr, "could not read the sandbox's opportunities\n");
        return 2;
    }
    int mismatches = 0;
    QStringList examples;
    QSet<QString> ids(lever->keyBegin(), lever->keyEnd());
    for (int slot = 0; slot < store.slotCount(); ++slot) {
        if (store.isLive(slot))
            ids.insert(store.at(slot).id);
    }
    for (const QString &id : ids) {
        const models::OpportunityRecord *mineNow = store.opportunity(id);
        const auto theirs = lever->constFind(id);
        if (mineNow && theirs != lever->cend() && compareRecords(*mineNow, *theirs))
            continue;
        ++mismatches;
        if (examples.size() < 5)
            examples.append(id + (mineNow ? (theirs == lever->cend() ? u" not in Lever"_s : u" differs"_s)
                                          : u" not in the store"_s));
    }
    const bench::SoakLedger::Outcome outcome = ledger.check(*lever);

    QSet<QString> noted;
    for (const auto &n : user.notes())
        noted.insert(n.opportunityId);
    const QHash<QString, int> markers = noteMarkers(client, noted);
    int duplicated = 0, notesLost = 0;
    for (auto it = user.notes().cbegin(); it != user.notes().cend(); ++it) {
        const int count = markers.value(it.key());
        duplicated += count > 1 ? count - 1 : 0;
        if (count > 1 && examples.size() < 10) {
            examples.append(u"%1 on %2 is in Lever %3 times"_s.arg(it.key(), it->opportunityId).arg(count));
            for (const QJsonValue &v : log.value(u"data"_s).toArray()) {
                if (v.toObject().value(u"path"_s).toString().contains(it->opportunityId))
                    std::fprintf(stderr, "  %s\n",
                                 QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact).constData());
            }
        }
        notesLost += it->confirmed && count == 0 ? 1 : 0;
    }

    int requests = 0, injected = 0;
    for (const QJsonValue &v : log.value(u"data"_s).toArray()) {
        ++requests;
        const int status = v.toObject().value(u"status"_s).toInt();
        injected += status == 500 || status == 503 ? 1 : 0;
    }
    const double rssEnd = bench::residentMB();
    const bench::ScriptedUser::Counts &c = user.counts();
    const QJsonObject result{
        {u"benchmark"_s, u"soak_sync"_s},
        {u"seconds"_s, options.seconds},
        {u"records"_s, int(lever->size())},
        {u"mismatches"_s, mismatches},
        {u"mismatch_examples"_s, QJsonArray::fromStringList(examples)},
        {u"writes"_s, c.writes},
        {u"writes_confirmed"_s, c.confirmed},
        {u"writes_failed"_s, c.failed},
        {u"writes_queued"_s, c.queued},
        {u"outbox_sent"_s, c.outboxSent},
        {u"outbox_dropped"_s, c.outboxDropped},
        {u"fields_checked"_s, outcome.checked},
        {u"writes_uncertain"_s, outcome.uncertain},
        {u"writes_lost"_s, outcome.lost + notesLost},
        {u"lost_examples"_s, QJsonArray::fromStringList(outcome.examples)},
        {u"notes"_s, int(user.notes().size())},
        {u"duplicated_posts"_s, duplicated},
        {u"colleague_changes"_s, colleague.changes()},
        {u"conflicts"_s, c.conflicts},
        {u"offline_episodes"_s, offlineEpisodes},
        {u"settled"_s, settled},
        {u"requests"_s, requests},
        {u"injected_5xx"_s, injected},
        {u"rss_start_mb"_s, round1(rssStart)},
        {u"rss_end_mb"_s, round1(rssEnd)},
        {u"rss_growth_mb"_s, round1(rssEnd - rssStart)},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    session.reset();
    server.terminate();
    server.waitForFinished(10000);
    return mismatches == 0 && outcome.lost + notesLost == 0 && duplicated == 0 && settled ? 0 : 1;
}
