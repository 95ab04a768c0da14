#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace lever::models {

// The one time format of every export: ISO 8601 in UTC ("2026-12-07T09:30:00Z"), which spreadsheets
// and scripts read without guessing a locale; empty for "no time".
inline QString exportTime(qint64 epochMs)
{
    if (epochMs <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC).toString(Qt::ISODate);
}

} // namespace lever::models
