#include "export/IcsWriter.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {

QByteArray utcStamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toUtf8();
}

// The wall-clock time `offsetSeconds` from UTC at `ms`, as a floating DATE-TIME.
QByteArray localStamp(qint64 ms, int offsetSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(ms + qint64(offsetSeconds) * 1000, Qt::UTC)
        .toString(u"yyyyMMdd'T'HHmmss"_s)
        .toUtf8();
}

QByteArray offsetText(int seconds)
{
    const char sign = seconds < 0 ? '-' : '+';
    const int a = qAbs(seconds);
    QByteArray out = sign + QByteArray::number(a / 3600).rightJustified(2, '0') +
                     QByteArray::number(a % 3600 / 60).rightJustified(2, '0');
    if (a % 60)
        out += QByteArray::number(a % 60).rightJustified(2, '0');
    return out;
}

// A parameter value (CN): no quotes or control characters inside; quoted when it holds : ; or ,.
QByteArray paramValue(const QString &text)
{
    QString clean;
    for (const QChar c : text)
        if (c != u'"' && c.unicode() >= 0x20 && c.unicode() != 0x7f)
            clean.append(c);
    if (clean.contains(u':') || clean.contains(u';') || clean.contains(u','))
        return QByteArray('"' + clean.toUtf8() + '"');
    return clean.toUtf8();
}

QByteArray partStat(const QString &status)
{
    if (status == u"accepted"_s)
        return "ACCEPTED";
    if (status == u"declined"_s)
        return "DECLINED";
    if (status == u"tentative"_s)
        return "TENTATIVE";
    return "NEEDS-ACTION";
}

QByteArray transitionPart(const QTimeZone::OffsetData &t, int offsetBefore)
{
    const bool daylight = t.daylightTimeOffset > 0;
    const QByteArray kind = daylight ? "DAYLIGHT" : "STANDARD";
    QByteArray out = IcsWriter::fold("BEGIN:" + kind);
    out += IcsWriter::fold("DTSTART:" + localStamp(t.atUtc.toMSecsSinceEpoch(), offsetBefore));
    out += IcsWriter::fold("TZOFFSETFROM:" + offsetText(offsetBefore));
    out += IcsWriter::fold("TZOFFSETTO:" + offsetText(t.offsetFromUtc));
    if (!t.abbreviation.isEmpty())
        out += IcsWriter::fold("TZNAME:" + IcsWriter::escapeText(t.abbreviation).toUtf8());
    out += IcsWriter::fold("END:" + kind);
    return out;
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out.append(u'\\');
            out.append(c);
        } else if (c == u'\r') {
            out.append(u"\\n"_s);
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
        } else if (c == u'\n') {
            out.append(u"\\n"_s);
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray &line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    int used = 0; // octets on the current output line
    for (qsizetype i = 0; i < line.size();) {
        // The length of the UTF-8 sequence starting here: a character is never split.
        const auto lead = uchar(line.at(i));
        qsizetype n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        n = qMin(n, line.size() - i);
        if (used + n > 75) {
            out.append("\r\n ", 3);
            used = 1; // the leading space counts
        }
        out.append(line.constData() + i, n);
        used += int(n);
        i += n;
    }
    out.append("\r\n", 2);
    return out;
}

QByteArray IcsWriter::timeZone(const QTimeZone &zone, int fromYear, int toYear)
{
    QByteArray out = fold("BEGIN:VTIMEZONE");
    out += fold("TZID:" + zone.id());
    const QDateTime from(QDate(fromYear, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to(QDate(toYear + 1, 1, 1), QTime(0, 0), Qt::UTC);
    QList<QTimeZone::OffsetData> parts;
    if (zone.hasTransitions()) {
        // The transition in force on 1 January first, so the start of the range is covered too.
        const QTimeZone::OffsetData before = zone.previousTransition(from);
        if (before.atUtc.isValid())
            parts.append(before);
        parts.append(zone.transitions(from, to));
    }
    if (parts.isEmpty()) {
        // A zone without changes (or one Qt knows no history of): one STANDARD part from 1970.
        const int offset = zone.offsetFromUtc(from);
        QByteArray part = fold("BEGIN:STANDARD");
        part += fold("DTSTART:19700101T000000");
        part += fold("TZOFFSETFROM:" + offsetText(offset));
        part += fold("TZOFFSETTO:" + offsetText(offset));
        const QString abbreviation = zone.abbreviation(from);
        if (!abbreviation.isEmpty())
            part += fold("TZNAME:" + escapeText(abbreviation).toUtf8());
        part += fold("END:STANDARD");
        out += part;
    } else {
        for (const QTimeZone::OffsetData &t : std::as_const(parts)) {
            const QTimeZone::OffsetData previous = zone.previousTransition(t.atUtc);
            const int offsetBefore = previous.atUtc.isValid() ? previous.offsetFromUtc : t.offsetFromUtc;
            out += transitionPart(t, offsetBefore);
        }
    }
    out += fold("END:VTIMEZONE");
    return out;
}

QByteArray IcsWriter::write(const QList<IcsEvent> &events, qint64 stampMs)
{
    QByteArray out = fold("BEGIN:VCALENDAR");
    out += fold("VERSION:2.0");
    out += fold("PRODID:-//Lever Console//Interviews//EN");
    out += fold("CALSCALE:GREGORIAN");
    out += fold("METHOD:PUBLISH");

    // Zones in use, with the years their events fall in (local years can differ from UTC ones by a day
    // at most, so one year of margin either side).
    QMap<QByteArray, QPair<int, int>> years;
    for (const IcsEvent &e : events) {
        const QTimeZone zone(e.timeZone.toUtf8());
        if (e.timeZone.isEmpty() || !zone.isValid())
            continue;
        const int y0 = QDateTime::fromMSecsSinceEpoch(e.startMs, Qt::UTC).date().year() - 1;
        const int y1 =
            QDateTime::fromMSecsSinceEpoch(e.startMs + qint64(e.minutes) * 60000, Qt::UTC).date().year() + 1;
        auto it = years.find(zone.id());
        if (it == years.end())
            years.insert(zone.id(), {y0, y1});
        else
            *it = {qMin(it->first, y0), qMax(it->second, y1)};
    }
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        out += timeZone(QTimeZone(it.key()), it->first, it->second);

    const QByteArray stamp = utcStamp(stampMs);
    for (const IcsEvent &e : events) {
        const qint64 endMs = e.startMs + qint64(e.minutes) * 60000;
        const QTimeZone zone(e.timeZone.toUtf8());
        out += fold("BEGIN:VEVENT");
        out += fold("UID:" + escapeText(e.uid).toUtf8());
        out += fold("DTSTAMP:" + stamp);
        if (!e.timeZone.isEmpty() && zone.isValid()) {
            const QByteArray tzid = ";TZID=" + zone.id() + ':';
            out += fold("DTSTART" + tzid +
                        localStamp(e.startMs, zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(e.startMs))));
            out += fold("DTEND" + tzid +
                        localStamp(endMs, zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(endMs))));
        } else {
            out += fold("DTSTART:" + utcStamp(e.startMs));
            out += fold("DTEND:" + utcStamp(endMs));
        }
        out += fold("SUMMARY:" + escapeText(e.summary).toUtf8());
        if (!e.location.isEmpty())
            out += fold("LOCATION:" + escapeText(e.location).toUtf8());
        if (!e.description.isEmpty())
            out += fold("DESCRIPTION:" + escapeText(e.description).toUtf8());
        for (const IcsEvent::Attendee &a : e.attendees) {
            if (a.email.isEmpty())
                continue;
            QByteArray line = "ATTENDEE";
            if (!a.name.isEmpty())
                line += ";CN=" + paramValue(a.name);
            line += ";ROLE=REQ-PARTICIPANT;PARTSTAT=" + partStat(a.status) +
                    ":mailto:" + paramValue(a.email).replace('"', "");
            out += fold(line);
        }
        out += fold("STATUS:CONFIRMED");
        out += fold("END:VEVENT");
    }
    out += fold("END:VCALENDAR");
    return out;
}

} // namespace lever::models
