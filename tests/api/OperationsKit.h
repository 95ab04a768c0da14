#pragma once

// Helpers of the pending operation tests: run a call or a whole list to its end inside a test, and
// look at results without throwing when they are not what a test expected.
#include "ClientTestKit.h"
#include "LeverApi.h"

#include <QTest>

namespace lever::test {

using namespace lever::api;

// Runs a call to its end (the test's event loop spins meanwhile).
template <class T> Result<T> await(Call<T> call)
{
    std::optional<Result<T>> result;
    QObject context;
    call.then(&context, [&](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        return Result<T>(ApiError(ApiError::Category::Timeout, QStringLiteral("the test gave up waiting")));
    return *result;
}

template <class T> Result<QList<T>> collect(Pager<T> pager)
{
    QList<T> items;
    std::optional<ApiError> error;
    bool done = false;
    QObject context;
    pager.onPage(&context, [&](const QList<T> &page, const PagerProgress &) { items += page; })
        .onFinished(&context, [&](const Result<PagerSummary> &r) {
            if (!r.ok())
                error = r.error();
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 60000))
        return Result<QList<T>>(
            ApiError(ApiError::Category::Timeout, QStringLiteral("the test gave up waiting")));
    if (error)
        return Result<QList<T>>(*error);
    return Result<QList<T>>(items);
}

// Test-friendly views of a result: never throw when the result is not what was expected.
template <class T> T valueOf(const Result<T> &result)
{
    if (!result.ok()) {
        qWarning("unexpected error: %s", qPrintable(result.errorString()));
        return T();
    }
    return result.value();
}

template <class T> QString categoryOf(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("ok") : ApiError::categoryName(result.error().category());
}

} // namespace lever::test

// Evaluates `result` once: QVERIFY2 evaluates its message even when the check passes, which would send
// the request a second time.
#define REQUIRE_OK(result)                                                                                 \
    do {                                                                                                   \
        const auto &required_ = (result);                                                                  \
        QVERIFY2(required_.ok(), qPrintable(required_.errorString()));                                     \
    } while (false)
