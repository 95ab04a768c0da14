#pragma once

#include "ApiError.h"

#include <utility>
#include <variant>

namespace lever::api {

// What an operation without an answer body (204) finishes with.
struct NoContent
{
};

// A call's outcome: a value or an ApiError, never both.
template <class T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(ApiError error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    // Only when ok().
    const T &value() const { return std::get<T>(m_state); }
    T &value() { return std::get<T>(m_state); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    // Only when !ok().
    const ApiError &error() const { return std::get<ApiError>(m_state); }
    // For logs and test messages: the error as text, empty when ok().
    QString errorString() const { return ok() ? QString() : error().toString(); }

private:
    std::variant<T, ApiError> m_state;
};

} // namespace lever::api
