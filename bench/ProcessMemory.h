#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace lever::bench {

// The resident memory of this process in MB (VmRSS from /proc/self/status); -1 where there is none.
inline double residentMB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

} // namespace lever::bench
