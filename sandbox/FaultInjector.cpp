#include "FaultInjector.h"

namespace lever::sandbox {

void FaultInjector::setRates(double failRate, double dropRate)
{
    m_failRate = failRate;
    m_dropRate = dropRate;
}

FaultInjector::Action FaultInjector::decide(const QByteArray &method, const QString &path, int *status)
{
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if ((!it->method.isEmpty() && it->method != method) || !it->path.match(path).hasMatch())
            continue;
        const Rule rule = *it;
        if (it->remaining > 0 && --it->remaining == 0)
            m_rules.erase(it);
        if (rule.drop)
            return Action::Drop;
        if (rule.loseAnswer)
            return Action::LoseAnswer;
        *status = rule.status;
        return Action::Fail;
    }
    if (m_dropRate > 0 && m_rng.generateDouble() < m_dropRate)
        return Action::Drop;
    if (m_failRate > 0 && m_rng.generateDouble() < m_failRate) {
        *status = m_rng.bounded(2) ? 503 : 500;
        return Action::Fail;
    }
    if (m_lostAnswerRate > 0 && m_rng.generateDouble() < m_lostAnswerRate)
        return Action::LoseAnswer;
    return Action::None;
}

int FaultInjector::nextLatencyMs()
{
    return m_latencyMs + (m_jitterMs > 0 ? int(m_rng.bounded(quint32(m_jitterMs) + 1)) : 0);
}

} // namespace lever::sandbox
