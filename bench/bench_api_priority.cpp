// Interactive requests never wait behind background work (issue 8), measured at the API layer: during a
// full paged read of N opportunities (Background priority) from an in-process sandbox at Lever's rate
// limit (10 requests/s, bursts of 20), a user moves a candidate every `gapMs`, 50 times (Interactive).
// Latency is from the call to the request's arrival at the sandbox (its request log), so it includes the
// wait for a token. Usage: bench_api_priority [N=20000] [gapMs=300]. Prints one JSON object:
//   {writes, p50Ms, p95Ms, maxMs, pages, syncSeconds, boundSeconds, ratio, http429}
// boundSeconds = (pages + writes - 20) / 10: the rate-limit bound for every token both kinds spent.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "OpportunityStore.h"
#include "Pager.h"
#include "RequestLog.h"
#include "Sandbox.h"
#include "SandboxContext.h"
#include "resources/OpportunityResource.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const int gapMs = argc > 2 ? QByteArray(argv[2]).toInt() : 300;
    constexpr int kWrites = 50;
    if (count <= 0 || gapMs <= 0) {
        std::fprintf(stderr, "usage: bench_api_priority [N] [gapMs]\n");
        return 2;
    }
    sandbox::SandboxOptions options;
    options.demoSize = count;
    options.rate = 10;
    options.burst = 20;
    sandbox::Sandbox server(options);
    QString error;
    if (!server.start(&error))
        qFatal("sandbox: %s", qPrintable(error));

    // The candidates the user will move, and where to.
    sandbox::OpportunityFilter active;
    active.archived = false;
    sandbox::PageToken::Window window;
    window.limit = kWrites;
    QStringList targets;
    for (const auto &row : server.context().opportunities.query(active, window))
        targets.append(QJsonDocument::fromJson(row.doc).object().value(u"id"_s).toString());
    targets = targets.mid(0, kWrites);
    server.requestLog().clear();

    api::Client client(server.baseUrl(), std::make_shared<api::ApiKeyCredentials>(server.apiKey()));
    QHash<QString, qint64> issuedAt; // path -> epoch ms of the call
    int pages = 0, writesDone = 0, writesFailed = 0;
    bool syncDone = false;
    double syncSeconds = 0;
    QElapsedTimer timer;
    timer.start();
    auto maybeQuit = [&] {
        if (syncDone && writesDone == int(targets.size()))
            app.quit();
    };
    client.opportunities()
        .list({}, api::Priority::Background, 100)
        .onPage(&app, [&](const QList<api::Opportunity> &, const api::PagerProgress &p) { pages = p.pages; })
        .onFinished(&app, [&](const api::Result<api::PagerSummary> &r) {
            if (!r.ok())
                qFatal("sync failed: %s", qPrintable(r.error().toString()));
            syncSeconds = double(timer.nsecsElapsed()) / 1e9;
            syncDone = true;
            maybeQuit();
        });
    int next = 0;
    QTimer writer;
    writer.setInterval(gapMs);
    QObject::connect(&writer, &QTimer::timeout, &app, [&] {
        if (next >= targets.size()) {
            writer.stop();
            return;
        }
        const QString id = targets.at(next);
        // Alternate between two stages so every write is a real move.
        const QString stage = next % 2 ? u"offer"_s : u"applicant-new"_s;
        ++next;
        issuedAt.insert(u"/opportunities/"_s + id + u"/stage"_s, QDateTime::currentMSecsSinceEpoch());
        client.opportunities().moveToStage(id, stage).then(&app, [&](const api::Result<api::Opportunity> &r) {
            writesFailed += r.ok() ? 0 : 1;
            ++writesDone;
            maybeQuit();
        });
    });
    // Let the sync use up its burst first, so writes meet a drained bucket as they would mid-sync.
    QTimer::singleShot(3000, &writer, qOverload<>(&QTimer::start));
    app.exec();

    QList<qint64> latencies;
    int http429 = 0;
    const auto entries = server.requestLog().entries();
    for (const auto &e : entries) {
        http429 += e.status == 429 ? 1 : 0;
        const QString path = e.path.section(u'?', 0, 0);
        if (e.method == "PUT" && issuedAt.contains(path))
            latencies.append(e.at - issuedAt.take(path));
    }
    std::sort(latencies.begin(), latencies.end());
    auto percentile = [&](double p) {
        return latencies.isEmpty()
                   ? -1
                   : latencies.at(qMin(latencies.size() - 1, qsizetype(p * latencies.size())));
    };
    const double bound = std::max(0.0, (pages + writesDone - 20) / 10.0);
    const QJsonObject result{
        {u"writes"_s, int(latencies.size())},
        {u"writesFailed"_s, writesFailed},
        {u"p50Ms"_s, percentile(0.50)},
        {u"p95Ms"_s, percentile(0.95)},
        {u"maxMs"_s, latencies.isEmpty() ? -1 : latencies.last()},
        {u"pages"_s, pages},
        {u"syncSeconds"_s, qRound(syncSeconds * 1000) / 1000.0},
        {u"boundSeconds"_s, bound},
        {u"ratio"_s, bound > 0 ? qRound(syncSeconds / bound * 1000) / 1000.0 : 0.0},
        {u"http429"_s, http429},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return writesFailed == 0 && http429 == 0 ? 0 : 1;
}
