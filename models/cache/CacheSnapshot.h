#pragma once

#include "OpportunityRecord.h"
#include "ReferenceData.h"
#include "SyncState.h"
#include "cache/CachedPart.h"
#include "cache/OutboxRow.h"

#include <QList>
#include <QString>
#include <vector>

namespace lever::models {

// Everything read from the local cache at start, handed from the cache's thread to the UI thread in
// one piece.
struct CacheSnapshot
{
    enum class Opened {
        Fresh,    // no usable file: a new, empty cache was made
        Reopened, // the file was read
        Rebuilt,  // the file was damaged or of another version: moved aside, a new one made
        Failed,   // no cache could be opened at all (the console works in memory)
    };
    Opened opened = Opened::Fresh;
    QString message;    // for Rebuilt and Failed: what happened, ready to show
    qint64 savedAt = 0; // epoch ms of the last write; 0 for a new cache
    SyncState state;
    std::vector<OpportunityRecord> records;
    int damagedRows = 0; // rows that did not decode (skipped; the state is then not resumable)
    QList<StageInfo> stages;
    QList<ArchiveReasonInfo> archiveReasons;
    QList<PostingInfo> postings;
    QList<UserInfo> users;
    QList<CachedPart> parts;
    QList<OutboxRow> outbox; // in order of sending
};

// One transaction's worth of changes, collected on the UI thread and written on the cache's thread.
struct CacheBatch
{
    bool clearOpportunities = false; // before the upserts
    std::vector<OpportunityRecord> upserts;
    QStringList removals; // also removes their parts
    bool hasReference = false;
    QList<StageInfo> stages;
    QList<ArchiveReasonInfo> archiveReasons;
    QList<PostingInfo> postings;
    QList<UserInfo> users;
    QList<CachedPart> parts;
    bool hasState = false;
    SyncState state;
    QList<OutboxRow> outboxAdds;
    QList<qint64> outboxRemovals;

    bool isEmpty() const
    {
        return !clearOpportunities && upserts.empty() && removals.isEmpty() && !hasReference &&
               parts.isEmpty() && !hasState && outboxAdds.isEmpty() && outboxRemovals.isEmpty();
    }
};

} // namespace lever::models
