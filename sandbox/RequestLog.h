#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace lever::sandbox {

// The order and outcome of requests as the sandbox saw them; tests read it to check that the
// console sent interactive work before background work.
class RequestLog
{
public:
    struct Entry
    {
        qint64 seq = 0;
        qint64 at = 0; // epoch ms
        QByteArray method;
        QString path; // below /v1, with the query string
        int status = 0;
        QString credential;
    };

    explicit RequestLog(qsizetype capacity = 100000)
        : m_capacity(capacity)
    {}
    void append(Entry entry);
    QList<Entry> entries() const { return m_entries; }
    void clear() { m_entries.clear(); }
    QJsonArray toJson() const;

private:
    qsizetype m_capacity;
    qint64 m_next = 1;
    QList<Entry> m_entries;
};

} // namespace lever::sandbox
