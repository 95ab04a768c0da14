#pragma once

#include <QJsonObject>
#include <QString>
#include <functional>

namespace lever::sandbox {

class DocumentStore;

// Records admin and security-relevant actions as `audit_event` documents, listed by /audit_events.
class AuditLog
{
public:
    AuditLog(DocumentStore &docs, std::function<qint64()> clock);

    // type e.g. "user.created", "webhook.deleted", "api_key.created", "eeo.pii_read",
    // "posting.state_changed"; `userId` is the actor (empty for the system).
    QJsonObject record(const QString &type, const QString &userId, const QString &targetType,
                       const QString &targetId, const QJsonObject &meta = {});

private:
    DocumentStore &m_docs;
    std::function<qint64()> m_clock;
};

} // namespace lever::sandbox
