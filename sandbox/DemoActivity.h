#pragma once

#include "DemoInterviews.h"

#include <QString>

namespace lever::sandbox {

struct DemoCandidate;
struct DemoSeed;

// The records around one demo opportunity: notes, files and resumes, interviews (DemoInterviews),
// EEO answers, offers and referrals, all consistent with its stage history.
class DemoActivity
{
public:
    explicit DemoActivity(DemoSeed &seed);

    // Notes, files, resume, panels with feedback and EEO answers; returns the latest past interaction
    // (0 if none). Only a share of opportunities get these, so large data sets stay fast to build.
    qint64 details(const DemoCandidate &c);
    // The offer of a candidate who reached the offer stage; returns its id.
    QString offer(const DemoCandidate &c);
    // The referral form of a referred candidate.
    void referral(const DemoCandidate &c);

private:
    qint64 note(const DemoCandidate &c, qint64 at);
    void resume(const DemoCandidate &c, qint64 at);
    void file(const DemoCandidate &c, const QString &id, const QString &name, const QByteArray &content,
              qint64 at);
    void eeo(const DemoCandidate &c);

    DemoSeed &m_seed;
    DemoInterviews m_interviews;
    int m_year = 2000; // the anchor's year, for resume dates
    // Lever's built-in referral form; its ids are drawn once per data set.
    QString m_referralTemplateId;
    QString m_referrerFieldId;
    QString m_relationshipFieldId;
    QString m_commentsFieldId;
};

} // namespace lever::sandbox
