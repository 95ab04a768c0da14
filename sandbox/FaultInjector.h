#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

namespace lever::sandbox {

// Deliberate misbehaviour for tests: random 500/503 answers and dropped connections at set rates,
// and targeted rules ("the next 2 PUTs to /opportunities/.+/stage answer 500").
class FaultInjector
{
public:
    enum class Action { None, Fail, Drop };

    struct Rule
    {
        QByteArray method;       // empty: any
        QRegularExpression path; // matched against the path below /v1
        int status = 500;
        bool drop = false;  // drop the connection instead of answering
        int remaining = -1; // how many requests it hits; -1: all
    };

    void setRates(double failRate, double dropRate);
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    int latencyMs() const { return m_latencyMs; }
    void addRule(Rule rule) { m_rules.append(std::move(rule)); }
    void clearRules() { m_rules.clear(); }

    // What to do with this API request; `status` gets the failure status for Action::Fail.
    Action decide(const QByteArray &method, const QString &path, int *status);

private:
    double m_failRate = 0;
    double m_dropRate = 0;
    int m_latencyMs = 0;
    QList<Rule> m_rules;
    QRandomGenerator m_rng{0xFA17u};
};

} // namespace lever::sandbox
