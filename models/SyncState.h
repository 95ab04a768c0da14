#pragma once

#include <QtGlobal>

namespace lever::models {

// Where the sync stands, kept with the local cache so that the next start resumes with a delta
// instead of a full load. Watermarks are epoch ms on Lever's clock, less the sync's overlap.
struct SyncState
{
    qint64 watermark = 0;      // deltas ask for updates since this; 0: never fully loaded
    qint64 lastSyncedMs = 0;   // when the store last matched Lever (epoch ms, local clock)
    qint64 expectedTotal = -1; // opportunities in the account as last counted; -1: unknown
    bool activeLoaded = false; // a full load of the active opportunities finished
    bool archivedLoaded = false;

    // A cache that can start the board without a full load.
    bool resumable() const { return activeLoaded && watermark > 0; }
    bool operator==(const SyncState &) const = default;
};

} // namespace lever::models
