#include "Pacer.h"

#include <algorithm>
#include <cmath>

namespace lever::api {

namespace {
// Pacers by credential, per thread: each Client lives in one thread with its network manager.
QHash<QString, std::weak_ptr<Pacer>> &registry()
{
    static thread_local QHash<QString, std::weak_ptr<Pacer>> pacers;
    return pacers;
}
} // namespace

Pacer::Pacer(Config config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_tokens(capacity())
{
    m_clock.start();
    m_lastRefillNs = m_clock.nsecsElapsed();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Pacer::pump);
}

Pacer::~Pacer() = default;

std::shared_ptr<Pacer> Pacer::forCredential(const QString &bucketKey, const Config &config)
{
    auto &pacers = registry();
    if (auto existing = pacers.value(bucketKey).lock())
        return existing;
    auto pacer = std::make_shared<Pacer>(config);
    pacers.insert(bucketKey, pacer);
    return pacer;
}

void Pacer::configure(const Config &config)
{
    m_config = config;
    m_tokens = std::min(m_tokens, capacity());
    pump();
}

double Pacer::capacity() const
{
    return std::max(1.0, m_config.burst - m_config.safetyTokens);
}

double Pacer::tokens()
{
    refill();
    return m_tokens;
}

int Pacer::queuedTotal() const
{
    int n = 0;
    for (const auto &q : m_queues)
        n += int(q.size());
    return n;
}

Pacer::Ticket Pacer::enqueue(Priority priority, std::function<void()> start, bool front)
{
    const Ticket ticket = m_nextTicket++;
    auto &queue = m_queues[int(priority)];
    if (front)
        queue.prepend({ticket, std::move(start)});
    else
        queue.append({ticket, std::move(start)});
    notifyQueue();
    pump();
    return ticket;
}

bool Pacer::cancel(Ticket ticket)
{
    for (auto &queue : m_queues) {
        for (qsizetype i = 0; i < queue.size(); ++i) {
            if (queue.at(i).ticket == ticket) {
                queue.remove(i);
                notifyQueue();
                return true;
            }
        }
    }
    return false;
}

bool Pacer::reprioritise(Ticket ticket, Priority priority)
{
    for (auto &queue : m_queues) {
        for (qsizetype i = 0; i < queue.size(); ++i) {
            if (queue.at(i).ticket != ticket)
                continue;
            if (&queue == &m_queues[int(priority)])
                return true;
            Entry entry = queue.takeAt(i);
            m_queues[int(priority)].append(std::move(entry));
            notifyQueue();
            pump();
            return true;
        }
    }
    return false;
}

bool Pacer::isQueued(Ticket ticket) const
{
    for (const auto &queue : m_queues) {
        for (const Entry &e : queue) {
            if (e.ticket == ticket)
                return true;
        }
    }
    return false;
}

void Pacer::release(Ticket ticket)
{
    // The next request starts on the next event-loop turn, not now: a caller that aborts several
    // requests at once (cards scrolled away) cancels the queued ones in the same turn, and aborting the
    // first in flight must not start a queued one that is about to be cancelled too (Qt would already
    // have sent it: found by the sanitizer run, where tst_child_data's scroll saw such requests).
    if (m_inFlight.remove(ticket))
        schedulePump(0);
}

void Pacer::holdFor(qint64 ms)
{
    const qint64 until = m_clock.nsecsElapsed() + ms * 1000000;
    m_holdUntilNs = std::max(m_holdUntilNs, until);
    m_tokens = 0;
    m_lastRefillNs = m_holdUntilNs; // the bucket refills from the end of the hold
    schedulePump(ms);
}

void Pacer::refill()
{
    const qint64 now = m_clock.nsecsElapsed();
    if (now <= m_lastRefillNs)
        return;
    m_tokens = std::min(capacity(), m_tokens + double(now - m_lastRefillNs) * 1e-9 * m_config.rate);
    m_lastRefillNs = now;
}

void Pacer::schedulePump(qint64 ms)
{
    const int wait = int(std::clamp<qint64>(ms, 0, 24 * 3600 * 1000));
    if (!m_timer.isActive() || m_timer.remainingTime() > wait)
        m_timer.start(wait);
}

void Pacer::pump()
{
    if (m_pumping)
        return; // a start() callback enqueued or released re-entrantly; the loop below picks it up
    m_pumping = true;
    for (;;) {
        int level = -1;
        for (int p = 0; p < kPriorityCount; ++p) {
            if (!m_queues[p].isEmpty()) {
                level = p;
                break;
            }
        }
        if (level < 0)
            break;
        const qint64 now = m_clock.nsecsElapsed();
        if (now < m_holdUntilNs) {
            schedulePump((m_holdUntilNs - now) / 1000000 + 1);
            break;
        }
        const bool interactive = level == int(Priority::Interactive);
        const int reserve = interactive ? 0 : m_config.interactiveReserve;
        if (int(m_inFlight.size()) >= m_config.maxInFlight - reserve)
            break; // release() pumps again
        refill();
        const double needed = 1.0 + std::min<double>(reserve, std::max(0.0, capacity() - 1.0));
        if (m_tokens < needed) {
            const double missing = needed - m_tokens;
            schedulePump(qint64(std::ceil(missing / m_config.rate * 1000.0)));
            break;
        }
        m_tokens -= 1.0;
        Entry entry = m_queues[level].takeFirst();
        m_inFlight.insert(entry.ticket, level);
        ++m_started;
        notifyQueue();
        entry.start();
    }
    m_pumping = false;
}

void Pacer::notifyQueue()
{
    const std::array<int, kPriorityCount> counts{
        {queued(Priority::Interactive), queued(Priority::Visible), queued(Priority::Background)}};
    if (counts != m_lastCounts) {
        m_lastCounts = counts;
        Q_EMIT queueChanged(counts[0], counts[1], counts[2]);
    }
    const bool waiting = interactiveWaiting();
    if (waiting != m_lastInteractiveWaiting) {
        m_lastInteractiveWaiting = waiting;
        Q_EMIT interactiveWaitingChanged(waiting);
    }
}

} // namespace lever::api
