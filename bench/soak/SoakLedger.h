#pragma once

#include "OpportunityAction.h"

#include <QHash>
#include <QString>

namespace lever::bench {

// What the scripted user's writes should have left in Lever, field by field. A field is checked when
// its latest write was confirmed (by the answer or by the outbox sending it); a failed write after
// that makes the field uncertain, since a write whose answer was lost may have been applied all the
// same; a later confirmed write makes it certain again (one card's writes reach Lever in order).
class SoakLedger
{
public:
    struct Outcome
    {
        int checked = 0;
        int lost = 0;      // confirmed, yet Lever holds something else
        int uncertain = 0; // last write failed: either value is right
        QStringList examples;
    };

    void confirmed(const QString &id, models::OpportunityAction::Kind kind, const QString &value);
    void failed(const QString &id, models::OpportunityAction::Kind kind, const QString &value);
    // Compares with Lever's copy of each card (records by id).
    Outcome check(const QHash<QString, models::OpportunityRecord> &lever) const;

private:
    struct Expectation
    {
        QString id;
        QString field; // "stage", "archive", "tag:<name>", "owner", "source:<name>"
        QString value;
        bool uncertain = false;
    };
    static void fieldOf(models::OpportunityAction::Kind kind, const QString &value, QString *field,
                        QString *expected);
    static QString valueIn(const QString &field, const models::OpportunityRecord &record);

    QHash<QString, Expectation> m_fields; // by id + '\n' + field
};

} // namespace lever::bench
