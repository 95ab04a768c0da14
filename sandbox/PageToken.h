#pragma once

#include <QString>
#include <optional>

namespace lever::sandbox {

class Request;

// Opaque keyset cursor for list answers. Encoded like Lever's own tokens (percent-encoded JSON),
// it names the insertion sequence of the last record sent, so inserts and updates between pages
// neither skip nor repeat a record.
struct PageToken
{
    qint64 afterSeq = 0;

    QString encode() const;
    static std::optional<PageToken> decode(const QString &text);

    // `limit` (1..100, default 100) and `offset` of a list request; throws 400 on bad input.
    struct Window
    {
        int limit = 100;
        qint64 afterSeq = 0;
    };
    static Window window(const Request &request);
};

} // namespace lever::sandbox
