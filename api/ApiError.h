#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace lever::api {

// Why a call to Lever failed: HTTP status, Lever's `{code, message}`, a category callers branch on,
// and a sentence a recruiter can read.
class ApiError
{
public:
    enum class Category {
        Network,     // no answer: connection refused, reset, DNS, TLS
        Timeout,     // no complete answer within the time-out
        Auth,        // 401: credentials missing, wrong or expired (after any refresh)
        Forbidden,   // 403: scope, confidential access or account settings
        NotFound,    // 404/410
        Invalid,     // 400/413/422 and requests refused before sending
        Conflict,    // 409/412
        RateLimited, // 429 after every retry
        Server,      // 5xx after every retry
        Cancelled,   // cancelled by the caller
        Parse,       // the answer was not the JSON shape expected
    };

    ApiError() = default;
    ApiError(Category category, QString message, int httpStatus = 0, QString code = {});

    // From an HTTP answer: status plus Lever's `{code, message}` body when there is one.
    static ApiError fromHttp(int status, const QByteArray &body);
    static Category categoryForStatus(int status);

    Category category() const { return m_category; }
    int httpStatus() const { return m_httpStatus; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    // A POST failed after it may have reached Lever: it is never retried blindly; re-read and check.
    bool mayHaveBeenApplied() const { return m_mayHaveBeenApplied; }
    void setMayHaveBeenApplied(bool value) { m_mayHaveBeenApplied = value; }

    // A sentence for a recruiter, translated (context "ApiError").
    QString userText() const;
    // For logs and test failures: category, status, code and message (no secrets are ever in these).
    QString toString() const;
    static QString categoryName(Category category);

private:
    Category m_category = Category::Network;
    int m_httpStatus = 0;
    QString m_code;
    QString m_message;
    bool m_mayHaveBeenApplied = false;
};

} // namespace lever::api

Q_DECLARE_METATYPE(lever::api::ApiError)
