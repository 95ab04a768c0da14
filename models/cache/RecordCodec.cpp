#include "cache/RecordCodec.h"

#include <QDataStream>
#include <QIODevice>

namespace lever::models {

namespace {
constexpr quint8 kFormat = 1;
constexpr auto kStreamVersion = QDataStream::Qt_6_4;
// No real card has lists this long; a larger count in a row means the row is damaged.
constexpr qint32 kMaxListItems = 10000;

void writeList(QDataStream &out, const QStringList &list)
{
    out << qint32(list.size());
    for (const QString &item : list)
        out << item;
}

bool readList(QDataStream &in, QStringList &list)
{
    qint32 count = 0;
    in >> count;
    if (in.status() != QDataStream::Ok || count < 0 || count > kMaxListItems)
        return false;
    list.reserve(count);
    for (qint32 i = 0; i < count; ++i) {
        QString item;
        in >> item;
        if (in.status() != QDataStream::Ok)
            return false;
        list.append(item);
    }
    return true;
}
} // namespace

QByteArray RecordCodec::encode(const OpportunityRecord &r)
{
    QByteArray row;
    QDataStream out(&row, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kFormat << r.id << r.name << r.headline << r.emails << r.contactId << r.stageId << r.ownerId
        << r.postingId << r.origin << r.archiveReasonId;
    writeList(out, r.tags);
    writeList(out, r.sources);
    out << r.createdAt << r.updatedAt << r.stageEnteredAt << r.archivedAt << r.archived;
    return row;
}

std::optional<OpportunityRecord> RecordCodec::decode(QByteArrayView row)
{
    // fromRawData: the stream reads the row where it lies, with no copy.
    const QByteArray bytes = QByteArray::fromRawData(row.data(), row.size());
    QDataStream in(bytes);
    in.setVersion(kStreamVersion);
    quint8 format = 0;
    in >> format;
    if (in.status() != QDataStream::Ok || format != kFormat)
        return std::nullopt;
    OpportunityRecord r;
    in >> r.id >> r.name >> r.headline >> r.emails >> r.contactId >> r.stageId >> r.ownerId >> r.postingId >>
        r.origin >> r.archiveReasonId;
    if (in.status() != QDataStream::Ok || r.id.isEmpty())
        return std::nullopt;
    if (!readList(in, r.tags) || !readList(in, r.sources))
        return std::nullopt;
    in >> r.createdAt >> r.updatedAt >> r.stageEnteredAt >> r.archivedAt >> r.archived;
    if (in.status() != QDataStream::Ok || !in.atEnd())
        return std::nullopt;
    r.updateSearchKey();
    return r;
}

} // namespace lever::models
