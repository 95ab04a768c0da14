#pragma once

#include "OpportunityRecord.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace lever::models {

// An OpportunityRecord as one compact binary row of the local cache: QDataStream's Qt 6.4 layout
// (big-endian lengths and integers) behind a format byte, strings as UTF-8. A row is decoded only if
// every field reads cleanly and nothing is left over; anything else (a torn write, a foreign file, bit
// rot) is refused rather than half-read. The search key is not stored: it is rebuilt from the name,
// emails and headline. Format 3 added the stage history; format 2 rows still decode, without it.
class RecordCodec
{
public:
    static QByteArray encode(const OpportunityRecord &record);
    static std::optional<OpportunityRecord> decode(QByteArrayView row);

    // Decodes many rows, sharing one copy of each repeated value (stage, owner, posting, origin,
    // archive reason, tags, sources): reading 100,000 cards at start then allocates a string per
    // distinct value rather than per card. Parses the bytes directly (a QDataStream per row costs twice
    // as much); the layout is the one encode() writes.
    class Decoder
    {
    public:
        std::optional<OpportunityRecord> decode(QByteArrayView row);
        // Rows decoded from an older format (before the stage history): the cache then asks for a
        // full load, which fills in what those rows lack.
        int olderRows() const { return m_olderRows; }

    private:
        struct Hash
        {
            using is_transparent = void;
            size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
        };
        const QString &shared(std::string_view utf8);
        std::unordered_map<std::string, QString, Hash, std::equal_to<>> m_shared;
        int m_olderRows = 0;
    };
};

} // namespace lever::models
