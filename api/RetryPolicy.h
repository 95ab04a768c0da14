#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <optional>

namespace lever::api {

// Every retry decision of the API layer, in one place (lever-api-notes.md §3, §7):
// - 429 and 503: exponential back-off with jitter, or the server's Retry-After (seconds or an HTTP
//   date) when it sent one; for every method (Lever refuses a rate-limited request before doing
//   anything, and a 503 is maintenance).
// - GET, PUT, DELETE (idempotent) also retry network errors, time-outs and other 5xx.
// - POST is never retried otherwise: Lever has no idempotency keys, so a POST that failed after it
//   may have reached the server is reported with mayHaveBeenApplied instead.
// At most `maxAttempts` attempts in all.
class RetryPolicy
{
public:
    struct Failure
    {
        QByteArray method;
        int httpStatus = 0; // 0: no HTTP answer
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        bool timedOut = false;
        QByteArray retryAfter; // the header, if any
    };

    int maxAttempts = 5;
    int baseDelayMs = 500;  // first back-off; doubles per attempt
    int maxDelayMs = 30000; // cap of one back-off (a Retry-After may ask for longer: it is honoured)

    // The delay before attempt `attempt + 1` after `failure` on attempt `attempt` (1-based), or
    // nullopt when the failure is final.
    std::optional<qint64> retryDelayMs(const Failure &failure, int attempt) const;
    // Back-off with "equal jitter": uniformly in [d/2, d] for d = base * 2^(attempt-1), capped.
    qint64 backoffMs(int attempt) const;
    // Retry-After as milliseconds from `now`: delta seconds, or an HTTP date; nullopt when unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value,
                                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
    static bool isIdempotent(const QByteArray &method);
    // Whether `failure` may have been applied by the server (only writes that got no clear refusal).
    static bool mayHaveBeenApplied(const Failure &failure);
};

} // namespace lever::api
