// Full read of N opportunities through the API layer's Pager at Background priority, against an
// in-process sandbox with Lever's rate limit (10 requests/s, bursts of 20). The pacer should keep
// the read at the limit without a single 429: the bound is (pages - 20) / 10 seconds.
// Usage: bench_api_sync [N=20000]. Prints one JSON object:
//   {records, pages, seconds, boundSeconds, ratio, http429, parseMBps}
// parseMBps is measured separately: Page<Opportunity> parsing of one 100-record page, repeated.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "Database.h"
#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "Page.h"
#include "Pager.h"
#include "RequestLog.h"
#include "Sandbox.h"
#include "SandboxContext.h"
#include "resources/OpportunityResource.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
// Opportunities in the GET /opportunities shape, varied enough to be realistic in size.
void seed(sandbox::SandboxContext &ctx, int count)
{
    const QList<QJsonObject> users = ctx.docs.all(u"user"_s);
    const QList<QJsonObject> stages = ctx.docs.all(u"stage"_s);
    QRandomGenerator rng(42);
    const qint64 now = ctx.now();
    static const char *const first[] = {"Ada",   "Grace",    "Alan",   "Katherine",
                                        "Linus", "Margaret", "Dennis", "Barbara"};
    static const char *const last[] = {"Lovelace", "Hopper",   "Turing", "Johnson",
                                       "Torvalds", "Hamilton", "Ritchie"};
    sandbox::Transaction tx(ctx.db);
    for (int i = 0; i < count; ++i) {
        const QString id = sandbox::SandboxContext::newId();
        const QString owner = users.at(rng.bounded(int(users.size()))).value(u"id"_s).toString();
        const int stageIndex = rng.bounded(int(stages.size()));
        const QString stage = stages.at(stageIndex).value(u"id"_s).toString();
        const QString name =
            QString::fromLatin1(first[rng.bounded(8)]) + u' ' + QString::fromLatin1(last[rng.bounded(7)]);
        const qint64 created = now - qint64(rng.bounded(365)) * 86400000;
        QJsonObject opp{
            {u"id"_s, id},
            {u"name"_s, name},
            {u"headline"_s, u"Senior Engineer at Example Corp"_s},
            {u"contact"_s, sandbox::SandboxContext::newId()},
            {u"emails"_s, QJsonArray{QString(name.toLower().replace(u' ', u'.') + u"@example.com"_s)}},
            {u"phones"_s, QJsonArray{QJsonObject{{u"type"_s, u"mobile"_s}, {u"value"_s, u"+1 555 0100"_s}}}},
            {u"confidentiality"_s, u"non-confidential"_s},
            {u"location"_s, u"Berlin"_s},
            {u"links"_s, QJsonArray{u"https://www.linkedin.com/in/example"_s}},
            {u"archived"_s, QJsonValue()},
            {u"tags"_s, QJsonArray{u"Engineering"_s, u"Full-time"_s, u"Berlin"_s}},
            {u"sources"_s, QJsonArray{u"LinkedIn"_s}},
            {u"stage"_s, stage},
            {u"stageChanges"_s, QJsonArray{QJsonObject{{u"toStageId"_s, stage},
                                                       {u"toStageIndex"_s, stageIndex},
                                                       {u"updatedAt"_s, created},
                                                       {u"userId"_s, owner}}}},
            {u"origin"_s, u"sourced"_s},
            {u"sourcedBy"_s, owner},
            {u"owner"_s, owner},
            {u"followers"_s, QJsonArray{owner}},
            {u"applications"_s, QJsonArray{sandbox::SandboxContext::newId()}},
            {u"createdAt"_s, created},
            {u"updatedAt"_s, created},
            {u"lastInteractionAt"_s, created},
            {u"lastAdvancedAt"_s, created},
            {u"snoozedUntil"_s, QJsonValue()},
            {u"urls"_s, QJsonObject{{u"list"_s, QString(ctx.origin + u"/candidates"_s)},
                                    {u"show"_s, QString(ctx.origin + u"/candidates/"_s + id)}}},
            {u"dataProtection"_s, QJsonValue()},
            {u"isAnonymized"_s, false},
        };
        ctx.opportunities.save(opp, QStringList());
    }
    tx.commit();
}

double parseThroughput(sandbox::SandboxContext &ctx)
{
    sandbox::PageToken::Window window;
    window.limit = 100;
    const auto rows = ctx.opportunities.query(sandbox::OpportunityFilter{}, window);
    QByteArray page = "{\"data\":[";
    for (int i = 0; i < 100 && i < rows.size(); ++i) {
        if (i)
            page += ',';
        page += rows.at(i).doc;
    }
    page += "],\"hasNext\":true,\"next\":\"%5B3%2C100%5D\"}";
    QElapsedTimer timer;
    timer.start();
    qint64 bytes = 0;
    int rounds = 0;
    while (timer.elapsed() < 1500 || rounds < 20) {
        QString error;
        const auto parsed = api::Page<api::Opportunity>::fromJson(page, &error);
        if (!parsed || parsed->items.size() != 100)
            qFatal("parse failed: %s", qPrintable(error));
        bytes += page.size();
        ++rounds;
    }
    return double(bytes) / 1e6 / (double(timer.nsecsElapsed()) / 1e9);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_api_sync [N]\n");
        return 2;
    }
    sandbox::SandboxOptions options;
    options.demoSize = 0;
    options.rateLimit = true;
    options.rate = 10;
    options.burst = 20;
    sandbox::Sandbox server(options);
    QString error;
    if (!server.start(&error))
        qFatal("sandbox: %s", qPrintable(error));
    seed(server.context(), count);
    const double parseMBps = parseThroughput(server.context());
    server.requestLog().clear();

    api::Client client(server.baseUrl(), std::make_shared<api::ApiKeyCredentials>(server.apiKey()));
    qint64 records = 0;
    int pages = 0;
    QString failure;
    QElapsedTimer timer;
    timer.start();
    client.opportunities()
        .list({}, api::Priority::Background, 100)
        .onPage(&app,
                [&](const QList<api::Opportunity> &items, const api::PagerProgress &p) {
                    records += items.size();
                    pages = p.pages;
                })
        .onFinished(&app, [&](const api::Result<api::PagerSummary> &r) {
            if (!r.ok())
                failure = r.error().toString();
            app.quit();
        });
    app.exec();
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!failure.isEmpty())
        qFatal("read failed: %s", qPrintable(failure));

    int http429 = 0;
    const auto entries = server.requestLog().entries();
    for (const auto &e : entries)
        http429 += e.status == 429 ? 1 : 0;
    const double bound = std::max(0.0, (pages - 20) / 10.0);
    const QJsonObject result{
        {u"records"_s, records},
        {u"pages"_s, pages},
        {u"seconds"_s, qRound(seconds * 1000) / 1000.0},
        {u"boundSeconds"_s, bound},
        {u"ratio"_s, bound > 0 ? qRound(seconds / bound * 1000) / 1000.0 : 0.0},
        {u"http429"_s, http429},
        {u"parseMBps"_s, qRound(parseMBps * 10) / 10.0},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return records == count && http429 == 0 ? 0 : 1;
}
