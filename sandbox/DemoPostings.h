#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace lever::sandbox {

struct DemoSeed;

// Demo job postings in every state Lever has, with Lever-whitelisted HTML content, and the
// requisitions behind them (written last, once the hires and offers on each posting are known).
class DemoPostings
{
public:
    struct Posting
    {
        QString id;
        QString text;
        QString department;
        QString team;
        QString location;
        QString country;
        QString timeZone;
        QString phonePrefix;
        QString commitment;
        QString state;
        QString owner;
        QString hiringManager; // empty: none
        bool confidential = false;
        qint64 createdAt = 0;
        qint64 updatedAt = 0;
        QString requisitionCode; // empty: no requisition
        QString requisitionId;
        QJsonObject salaryRange; // empty: none
        // Filled in while candidates are generated.
        int hires = 0;
        QStringList offerIds;
    };

    explicit DemoPostings(DemoSeed &seed);

    // About max(12, opportunities / 400) postings, at most 400; the first six cover every state.
    void generate(int opportunities);
    // The requisitions of postings that have a requisition code.
    void writeRequisitions();

    QList<Posting> &postings() { return m_postings; }
    // A posting candidates can be on (published, internal or closed), confidential or not.
    Posting &pickForCandidate(bool confidential);

    // Lever's plain-text rendering of posting HTML: tags dropped, blocks and <br> become new lines.
    static QString plainText(const QString &html);

private:
    QJsonObject content(const Posting &p);
    QJsonObject salary(const Posting &p);

    DemoSeed &m_seed;
    QList<Posting> m_postings;
    QList<int> m_open; // non-confidential postings that take candidates
    QList<double> m_openWeights;
    QList<int> m_confidentialOpen; // confidential ones
};

} // namespace lever::sandbox
