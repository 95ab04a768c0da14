#pragma once

#include <QString>

namespace lever::api {

// How urgently a request should reach Lever: the pacer spends tokens strictly in this order.
// Interactive: the user is waiting (writes, an opened page). Visible: on screen but not asked for
// (thumbnails, prefetch of the next column). Background: sync and pagers.
enum class Priority { Interactive = 0, Visible = 1, Background = 2 };

inline constexpr int kPriorityCount = 3;

inline QString priorityName(Priority p)
{
    switch (p) {
    case Priority::Interactive:
        return QStringLiteral("interactive");
    case Priority::Visible:
        return QStringLiteral("visible");
    case Priority::Background:
        return QStringLiteral("background");
    }
    return {};
}

} // namespace lever::api
