#pragma once

#include "Principal.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <optional>

namespace lever::sandbox {

class AuditLog;
class Database;
class DocumentStore;
class OpportunityStore;

// The services a route handler may use; one per running sandbox.
struct SandboxContext
{
    Database &db;
    DocumentStore &docs;
    OpportunityStore &opportunities;
    AuditLog &audit;

    // Epoch milliseconds; tests may pin it.
    std::function<qint64()> clock;
    // Webhook events ("candidateStageChange", data); wired to the dispatcher.
    std::function<void(const QString &event, const QJsonObject &data)> notify;
    // Bearer token check, provided by the OAuth server.
    std::function<std::optional<Principal>(const QByteArray &token)> verifyBearer;
    // "http://127.0.0.1:PORT", for URLs inside answers (urls.show, downloadUrl...).
    QString origin;

    qint64 now() const { return clock(); }
    static QString newId(); // random UUID without braces
};

} // namespace lever::sandbox
