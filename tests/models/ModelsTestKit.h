#pragma once

// Shared helpers of the models tests: opportunities built in memory, a Client on a fixture's sandbox,
// and readers of the sandbox's request log and fault controls.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "RequestLog.h"
#include "SandboxFixture.h"
#include "Store.h"
#include "types/Opportunity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <memory>

namespace lever::test {

using namespace Qt::StringLiterals;

// An opportunity as Lever would send it (with expanded applications when `postingId` is set).
struct OppSpec
{
    QString id{};
    QString name = u"Test Person"_s;
    QString stage = u"s1"_s;
    QString owner = u"u1"_s;
    QString posting{};
    QString contact{};
    QString email{};
    QString headline = u"Engineer"_s;
    QString origin = u"applied"_s;
    QStringList tags{};
    QStringList sources{};
    QString archivedReason{}; // empty: active
    qint64 createdAt = 1700000000000;
    qint64 updatedAt = 1700000000000;
    qint64 advancedAt = 1700000000000;
};

inline api::Opportunity makeOpportunity(const OppSpec &s)
{
    QJsonObject o{{u"id"_s, s.id},
                  {u"name"_s, s.name},
                  {u"headline"_s, s.headline},
                  {u"contact"_s, s.contact.isEmpty() ? QString(u"c-"_s + s.id) : s.contact},
                  {u"emails"_s, QJsonArray{s.email.isEmpty() ? QString(s.id + u"@example.com"_s) : s.email}},
                  {u"stage"_s, s.stage},
                  {u"owner"_s, s.owner},
                  {u"origin"_s, s.origin},
                  {u"tags"_s, QJsonArray::fromStringList(s.tags)},
                  {u"sources"_s, QJsonArray::fromStringList(s.sources)},
                  {u"createdAt"_s, s.createdAt},
                  {u"updatedAt"_s, s.updatedAt},
                  {u"lastAdvancedAt"_s, s.advancedAt},
                  {u"archived"_s, s.archivedReason.isEmpty()
                                      ? QJsonValue()
                                      : QJsonValue(QJsonObject{{u"reason"_s, s.archivedReason},
                                                               {u"archivedAt"_s, s.updatedAt}})}};
    if (!s.posting.isEmpty())
        o.insert(u"applications"_s, QJsonArray{QJsonObject{{u"id"_s, QString(u"a-"_s + s.id)},
                                                           {u"type"_s, u"posting"_s},
                                                           {u"posting"_s, s.posting}}});
    QString error;
    const auto parsed = api::Opportunity::fromJson(o, &error);
    if (!parsed)
        qFatal("bad test opportunity: %s", qPrintable(error));
    return *parsed;
}

// Three stages, two archive reasons, two postings and two users.
inline void seedReference(models::Store &store)
{
    store.setStages({{u"s1"_s, u"New applicant"_s}, {u"s2"_s, u"Phone screen"_s}, {u"s3"_s, u"Offer"_s}});
    store.setArchiveReasons({{u"r1"_s, u"Hired"_s, true, true}, {u"r2"_s, u"Timing"_s, false, true}});
    store.setPostings({{u"p1"_s, u"Backend Engineer"_s, u"Engineering"_s, u"published"_s},
                       {u"p2"_s, u"Designer"_s, u"Design"_s, u"published"_s}});
    store.setUsers({{u"u1"_s, u"Rita Recruiter"_s, u"rita@example.com"_s, u"RR"_s, false},
                    {u"u2"_s, u"Hank Manager"_s, u"hank@example.com"_s, u"HM"_s, false}});
}

inline api::Client::Options fastOptions()
{
    api::Client::Options o;
    o.retry.baseDelayMs = 10; // tests check the behaviour of back-off, not its length
    o.retry.maxDelayMs = 200;
    return o;
}

inline std::unique_ptr<api::Client> makeClient(SandboxFixture &f,
                                               const api::Client::Options &options = fastOptions())
{
    auto credentials = std::make_shared<api::ApiKeyCredentials>(f.apiKey());
    auto client = std::make_unique<api::Client>(f.sandbox().baseUrl(), credentials, options);
    client->setActingUserId(f.firstUserId());
    return client;
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

// A sync page of the opportunity list (not a single opportunity or its children).
inline bool isListPage(const sandbox::RequestLog::Entry &e)
{
    return e.method == "GET" && (e.path.startsWith(u"/opportunities?"_s) || e.path == u"/opportunities"_s);
}

inline int control(SandboxFixture &f, const QByteArray &method, const QString &path,
                   const QJsonObject &body = {})
{
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "application/json");
    return f
        .send(method, QUrl(f.sandbox().origin() + u"/_sandbox"_s + path),
              body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), headers)
        .status;
}

inline sandbox::SandboxOptions demoOptions(int demoSize, bool rateLimit = false)
{
    sandbox::SandboxOptions o = SandboxFixture::testOptions();
    o.demoSize = demoSize;
    o.rateLimit = rateLimit;
    return o;
}

} // namespace lever::test
