#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace lever::sandbox {

RateLimiter::RateLimiter(double rate, double burst)
    : m_rate(rate)
    , m_burst(burst)
{
    m_clock.start();
}

void RateLimiter::configure(double rate, double burst)
{
    m_rate = rate;
    m_burst = burst;
    m_buckets.clear();
}

bool RateLimiter::tryAcquire(const QString &key, qint64 *retryAfterMs)
{
    if (!m_enabled || m_rate <= 0)
        return true;
    const qint64 now = m_clock.nsecsElapsed();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{m_burst, now});
    Bucket &b = *it;
    b.tokens = std::min(m_burst, b.tokens + double(now - b.lastNs) * 1e-9 * m_rate);
    b.lastNs = now;
    if (b.tokens >= 1.0) {
        b.tokens -= 1.0;
        return true;
    }
    if (retryAfterMs)
        *retryAfterMs = qint64(std::ceil((1.0 - b.tokens) / m_rate * 1000.0));
    return false;
}

} // namespace lever::sandbox
