#pragma once

#include <QString>
#include <exception>

namespace lever::sandbox {

// Thrown by route handlers and validators; the server turns it into a `{code, message}` answer.
// Exceptions keep every handler's happy path flat: a validator can refuse from any depth.
class SandboxError : public std::exception
{
public:
    SandboxError(int status, QString code, QString message)
        : m_status(status)
        , m_code(std::move(code))
        , m_message(std::move(message))
    {}

    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return "SandboxError"; }

    static SandboxError badRequest(const QString &message)
    {
        return {400, QStringLiteral("BadRequestError"), message};
    }
    static SandboxError notFound(const QString &message)
    {
        return {404, QStringLiteral("ResourceNotFound"), message};
    }
    static SandboxError forbidden(const QString &message)
    {
        return {403, QStringLiteral("ForbiddenError"), message};
    }
    static SandboxError conflict(const QString &message)
    {
        return {409, QStringLiteral("ConflictError"), message};
    }
    static SandboxError unprocessable(const QString &message)
    {
        return {422, QStringLiteral("UnprocessableEntityError"), message};
    }

private:
    int m_status;
    QString m_code;
    QString m_message;
};

} // namespace lever::sandbox
