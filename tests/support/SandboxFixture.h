#pragma once

#include "Sandbox.h"
#include "SandboxOptions.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>
#include <memory>

namespace lever::test {

// An in-process sandbox on a loopback port plus a small synchronous HTTP client for tests.
class SandboxFixture
{
public:
    // Defaults for tests: in memory, no demo opportunities, no rate limit, no faults.
    static sandbox::SandboxOptions testOptions();
    explicit SandboxFixture(sandbox::SandboxOptions options = testOptions());
    ~SandboxFixture();

    sandbox::Sandbox &sandbox() { return *m_sandbox; }
    QString apiKey() const { return m_sandbox->apiKey(); }

    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json;                      // the body, when it is a JSON object
        QHash<QByteArray, QByteArray> headers; // lower-case names
        int networkError = 0;                  // QNetworkReply::NetworkError
        QJsonObject data() const { return json.value(QLatin1String("data")).toObject(); }
        QJsonArray list() const { return json.value(QLatin1String("data")).toArray(); }
    };

    // API calls: `path` is below /v1 (e.g. "/opportunities?limit=5"); authenticated with `key`
    // (default: the sandbox's all-scope key) as HTTP Basic.
    Reply get(const QString &path, const QString &key = {});
    Reply post(const QString &path, const QJsonObject &body, const QString &key = {});
    Reply put(const QString &path, const QJsonObject &body, const QString &key = {});
    Reply del(const QString &path, const QString &key = {});
    // multipart/form-data POST of one file part (`partName`, `fileName` sent as given in a quoted
    // Content-Disposition parameter).
    Reply upload(const QString &path, const QString &fileName, const QByteArray &content,
                 const QString &key = {}, const QString &partName = QStringLiteral("file"));
    // Anything else: any URL, method, body and headers (pass "Authorization" yourself, or none).
    Reply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
               const QHash<QByteArray, QByteArray> &headers = {});
    QUrl apiUrl(const QString &path) const; // base URL + path, query kept verbatim
    QHash<QByteArray, QByteArray> basicAuth(const QString &key = {}) const;

    // Fixture data written straight through the stores (for tests of other operations).
    QString firstUserId();                 // a super admin that exists in every sandbox
    // The first baseline user with this access role, active or deactivated.
    QJsonObject userWithRole(const QString &role, bool deactivated = false);
    QJsonObject seedOpportunity(const QJsonObject &overrides = {}, const QStringList &postingIds = {});
    QJsonObject seedDocument(const QString &kind, const QString &parent, const QJsonObject &doc);

    // Webhook events as the routes emit them (`ctx.notify`), recorded from now on; the previous
    // receiver (e.g. the webhook dispatcher) still gets each one.
    struct Event
    {
        QString name;
        QJsonObject data;
    };
    QList<Event> &recordEvents();
    // Where `object` strays from expected key names and JSON types: `{"archived", "object|null"}`;
    // types are object, array, string, number, boolean, null and missing. Empty when it conforms.
    static QStringList shapeProblems(const QJsonObject &object,
                                     const QList<QPair<QString, QString>> &keyTypes);
    // The top-level keys of GET /opportunities/{id} as recorded from Lever, for shapeProblems().
    static QList<QPair<QString, QString>> opportunityShape();
    // Read straight from the stores, in insertion order: every opportunity (confidential ones too), and
    // every document of `kind` with its parent id (empty when it has none).
    QList<QJsonObject> allOpportunities();
    QList<QPair<QString, QJsonObject>> documents(const QString &kind);

private:
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::shared_ptr<QList<Event>> m_events;
};

} // namespace lever::test
