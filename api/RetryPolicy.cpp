#include "RetryPolicy.h"

#include <QNetworkRequest>
#include <QRandomGenerator>
#include <algorithm>
#include <limits>

namespace lever::api {

bool RetryPolicy::isIdempotent(const QByteArray &method)
{
    return method == "GET" || method == "PUT" || method == "DELETE" || method == "HEAD";
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    // The server's value is capped at what a timer can wait (~24.8 days; Job's retry timer takes an int):
    // "9223372036854775807" seconds or a date in the year 9999 must not overflow the milliseconds here,
    // the jitter in retryDelayMs() or the Pacer's nanoseconds.
    constexpr qint64 kMaxMs = std::numeric_limits<int>::max();
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional<qint64>(seconds > kMaxMs / 1000 ? kMaxMs : seconds * 1000);
    // Qt's own HTTP-date parser (RFC 1123, RFC 850 and asctime forms) sits behind the date headers.
    // Qt 6.4 reads the text two characters after the first comma as a C string: with the comma last
    // ("x,") that is past the end of the value (a heap over-read). No date ends with a comma.
    if (const qsizetype comma = v.indexOf(','); comma >= 0 && comma + 2 > v.size())
        return std::nullopt;
    QNetworkRequest probe;
    probe.setRawHeader("Last-Modified", v);
    const QDateTime when = probe.header(QNetworkRequest::LastModifiedHeader).toDateTime();
    if (!when.isValid())
        return std::nullopt;
    return std::clamp<qint64>(now.msecsTo(when), 0, kMaxMs);
}

qint64 RetryPolicy::backoffMs(int attempt) const
{
    const int exponent = std::clamp(attempt - 1, 0, 20);
    const qint64 ceiling = std::min<qint64>(qint64(baseDelayMs) << exponent, maxDelayMs);
    const qint64 half = ceiling / 2;
    return half + qint64(QRandomGenerator::global()->bounded(double(ceiling - half + 1)));
}

std::optional<qint64> RetryPolicy::retryDelayMs(const Failure &failure, int attempt) const
{
    if (attempt >= maxAttempts)
        return std::nullopt;
    const int status = failure.httpStatus;
    if (status == 429 || status == 503) {
        if (const auto after = parseRetryAfter(failure.retryAfter)) {
            // Honour it, plus a little jitter so clients sharing a limit do not return in lockstep.
            return *after + qint64(QRandomGenerator::global()->bounded(std::max(1, int(*after / 10) + 50)));
        }
        return backoffMs(attempt);
    }
    if (!isIdempotent(failure.method))
        return std::nullopt;
    if (status >= 500 ||
        (status == 0 && (failure.timedOut || failure.networkError != QNetworkReply::NoError)))
        return backoffMs(attempt);
    return std::nullopt;
}

bool RetryPolicy::mayHaveBeenApplied(const Failure &failure)
{
    if (isIdempotent(failure.method) && failure.method != "PUT" && failure.method != "DELETE")
        return false; // reads change nothing
    if (failure.httpStatus == 0)
        return true; // no answer: it may have been processed before the connection broke
    // A 5xx may come after the change was made; 4xx and 429 are refusals.
    return failure.httpStatus >= 500;
}

} // namespace lever::api
