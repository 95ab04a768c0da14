#pragma once

#include "TokenSet.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace lever::auth {

class LoopbackReceiver;

// One OAuth 2.0 authorization-code sign-in in the system browser: PKCE S256, a random state, a loopback
// redirect on 127.0.0.1, and the code exchanged at the token endpoint. Ends with succeeded() or failed().
// (QtNetworkAuth in Qt 6.4 has no PKCE and its reply handler listens on every interface.)
class OAuthFlow : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        Denied,             // the user refused consent (error=access_denied)
        ServerError,        // another error= from the authorization server
        ExchangeFailed,     // the token endpoint refused the code; the message is its error_description
        Network,            // the token endpoint could not be reached
        TimedOut,           // no redirect arrived in time
        Cancelled,          // cancel() was called
        BrowserUnavailable, // the opener failed; NOT terminal: the URL still works, the flow keeps waiting
        InvalidConfig,      // an endpoint is not https (or loopback http), or the listener could not start
    };
    Q_ENUM(Failure)

    struct Config
    {
        QUrl authorizeUrl;
        QUrl tokenUrl;
        QString clientId;
        QString clientSecret; // optional: Lever's token endpoint requires one for registered apps
        QStringList scopes;   // offline_access is always added
        QString audience;     // e.g. https://api.lever.co/v1/ (trailing slash required)
    };
    using Opener = std::function<bool(const QUrl &)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout = std::chrono::minutes(5);

    // `opener` shows a URL to the user (the app passes QDesktopServices::openUrl); `nam` may be null.
    OAuthFlow(Config config, Opener opener, QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~OAuthFlow() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // Starts listening, emits authorizationUrlReady() and calls the opener. Restarts a running flow.
    void start();
    // Ends a running flow with failed(Cancelled); the listener closes and a pending exchange is aborted.
    void cancel();
    bool isRunning() const { return m_running; }
    QUrl authorizationUrl() const { return m_url; }
    QUrl redirectUri() const;
    // The listener's port while it listens, 0 otherwise (tests check that it is closed).
    quint16 listenerPort() const;

    // Test seam: replaces the verifier sent with the code exchange (after start(), to simulate a mismatch).
    void setCodeVerifierForTesting(const QString &verifier) { m_verifier = verifier; }

    static QString failureName(Failure kind);

Q_SIGNALS:
    // The full authorize URL, for a copyable link when no browser opens.
    void authorizationUrlReady(const QUrl &url);
    void succeeded(const lever::auth::TokenSet &tokens);
    void failed(lever::auth::OAuthFlow::Failure kind, const QString &message);

private:
    void onRedirect(const QString &code, const QString &error, const QString &description);
    void onExchangeFinished();
    void finish(); // stops listening, the timer and the exchange; no signal
    void fail(Failure kind, const QString &message);
    QUrl buildAuthorizeUrl() const;

    Config m_config;
    Opener m_opener;
    QNetworkAccessManager *m_nam = nullptr;
    LoopbackReceiver *m_receiver = nullptr;
    QTimer *m_timer = nullptr;
    QPointer<QNetworkReply> m_reply;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    QString m_state;
    QString m_verifier;
    QUrl m_url;
    QUrl m_redirectUri;
    bool m_running = false;
};

} // namespace lever::auth
