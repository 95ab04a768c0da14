#pragma once

#include "OpportunityRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace lever::models {

// An OpportunityRecord as one compact binary row of the local cache (QDataStream, Qt 6.4 format,
// behind a format byte). A row is decoded only if every field reads cleanly and nothing is left
// over; anything else (a torn write, a foreign file, bit rot) is refused rather than half-read.
// The search key is not stored: it is rebuilt from the name, emails and headline.
class RecordCodec
{
public:
    static QByteArray encode(const OpportunityRecord &record);
    static std::optional<OpportunityRecord> decode(QByteArrayView row);
};

} // namespace lever::models
