#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace lever::auth {

// HTTP pieces shared by the sign-in classes: URL policy, form posts, and errors a person can act on.
class AuthHttp
{
    Q_DECLARE_TR_FUNCTIONS(lever::auth::AuthHttp)
public:
    using Form = QList<QPair<QString, QString>>;

    // Time a token or verification request may take before it is abandoned.
    static constexpr int kTransferTimeoutMs = 30'000;

    static bool isLoopbackHost(const QString &host);
    // Empty when `url` may carry credentials: https, or http to a loopback host; else why not.
    static QString insecureUrlReason(const QUrl &url);
    // application/x-www-form-urlencoded, every reserved character percent-encoded ('+' too).
    static QByteArray formEncode(const Form &form);
    // POSTs `form` as application/x-www-form-urlencoded; the reply belongs to the caller.
    static QNetworkReply *postForm(QNetworkAccessManager *nam, const QUrl &url, const Form &form);
    // The reply's HTTP status, 0 when no HTTP answer arrived (network, TLS, time-out).
    static int httpStatus(const QNetworkReply *reply);
    // What went wrong below HTTP, in words that say what to check.
    static QString networkErrorText(const QNetworkReply *reply);
};

} // namespace lever::auth
