#pragma once

#include "DemoPostings.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

// One generated opportunity as the child-data generators need it: who, on which posting, and the
// stage history they must stay consistent with.
struct DemoCandidate
{
    QString opportunityId;
    QString contactId;
    QString applicationId;
    QString name;
    QString firstName;
    QString email;
    QString phone;
    QString headline;
    QString company; // current employer, from the headline
    QString location;
    QString origin;
    QStringList sources;
    QString owner;
    QString sourcedBy; // empty: none
    const DemoPostings::Posting *posting = nullptr;
    QList<int> stages;        // stage indexes visited, in order; the last is the current stage
    QList<qint64> stageTimes; // when each of them was entered
    qint64 createdAt = 0;
    qint64 archivedAt = 0; // 0: active
    QString archiveReason; // id, when archived
    bool hired = false;

    bool archived() const { return archivedAt != 0; }
    int currentStage() const { return stages.last(); }
    // Stage index the candidate was in at `time`.
    int stageAt(qint64 time) const
    {
        int stage = stages.first();
        for (qsizetype i = 0; i < stages.size() && stageTimes.at(i) <= time; ++i)
            stage = stages.at(i);
        return stage;
    }
};

} // namespace lever::sandbox
