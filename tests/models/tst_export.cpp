// Exports in the models layer: CSV as RFC 4180 (read back by Python's csv module: commas, quotes, line
// breaks, non-Latin names; BOM; CRLF), the board's rows (filter and chosen cards, names resolved),
// the job's cancel and failures (no file left, the reason told), the file mode, and .ics files read
// back by python3-icalendar with the right UTC times in two time zones.
#include "BoardModel.h"
#include "ExportTestKit.h"
#include "ModelsTestKit.h"
#include "Store.h"
#include "export/BoardExport.h"
#include "export/CsvExport.h"
#include "export/CsvWriter.h"
#include "export/IcsWriter.h"
#include "export/InterviewCalendar.h"
#include "export/PrivateFile.h"

#include <QBuffer>
#include <QDir>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::makeOpportunity;
using lever::test::OppSpec;

namespace {

ExportTable tableOf(const QStringList &header, const QList<QStringList> &rows)
{
    ExportTable t;
    t.name = u"Test"_s;
    t.header = header;
    t.rowCount = rows.size();
    t.row = [rows](qsizetype i) { return rows.at(i); };
    return t;
}

// Runs a job to its end; false when it did not finish in time.
bool runJob(CsvExport &job, ExportTable table, const QString &path, bool *ok = nullptr,
            QString *message = nullptr)
{
    QSignalSpy finished(&job, &CsvExport::finished);
    job.start(std::move(table), path);
    if (!finished.wait(30000))
        return false;
    if (ok)
        *ok = finished.at(0).at(0).toBool();
    if (message)
        *message = finished.at(0).at(1).toString();
    return true;
}

// A device that takes `room` bytes and then refuses, like a full disk.
class FullDevice : public QIODevice
{
public:
    explicit FullDevice(qint64 room)
        : m_room(room)
    {
        open(QIODevice::WriteOnly);
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 len) override
    {
        if (len > m_room) {
            setErrorString(u"No space left on device"_s);
            return -1;
        }
        m_room -= len;
        return len;
    }

private:
    qint64 m_room;
};

// Read and write for the owner, nothing for group and others (0600).
bool ownerOnly(const QString &path)
{
    const QFileDevice::Permissions p = QFile::permissions(path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    return (p & QFileDevice::ReadOwner) && (p & QFileDevice::WriteOwner) && !(p & QFileDevice::ExeOwner) &&
           !(p & others);
}

QDateTime at(const char *zone, QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone(zone));
}

api::Interview interview(const QString &id, const QString &subject, const QDateTime &start, int minutes,
                         const QString &zone)
{
    api::Interview i;
    i.id = id;
    i.subject = subject;
    i.date = start.toMSecsSinceEpoch();
    i.duration = minutes;
    i.timezone = zone;
    return i;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvRoundTripsEveryField()
    {
        const QStringList header{u"Name"_s, u"Note"_s, u"Empty"_s};
        const QList<QStringList> rows{
            {u"Zo\u00eb O'Brien, \"Jr\"\nline2"_s, u"plain"_s, QString()},
            {u"\u674e\u5c0f\u9f99"_s, u"\u0645\u062d\u0645\u062f \u0639\u0644\u064a"_s, u"a\r\nb"_s},
            {u"Ren\u00e9e \u201cquoted\u201d"_s, u"trailing comma,"_s, u"\"only quotes\""_s},
            {u"\U0001F600 emoji"_s, u"tab\there"_s, u" leading space"_s},
        };
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        CsvExport job;
        bool ok = false;
        QVERIFY(runJob(job, tableOf(header, rows), path, &ok));
        QVERIFY(ok);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(job.bytesWritten(), bytes.size());
        // Every record ends in CRLF: outside quotes there is no bare LF.
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFName,Note,Empty\r\n"));
        QVERIFY(bytes.contains("\"Zo\xC3\xAB O'Brien, \"\"Jr\"\"\nline2\",plain,\r\n"));

        const QList<QStringList> read = test::readCsvWithPython(path);
        QCOMPARE(read.size(), rows.size() + 1);
        QCOMPARE(read.at(0), header);
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(read.at(i + 1), rows.at(i));
    }

    void formulasAreNeutralized()
    {
        QCOMPARE(CsvWriter::encodeField(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
        QCOMPARE(CsvWriter::encodeField(u"+1"_s), u"'+1"_s);
        QCOMPARE(CsvWriter::encodeField(u"@SUM"_s), u"'@SUM"_s);
        QCOMPARE(CsvWriter::encodeField(u"a=b"_s), u"a=b"_s);
        QCOMPARE(CsvWriter::encodeField(u"=1"_s, false), u"=1"_s);
    }

    void writerReportsAFullDevice()
    {
        FullDevice device(100);
        CsvWriter writer(&device);
        QVERIFY(writer.writeBom());
        for (int i = 0; i < 5000 && !writer.hasError(); ++i)
            writer.writeRecord({u"some text"_s, QString::number(i)});
        QVERIFY(!writer.flush());
        QVERIFY(writer.hasError());
        QCOMPARE(writer.errorString(), u"No space left on device"_s);
    }

    void boardExportHonoursTheFilterAndChosenCards()
    {
        Store store;
        test::seedReference(store);
        BoardModel board(store);
        store.upsert({makeOpportunity({.id = u"o1"_s,
                                       .name = u"Ada Lovelace"_s,
                                       .stage = u"s1"_s,
                                       .owner = u"u1"_s,
                                       .posting = u"p1"_s,
                                       .tags = {u"Senior"_s, u"Remote"_s},
                                       .sources = {u"LinkedIn"_s}}),
                      makeOpportunity({.id = u"o2"_s,
                                       .name = u"Grace Hopper"_s,
                                       .stage = u"s2"_s,
                                       .owner = u"u2"_s,
                                       .posting = u"p2"_s}),
                      makeOpportunity({.id = u"o3"_s,
                                       .name = u"Alan Turing"_s,
                                       .stage = u"s2"_s,
                                       .owner = u"u1"_s,
                                       .archivedReason = u"r2"_s})});

        ExportTable all = BoardExport::currentView(board);
        QCOMPARE(all.rowCount, 3);
        QCOMPARE(all.header.first(), u"Name"_s);
        const QStringList ada = all.row(0);
        QCOMPARE(ada.at(0), u"Ada Lovelace"_s);
        QCOMPARE(ada.at(1), u"o1@example.com"_s);
        QCOMPARE(ada.at(3), u"New applicant"_s);
        QCOMPARE(ada.at(4), u"Backend Engineer"_s);
        QCOMPARE(ada.at(5), u"Rita Recruiter"_s);
        QCOMPARE(ada.at(7), u"Senior; Remote"_s);
        QCOMPARE(ada.at(8), u"LinkedIn"_s);
        QCOMPARE(ada.at(9), u"2023-11-14T22:13:20Z"_s);
        QCOMPARE(ada.at(11), QString());
        QCOMPARE(ada.last(), u"o1"_s);
        // The archive lane comes after the stage columns.
        const QStringList alan = all.row(2);
        QCOMPARE(alan.at(0), u"Alan Turing"_s);
        QCOMPARE(alan.at(12), u"Timing"_s);
        QCOMPARE(alan.at(11), u"2023-11-14T22:13:20Z"_s);

        board.setFilter({.owner = CardFilter::Owner::User,
                         .ownerId = u"u1"_s,
                         .archived = CardFilter::Archived::ActiveOnly});
        ExportTable filtered = BoardExport::currentView(board);
        QCOMPARE(filtered.rowCount, 1);
        QCOMPARE(filtered.row(0).first(), u"Ada Lovelace"_s);

        // The snapshot does not follow later changes to the store.
        store.remove(u"o1"_s);
        QCOMPARE(filtered.row(0).first(), u"Ada Lovelace"_s);

        ExportTable chosen = BoardExport::cards(board, {u"o3"_s, u"gone"_s, u"o2"_s});
        QCOMPARE(chosen.rowCount, 2);
        QCOMPARE(chosen.row(0).first(), u"Alan Turing"_s);
        QCOMPARE(chosen.row(1).first(), u"Grace Hopper"_s);
    }

    void cancelLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.csv"_s);
        ExportTable big = tableOf({u"A"_s}, {});
        big.rowCount = 5'000'000;
        big.row = [](qsizetype i) { return QStringList{QString::number(i), u"padding padding padding"_s}; };
        CsvExport job;
        QSignalSpy finished(&job, &CsvExport::finished);
        job.start(big, path);
        job.cancel();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(job.wasCancelled());
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void cancelKeepsAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keep.csv"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents");
        }
        ExportTable big = tableOf({u"A"_s}, {});
        big.rowCount = 5'000'000;
        big.row = [](qsizetype i) { return QStringList{QString::number(i)}; };
        CsvExport job;
        QSignalSpy finished(&job, &CsvExport::finished);
        job.start(big, path);
        job.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY(job.wasCancelled());
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("old contents"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void unwritablePathReportsAnError()
    {
        QTemporaryDir dir;
        // A folder that does not exist, and a "folder" that is a file.
        const QString missing = dir.filePath(u"no/such/folder/out.csv"_s);
        QFile plain(dir.filePath(u"plain"_s));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        for (const QString &path : {missing, QString(dir.filePath(u"plain/out.csv"_s))}) {
            CsvExport job;
            bool ok = true;
            QString message;
            QVERIFY(runJob(job, tableOf({u"A"_s}, {{u"1"_s}}), path, &ok, &message));
            QVERIFY(!ok);
            QVERIFY(!job.wasCancelled());
            QVERIFY2(message.contains(u"out.csv"_s), qPrintable(message));
            QVERIFY2(message.contains(u"Nothing was written"_s), qPrintable(message));
            QVERIFY(!QFile::exists(path));
        }
        QString error;
        QVERIFY(!PrivateFile::write(missing, "x", &error));
        QVERIFY(error.contains(u"out.csv"_s));
    }

    void exportsAreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"private.csv"_s);
        CsvExport job;
        bool ok = false;
        QVERIFY(runJob(job, tableOf({u"A"_s}, {{u"1"_s}}), path, &ok));
        QVERIFY(ok);
        QVERIFY(ownerOnly(path));
        const QString ics = dir.filePath(u"i.ics"_s);
        QString error;
        QVERIFY(PrivateFile::write(ics, "BEGIN:VCALENDAR\r\n", &error));
        QVERIFY(ownerOnly(ics));
    }

    void icsFoldsAndEscapes()
    {
        QCOMPARE(IcsWriter::escapeText(u"a\\b;c,d\r\ne\nf"_s), u"a\\\\b\\;c\\,d\\ne\\nf"_s);
        const QByteArray line = "DESCRIPTION:" + QString(60, u'\u00e9').toUtf8(); // 12 + 120 octets
        const QByteArray folded = IcsWriter::fold(line);
        const QList<QByteArray> parts = folded.chopped(2).split('\n');
        QCOMPARE(parts.size(), 2);
        for (const QByteArray &part : parts)
            QVERIFY(part.size() <= 76); // 75 octets + the CR of its CRLF
        // Unfolded, it is the line again, and no character was cut in two.
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "");
        QCOMPARE(unfolded, line + "\r\n");
        QVERIFY(QString::fromUtf8(parts.at(0)).indexOf(QChar::ReplacementCharacter) < 0);
    }

    void icsHasTheRightTimesInTwoZones()
    {
        // New York just after its spring change (EDT, UTC−4); Berlin in winter (CET, UTC+1) and in
        // summer (CEST, UTC+2); one cancelled panel that must not appear.
        api::Panel ny;
        ny.id = u"panel-ny"_s;
        ny.timezone = u"America/New_York"_s;
        api::Interview first = interview(u"iv-1"_s, u"Technical interview"_s,
                                         at("America/New_York", {2026, 3, 9}, {10, 0}), 45, ny.timezone);
        first.location = u"Room 4, 2nd floor; east wing"_s;
        first.note = u"Bring the take-home, please.\nAsk about \"systems\"."_s;
        first.interviewers = {{u"u1"_s, u"Rita Recruiter"_s, u"rita@example.com"_s, {}, u"accepted"_s},
                              {u"u2"_s, u"Hank, Manager"_s, u"hank@example.com"_s, {}, {}}};
        ny.interviews = {first};
        api::Panel berlin;
        berlin.id = u"panel-berlin"_s;
        berlin.timezone = u"Europe/Berlin"_s;
        berlin.interviews = {interview(u"iv-2"_s, u"Meet the team"_s,
                                       at("Europe/Berlin", {2026, 12, 1}, {10, 0}), 60, berlin.timezone),
                             interview(u"iv-3"_s, QString(), at("Europe/Berlin", {2026, 7, 15}, {15, 30}), 30,
                                       berlin.timezone)};
        api::Panel cancelled = berlin;
        cancelled.id = u"panel-gone"_s;
        cancelled.canceledAt = 1;
        for (api::Interview &i : cancelled.interviews)
            i.id += u"-gone"_s;
        const QList<api::Panel> panels{ny, berlin, cancelled};
        QCOMPARE(InterviewCalendar::count(panels), 3);

        const QString candidate = u"Zo\u00eb O'Brien, \u674e"_s;
        const QByteArray ics = InterviewCalendar::calendar(panels, candidate, 1767225600000);
        for (const QByteArray &l : ics.split('\n'))
            QVERIFY2(l.size() <= 76, l.constData());
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"));
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/Berlin:20261201T100000\r\n"));

        QTemporaryDir dir;
        const QString path = dir.filePath(InterviewCalendar::defaultFileName(candidate, {2026, 12, 7}));
        QVERIFY(path.endsWith(u"interviews-zo\u00eb-obrien-\u674e-2026-12-07.ics"_s));
        QString error;
        QVERIFY2(PrivateFile::write(path, ics, &error), qPrintable(error));

        // Each event's times in UTC, both as icalendar resolves the TZID and through our own VTIMEZONE.
        const QString script = uR"(
import json, sys, pytz
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
zones = {str(z['TZID']): z.to_tz() for z in cal.walk('VTIMEZONE')}
def utc(d): return d.astimezone(pytz.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
out = {'version': str(cal['VERSION']), 'prodid': str(cal['PRODID']), 'zones': sorted(zones), 'events': []}
for e in cal.walk('VEVENT'):
    s = e['DTSTART']
    tzid = s.params.get('TZID')
    own = zones[tzid].localize(s.dt.replace(tzinfo=None)) if tzid else s.dt
    att = e.get('ATTENDEE', [])
    att = att if isinstance(att, list) else [att]
    out['events'].append({'uid': str(e['UID']), 'tzid': tzid, 'start': utc(s.dt), 'end': utc(e['DTEND'].dt),
        'startOwnZone': utc(own), 'summary': str(e['SUMMARY']), 'location': str(e.get('LOCATION', '')),
        'description': str(e.get('DESCRIPTION', '')),
        'attendees': [[str(a), a.params.get('CN', ''), a.params.get('PARTSTAT', '')] for a in att]})
print(json.dumps(out))
)"_s;
        const QJsonObject parsed = QJsonDocument::fromJson(test::runPython(script, {path})).object();
        QCOMPARE(parsed.value(u"version"_s).toString(), u"2.0"_s);
        QVERIFY(!parsed.value(u"prodid"_s).toString().isEmpty());
        QCOMPARE(parsed.value(u"zones"_s).toArray(), QJsonArray({u"America/New_York"_s, u"Europe/Berlin"_s}));
        const QJsonArray events = parsed.value(u"events"_s).toArray();
        QCOMPARE(events.size(), 3);
        struct Want
        {
            QString uid, tzid, start, end, summary;
        };
        const QList<Want> wants{{u"iv-1@lever-console"_s, u"America/New_York"_s, u"2026-03-09T14:00:00Z"_s,
                                 u"2026-03-09T14:45:00Z"_s, u"Technical interview with "_s + candidate},
                                {u"iv-2@lever-console"_s, u"Europe/Berlin"_s, u"2026-12-01T09:00:00Z"_s,
                                 u"2026-12-01T10:00:00Z"_s, u"Meet the team with "_s + candidate},
                                {u"iv-3@lever-console"_s, u"Europe/Berlin"_s, u"2026-07-15T13:30:00Z"_s,
                                 u"2026-07-15T14:00:00Z"_s, u"Interview with "_s + candidate}};
        for (qsizetype i = 0; i < wants.size(); ++i) {
            const QJsonObject e = events.at(i).toObject();
            QCOMPARE(e.value(u"uid"_s).toString(), wants[i].uid);
            QCOMPARE(e.value(u"tzid"_s).toString(), wants[i].tzid);
            QCOMPARE(e.value(u"start"_s).toString(), wants[i].start);
            QCOMPARE(e.value(u"startOwnZone"_s).toString(), wants[i].start);
            QCOMPARE(e.value(u"end"_s).toString(), wants[i].end);
            QCOMPARE(e.value(u"summary"_s).toString(), wants[i].summary);
        }
        const QJsonObject e = events.at(0).toObject();
        QCOMPARE(e.value(u"location"_s).toString(), u"Room 4, 2nd floor; east wing"_s);
        QCOMPARE(e.value(u"description"_s).toString(),
                 QString(u"Candidate: "_s + candidate +
                         u"\nInterviewers: Rita Recruiter, Hank, Manager\n\nBring the take-home, please.\n"
                         u"Ask about \"systems\"."_s));
        const QJsonArray attendees = e.value(u"attendees"_s).toArray();
        QCOMPARE(attendees.size(), 2);
        QCOMPARE(attendees.at(0).toArray(),
                 QJsonArray({u"mailto:rita@example.com"_s, u"Rita Recruiter"_s, u"ACCEPTED"_s}));
        QCOMPARE(attendees.at(1).toArray(),
                 QJsonArray({u"mailto:hank@example.com"_s, u"Hank, Manager"_s, u"NEEDS-ACTION"_s}));
    }

    void zoneWithoutChangesGetsOnePart()
    {
        const QByteArray tz = IcsWriter::timeZone(QTimeZone("Asia/Tokyo"), 2025, 2027);
        QVERIFY(tz.contains("TZID:Asia/Tokyo\r\n"));
        QVERIFY(tz.contains("TZOFFSETTO:+0900\r\n"));
        const QByteArray berlin = IcsWriter::timeZone(QTimeZone("Europe/Berlin"), 2026, 2026);
        QVERIFY(berlin.contains("BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\n"
                                "TZOFFSETTO:+0200\r\n"));
        QVERIFY(berlin.contains("BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\n"
                                "TZOFFSETTO:+0100\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
