#pragma once

#include "TokenSet.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace lever::auth {

class SecretStore;

// Trades a refresh token for new tokens (grant_type=refresh_token). Refresh tokens rotate, so the answer's
// refresh token replaces the old one; with a SecretStore the new access and refresh tokens are stored
// before callers hear of them. Single-flight: concurrent requests for one account share one POST.
class TokenRefresher : public QObject
{
    Q_OBJECT
public:
    struct Client
    {
        QUrl tokenUrl;
        QString clientId;
        QString clientSecret; // optional
    };
    enum class Failure {
        None,
        SignInAgain, // invalid_grant: the refresh token was revoked, expired or reused
        Refused,     // another OAuth error (e.g. invalid_client: the client secret changed)
        Network,     // no answer from the token endpoint
        StoreFailed, // the tokens were refreshed but could not be stored
        InvalidConfig,
    };
    Q_ENUM(Failure)

    struct Result
    {
        Failure failure = Failure::None;
        QString message;
        TokenSet tokens; // valid on success, and with StoreFailed (usable for this session)
        bool ok() const { return failure == Failure::None; }
    };
    using Callback = std::function<void(const Result &)>;

    // `store` (optional) receives the rotated tokens; `nam` may be null.
    explicit TokenRefresher(SecretStore *store = nullptr, QNetworkAccessManager *nam = nullptr,
                            QObject *parent = nullptr);
    ~TokenRefresher() override;

    // Refreshes `accountId`'s tokens; `done` runs once, later, if `context` is still alive.
    void refresh(const QString &accountId, const Client &client, const QString &refreshToken,
                 QObject *context, Callback done);
    bool isRefreshing(const QString &accountId) const { return m_pending.contains(accountId); }
    // POSTs sent since construction (tests check single-flight with it).
    int requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    // New tokens for an account, after they were stored.
    void refreshed(const QString &accountId, const lever::auth::TokenSet &tokens);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
    };
    struct Pending
    {
        QPointer<QNetworkReply> reply;
        QString oldRefreshToken;
        QList<Waiter> waiters;
    };
    void onFinished(const QString &accountId, QNetworkReply *reply);
    void store(const QString &accountId, const TokenSet &tokens);
    void complete(const QString &accountId, const Result &result);

    SecretStore *m_store = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    QHash<QString, Pending> m_pending;
    int m_requestsSent = 0;
};

} // namespace lever::auth
