#include "ReferenceData.h"

#include <QStringList>

namespace lever::models {

QString UserInfo::initialsOf(const QString &name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    QString out;
    if (!words.isEmpty())
        out.append(words.first().front().toUpper());
    if (words.size() > 1)
        out.append(words.last().front().toUpper());
    return out;
}

} // namespace lever::models
