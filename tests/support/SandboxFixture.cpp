#include "SandboxFixture.h"

#include "BaselineData.h"
#include "Database.h"
#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "SandboxContext.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace lever::test {

sandbox::SandboxOptions SandboxFixture::testOptions()
{
    sandbox::SandboxOptions o;
    o.demoSize = 0;
    o.rateLimit = false;
    o.webhookRetryBaseMs = 50;
    return o;
}

SandboxFixture::SandboxFixture(sandbox::SandboxOptions options)
    : m_sandbox(std::make_unique<sandbox::Sandbox>(std::move(options)))
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
    QString error;
    if (!m_sandbox->start(&error))
        qFatal("sandbox failed to start: %s", qPrintable(error));
}

SandboxFixture::~SandboxFixture() = default;

QUrl SandboxFixture::apiUrl(const QString &path) const
{
    return QUrl(m_sandbox->baseUrl().toString() + path, QUrl::StrictMode);
}

QHash<QByteArray, QByteArray> SandboxFixture::basicAuth(const QString &key) const
{
    const QString k = key.isEmpty() ? m_sandbox->apiKey() : key;
    return {{"Authorization", "Basic " + QByteArray(k.toUtf8() + ':').toBase64()}};
}

SandboxFixture::Reply SandboxFixture::get(const QString &path, const QString &key)
{
    return send("GET", apiUrl(path), {}, basicAuth(key));
}

SandboxFixture::Reply SandboxFixture::post(const QString &path, const QJsonObject &body, const QString &key)
{
    auto headers = basicAuth(key);
    headers.insert("Content-Type", "application/json");
    return send("POST", apiUrl(path), QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

SandboxFixture::Reply SandboxFixture::put(const QString &path, const QJsonObject &body, const QString &key)
{
    auto headers = basicAuth(key);
    headers.insert("Content-Type", "application/json");
    return send("PUT", apiUrl(path), QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

SandboxFixture::Reply SandboxFixture::del(const QString &path, const QString &key)
{
    return send("DELETE", apiUrl(path), {}, basicAuth(key));
}

SandboxFixture::Reply SandboxFixture::send(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                           const QHash<QByteArray, QByteArray> &headers)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (auto it = headers.begin(); it != headers.end(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(30000))
        qWarning("request %s %s timed out", method.constData(), qPrintable(url.toString()));
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.networkError = reply->error();
    const auto raw = reply->rawHeaderPairs();
    for (const auto &[name, value] : raw)
        out.headers.insert(name.toLower(), value);
    const QJsonDocument doc = QJsonDocument::fromJson(out.body);
    if (doc.isObject())
        out.json = doc.object();
    reply->deleteLater();
    return out;
}

QString SandboxFixture::firstUserId()
{
    return sandbox::BaselineData::superAdminId(m_sandbox->context());
}

QJsonObject SandboxFixture::seedOpportunity(const QJsonObject &overrides, const QStringList &postingIds)
{
    auto &ctx = m_sandbox->context();
    const QString id = sandbox::SandboxContext::newId();
    const QString contact = sandbox::SandboxContext::newId();
    const qint64 now = ctx.now();
    const QString owner = firstUserId();
    QJsonObject opp{
        {u"id"_s, id},
        {u"name"_s, u"Test Person"_s},
        {u"headline"_s, u"Engineer at Example"_s},
        {u"contact"_s, contact},
        {u"emails"_s, QJsonArray{u"test.person@example.com"_s}},
        {u"phones"_s, QJsonArray{QJsonObject{{u"type"_s, u"mobile"_s}, {u"value"_s, u"+1 555 0100"_s}}}},
        {u"confidentiality"_s, u"non-confidential"_s},
        {u"location"_s, u"Berlin"_s},
        {u"links"_s, QJsonArray{}},
        {u"archived"_s, QJsonValue()},
        {u"tags"_s, QJsonArray{}},
        {u"sources"_s, QJsonArray{}},
        {u"stage"_s, u"applicant-new"_s},
        {u"stageChanges"_s, QJsonArray{QJsonObject{{u"toStageId"_s, u"applicant-new"_s},
                                                   {u"toStageIndex"_s, 3},
                                                   {u"updatedAt"_s, now},
                                                   {u"userId"_s, owner}}}},
        {u"origin"_s, u"applied"_s},
        {u"sourcedBy"_s, QJsonValue()},
        {u"owner"_s, owner},
        {u"followers"_s, QJsonArray{owner}},
        {u"applications"_s, QJsonArray{}},
        {u"createdAt"_s, now},
        {u"updatedAt"_s, now},
        {u"lastInteractionAt"_s, now},
        {u"lastAdvancedAt"_s, now},
        {u"snoozedUntil"_s, QJsonValue()},
        {u"urls"_s, QJsonObject{{u"list"_s, QString(ctx.origin + u"/candidates"_s)},
                                {u"show"_s, QString(ctx.origin + u"/candidates/"_s + id)}}},
        {u"dataProtection"_s, QJsonValue()},
        {u"isAnonymized"_s, false},
    };
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        opp.insert(it.key(), it.value());
    ctx.opportunities.save(opp, postingIds);
    return opp;
}

QJsonObject SandboxFixture::seedDocument(const QString &kind, const QString &parent, const QJsonObject &doc)
{
    m_sandbox->context().docs.put(kind, doc.value(u"id"_s).toString(), parent, doc);
    return doc;
}

QList<QJsonObject> SandboxFixture::allOpportunities()
{
    sandbox::OpportunityFilter filter;
    filter.confidentiality = sandbox::OpportunityFilter::Confidentiality::All;
    sandbox::PageToken::Window window;
    QList<QJsonObject> out;
    for (;;) {
        const auto rows = m_sandbox->context().opportunities.query(filter, window);
        for (qsizetype i = 0; i < rows.size() && i < window.limit; ++i)
            out.append(QJsonDocument::fromJson(rows.at(i).doc).object());
        if (rows.size() <= window.limit)
            return out;
        window.afterSeq = rows.at(window.limit - 1).seq;
    }
}

QList<QPair<QString, QJsonObject>> SandboxFixture::documents(const QString &kind)
{
    QSqlQuery q =
        m_sandbox->context().db.prepare(u"SELECT parent, doc FROM documents WHERE kind = ? ORDER BY seq"_s);
    q.addBindValue(kind);
    sandbox::Database::exec(q);
    QList<QPair<QString, QJsonObject>> out;
    while (q.next())
        out.append({q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object()});
    return out;
}

} // namespace lever::test
