// A full sync through the models layer (Session: Sync → Store → board models) of a `lever-sandbox`
// child process with N demo opportunities at Lever's rate limit (--rate-limit 10/20), measuring the
// total time against the rate-limit bound and the longest UI-thread stall: a 5 ms timer on the
// sync's thread records how late it fires.
// With --board the real BoardView is shown over the session while it syncs (1280×800), so the stall
// includes the widgets' share: row inserts, count labels and repaints.
// Usage: bench_models_sync [N=20000] [--board]. Prints one JSON object:
//   {opportunities, requests, listPages, seconds, activeSeconds, boundSeconds (requests/10),
//    burstBoundSeconds ((requests-20)/10), ratio, burstRatio, http429, maxStallMs, p99StallMs, rssMB}
#include "ApiKeyCredentials.h"
#include "BoardModel.h"
#include "Client.h"
#include "ProcessMemory.h"
#include "Session.h"
#include "Store.h"
#include "Sync.h"
#include "board/BoardView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <memory>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever;

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM") && !qEnvironmentVariableIsSet("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const bool withBoard = args.contains(u"--board"_s);
    int size = 20000;
    for (const QString &a : args) {
        if (!a.startsWith(u"--"_s))
            size = a.toInt();
    }
    QProcess server;
    server.setProcessChannelMode(QProcess::SeparateChannels);
    server.start(QStringLiteral(LEVER_SANDBOX_EXE),
                 {u"--demo-size"_s, QString::number(size), u"--rate-limit"_s, u"10/20"_s});
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(600000))
        line += server.readAllStandardOutput();
    const QJsonObject ready = QJsonDocument::fromJson(line.trimmed()).object();
    if (ready.isEmpty()) {
        std::fprintf(stderr, "sandbox did not start: %s\n", server.readAllStandardError().constData());
        return 1;
    }
    const QString key = ready.value(u"apiKey"_s).toString();
    const QUrl base(ready.value(u"baseUrl"_s).toString());
    // Let the server's bucket fill up after its start, as it would be for an account not used lately.
    QTimer::singleShot(2100, &app, &QCoreApplication::quit);
    app.exec();

    api::Client client(base, std::make_shared<api::ApiKeyCredentials>(key));
    models::Session session(client);
    session.sync().setDeltaIntervalMs(0);
    std::unique_ptr<ui::BoardView> board;
    if (withBoard) {
        board = std::make_unique<ui::BoardView>(session);
        board->resize(1280, 800);
        board->show();
    }

    QList<double> lateness;
    QElapsedTimer sinceTick;
    QTimer meter;
    meter.setTimerType(Qt::PreciseTimer);
    meter.setInterval(5);
    QObject::connect(&meter, &QTimer::timeout, &app, [&] {
        lateness.append(qMax(0.0, sinceTick.nsecsElapsed() / 1e6 - 5.0));
        sinceTick.restart();
    });

    QElapsedTimer timer;
    double activeSeconds = 0;
    QObject::connect(&session.sync(), &models::Sync::activeLoaded, &app,
                     [&] { activeSeconds = timer.nsecsElapsed() / 1e9; });
    QString failure;
    QObject::connect(&session, &models::Session::errorOccurred, &app, [&](const QString &m) {
        failure = m;
        app.quit();
    });
    QTimer done;
    done.setInterval(20);
    QObject::connect(&done, &QTimer::timeout, &app, [&] {
        if (session.sync().isArchivedLoaded() && !session.sync().isBusy())
            app.quit();
    });
    timer.start();
    sinceTick.start();
    meter.start();
    done.start();
    session.start();
    app.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    meter.stop();
    if (!failure.isEmpty()) {
        std::fprintf(stderr, "sync failed: %s\n", qPrintable(failure));
        return 1;
    }
    const double rss = bench::residentMB();

    // The sandbox's request log: every request it saw, with its status.
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(base.adjusted(QUrl::RemovePath).toString() + u"/_sandbox/requests"_s));
    request.setRawHeader("Authorization", "Basic " + QByteArray(key.toUtf8() + ':').toBase64());
    QNetworkReply *reply = nam.get(request);
    QObject::connect(reply, &QNetworkReply::finished, &app, &QCoreApplication::quit);
    app.exec();
    const QJsonArray log = QJsonDocument::fromJson(reply->readAll()).object().value(u"data"_s).toArray();
    int requests = 0, http429 = 0, listPages = 0;
    for (const QJsonValue &v : log) {
        const QJsonObject e = v.toObject();
        ++requests;
        http429 += e.value(u"status"_s).toInt() == 429 ? 1 : 0;
        listPages += e.value(u"path"_s).toString().startsWith(u"/opportunities?"_s) ? 1 : 0;
    }
    server.terminate();
    server.waitForFinished(10000);

    std::sort(lateness.begin(), lateness.end());
    const double maxStall = lateness.isEmpty() ? 0 : lateness.last();
    const double p99 = lateness.isEmpty() ? 0 : lateness.at(qsizetype(lateness.size() * 0.99));
    const double bound = requests / 10.0;
    const double burstBound = qMax(0.0, (requests - 20) / 10.0);
    const QJsonObject result{
        {u"benchmark"_s, withBoard ? u"models_sync_with_board"_s : u"models_sync"_s},
        {u"opportunities"_s, session.store().opportunityCount()},
        {u"requests"_s, requests},
        {u"listPages"_s, listPages},
        {u"seconds"_s, qRound(seconds * 1000) / 1000.0},
        {u"activeSeconds"_s, qRound(activeSeconds * 1000) / 1000.0},
        {u"boundSeconds"_s, bound},
        {u"burstBoundSeconds"_s, burstBound},
        {u"ratio"_s, qRound(seconds / bound * 1000) / 1000.0},
        {u"burstRatio"_s, burstBound > 0 ? qRound(seconds / burstBound * 1000) / 1000.0 : 0.0},
        {u"http429"_s, http429},
        {u"stallSamples"_s, int(lateness.size())},
        {u"maxStallMs"_s, qRound(maxStall * 100) / 100.0},
        {u"p99StallMs"_s, qRound(p99 * 100) / 100.0},
        {u"rssMB"_s, qRound(rss * 10) / 10.0},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return http429 == 0 ? 0 : 1;
}
