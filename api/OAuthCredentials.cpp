#include "OAuthCredentials.h"

#include <QTimer>

namespace lever::api {

OAuthCredentials::OAuthCredentials(const QString &accountKey, OAuthToken token, Refresher refresher,
                                   QObject *parent)
    : Credentials(parent)
    , m_accountKey(accountKey)
    , m_token(std::move(token))
    , m_refresher(std::move(refresher))
{}

QByteArray OAuthCredentials::authorization() const
{
    // The token type comes from the token response (RFC 6749 §5.1), so another scheme can stand in.
    const QString type = m_token.tokenType.isEmpty() ? QStringLiteral("Bearer") : m_token.tokenType;
    return type.toLatin1() + ' ' + m_token.accessToken.toUtf8();
}

bool OAuthCredentials::isExpired() const
{
    // A minute of slack: a token about to expire would fail in flight.
    return m_token.expiresAt.isValid() && m_token.expiresAt <= QDateTime::currentDateTimeUtc().addSecs(60);
}

void OAuthCredentials::setToken(const OAuthToken &token)
{
    m_token = token;
    ++m_generation;
}

void OAuthCredentials::refresh(quint64 generation, QObject *context, std::function<void(bool)> done)
{
    if (generation < m_generation && !isExpired()) {
        // Someone refreshed after this request was sent: replay with the newer token.
        QTimer::singleShot(0, context, [done = std::move(done)] { done(true); });
        return;
    }
    m_waiters.append({QPointer<QObject>(context), std::move(done)});
    if (m_refreshing)
        return;
    if (!m_refresher) {
        finishRefresh(m_round, std::nullopt);
        return;
    }
    m_refreshing = true;
    const quint64 round = ++m_round;
    QPointer<OAuthCredentials> self(this);
    QTimer::singleShot(m_refreshTimeoutMs, this, [this, round] { finishRefresh(round, std::nullopt); });
    m_refresher(m_token.refreshToken, [self, round](std::optional<OAuthToken> token) {
        if (self)
            self->finishRefresh(round, token);
    });
}

void OAuthCredentials::finishRefresh(quint64 round, const std::optional<OAuthToken> &token)
{
    if (round != m_round || (!m_refreshing && m_refresher))
        return; // an answer for a refresh that already ended (timed out, or answered twice)
    m_refreshing = false;
    ++m_round;
    const bool ok = token && !token->accessToken.isEmpty();
    if (ok) {
        OAuthToken next = *token;
        if (next.refreshToken.isEmpty())
            next.refreshToken = m_token.refreshToken;
        m_token = next;
        ++m_generation;
        ++m_refreshCount;
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    if (ok)
        Q_EMIT tokenRefreshed(m_token);
    else
        Q_EMIT reauthenticationRequired();
    for (const Waiter &w : waiters) {
        if (w.context)
            w.done(ok);
    }
}

} // namespace lever::api
