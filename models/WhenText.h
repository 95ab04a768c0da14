#pragma once

#include <QDateTime>
#include <QString>

namespace lever::models {

// "10:42" for a time today, "3 Dec 2026 10:42" (the locale's short forms) for any other day: how the
// status bar and the offline banner say when the data shown was current.
QString whenText(const QDateTime &at);

} // namespace lever::models
