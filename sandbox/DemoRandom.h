#pragma once

#include <QList>
#include <QRandomGenerator64>
#include <QString>

namespace lever::sandbox {

// The single seeded random stream behind the demo data, with the few kinds of choice it needs.
// Every draw comes from here, in a fixed order, so one seed always yields the same data.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed);

    QString uuid();                 // BaselineData::uuid on this stream
    int below(int n);               // 0 <= x < n (n > 0)
    int between(int low, int high); // low <= x <= high
    qint64 between64(qint64 low, qint64 high);
    double unit(); // 0 <= x < 1
    bool chance(double probability);
    // An index drawn with the given relative weights.
    int weighted(const QList<double> &weights);

    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }
    // `count` distinct items of `list` (all of them when it is shorter).
    template <typename T> QList<T> sample(const QList<T> &list, int count)
    {
        if (count >= list.size())
            return list;
        QList<int> taken;
        QList<T> out;
        while (out.size() < count) {
            // Rejection is cheap for the few items drawn from long lists here.
            const int i = below(int(list.size()));
            if (taken.contains(i))
                continue;
            taken.append(i);
            out.append(list.at(i));
        }
        return out;
    }

private:
    QRandomGenerator64 m_rng;
};

} // namespace lever::sandbox
