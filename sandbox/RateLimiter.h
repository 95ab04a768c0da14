#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>

namespace lever::sandbox {

// Token bucket per credential, as Lever meters each API key: `rate` requests/s, bursts of `burst`.
class RateLimiter
{
public:
    RateLimiter(double rate = 10.0, double burst = 20.0);

    void configure(double rate, double burst);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    double rate() const { return m_rate; }
    double burst() const { return m_burst; }

    // Takes a token for `key`; on refusal returns false and the milliseconds until one is free.
    bool tryAcquire(const QString &key, qint64 *retryAfterMs = nullptr);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastNs = 0;
    };
    double m_rate;
    double m_burst;
    bool m_enabled = true;
    QElapsedTimer m_clock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace lever::sandbox
