#include "ZoneTime.h"

#include <QLocale>
#include <optional>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
std::optional<QTimeZone> &testZone()
{
    static std::optional<QTimeZone> zone;
    return zone;
}
} // namespace

QTimeZone ZoneTime::userZone()
{
    if (testZone())
        return *testZone();
    return QTimeZone::systemTimeZone();
}

void ZoneTime::setUserZoneForTesting(const QTimeZone &zone)
{
    if (zone.isValid())
        testZone() = zone;
    else
        testZone().reset();
}

qint64 ZoneTime::toEpochMs(QDate date, QTime time, const QTimeZone &zone)
{
    return QDateTime(date, time, zone).toMSecsSinceEpoch();
}

QDateTime ZoneTime::inZone(qint64 epochMs, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(epochMs, zone);
}

bool ZoneTime::differ(const QTimeZone &a, const QTimeZone &b, qint64 epochMs)
{
    if (!a.isValid() || !b.isValid())
        return false;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc());
    return a.offsetFromUtc(at) != b.offsetFromUtc(at);
}

QString ZoneTime::range(qint64 startMs, int minutes, const QTimeZone &zone)
{
    const QLocale locale;
    const QDateTime start = inZone(startMs, zone);
    const QDateTime end = inZone(startMs + qint64(minutes) * 60 * 1000, zone);
    const QString day = locale.toString(start.date(), u"ddd d MMM yyyy"_s);
    const QString from = locale.toString(start.time(), QLocale::ShortFormat);
    QString to = locale.toString(end.time(), QLocale::ShortFormat);
    if (end.date() != start.date())
        to = QString(locale.toString(end.date(), u"ddd d MMM"_s) + u' ' + to);
    return QString(day + u", "_s + from + u"\u2013"_s + to);
}

QString ZoneTime::zoneLabel(const QTimeZone &zone, qint64 epochMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(epochMs, QTimeZone::utc());
    const int offset = zone.offsetFromUtc(at);
    const int hours = qAbs(offset) / 3600;
    const int mins = (qAbs(offset) % 3600) / 60;
    const QString utc = QString(u"UTC"_s + (offset < 0 ? u"\u2212"_s : u"+"_s) +
                                QString::number(hours).rightJustified(2, u'0') + u':' +
                                QString::number(mins).rightJustified(2, u'0'));
    return QString(QString::fromUtf8(zone.id()) + u" ("_s + utc + u')');
}

} // namespace lever::models
