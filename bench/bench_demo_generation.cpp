// Demo-data generation speed: N opportunities (argument, default 200000) into an in-memory database and
// into a temporary file database. Prints one JSON line:
// {"opportunities", "seconds", "perSecond", "peakRssMb", "fileDbSeconds"}; document counts go to stderr.
#include "AuditLog.h"
#include "BaselineData.h"
#include "Database.h"
#include "DemoData.h"
#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "SandboxContext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace lever::sandbox;

namespace {
// Seconds to seed baseline + demo data of `size` into a database at `path` (empty: in memory).
double run(const QString &path, int size, bool report)
{
    Database db(path);
    DocumentStore docs(db);
    OpportunityStore opportunities(db);
    auto clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
    AuditLog audit(docs, clock);
    SandboxContext ctx{db, docs, opportunities, audit, clock, {}, {}, u"http://127.0.0.1:8080"_s};
    QElapsedTimer timer;
    timer.start();
    BaselineData::seed(ctx, 1);
    DemoData::generate(ctx, size, 1);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (report) {
        QTextStream err(stderr);
        err << "opportunities " << opportunities.count();
        for (const char *kind : {"contact", "application", "posting", "requisition", "panel", "interview",
                                 "feedback", "note", "file", "resume", "offer", "referral", "eeo_response"})
            err << ", " << kind << ' ' << docs.count(QString::fromLatin1(kind));
        err << '\n';
    }
    return seconds;
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bool ok = true;
    const int size = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt(&ok) : 200000;
    if (!ok || size < 1) {
        std::fprintf(stderr, "usage: bench_demo_generation [opportunities]\n");
        return 2;
    }
    try {
        const double memory = run({}, size, true);
        const double peak = peakRssMb(); // the in-memory database is the larger footprint
        QTemporaryDir dir;
        const double file = run(dir.filePath(u"bench.sqlite"_s), size, false);
        const QJsonObject result{{u"opportunities"_s, size},
                                 {u"seconds"_s, std::round(memory * 100) / 100},
                                 {u"perSecond"_s, std::round(size / memory)},
                                 {u"peakRssMb"_s, std::round(peak)},
                                 {u"fileDbSeconds"_s, std::round(file * 100) / 100}};
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_demo_generation: %s\n", e.what());
        return 1;
    }
    return 0;
}
