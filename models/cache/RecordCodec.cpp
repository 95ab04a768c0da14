#include "cache/RecordCodec.h"

#include <QDataStream>
#include <QIODevice>
#include <QtEndian>

namespace lever::models {

namespace {
// 2: strings as UTF-8 (half the size of QDataStream's UTF-16); 3: the stage history after the sources.
constexpr quint8 kFormat = 3;
// Rows of format 2 still decode (with no history), so a cache written before the update shows at once;
// Decoder::olderRows() tells the cache to run a full load, which brings the history.
constexpr quint8 kFormatWithoutHistory = 2;
constexpr auto kStreamVersion = QDataStream::Qt_6_4;
// No real card has lists this long; a larger count in a row means the row is damaged.
constexpr qint32 kMaxListItems = 10000;
constexpr quint32 kNullBytes = 0xffffffffu; // QDataStream's null QByteArray

void writeText(QDataStream &out, const QString &text)
{
    out << text.toUtf8();
}

void writeList(QDataStream &out, const QStringList &list)
{
    out << qint32(list.size());
    for (const QString &item : list)
        writeText(out, item);
}

// Reads QDataStream's layout from a row in place; any read past the end fails the whole row.
class Reader
{
public:
    explicit Reader(QByteArrayView row)
        : m_at(row.data())
        , m_end(row.data() + row.size())
    {}
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }
    template <class T> T integer()
    {
        if (!take(sizeof(T)))
            return T();
        return qFromBigEndian<T>(m_at - sizeof(T));
    }
    std::string_view bytes()
    {
        const quint32 size = integer<quint32>();
        if (!m_ok || size == kNullBytes)
            return {};
        if (!take(size))
            return {};
        return std::string_view(m_at - size, size);
    }

private:
    bool take(size_t n)
    {
        if (!m_ok || size_t(m_end - m_at) < n) {
            m_ok = false;
            return false;
        }
        m_at += n;
        return true;
    }
    const char *m_at;
    const char *m_end;
    bool m_ok = true;
};

QString text(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}
} // namespace

QByteArray RecordCodec::encode(const OpportunityRecord &r)
{
    QByteArray row;
    QDataStream out(&row, QIODevice::WriteOnly);
    out.setVersion(kStreamVersion);
    out << kFormat;
    for (const QString *field : {&r.id, &r.name, &r.headline, &r.emails, &r.contactId, &r.stageId, &r.ownerId,
                                 &r.postingId, &r.origin, &r.archiveReasonId})
        writeText(out, *field);
    writeList(out, r.tags);
    writeList(out, r.sources);
    // The stage path as a list, then its times; a record whose two lists disagree (none should)
    // keeps the shorter length, so the row always decodes.
    const qsizetype steps = qMin(r.stagePath.size(), r.stagePathAt.size());
    writeList(out, r.stagePath.mid(0, steps));
    for (qsizetype i = 0; i < steps; ++i)
        out << r.stagePathAt.at(i);
    out << r.createdAt << r.updatedAt << r.stageEnteredAt << r.archivedAt << r.archived;
    return row;
}

std::optional<OpportunityRecord> RecordCodec::decode(QByteArrayView row)
{
    Decoder decoder;
    return decoder.decode(row);
}

const QString &RecordCodec::Decoder::shared(std::string_view utf8)
{
    const auto it = m_shared.find(utf8);
    if (it != m_shared.end())
        return it->second;
    return m_shared.emplace(std::string(utf8), text(utf8)).first->second;
}

std::optional<OpportunityRecord> RecordCodec::Decoder::decode(QByteArrayView row)
{
    Reader in(row);
    const quint8 format = in.integer<quint8>();
    if ((format != kFormat && format != kFormatWithoutHistory) || !in.ok())
        return std::nullopt;
    OpportunityRecord r;
    // Per card: its own text.
    for (QString *field : {&r.id, &r.name, &r.headline, &r.emails, &r.contactId})
        *field = text(in.bytes());
    // Repeated across cards: one shared copy each.
    for (QString *field : {&r.stageId, &r.ownerId, &r.postingId, &r.origin, &r.archiveReasonId})
        *field = shared(in.bytes());
    for (QStringList *list : {&r.tags, &r.sources}) {
        const qint32 count = in.integer<qint32>();
        if (!in.ok() || count < 0 || count > kMaxListItems)
            return std::nullopt;
        list->reserve(count);
        for (qint32 i = 0; i < count && in.ok(); ++i)
            list->append(shared(in.bytes()));
    }
    if (format == kFormat) {
        const qint32 steps = in.integer<qint32>();
        if (!in.ok() || steps < 0 || steps > kMaxListItems)
            return std::nullopt;
        r.stagePath.reserve(steps);
        for (qint32 i = 0; i < steps && in.ok(); ++i)
            r.stagePath.append(shared(in.bytes()));
        r.stagePathAt.reserve(steps);
        for (qint32 i = 0; i < steps && in.ok(); ++i)
            r.stagePathAt.append(in.integer<qint64>());
    }
    r.createdAt = in.integer<qint64>();
    r.updatedAt = in.integer<qint64>();
    r.stageEnteredAt = in.integer<qint64>();
    r.archivedAt = in.integer<qint64>();
    const quint8 archived = in.integer<quint8>();
    if (!in.ok() || !in.atEnd() || r.id.isEmpty() || archived > 1)
        return std::nullopt;
    r.archived = archived == 1;
    r.updateSearchKey();
    if (format == kFormatWithoutHistory)
        ++m_olderRows;
    return r;
}

} // namespace lever::models
