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

SandboxFixture::Reply SandboxFixture::upload(const QString &path, const QString &fileName,
                                             const QByteArray &content, const QString &key,
                                             const QString &partName)
{
    const QByteArray boundary = "lever-test-boundary-7f3a9c";
    QByteArray body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName.toUtf8() +
                      "\"; filename=\"" + fileName.toUtf8() +
                      "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary +
                      "--\r\n";
    auto headers = basicAuth(key);
    headers.insert("Content-Type", "multipart/form-data; boundary=" + boundary);
    return send("POST", apiUrl(path), body, headers);
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

QJsonObject SandboxFixture::userWithRole(const QString &role, bool deactivated)
{
    const QList<QJsonObject> users = m_sandbox->context().docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (u.value(u"accessRole"_s).toString() == role &&
            u.value(u"deactivatedAt"_s).isNull() != deactivated)
            return u;
    }
    return {};
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

QList<SandboxFixture::Event> &SandboxFixture::recordEvents()
{
    if (!m_events) {
        m_events = std::make_shared<QList<Event>>();
        auto &notify = m_sandbox->context().notify;
        // The list is shared with the receiver so it stays valid for as long as the sandbox may call it.
        notify = [events = m_events, previous = notify](const QString &name, const QJsonObject &data) {
            events->append({name, data});
            if (previous)
                previous(name, data);
        };
    }
    return *m_events;
}

QStringList SandboxFixture::shapeProblems(const QJsonObject &object,
                                          const QList<QPair<QString, QString>> &keyTypes)
{
    static const QHash<int, QString> names = {
        {QJsonValue::Object, u"object"_s}, {QJsonValue::Array, u"array"_s},
        {QJsonValue::String, u"string"_s}, {QJsonValue::Double, u"number"_s},
        {QJsonValue::Bool, u"boolean"_s},  {QJsonValue::Null, u"null"_s},
    };
    QStringList problems;
    for (const auto &[key, types] : keyTypes) {
        const QString type = names.value(object.value(key).type(), u"missing"_s);
        if (!types.split(u'|').contains(type))
            problems.append(key + u" is "_s + type + u", expected "_s + types);
    }
    return problems;
}

QList<QPair<QString, QString>> SandboxFixture::opportunityShape()
{
    // opportunityLocation may be missing: the list recordings show it on some records only.
    return {
        {u"id"_s, u"string"_s},
        {u"name"_s, u"string"_s},
        {u"headline"_s, u"string"_s},
        {u"contact"_s, u"string"_s},
        {u"emails"_s, u"array"_s},
        {u"phones"_s, u"array"_s},
        {u"confidentiality"_s, u"string"_s},
        {u"location"_s, u"string"_s},
        {u"opportunityLocation"_s, u"string|missing"_s},
        {u"links"_s, u"array"_s},
        {u"archived"_s, u"object|null"_s},
        {u"tags"_s, u"array"_s},
        {u"sources"_s, u"array"_s},
        {u"stage"_s, u"string"_s},
        {u"stageChanges"_s, u"array"_s},
        {u"origin"_s, u"string"_s},
        {u"sourcedBy"_s, u"string|null"_s},
        {u"owner"_s, u"string"_s},
        {u"followers"_s, u"array"_s},
        {u"applications"_s, u"array"_s},
        {u"createdAt"_s, u"number"_s},
        {u"updatedAt"_s, u"number"_s},
        {u"lastInteractionAt"_s, u"number"_s},
        {u"lastAdvancedAt"_s, u"number"_s},
        {u"snoozedUntil"_s, u"null"_s},
        {u"urls"_s, u"object"_s},
        {u"dataProtection"_s, u"null"_s},
        {u"isAnonymized"_s, u"boolean"_s},
    };
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
