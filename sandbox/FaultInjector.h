#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

namespace lever::sandbox {

// Deliberate misbehaviour for tests: random 500/503 answers, connections dropped before the request
// is handled, answers lost after it was applied (the case a client must not retry blindly), and
// latency with random jitter, at set rates; and targeted rules ("the next 2 PUTs to
// /opportunities/.+/stage answer 500").
class FaultInjector
{
public:
    enum class Action { None, Fail, Drop, LoseAnswer };

    struct Rule
    {
        QByteArray method;       // empty: any
        QRegularExpression path; // matched against the path below /v1
        int status = 500;
        bool drop = false;       // drop the connection instead of answering
        bool loseAnswer = false; // apply the request, then drop the connection unanswered
        int remaining = -1;      // how many requests it hits; -1: all
    };

    void setRates(double failRate, double dropRate);
    // Share of requests that are applied and then have their connection closed unanswered.
    void setLostAnswerRate(double rate) { m_lostAnswerRate = rate; }
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // Each answer waits latencyMs plus a random 0..jitterMs.
    void setLatencyJitterMs(int ms) { m_jitterMs = ms; }
    int latencyMs() const { return m_latencyMs; }
    int nextLatencyMs();
    void addRule(Rule rule) { m_rules.append(std::move(rule)); }
    void clearRules() { m_rules.clear(); }

    // What to do with this API request; `status` gets the failure status for Action::Fail.
    Action decide(const QByteArray &method, const QString &path, int *status);

private:
    double m_failRate = 0;
    double m_dropRate = 0;
    double m_lostAnswerRate = 0;
    int m_latencyMs = 0;
    int m_jitterMs = 0;
    QList<Rule> m_rules;
    QRandomGenerator m_rng{0xFA17u};
};

} // namespace lever::sandbox
