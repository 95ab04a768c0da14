#include "ApiKeyVerifier.h"

#include "AuthHttp.h"
#include "AuthLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lever::auth {

ApiKeyVerifier::ApiKeyVerifier(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{}

ApiKeyVerifier::~ApiKeyVerifier() = default;

void ApiKeyVerifier::verify(const QUrl &baseUrl, const QString &apiKey, QObject *context, Callback done)
{
    const QPointer<QObject> guard(context);
    auto finish = [guard, hasContext = context != nullptr, done = std::move(done)](const Result &result) {
        if (done && (!hasContext || guard))
            done(result);
    };
    QString problem = AuthHttp::insecureUrlReason(baseUrl);
    Outcome outcome = Outcome::InsecureUrl;
    if (problem.isEmpty() && apiKey.trimmed().isEmpty()) {
        problem = tr("Enter an API key.");
        outcome = Outcome::Refused;
    }
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this,
                           [finish, result = Result{outcome, problem, {}, false}] { finish(result); });
        return;
    }

    QUrl url = baseUrl;
    url.setPath(url.path().endsWith(u'/') ? QString(url.path() + u"users"_s)
                                          : QString(url.path() + u"/users"_s));
    url.setQuery(u"limit=100"_s);
    QNetworkRequest request(url);
    // Lever's Basic auth: the key is the user name, the password is empty.
    request.setRawHeader("Authorization", "Basic " + QByteArray(apiKey.trimmed().toUtf8() + ':').toBase64());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(AuthHttp::kTransferTimeoutMs);
    // A redirect could carry the key to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_nam->get(request);
    qCInfo(lcAuth) << "verifying an API key against" << url.host();
    connect(reply, &QNetworkReply::finished, this, [reply, finish] {
        reply->deleteLater();
        const int status = AuthHttp::httpStatus(reply);
        Result result;
        if (status == 0) {
            result = Result{Outcome::Network, AuthHttp::networkErrorText(reply), {}, false};
        } else if (status == 401) {
            result =
                Result{Outcome::Refused,
                       tr("The key was refused: it is unknown or has been revoked. Check that you copied "
                          "the whole key from Lever (Settings → Integrations and API → API Credentials)."),
                       {},
                       false};
        } else if (status == 403) {
            result = Result{Outcome::MissingScope,
                            tr("The key works but lacks the users:read scope, which Lever Console needs to "
                               "know who you act as. Edit the key in Lever and add \"Read users\"."),
                            {},
                            false};
        } else if (status != 200) {
            result = Result{Outcome::BadResponse,
                            tr("The server answered with HTTP status %1. Check the address.").arg(status),
                            {},
                            false};
        } else {
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            const QJsonValue data = json.value(u"data"_s);
            if (!data.isArray()) {
                result = Result{Outcome::BadResponse,
                                tr("The server's answer is not the Lever API's. Check the address."),
                                {},
                                false};
            } else {
                const QJsonArray users = data.toArray();
                for (const QJsonValue &value : users) {
                    const QJsonObject user = value.toObject();
                    if (user.value(u"id"_s).toString().isEmpty() ||
                        !user.value(u"deactivatedAt"_s).toVariant().isNull())
                        continue;
                    result.users.append(User{user.value(u"id"_s).toString(), user.value(u"name"_s).toString(),
                                             user.value(u"email"_s).toString(),
                                             user.value(u"accessRole"_s).toString()});
                }
                result.hasMoreUsers = json.value(u"hasNext"_s).toBool();
            }
        }
        qCInfo(lcAuth) << "API key verification:" << int(result.outcome);
        finish(result);
    });
}

} // namespace lever::auth
