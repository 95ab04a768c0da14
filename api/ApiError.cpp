#include "ApiError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lever::api {

ApiError::ApiError(Category category, QString message, int httpStatus, QString code)
    : m_category(category)
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
    , m_message(std::move(message))
{}

ApiError::Category ApiError::categoryForStatus(int status)
{
    switch (status) {
    case 401:
        return Category::Auth;
    case 403:
        return Category::Forbidden;
    case 404:
    case 410:
        return Category::NotFound;
    case 408:
        return Category::Timeout;
    case 409:
    case 412:
        return Category::Conflict;
    case 429:
        return Category::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return Category::Server;
    if (status >= 400)
        return Category::Invalid;
    return Category::Parse; // a success status is only an error when its body cannot be read
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    QString code;
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        code = o.value("code"_L1).toString();
        message = o.value("message"_L1).toString();
        // OAuth servers answer {error, error_description}.
        if (code.isEmpty())
            code = o.value("error"_L1).toString();
        if (message.isEmpty())
            message = o.value("error_description"_L1).toString();
    }
    if (message.isEmpty())
        message = u"HTTP status "_s + QString::number(status);
    return ApiError(categoryForStatus(status), message, status, code);
}

QString ApiError::categoryName(Category category)
{
    switch (category) {
    case Category::Network:
        return u"Network"_s;
    case Category::Timeout:
        return u"Timeout"_s;
    case Category::Auth:
        return u"Auth"_s;
    case Category::Forbidden:
        return u"Forbidden"_s;
    case Category::NotFound:
        return u"NotFound"_s;
    case Category::Invalid:
        return u"Invalid"_s;
    case Category::Conflict:
        return u"Conflict"_s;
    case Category::RateLimited:
        return u"RateLimited"_s;
    case Category::Server:
        return u"Server"_s;
    case Category::Cancelled:
        return u"Cancelled"_s;
    case Category::Parse:
        return u"Parse"_s;
    }
    return {};
}

QString ApiError::userText() const
{
    QString text;
    switch (m_category) {
    case Category::Network:
        text = QCoreApplication::translate("ApiError", "Lever could not be reached. Check your internet "
                                                       "connection and try again.");
        break;
    case Category::Timeout:
        text =
            QCoreApplication::translate("ApiError", "Lever took too long to answer. Try again in a moment.");
        break;
    case Category::Auth:
        text =
            QCoreApplication::translate("ApiError", "Your Lever sign-in has expired or is no longer valid. "
                                                    "Please sign in again.");
        break;
    case Category::Forbidden:
        text = QCoreApplication::translate("ApiError", "Your Lever account is not allowed to do this. Ask a "
                                                       "Lever admin for access.");
        break;
    case Category::NotFound:
        text =
            QCoreApplication::translate("ApiError", "This item no longer exists in Lever; it may have been "
                                                    "deleted or merged.");
        break;
    case Category::Invalid:
        text = m_message.isEmpty()
                   ? QCoreApplication::translate("ApiError", "Lever did not accept the request.")
                   : QCoreApplication::translate("ApiError", "Lever did not accept the request: %1")
                         .arg(m_message);
        break;
    case Category::Conflict:
        text = QCoreApplication::translate("ApiError", "Someone else changed this in the meantime. Reload it "
                                                       "and try again.");
        break;
    case Category::RateLimited:
        text =
            QCoreApplication::translate("ApiError", "Lever is receiving too many requests from this account. "
                                                    "Wait a moment and try again.");
        break;
    case Category::Server:
        text = QCoreApplication::translate("ApiError", "Lever had a problem handling the request. Try again "
                                                       "later.");
        break;
    case Category::Cancelled:
        text = QCoreApplication::translate("ApiError", "The request was cancelled.");
        break;
    case Category::Parse:
        text = QCoreApplication::translate("ApiError", "Lever sent an answer the console could not read.");
        break;
    }
    if (m_mayHaveBeenApplied)
        text += u' ' + QCoreApplication::translate("ApiError", "The change may or may not have been saved: "
                                                               "reload to check before trying again.");
    return text;
}

QString ApiError::toString() const
{
    QString s = categoryName(m_category);
    if (m_httpStatus)
        s += u' ' + QString::number(m_httpStatus);
    if (!m_code.isEmpty())
        s += u' ' + m_code;
    s += u": "_s + m_message;
    if (m_mayHaveBeenApplied)
        s += u" (may have been applied)"_s;
    return s;
}

} // namespace lever::api
