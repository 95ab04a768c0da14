#pragma once

#include "EpochMs.h"

#include <optional>

namespace lever::api {

// An inclusive range of epoch-ms timestamps for the `<x>_at_start` / `<x>_at_end` filters.
struct TimeRange
{
    std::optional<qint64> start;
    std::optional<qint64> end;

    bool isSet() const { return start || end; }
    static TimeRange since(const QDateTime &time) { return {EpochMs::fromDateTime(time), std::nullopt}; }
    static TimeRange between(const QDateTime &from, const QDateTime &to)
    {
        return {EpochMs::fromDateTime(from), EpochMs::fromDateTime(to)};
    }
};

} // namespace lever::api
