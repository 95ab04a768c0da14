#pragma once

#include <QString>
#include <exception>

namespace lever::sandbox {

// An RFC 6749 error of the token endpoint: answered as `{error, error_description}`, not `{code, message}`.
class OAuthError : public std::exception
{
public:
    OAuthError(int status, QString error, QString description)
        : m_status(status)
        , m_error(std::move(error))
        , m_description(std::move(description))
    {}

    int status() const { return m_status; }
    const QString &error() const { return m_error; }
    const QString &description() const { return m_description; }
    const char *what() const noexcept override { return "OAuthError"; }

    static OAuthError invalidRequest(const QString &d) { return {400, QStringLiteral("invalid_request"), d}; }
    static OAuthError invalidGrant(const QString &d) { return {400, QStringLiteral("invalid_grant"), d}; }
    static OAuthError invalidScope(const QString &d) { return {400, QStringLiteral("invalid_scope"), d}; }
    static OAuthError invalidClient(const QString &d) { return {401, QStringLiteral("invalid_client"), d}; }
    static OAuthError unsupportedGrantType(const QString &d)
    {
        return {400, QStringLiteral("unsupported_grant_type"), d};
    }

private:
    int m_status;
    QString m_error;
    QString m_description;
};

} // namespace lever::sandbox
