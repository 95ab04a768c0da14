#include "RequestLog.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

void RequestLog::append(Entry entry)
{
    entry.seq = m_next++;
    if (m_entries.size() >= m_capacity)
        m_entries.remove(0, m_capacity / 10); // drop the oldest tenth at once, not one per request
    m_entries.append(std::move(entry));
}

QJsonArray RequestLog::toJson() const
{
    QJsonArray out;
    for (const Entry &e : m_entries) {
        out.append(QJsonObject{{u"seq"_s, e.seq},
                               {u"at"_s, e.at},
                               {u"method"_s, QString::fromLatin1(e.method)},
                               {u"path"_s, e.path},
                               {u"status"_s, e.status}});
    }
    return out;
}

} // namespace lever::sandbox
