#pragma once

#include <QString>

namespace lever::sandbox {

class BulkQueue;
class DemoRandom;
struct DemoAccount;
struct DemoWords;

// What every demo-data generator shares while one DemoData::generate() runs (on its generator thread).
struct DemoSeed
{
    DemoRandom &rng;
    const DemoWords &words;
    const DemoAccount &account;
    BulkQueue &rows; // where generated rows go (BulkWriter stores them)
    QString origin;  // "http://127.0.0.1:PORT", for urls and download links
    qint64 anchor;   // start of the current UTC day (epoch ms): "now" for the generated history

    static constexpr qint64 kHour = 3600LL * 1000;
    static constexpr qint64 kDay = 24 * kHour;
};

} // namespace lever::sandbox
