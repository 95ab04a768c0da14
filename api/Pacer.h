#pragma once

#include "Priority.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <array>
#include <functional>
#include <memory>

namespace lever::api {

// How a Pacer spends its tokens.
struct PacerConfig
{
    double rate = 10.0;         // tokens per second
    double burst = 20.0;        // bucket size
    int maxInFlight = 6;        // QNetworkAccessManager's connections per host: beyond that requests
                                // would queue inside Qt, out of priority order
    int interactiveReserve = 1; // tokens and connections only interactive requests may use
    // Tokens of the server's bucket never counted on: requests reach Lever with varying delays (a new
    // connection takes longer than a kept-alive one), so its bucket can be slightly behind ours.
    double safetyTokens = 1.0;
};

// The token bucket in front of every request of one credential (Lever meters each key: 10 requests/s,
// bursts of 20). Tokens go strictly by priority, FIFO within one; a queued request can be
// re-prioritised or cancelled until it is sent. Interactive work never waits behind background work:
// background requests leave one token and one connection free for it.
class Pacer : public QObject
{
    Q_OBJECT
public:
    using Config = PacerConfig;
    using Ticket = quint64;

    explicit Pacer(Config config = {}, QObject *parent = nullptr);
    ~Pacer() override;

    // The pacer of a credential, shared by every Client that uses it (per thread). The config only
    // applies when the pacer is created.
    static std::shared_ptr<Pacer> forCredential(const QString &bucketKey, const Config &config = {});

    // Queues `start`, called once a token (and a connection) is free. `front`: ahead of its priority
    // (a retry keeps its place).
    Ticket enqueue(Priority priority, std::function<void()> start, bool front = false);
    // Removes a queued request; false when it was already started or unknown.
    bool cancel(Ticket ticket);
    bool reprioritise(Ticket ticket, Priority priority);
    bool isQueued(Ticket ticket) const;
    // A started request is done with its connection.
    void release(Ticket ticket);
    // The server said to slow down: spend nothing for `ms`, and start again from an empty bucket.
    void holdFor(qint64 ms);

    void configure(const Config &config);
    const Config &config() const { return m_config; }
    int queued(Priority priority) const { return int(m_queues[int(priority)].size()); }
    int queuedTotal() const;
    int inFlight() const { return int(m_inFlight.size()); }
    bool interactiveWaiting() const { return !m_queues[int(Priority::Interactive)].isEmpty(); }
    qint64 started() const { return m_started; }
    double tokens();
    double capacity() const; // burst less the safety margin

Q_SIGNALS:
    // For the status bar: how many requests wait at each priority.
    void queueChanged(int interactive, int visible, int background);
    void interactiveWaitingChanged(bool waiting);

private:
    struct Entry
    {
        Ticket ticket;
        std::function<void()> start;
    };
    void refill();
    void pump();
    void schedulePump(qint64 ms);
    void notifyQueue();

    Config m_config;
    std::array<QList<Entry>, kPriorityCount> m_queues;
    QHash<Ticket, int> m_inFlight; // ticket -> priority it was started with
    QElapsedTimer m_clock;
    double m_tokens;
    qint64 m_lastRefillNs = 0;
    qint64 m_holdUntilNs = 0;
    Ticket m_nextTicket = 1;
    qint64 m_started = 0;
    QTimer m_timer;
    bool m_pumping = false;
    bool m_lastInteractiveWaiting = false;
    std::array<int, kPriorityCount> m_lastCounts{{0, 0, 0}};
};

} // namespace lever::api
