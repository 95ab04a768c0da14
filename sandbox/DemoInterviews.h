#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace lever::sandbox {

struct DemoCandidate;
struct DemoSeed;

// Interview panels for the interview stages a demo candidate went through: `panel` documents with
// their interviews, the matching `interview` documents, and feedback from the templates for past ones.
class DemoInterviews
{
public:
    explicit DemoInterviews(DemoSeed &seed);

    // Panels for `c`; returns the latest past interaction (interview end or feedback), 0 if none.
    qint64 generate(const DemoCandidate &c);

private:
    qint64 panel(const DemoCandidate &c, int stageIndex, qint64 enter, qint64 leave, bool upcoming,
                 bool advanced);
    QJsonObject feedback(const DemoCandidate &c, const QJsonObject &templ, const QString &userId,
                         const QString &interviewId, const QString &panelId, qint64 at, bool positive);
    QJsonValue fieldValue(const QJsonObject &field, bool positive, const QString &team);

    DemoSeed &m_seed;
};

} // namespace lever::sandbox
