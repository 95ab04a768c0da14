#pragma once

#include <QDateTime>
#include <QTimeZone>
#include <optional>

namespace lever::api {

// Lever's timestamps are epoch milliseconds; QDateTime (UTC) at the edges.
class EpochMs
{
public:
    static QDateTime toDateTime(qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()); }
    static QDateTime toDateTime(const std::optional<qint64> &ms)
    {
        return ms ? toDateTime(*ms) : QDateTime();
    }
    static std::optional<qint64> fromDateTime(const QDateTime &time)
    {
        return time.isValid() ? std::optional<qint64>(time.toMSecsSinceEpoch()) : std::nullopt;
    }
};

} // namespace lever::api
