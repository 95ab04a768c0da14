#pragma once

#include <QtGlobal>

namespace lever::sandbox {

struct DemoAccount;
struct DemoWords;
struct SandboxContext;

// A few deleted postings and applications in the demo account, so GET /postings/deleted and
// /applications/deleted show something from the start. Runs after the rest of the demo data is written
// and draws from its own random stream, so every other record, and the main stream's sequence, stays
// exactly what it was without them. Deleted postings take their shape from a live posting (new id,
// title, dates); deleted applications name live opportunities and postings, as an application removed
// from a candidate would.
class DemoDeletions
{
public:
    static constexpr int kPostings = 3;
    static constexpr int kApplications = 4;

    static void generate(SandboxContext &ctx, const DemoWords &words, const DemoAccount &account,
                         quint64 seed, qint64 anchor);
};

} // namespace lever::sandbox
