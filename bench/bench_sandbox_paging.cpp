// Sandbox paging throughput: one client pages through every opportunity with limit=100 over one
// keep-alive connection to a separate lever-sandbox process (rate limit off), as the console's own
// benchmarks will. Prints one JSON object. Usage: bench_sandbox_paging [opportunities=100000]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
// utime + stime of a process, in seconds (/proc/PID/stat fields 14 and 15, in clock ticks).
double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/"_s + QString::number(pid) + u"/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toLongLong() + fields.value(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

qint64 peakRssKb(qint64 pid)
{
    QFile status(u"/proc/"_s + QString::number(pid) + u"/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int size = argc > 1 ? QByteArray(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    QProcess server;
    QElapsedTimer seedTimer;
    seedTimer.start();
    server.start(QStringLiteral(LEVER_SANDBOX_EXE),
                 {u"--db"_s, dir.filePath(u"bench.sqlite"_s), u"--demo-size"_s, QString::number(size),
                  u"--no-rate-limit"_s});
    QByteArray line;
    while (!line.contains('\n') && server.waitForReadyRead(600000))
        line += server.readAllStandardOutput();
    const QJsonObject ready = QJsonDocument::fromJson(line.trimmed()).object();
    if (ready.isEmpty()) {
        std::fprintf(stderr, "sandbox did not start: %s\n", server.readAllStandardError().constData());
        return 1;
    }
    const double seedSeconds = seedTimer.nsecsElapsed() / 1e9;
    const QByteArray auth =
        "Basic " + QByteArray(ready.value(u"apiKey"_s).toString().toUtf8() + ':').toBase64();
    const QString base = ready.value(u"baseUrl"_s).toString();

    QNetworkAccessManager nam;
    qint64 records = 0, requests = 0, bytes = 0;
    QString next;
    const double cpuBefore = cpuSeconds(server.processId());
    QElapsedTimer timer;
    timer.start();
    std::function<void()> fetch = [&] {
        QUrl url = QUrl::fromEncoded((base + u"/opportunities?limit=100&confidentiality=all"_s +
                                      (next.isEmpty() ? QString() : u"&offset="_s + next))
                                         .toUtf8());
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", auth);
        QNetworkReply *reply = nam.get(request);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            ++requests;
            bytes += body.size();
            // A light client, so the figure is the server's: count records by their top-level "id" key
            // (nested objects of an opportunity have none) and cut the next token out of the tail.
            records += body.count("\"id\":\"");
            const qsizetype at = body.lastIndexOf("\"next\":\"");
            next = at < 0 ? QString()
                          : QString::fromLatin1(body.mid(at + 8, body.indexOf('"', at + 8) - at - 8));
            if (reply->error() != QNetworkReply::NoError || next.isEmpty())
                app.quit();
            else
                fetch();
        });
    };
    fetch();
    app.exec();
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double serverCpu = cpuSeconds(server.processId()) - cpuBefore;
    const QJsonObject result{
        {u"benchmark"_s, u"sandbox_paging"_s},
        {u"opportunities"_s, records},
        {u"requests"_s, requests},
        {u"seconds"_s, seconds},
        {u"requestsPerSecond"_s, requests / seconds},
        {u"opportunitiesPerSecond"_s, records / seconds},
        {u"megabytesPerSecond"_s, bytes / seconds / 1e6},
        {u"serverPeakRssMb"_s, peakRssKb(server.processId()) / 1024.0},
        // What one server core could serve, from the CPU time it spent on these requests.
        {u"serverCpuSeconds"_s, serverCpu},
        {u"serverCapacityRequestsPerCpuSecond"_s, serverCpu > 0 ? requests / serverCpu : 0.0},
        {u"seedAndStartSeconds"_s, seedSeconds},
    };
    server.terminate();
    server.waitForFinished(10000);
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return records == size ? 0 : 1;
}
