#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <string_view>

namespace lever::models {

// What the board keeps of one opportunity: the fields cards, filters and sorting need, nothing more
// (no whole JSON), so 100,000 of them stay small. Ids that repeat across records (stage, owner,
// posting, origin, tags, sources, archive reason) are interned by the Store and share their text.
struct OpportunityRecord
{
    QString id;
    QString name;
    QString headline;
    QString emails; // every email, joined by ", "
    QString contactId;
    QString stageId;
    QString ownerId;
    QString postingId; // of the (single) application; empty when Lever gave none
    QString origin;
    QString archiveReasonId; // empty when active
    QStringList tags;
    QStringList sources;
    // Stage history (Lever's stageChanges, oldest first) for Insights: the stages entered and, at the
    // same index, when. Two parallel lists rather than {stage, time} pairs, because the sequence of
    // stages repeats across thousands of cards and is interned like tags (one shared list), leaving
    // 8 bytes a step per card; a pair with its own QString would cost 32.
    QStringList stagePath;
    QList<qint64> stagePathAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 stageEnteredAt = 0; // lastAdvancedAt, else the latest stage change, else createdAt
    qint64 archivedAt = 0;
    bool archived = false;
    // Lower-case UTF-8 "name\nemails\nheadline" for text search (memmem over bytes: half the memory of
    // UTF-16 and the fastest scan) and name sorting (UTF-8 byte order is code point order);
    // nameLength marks the name's end, so the name sort key is a view of it and costs no second string.
    QByteArray searchKey;
    int nameLength = 0;

    std::string_view nameKey() const { return std::string_view(searchKey.constData(), size_t(nameLength)); }
    QString firstEmail() const
    {
        const qsizetype comma = emails.indexOf(u',');
        return comma < 0 ? emails : emails.left(comma);
    }
    // Rebuilds searchKey after name, emails or headline changed.
    void updateSearchKey()
    {
        const QByteArray lowerName = name.toLower().toUtf8();
        nameLength = int(lowerName.size());
        searchKey =
            QByteArray(lowerName + '\n' + emails.toLower().toUtf8() + '\n' + headline.toLower().toUtf8());
        searchKey.squeeze();
    }
};

} // namespace lever::models
