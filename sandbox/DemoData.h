#pragma once

#include <QtGlobal>

namespace lever::sandbox {

struct SandboxContext;

// Fills an empty sandbox with a realistic recruiting account of any size: postings in every state with
// their requisitions, contacts and opportunities along a Lever-like funnel, and around them applications,
// interview panels with feedback, notes, files and resumes, offers, referrals and EEO answers, and (from a
// stream of their own, DemoDeletions) a few deleted postings and applications.
//
// Deterministic: every random choice comes, in a fixed order, from one QRandomGenerator64 seeded with
// `seed`, and every id from BaselineData::uuid() on that stream, so the same seed and size give the same
// ids and content. Timestamps are placed relative to an anchor, the start of the current UTC day (from
// ctx.now()): history lies before it, upcoming interviews after it, so "days in stage" and "next
// interview" stay sensible whenever the data is generated. Two runs on the same day are identical
// except for URLs, which carry the sandbox's own origin (ctx.origin).
//
// Fast: a generator thread builds and serializes the documents while the connection's thread inserts
// them (BulkQueue -> BulkWriter) through statements prepared once, in one transaction, building secondary
// indexes once at the end; beyond the first few thousand opportunities only a share get interviews, notes
// and files. 200,000 opportunities take well under a minute (bench/bench_demo_generation).
class DemoData
{
public:
    // Runs after BaselineData::seed on an empty database (stages, users, archive reasons and templates
    // must exist). `opportunities` <= 0 generates nothing. Throws std::runtime_error on storage errors.
    static void generate(SandboxContext &ctx, int opportunities, quint64 seed);
};

} // namespace lever::sandbox
