#include "AuthHttp.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace lever::auth {

bool AuthHttp::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString AuthHttp::insecureUrlReason(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("\"%1\" is not a valid web address.").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("\"%1\" uses http:// on another machine, which would send your credentials unencrypted. "
                  "Use an https:// address.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    }
    return tr("\"%1\" is not an http:// or https:// address.").arg(url.toDisplayString(QUrl::RemoveUserInfo));
}

QByteArray AuthHttp::formEncode(const Form &form)
{
    QByteArray out;
    for (const auto &[name, value] : form) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

QNetworkReply *AuthHttp::postForm(QNetworkAccessManager *nam, const QUrl &url, const Form &form)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(kTransferTimeoutMs);
    // Token endpoints answer directly; following a redirect could resend the form elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return nam->post(request, formEncode(form));
}

int AuthHttp::httpStatus(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString AuthHttp::networkErrorText(const QNetworkReply *reply)
{
    const QUrl url = reply->url();
    const QString host =
        url.port() > 0 ? QString(url.host() + u':' + QString::number(url.port())) : url.host();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("Nothing answers at %1. Check the address, or start the server.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return tr("The server %1 could not be found. Check the address and your internet connection.")
            .arg(url.host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return tr("%1 did not answer in time. Check your internet connection and try again.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection to %1 could not be made (%2). Check the address, the system clock "
                  "and the system's certificates.")
            .arg(url.host(), reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
        return tr("%1 closed the connection before answering. Try again.").arg(host);
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return tr("The network is unavailable (%1). Check your connection and try again.")
            .arg(reply->errorString());
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return tr("The proxy refused the connection to %1 (%2). Check the proxy settings.")
            .arg(host, reply->errorString());
    default:
        return tr("The connection to %1 failed: %2").arg(host, reply->errorString());
    }
}

} // namespace lever::auth
