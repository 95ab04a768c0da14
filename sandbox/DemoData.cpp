#include "DemoData.h"

#include "BulkQueue.h"
#include "BulkWriter.h"
#include "Database.h"
#include "DemoAccount.h"
#include "DemoActivity.h"
#include "DemoCandidates.h"
#include "DemoDeletions.h"
#include "DemoPostings.h"
#include "DemoRandom.h"
#include "DemoSeed.h"
#include "DemoWords.h"
#include "SandboxContext.h"

#include <QThread>
#include <exception>
#include <memory>

namespace lever::sandbox {

void DemoData::generate(SandboxContext &ctx, int opportunities, quint64 seed)
{
    if (opportunities <= 0)
        return;
    const qint64 now = ctx.now();
    const qint64 anchor = now - now % DemoSeed::kDay;
    const QString origin = ctx.origin;
    const DemoWords words = DemoWords::load();
    const DemoAccount account = DemoAccount::load(ctx.docs);

    Transaction tx(ctx.db);
    BulkWriter writer(ctx.db);
    BulkQueue queue;
    // Generation runs on its own thread (in a fixed order, so still deterministic) while this thread,
    // which owns the connection, inserts: the two halves of the work take about as long as each other.
    std::exception_ptr generatorError;
    const std::unique_ptr<QThread> generator(QThread::create([&] {
        try {
            DemoRandom rng(seed);
            DemoSeed s{rng, words, account, queue, origin, anchor};
            DemoPostings postings(s);
            postings.generate(opportunities);
            DemoActivity activity(s);
            DemoCandidates candidates(s, postings, activity);
            candidates.generate(opportunities);
            postings.writeRequisitions();
        } catch (...) {
            generatorError = std::current_exception();
        }
        queue.close();
    }));
    generator->start();
    try {
        QList<BulkRow> batch;
        while (queue.pop(batch)) {
            for (const BulkRow &row : std::as_const(batch))
                writer.write(row);
        }
    } catch (...) {
        queue.abort();
        generator->wait();
        throw;
    }
    generator->wait();
    if (generatorError)
        std::rethrow_exception(generatorError);
    writer.finish();
    // Last and on its own stream: the records above stay exactly as they were before it existed.
    DemoDeletions::generate(ctx, words, account, seed, anchor);
    tx.commit();
}

} // namespace lever::sandbox
