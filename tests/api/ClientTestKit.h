#pragma once

// Shared helpers of the API-layer tests: a Client on a fixture's sandbox with fast retries, and
// readers of the sandbox's request log.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "RequestLog.h"
#include "SandboxFixture.h"

#include <QJsonDocument>
#include <memory>

namespace lever::test {

inline api::Client::Options fastOptions()
{
    api::Client::Options o;
    o.retry.baseDelayMs = 10; // tests check the behaviour of back-off, not its length
    o.retry.maxDelayMs = 200;
    return o;
}

inline std::unique_ptr<api::Client>
makeClient(SandboxFixture &f, const api::Client::Options &options = fastOptions(), const QString &key = {})
{
    auto credentials = std::make_shared<api::ApiKeyCredentials>(key.isEmpty() ? f.apiKey() : key);
    return std::make_unique<api::Client>(f.sandbox().baseUrl(), credentials, options);
}

inline QList<sandbox::RequestLog::Entry> requestsTo(SandboxFixture &f, const QString &pathPrefix,
                                                    const QByteArray &method = {})
{
    QList<sandbox::RequestLog::Entry> out;
    const auto entries = f.sandbox().requestLog().entries();
    for (const auto &e : entries) {
        if (e.path.startsWith(pathPrefix) && (method.isEmpty() || e.method == method))
            out.append(e);
    }
    return out;
}

inline int countStatus(const QList<sandbox::RequestLog::Entry> &entries, int status)
{
    int n = 0;
    for (const auto &e : entries)
        n += e.status == status ? 1 : 0;
    return n;
}

// PUT /_sandbox/faults (rates and latency) or POST (a targeted rule), as a test would over HTTP.
inline int controlFaults(SandboxFixture &f, const QByteArray &method, const QJsonObject &body)
{
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "application/json");
    return f
        .send(method, QUrl(f.sandbox().origin() + QStringLiteral("/_sandbox/faults")),
              QJsonDocument(body).toJson(QJsonDocument::Compact), headers)
        .status;
}

} // namespace lever::test
