#pragma once

#include "types/Interview.h"

#include <QList>

namespace lever::models {

// Data below one opportunity fetched lazily (ChildDataLoader) and cached in the Store with the time
// it was fetched: its interviews, and the next one as the card shows it.
struct ChildData
{
    qint64 fetchedAt = 0;                // epoch ms
    qint64 nextInterviewAt = 0;          // epoch ms; 0: none upcoming
    bool nextInterviewConfirmed = false; // every interviewer accepted
    QList<api::Interview> interviews;

    // Derives the next interview (the earliest not cancelled, starting after `nowMs`).
    void summarize(qint64 nowMs);
};

} // namespace lever::models
