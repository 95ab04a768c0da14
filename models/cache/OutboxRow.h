#pragma once

#include <QByteArray>
#include <QString>

namespace lever::models {

// One change made while Lever could not be reached, as the cache keeps it until it is sent: which
// card, what (an OpportunityAction::Kind as an int, and its value), the card's `updatedAt` when the
// change was made (to notice a change made in Lever meanwhile), and the card before it (RecordCodec),
// so the change can be cancelled.
struct OutboxRow
{
    qint64 seq = 0; // order of sending
    QString opportunityId;
    int kind = 0;
    QString value;
    qint64 baseUpdatedAt = 0;
    qint64 createdAt = 0;
    QByteArray before;
};

} // namespace lever::models
