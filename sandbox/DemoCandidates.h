#pragma once

#include "DemoPostings.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace lever::sandbox {

class DemoActivity;
struct DemoSeed;

// Demo people: one contact each (about 8% also have an older, archived opportunity), their
// opportunities along a Lever-like funnel (many leads and new applicants, fewer later, about 60%
// archived), one application each, and the child records of a share of them (DemoActivity).
class DemoCandidates
{
public:
    DemoCandidates(DemoSeed &seed, DemoPostings &postings, DemoActivity &activity);

    void generate(int opportunities);

private:
    struct Person
    {
        QString contactId;
        QString name;
        QString firstName;
        QString email;
        QString phone; // first phone number, empty when none
        QString headline;
        QString company;
        QString location;
        QJsonArray emails;
        QJsonArray phones;
        QJsonArray links;
    };

    Person person(const DemoPostings::Posting &posting, int index);
    // Writes one opportunity with its application and children; returns when it was archived (0: active).
    qint64 opportunity(const Person &person, DemoPostings::Posting &posting, qint64 notBefore,
                       bool mustArchive, bool confidential);
    QList<int> funnel(int entry); // stage indexes visited from `entry` on
    QString archiveReason(int lastStage, bool postingClosed);

    DemoSeed &m_seed;
    DemoPostings &m_postings;
    DemoActivity &m_activity;
    double m_detailShare = 1.0; // share of opportunities that get notes, files, interviews...
};

} // namespace lever::sandbox
