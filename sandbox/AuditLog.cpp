#include "AuditLog.h"

#include "DocumentStore.h"
#include "SandboxContext.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

AuditLog::AuditLog(DocumentStore &docs, std::function<qint64()> clock)
    : m_docs(docs)
    , m_clock(std::move(clock))
{}

QJsonObject AuditLog::record(const QString &type, const QString &userId, const QString &targetType,
                             const QString &targetId, const QJsonObject &meta)
{
    const QString id = SandboxContext::newId();
    const QJsonObject event{
        {u"id"_s, id},
        {u"type"_s, type},
        {u"createdAt"_s, m_clock()},
        {u"user"_s, userId.isEmpty() ? QJsonValue() : QJsonValue(userId)},
        {u"target"_s, QJsonObject{{u"type"_s, targetType}, {u"id"_s, targetId}}},
        {u"meta"_s, meta},
    };
    m_docs.put(u"audit_event"_s, id, QString(), event);
    return event;
}

} // namespace lever::sandbox
