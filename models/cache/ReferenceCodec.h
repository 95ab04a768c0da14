#pragma once

#include "ReferenceData.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace lever::models {

// Stages, archive reasons, postings and users as compact JSON arrays for the local cache. Decoding
// refuses a document that is not an array of objects with an id; unknown keys are ignored.
class ReferenceCodec
{
public:
    static QByteArray encode(const QList<StageInfo> &stages);
    static QByteArray encode(const QList<ArchiveReasonInfo> &reasons);
    static QByteArray encode(const QList<PostingInfo> &postings);
    static QByteArray encode(const QList<UserInfo> &users);

    static std::optional<QList<StageInfo>> stages(const QByteArray &json);
    static std::optional<QList<ArchiveReasonInfo>> archiveReasons(const QByteArray &json);
    static std::optional<QList<PostingInfo>> postings(const QByteArray &json);
    static std::optional<QList<UserInfo>> users(const QByteArray &json);
};

} // namespace lever::models
