#pragma once

// Shared by the candidate page tests: a real Session on an in-process demo sandbox, synced, plus
// readers of what the sandbox now holds and its fault and request-log controls.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "LeverApi.h"
#include "RequestLog.h"
#include "SandboxFixture.h"
#include "Session.h"
#include "Store.h"
#include "Sync.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <memory>

namespace lever::test {

using namespace Qt::StringLiterals;

struct CandidateEnv
{
    explicit CandidateEnv(int demoSize = 40)
        : f(options(demoSize))
    {
        api::Client::Options o;
        o.retry.baseDelayMs = 10; // tests check behaviour, not back-off length
        o.retry.maxDelayMs = 200;
        auto credentials = std::make_shared<api::ApiKeyCredentials>(f.apiKey());
        client = std::make_unique<api::Client>(f.sandbox().baseUrl(), credentials, o);
        client->setActingUserId(f.firstUserId());
        session = std::make_unique<models::Session>(*client);
    }
    static sandbox::SandboxOptions options(int demoSize)
    {
        sandbox::SandboxOptions o = SandboxFixture::testOptions();
        o.demoSize = demoSize;
        o.rateLimit = false;
        return o;
    }
    // Starts the session and waits for the first full load (stages, users, cards).
    bool start()
    {
        session->sync().setDeltaIntervalMs(0);
        session->start();
        return QTest::qWaitFor(
            [this] {
                return !session->store().stages().isEmpty() && !session->sync().isBusy() &&
                       session->store().opportunityCount() > 0;
            },
            30000);
    }

    QJsonObject onServer(const QString &opportunityId)
    {
        return f.get(u"/opportunities/"_s + opportunityId).data();
    }
    // Opportunity ids that own at least one document of `kind` (note, feedback, file, panel).
    QStringList parentsOf(const QString &kind)
    {
        QStringList ids;
        const auto docs = f.documents(kind);
        for (const auto &d : docs) {
            if (!d.first.isEmpty() && !ids.contains(d.first))
                ids.append(d.first);
        }
        return ids;
    }
    QList<QJsonObject> docsOf(const QString &kind, const QString &opportunityId)
    {
        QList<QJsonObject> out;
        const auto docs = f.documents(kind);
        for (const auto &d : docs) {
            const QJsonValue deleted = d.second.value(u"deletedAt"_s);
            if (d.first == opportunityId && (deleted.isNull() || deleted.isUndefined()))
                out.append(d.second);
        }
        return out;
    }
    // An active, non-confidential opportunity the session knows.
    QString anyActive()
    {
        const auto all = f.allOpportunities();
        for (const QJsonObject &o : all) {
            if (o.value(u"archived"_s).isNull() &&
                o.value(u"confidentiality"_s).toString() != u"confidential"_s &&
                session->store().opportunity(o.value(u"id"_s).toString()))
                return o.value(u"id"_s).toString();
        }
        return {};
    }
    int control(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        auto headers = f.basicAuth();
        headers.insert("Content-Type", "application/json");
        return f
            .send(method, QUrl(f.sandbox().origin() + u"/_sandbox"_s + path),
                  body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), headers)
            .status;
    }
    // Makes `method` on paths matching `pathRegex` answer `status` until cleared.
    bool fault(const QByteArray &method, const QString &pathRegex, int status = 500)
    {
        return control("POST", u"/faults"_s,
                       {{u"method"_s, QString::fromLatin1(method)},
                        {u"path"_s, pathRegex},
                        {u"status"_s, status}}) == 204;
    }
    bool clearFaults() { return control("DELETE", u"/faults"_s) == 204; }
    int requestsTo(const QByteArray &method, const QString &pathPrefix)
    {
        int n = 0;
        const auto entries = f.sandbox().requestLog().entries();
        for (const auto &e : entries) {
            if (e.method == method && e.path.startsWith(pathPrefix))
                ++n;
        }
        return n;
    }

    SandboxFixture f;
    std::unique_ptr<api::Client> client;
    std::unique_ptr<models::Session> session;
};

} // namespace lever::test
