#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace lever::models {

// Time-zone arithmetic of scheduling: wall-clock times typed in a panel's IANA zone to epoch ms and back,
// the user's own zone (with a seam for tests), and the short texts the dialog shows for both zones.
class ZoneTime
{
public:
    // The zone the user's computer is in, unless a test set another.
    static QTimeZone userZone();
    // Tests: pretend the user is in `zone`; an invalid zone restores the system's.
    static void setUserZoneForTesting(const QTimeZone &zone);

    // The instant `date` `time` on the wall clock of `zone` (in a DST gap, Qt moves it forward).
    static qint64 toEpochMs(QDate date, QTime time, const QTimeZone &zone);
    static QDateTime inZone(qint64 epochMs, const QTimeZone &zone);

    // Whether clocks in `a` and `b` show different times at `epochMs` (Europe/Paris and Europe/Berlin
    // do not; America/New_York and Europe/Berlin do).
    static bool differ(const QTimeZone &a, const QTimeZone &b, qint64 epochMs);

    // "Tue 1 Dec 2026, 10:00–10:45" on the wall clock of `zone`; the end gets its date only when the
    // interview crosses midnight there.
    static QString range(qint64 startMs, int minutes, const QTimeZone &zone);
    // "America/New_York (UTC−05:00)" at `epochMs`.
    static QString zoneLabel(const QTimeZone &zone, qint64 epochMs);
};

} // namespace lever::models
