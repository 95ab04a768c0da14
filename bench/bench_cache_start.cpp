// A start from the local cache (issue 12). Fills a cache with N demo opportunities (a `lever-sandbox`
// child with its data in a file, synced once without a rate limit), restarts the sandbox at Lever's
// rate limit (10/s, burst 20) with nothing changed, then starts this program again as a child, the
// way a user starts the console: a Session on the cache with the real BoardView shown. Measured:
//   board_painted_ms        child process start to the board painted from the cache
//   requests_until_current  requests the sandbox saw until the board was up to date (the delta and
//                           the deletions); requests_until_reference adds stages, reasons, users, postings
//   current_ms              child process start to up to date
//   rss_mb                  the child's memory once current
//   cache_mb                the cache files on disk
//   ui_stall_max_ms         the longest UI-thread stall (a 5 ms timer's lateness) while a 20,000-record
//                           delta is applied to the store as Sync applies pages (250 per turn) and the
//                           cache writes it; ui_stall_p99_ms beside it
// Usage: bench_cache_start [N=100000] [--dir DIR]. Prints one JSON object. With --dir the sandbox's
// database and the cache are kept in DIR, and a later run with the same DIR skips the filling.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "ProcessMemory.h"
#include "Session.h"
#include "Store.h"
#include "Sync.h"
#include "board/BoardView.h"
#include "cache/LocalCache.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
void say(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
}

double rounded(double v)
{
    return qRound(v * 10) / 10.0;
}

// lever-sandbox on a file database; returns its ready line.
QJsonObject startSandbox(QProcess &server, const QStringList &args)
{
    server.start(QStringLiteral(LEVER_SANDBOX_EXE), args);
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(900000))
        line += server.readAllStandardOutput();
    return QJsonDocument::fromJson(line.trimmed()).object();
}

QJsonArray control(const QUrl &base, const QString &key, const QByteArray &method)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(base.adjusted(QUrl::RemovePath).toString() + u"/_sandbox/requests"_s));
    request.setRawHeader("Authorization", "Basic " + QByteArray(key.toUtf8() + ':').toBase64());
    QNetworkReply *reply = nam.sendCustomRequest(request, method);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return QJsonDocument::fromJson(reply->readAll()).object().value(u"data"_s).toArray();
}

// The measured start, in a process of its own.
int child(QApplication &app, const QString &folder, const QUrl &base)
{
    const QString key = qEnvironmentVariable("LEVER_API_KEY");
    api::Client client(base, std::make_shared<api::ApiKeyCredentials>(key));
    models::Session session(client, folder);
    session.sync().setDeltaIntervalMs(0);
    ui::BoardView board(session);
    board.resize(1600, 1000);
    board.show();
    QObject::connect(&session, &models::Session::cacheLoaded, &app, [&] {
        // Painted: the first repaint after the store holds the cache, forced now.
        board.repaint();
        say({{u"event"_s, u"painted"_s}, {u"cards"_s, session.store().opportunityCount()}});
    });
    bool current = false;
    QObject::connect(&session.sync(), &models::Sync::synced, &app, [&] {
        if (std::exchange(current, true))
            return;
        say({{u"event"_s, u"current"_s}, {u"rss_mb"_s, rounded(bench::residentMB())}});
        // Then the reference data follows; wait for it, then the 20,000-record delta.
        QTimer *idle = new QTimer(&app);
        idle->setInterval(20);
        QObject::connect(idle, &QTimer::timeout, &app, [&, idle] {
            if (session.sync().isBusy())
                return;
            idle->stop();
            say({{u"event"_s, u"reference"_s}});
            QList<double> lateness;
            QElapsedTimer tick;
            QTimer meter;
            meter.setTimerType(Qt::PreciseTimer);
            meter.setInterval(5);
            QObject::connect(&meter, &QTimer::timeout, &app, [&] {
                lateness.append(qMax(0.0, tick.nsecsElapsed() / 1e6 - 5.0));
                tick.restart();
            });
            models::Store &store = session.store();
            QStringList ids;
            for (int slot = 0; slot < store.slotCount() && ids.size() < 20000; ++slot) {
                if (store.isLive(slot))
                    ids.append(store.at(slot).id);
            }
            tick.start();
            meter.start();
            qsizetype next = 0;
            QTimer slices;
            slices.setInterval(0);
            QEventLoop loop;
            QObject::connect(&slices, &QTimer::timeout, &app, [&] {
                for (int n = 0; n < 250 && next < ids.size(); ++n, ++next)
                    store.modify(ids.at(next), [](models::OpportunityRecord &r) { ++r.updatedAt; });
                if (next >= ids.size()) {
                    slices.stop();
                    QTimer::singleShot(1500, &loop, &QEventLoop::quit); // the cache's writes land meanwhile
                }
            });
            slices.start();
            loop.exec();
            meter.stop();
            session.cache()->waitForWrites();
            std::sort(lateness.begin(), lateness.end());
            say({{u"event"_s, u"delta"_s},
                 {u"ui_stall_max_ms"_s, lateness.isEmpty() ? 0.0 : rounded(lateness.last())},
                 {u"ui_stall_p99_ms"_s,
                  lateness.isEmpty() ? 0.0 : rounded(lateness.at(qsizetype(lateness.size() * 0.99)))}});
            app.quit();
        });
        idle->start();
    });
    session.start();
    return app.exec();
}
} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.value(0) == u"--child"_s)
        return child(app, args.value(1), QUrl(args.value(2)));
    int size = 100000;
    QString kept;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == u"--dir"_s)
            kept = args.value(++i);
        else
            size = args.at(i).toInt();
    }
    QTemporaryDir temporary;
    const QDir dir(kept.isEmpty() ? temporary.path() : kept);
    dir.mkpath(u"."_s);
    const QString db = dir.filePath(u"sandbox.sqlite"_s);
    const QString folder = dir.filePath(u"account"_s);
    QElapsedTimer phase;
    phase.start();
    // 1. The account, and a cache of it.
    if (!QFile::exists(db) || !QFile::exists(models::LocalCache::fileIn(folder))) {
        QProcess server;
        const QJsonObject ready = startSandbox(
            server, {u"--db"_s, db, u"--demo-size"_s, QString::number(size), u"--no-rate-limit"_s});
        if (ready.isEmpty()) {
            std::fprintf(stderr, "sandbox did not start\n");
            return 1;
        }
        api::Client client(QUrl(ready.value(u"baseUrl"_s).toString()),
                           std::make_shared<api::ApiKeyCredentials>(ready.value(u"apiKey"_s).toString()));
        models::Session session(client, folder);
        session.sync().setDeltaIntervalMs(0);
        QTimer done;
        done.setInterval(50);
        QObject::connect(&done, &QTimer::timeout, &app, [&] {
            if (session.sync().isArchivedLoaded() && !session.sync().isBusy())
                app.quit();
        });
        done.start();
        session.start();
        app.exec();
        session.cache()->waitForWrites();
        std::fprintf(stderr, "cache filled with %d opportunities in %.1f s\n",
                     session.store().opportunityCount(), phase.elapsed() / 1000.0);
        server.terminate();
        server.waitForFinished(60000);
    }
    // 2. The same data at Lever's rate, its bucket full as for an account not used for a while.
    QProcess server;
    const QJsonObject ready = startSandbox(server, {u"--db"_s, db, u"--rate-limit"_s, u"10/20"_s});
    const QUrl base(ready.value(u"baseUrl"_s).toString());
    const QString key = ready.value(u"apiKey"_s).toString();
    QTimer::singleShot(2100, &app, &QCoreApplication::quit);
    app.exec();
    control(base, key, "DELETE");

    // 3. The measured start.
    QProcess start;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LEVER_API_KEY"_s, key);
    start.setProcessEnvironment(env);
    start.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QJsonObject result{{u"benchmark"_s, u"cache_start"_s}, {u"opportunities"_s, size}};
    QElapsedTimer clock;
    int requestsUntilCurrent = -1;
    QObject::connect(&start, &QProcess::readyReadStandardOutput, &app, [&] {
        while (start.canReadLine()) {
            const QJsonObject e = QJsonDocument::fromJson(start.readLine()).object();
            const QString event = e.value(u"event"_s).toString();
            if (event == u"painted"_s) {
                result.insert(u"board_painted_ms"_s, rounded(clock.nsecsElapsed() / 1e6));
                result.insert(u"cards_from_cache"_s, e.value(u"cards"_s));
            } else if (event == u"current"_s) {
                result.insert(u"current_ms"_s, rounded(clock.nsecsElapsed() / 1e6));
                result.insert(u"rss_mb"_s, e.value(u"rss_mb"_s));
                requestsUntilCurrent = int(control(base, key, "GET").size());
            } else if (event == u"reference"_s) {
                result.insert(u"requests_until_reference"_s, int(control(base, key, "GET").size()));
            } else if (event == u"delta"_s) {
                result.insert(u"ui_stall_max_ms"_s, e.value(u"ui_stall_max_ms"_s));
                result.insert(u"ui_stall_p99_ms"_s, e.value(u"ui_stall_p99_ms"_s));
            }
        }
    });
    QObject::connect(&start, &QProcess::finished, &app, &QCoreApplication::quit);
    clock.start();
    start.start(app.applicationFilePath(), {u"--child"_s, folder, base.toString()});
    app.exec();
    // (The log holds API requests only: reading it is not counted.)
    result.insert(u"requests_until_current"_s, requestsUntilCurrent);
    qint64 bytes = 0;
    for (const QFileInfo &file : QDir(folder).entryInfoList({u"cache.sqlite*"_s}, QDir::Files))
        bytes += file.size();
    result.insert(u"cache_mb"_s, rounded(bytes / 1048576.0));
    server.terminate();
    server.waitForFinished(60000);
    say(result);
    return start.exitCode();
}
