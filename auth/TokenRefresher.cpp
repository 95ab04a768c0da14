#include "TokenRefresher.h"

#include "AuthHttp.h"
#include "AuthLog.h"
#include "SecretStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lever::auth {

namespace {
constexpr qsizetype kMaxEchoChars = 500;
}

TokenRefresher::TokenRefresher(SecretStore *store, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
{
    qRegisterMetaType<TokenSet>();
}

TokenRefresher::~TokenRefresher()
{
    for (auto &pending : m_pending) {
        if (pending.reply) {
            // No callbacks from a half-destroyed refresher.
            pending.reply->disconnect(this);
            pending.reply->abort();
        }
    }
}

void TokenRefresher::refresh(const QString &accountId, const Client &client, const QString &refreshToken,
                             QObject *context, Callback done)
{
    Waiter waiter{context, context != nullptr, std::move(done)};
    auto it = m_pending.find(accountId);
    if (it != m_pending.end()) {
        it->waiters.append(std::move(waiter));
        return;
    }
    Pending &pending = m_pending[accountId];
    pending.waiters.append(std::move(waiter));
    pending.oldRefreshToken = refreshToken;

    QString problem = AuthHttp::insecureUrlReason(client.tokenUrl);
    if (problem.isEmpty() && (client.clientId.isEmpty() || refreshToken.isEmpty()))
        problem = tr("This account has no refresh token; sign in again.");
    if (!problem.isEmpty()) {
        // Later, like every other answer: callers never see their callback run inside refresh().
        QTimer::singleShot(0, this, [this, accountId, problem] {
            complete(accountId, Result{Failure::InvalidConfig, problem, {}});
        });
        return;
    }
    AuthHttp::Form form{{u"grant_type"_s, u"refresh_token"_s},
                        {u"client_id"_s, client.clientId},
                        {u"refresh_token"_s, refreshToken}};
    if (!client.clientSecret.isEmpty())
        form.append({u"client_secret"_s, client.clientSecret});
    QNetworkReply *reply = AuthHttp::postForm(m_nam, client.tokenUrl, form);
    pending.reply = reply;
    ++m_requestsSent;
    qCInfo(lcAuth) << "refreshing the access token of account" << accountId;
    connect(reply, &QNetworkReply::finished, this,
            [this, accountId, reply] { onFinished(accountId, reply); });
}

void TokenRefresher::onFinished(const QString &accountId, QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_pending.contains(accountId))
        return;
    const int status = AuthHttp::httpStatus(reply);
    if (status == 0)
        return complete(accountId, Result{Failure::Network, AuthHttp::networkErrorText(reply), {}});
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 200) {
        QString error;
        TokenSet tokens = TokenSet::fromTokenResponse(json, QDateTime::currentMSecsSinceEpoch(), &error);
        if (!tokens.isValid())
            return complete(accountId, Result{Failure::Refused, error, {}});
        // A server that does not rotate leaves the old refresh token valid.
        if (tokens.refreshToken.isEmpty())
            tokens.refreshToken = m_pending.value(accountId).oldRefreshToken;
        return store(accountId, tokens);
    }
    const QString error = json.value(u"error"_s).toString();
    QString detail = json.value(u"error_description"_s).toString();
    if (detail.isEmpty())
        detail = error.isEmpty() ? tr("HTTP status %1").arg(status) : error;
    qCWarning(lcAuth) << "token refresh refused:" << (error.isEmpty() ? QString::number(status) : error);
    if (error == u"invalid_grant"_s)
        return complete(accountId, Result{Failure::SignInAgain,
                                          tr("Your sign-in has expired or was revoked (%1). Sign in again.")
                                              .arg(detail.left(kMaxEchoChars)),
                                          {}});
    complete(accountId,
             Result{Failure::Refused,
                    tr("The sign-in server refused to renew the sign-in: %1").arg(detail.left(kMaxEchoChars)),
                    {}});
}

void TokenRefresher::store(const QString &accountId, const TokenSet &tokens)
{
    if (!m_store)
        return complete(accountId, Result{Failure::None, {}, tokens});
    // The refresh token first: once the server has rotated it, the old one is worthless.
    m_store->write(accountId, SecretStore::Kind::RefreshToken, tokens.refreshToken, this,
                   [this, accountId, tokens](const SecretStore::Result &first) {
                       m_store->write(
                           accountId, SecretStore::Kind::AccessToken, tokens.accessToken, this,
                           [this, accountId, tokens, first](const SecretStore::Result &second) {
                               const SecretStore::Result &bad = first.ok() ? second : first;
                               if (bad.ok())
                                   return complete(accountId, Result{Failure::None, {}, tokens});
                               complete(accountId, Result{Failure::StoreFailed, bad.message, tokens});
                           });
                   });
}

void TokenRefresher::complete(const QString &accountId, const Result &result)
{
    const Pending pending = m_pending.take(accountId);
    if (result.ok()) {
        qCInfo(lcAuth) << "access token of account" << accountId << "refreshed";
        Q_EMIT refreshed(accountId, result.tokens);
    }
    for (const Waiter &waiter : pending.waiters) {
        if (waiter.done && (!waiter.hasContext || waiter.context))
            waiter.done(result);
    }
}

} // namespace lever::auth
