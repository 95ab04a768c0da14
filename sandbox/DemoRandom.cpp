#include "DemoRandom.h"

#include "BaselineData.h"

namespace lever::sandbox {

namespace {
// QRandomGenerator64(quint32) would drop the upper half of a 64-bit seed; a seed buffer keeps it,
// and the salt keeps this stream apart from the one BaselineData draws from.
QRandomGenerator64 seeded(quint64 seed)
{
    const quint64 salted = seed ^ 0xde30da7a5eedULL;
    const quint32 words[2] = {quint32(salted), quint32(salted >> 32)};
    return QRandomGenerator64(words);
}
} // namespace

DemoRandom::DemoRandom(quint64 seed)
    : m_rng(seeded(seed))
{}

QString DemoRandom::uuid()
{
    return BaselineData::uuid(m_rng);
}

int DemoRandom::below(int n)
{
    return n <= 1 ? 0 : int(m_rng.bounded(quint32(n)));
}

int DemoRandom::between(int low, int high)
{
    return high <= low ? low : low + below(high - low + 1);
}

qint64 DemoRandom::between64(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + qint64(m_rng.generate() % quint64(high - low + 1));
}

double DemoRandom::unit()
{
    return m_rng.generateDouble();
}

bool DemoRandom::chance(double probability)
{
    return unit() < probability;
}

int DemoRandom::weighted(const QList<double> &weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double r = unit() * total;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        r -= weights.at(i);
        if (r < 0)
            return int(i);
    }
    return int(weights.size()) - 1;
}

} // namespace lever::sandbox
