#include "OAuthFlow.h"

#include "AuthHttp.h"
#include "AuthLog.h"
#include "LoopbackReceiver.h"
#include "Pkce.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lever::auth {

namespace {
constexpr qsizetype kMaxEchoChars = 500;
}

OAuthFlow::OAuthFlow(Config config, Opener opener, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_opener(std::move(opener))
    , m_nam(nam ? nam : new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<TokenSet>();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(Failure::TimedOut, tr("The sign-in timed out: no answer came back from the browser. Start the "
                                   "sign-in again."));
    });
    if (!m_config.scopes.contains(u"offline_access"_s))
        m_config.scopes.append(u"offline_access"_s);
}

OAuthFlow::~OAuthFlow()
{
    if (m_reply)
        m_reply->abort();
}

QString OAuthFlow::failureName(Failure kind)
{
    return QString::fromLatin1(QMetaEnum::fromType<Failure>().valueToKey(int(kind)));
}

QUrl OAuthFlow::redirectUri() const
{
    return m_redirectUri;
}

quint16 OAuthFlow::listenerPort() const
{
    return m_receiver && m_receiver->isListening() ? m_receiver->port() : 0;
}

void OAuthFlow::start()
{
    if (m_running)
        finish();
    for (const QUrl &url : {m_config.authorizeUrl, m_config.tokenUrl}) {
        const QString reason = AuthHttp::insecureUrlReason(url);
        if (!reason.isEmpty())
            return fail(Failure::InvalidConfig, reason);
    }
    if (m_config.clientId.isEmpty())
        return fail(Failure::InvalidConfig, tr("No OAuth client id is set for this account."));

    m_state = Pkce::state();
    m_verifier = Pkce::verifier();
    if (m_receiver)
        m_receiver->deleteLater();
    m_receiver = new LoopbackReceiver(this);
    QString error;
    if (!m_receiver->listen(m_state, QHostAddress(QHostAddress::LocalHost), &error))
        return fail(Failure::InvalidConfig, error);
    connect(m_receiver, &LoopbackReceiver::received, this,
            [this](const LoopbackReceiver::Redirect &r) { onRedirect(r.code, r.error, r.errorDescription); });

    // Kept: the token request must repeat it after the listener has closed.
    m_redirectUri = m_receiver->redirectUri();
    m_url = buildAuthorizeUrl();
    m_running = true;
    m_timer->start(m_timeout);
    qCInfo(lcAuth) << "OAuth sign-in started; waiting up to" << m_timeout.count() / 1000 << "s";
    const QPointer<OAuthFlow> self(this);
    Q_EMIT authorizationUrlReady(m_url);
    if (!self || !m_running)
        return;
    const bool opened = m_opener && m_opener(m_url);
    if (!self || !m_running)
        return;
    if (!opened) {
        qCWarning(lcAuth) << "no browser opened the sign-in page; still waiting for the redirect";
        Q_EMIT failed(Failure::BrowserUnavailable,
                      tr("No web browser could be opened. Copy the sign-in link into a browser on this "
                         "computer; Lever Console is still waiting for it."));
    }
}

QUrl OAuthFlow::buildAuthorizeUrl() const
{
    const AuthHttp::Form params{{u"client_id"_s, m_config.clientId},
                                {u"redirect_uri"_s, m_redirectUri.toString()},
                                {u"response_type"_s, u"code"_s},
                                {u"state"_s, m_state},
                                {u"scope"_s, m_config.scopes.join(u' ')},
                                {u"audience"_s, m_config.audience},
                                {u"code_challenge"_s, Pkce::challenge(m_verifier)},
                                {u"code_challenge_method"_s, u"S256"_s},
                                {u"prompt"_s, u"consent"_s}};
    QByteArray encoded = m_config.authorizeUrl.toEncoded(QUrl::RemoveFragment);
    encoded += m_config.authorizeUrl.hasQuery() ? '&' : '?';
    encoded += AuthHttp::formEncode(params);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

void OAuthFlow::cancel()
{
    if (!m_running)
        return;
    qCInfo(lcAuth) << "OAuth sign-in cancelled";
    fail(Failure::Cancelled, tr("The sign-in was cancelled."));
}

void OAuthFlow::onRedirect(const QString &code, const QString &error, const QString &description)
{
    if (!m_running)
        return;
    m_timer->stop();
    if (error == u"access_denied"_s)
        return fail(Failure::Denied,
                    tr("Access was denied in the browser, so Lever Console is not signed in."));
    if (!error.isEmpty()) {
        const QString detail = description.isEmpty() ? error : QString(description + u" (" + error + u')');
        return fail(Failure::ServerError,
                    tr("The sign-in server reported an error: %1").arg(detail.left(kMaxEchoChars)));
    }
    qCInfo(lcAuth) << "OAuth redirect received; exchanging the code";
    AuthHttp::Form form{{u"grant_type"_s, u"authorization_code"_s},
                        {u"code"_s, code},
                        {u"redirect_uri"_s, m_redirectUri.toString()},
                        {u"client_id"_s, m_config.clientId},
                        {u"code_verifier"_s, m_verifier}};
    if (!m_config.clientSecret.isEmpty())
        form.append({u"client_secret"_s, m_config.clientSecret});
    m_reply = AuthHttp::postForm(m_nam, m_config.tokenUrl, form);
    connect(m_reply, &QNetworkReply::finished, this, &OAuthFlow::onExchangeFinished);
}

void OAuthFlow::onExchangeFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_reply = nullptr;
    if (!m_running)
        return;
    const int status = AuthHttp::httpStatus(reply);
    if (status == 0)
        return fail(Failure::Network, AuthHttp::networkErrorText(reply));
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 200) {
        QString error;
        const TokenSet tokens =
            TokenSet::fromTokenResponse(json, QDateTime::currentMSecsSinceEpoch(), &error);
        if (!tokens.isValid())
            return fail(Failure::ExchangeFailed,
                        tr("The sign-in server's answer was not understood: %1").arg(error));
        finish();
        qCInfo(lcAuth) << "OAuth sign-in succeeded;" << tokens.scopes.size() << "scopes granted";
        Q_EMIT succeeded(tokens);
        return;
    }
    QString detail = json.value(u"error_description"_s).toString();
    if (detail.isEmpty())
        detail = json.value(u"error"_s).toString();
    if (detail.isEmpty())
        detail = tr("HTTP status %1").arg(status);
    fail(Failure::ExchangeFailed,
         tr("The sign-in server refused the sign-in: %1").arg(detail.left(kMaxEchoChars)));
}

void OAuthFlow::finish()
{
    m_running = false;
    m_timer->stop();
    if (m_receiver)
        m_receiver->close();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
    }
    m_verifier.clear();
    m_state.clear();
}

void OAuthFlow::fail(Failure kind, const QString &message)
{
    finish();
    qCWarning(lcAuth) << "OAuth sign-in failed:" << failureName(kind);
    Q_EMIT failed(kind, message);
}

} // namespace lever::auth
