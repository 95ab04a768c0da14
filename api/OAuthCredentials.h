#pragma once

#include "Credentials.h"
#include "OAuthToken.h"

#include <QList>
#include <QPointer>
#include <optional>

namespace lever::api {

// An OAuth access token (`<tokenType> <accessToken>`, Bearer for Lever) with a refresh supplied by the
// owner (the sign-in code, which holds the client secret and the keychain). On a 401 the Client asks
// for one refresh, shared by every request that failed meanwhile, then replays them.
class OAuthCredentials : public Credentials
{
    Q_OBJECT
public:
    // Called with the current refresh token; must call `done` once, with the new token or nullopt.
    using Refresher =
        std::function<void(const QString &refreshToken, std::function<void(std::optional<OAuthToken>)> done)>;

    // `accountKey` names the account (e.g. "oauth:<clientId>:<userId>"): it keys the token bucket.
    OAuthCredentials(const QString &accountKey, OAuthToken token, Refresher refresher,
                     QObject *parent = nullptr);

    QString bucketKey() const override { return m_accountKey; }
    QByteArray authorization() const override;
    quint64 generation() const override { return m_generation; }
    bool canRefresh() const override { return bool(m_refresher); }
    bool isExpired() const override;
    void refresh(quint64 generation, QObject *context, std::function<void(bool ok)> done) override;

    OAuthToken token() const { return m_token; }
    void setToken(const OAuthToken &token); // e.g. after a new sign-in
    int refreshCount() const { return m_refreshCount; }
    bool isRefreshing() const { return m_refreshing; }
    void setRefreshTimeoutMs(int ms) { m_refreshTimeoutMs = ms; }

Q_SIGNALS:
    // A refresh succeeded: persist `token.refreshToken`, the old one is no longer valid.
    void tokenRefreshed(const lever::api::OAuthToken &token);

private:
    void finishRefresh(quint64 round, const std::optional<OAuthToken> &token);

    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(bool)> done;
    };
    QString m_accountKey;
    OAuthToken m_token;
    Refresher m_refresher;
    quint64 m_generation = 1;
    quint64 m_round = 0; // identifies the refresh in flight, so a late or repeated answer is ignored
    bool m_refreshing = false;
    int m_refreshCount = 0;
    int m_refreshTimeoutMs = 60000;
    QList<Waiter> m_waiters;
};

} // namespace lever::api
