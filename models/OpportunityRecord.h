#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

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
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 stageEnteredAt = 0; // lastAdvancedAt, else the latest stage change, else createdAt
    qint64 archivedAt = 0;
    bool archived = false;
    // Lower-case "name\nemails\nheadline" for text search and name sorting; nameLength marks the
    // name's end, so the name sort key is a view of it and costs no second string.
    QString searchKey;
    int nameLength = 0;

    QStringView nameKey() const { return QStringView(searchKey).left(nameLength); }
    QString firstEmail() const
    {
        const qsizetype comma = emails.indexOf(u',');
        return comma < 0 ? emails : emails.left(comma);
    }
    // Rebuilds searchKey after name, emails or headline changed.
    void updateSearchKey()
    {
        const QString lowerName = name.toLower();
        nameLength = int(lowerName.size());
        searchKey = QString(lowerName + u'\n' + emails.toLower() + u'\n' + headline.toLower());
    }
};

} // namespace lever::models
