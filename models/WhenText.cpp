#include "WhenText.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace lever::models {

QString whenText(const QDateTime &at)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return time;
    return locale.toString(local.date(), QLocale::ShortFormat) + u' ' + time;
}

} // namespace lever::models
