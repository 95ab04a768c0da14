#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lever::models {

class CandidateModel;
class Store;

// One event in a person's history across their opportunities, for the page's timeline.
struct TimelineEntry
{
    enum class Kind { StageChange, Note, Feedback, Interview, File };
    Kind kind = Kind::Note;
    qint64 at = 0; // epoch ms
    QString title;
    QString detail;
    QString opportunityId;
    QString userId;
};

// Builds the timeline of a CandidateModel: stage changes (from each opportunity's stage history),
// notes, feedback, interviews and files of the person's opportunities, newest first.
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(Timeline)
public:
    static QList<TimelineEntry> build(const CandidateModel &model, const Store &store);
    static QString kindName(TimelineEntry::Kind kind);
};

} // namespace lever::models
