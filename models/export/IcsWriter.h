#pragma once

#include "export/IcsEvent.h"

#include <QByteArray>
#include <QTimeZone>

namespace lever::models {

// Writes events as an iCalendar file (RFC 5545): VCALENDAR with PRODID, VERSION 2.0 and METHOD
// PUBLISH (importing it sends nobody an invitation), one VEVENT per event with its times in the
// event's own zone (DTSTART;TZID=...), and one VTIMEZONE per zone used. Calendar programs do not
// all know IANA names, so each VTIMEZONE spells out the zone's offsets: one STANDARD or DAYLIGHT
// part per transition QTimeZone knows in the events' years (plus the one in force when they begin).
// Text is escaped and lines are folded at 75 octets, never inside a UTF-8 character.
class IcsWriter
{
public:
    // `stampMs`: when the file is made (DTSTAMP).
    static QByteArray write(const QList<IcsEvent> &events, qint64 stampMs);

    // The parts below are public for tests.
    // TEXT value escaping: backslash, semicolon, comma, and line breaks as \n.
    static QString escapeText(const QString &text);
    // One content line (no line end) folded to lines of at most 75 octets, each ended by CRLF.
    static QByteArray fold(const QByteArray &line);
    // BEGIN:VTIMEZONE … END:VTIMEZONE for `zone`, covering the years `fromYear` to `toYear`.
    static QByteArray timeZone(const QTimeZone &zone, int fromYear, int toYear);
};

} // namespace lever::models
