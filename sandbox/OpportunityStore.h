#pragma once

#include "PageToken.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace lever::sandbox {

class Database;

// The filters of `GET /opportunities` (lever-api-notes.md §2); empty lists and unset values match all.
struct OpportunityFilter
{
    QStringList stageIds, postingIds, archivedPostingIds, tags, emails, origins, sources, archiveReasonIds,
        contactIds, locations, ownerIds;
    std::optional<bool> archived;
    std::optional<bool> snoozed;
    std::optional<qint64> createdStart, createdEnd, updatedStart, updatedEnd, advancedStart, advancedEnd,
        archivedStart, archivedEnd;
    enum class Confidentiality { NonConfidential, Confidential, All } confidentiality =
        Confidentiality::NonConfidential;
    qint64 now = 0; // for `snoozed`
};

// Opportunities in their own indexed table, stored as the JSON Lever answers with.
class OpportunityStore
{
public:
    explicit OpportunityStore(Database &db);

    std::optional<QJsonObject> get(const QString &id) const; // deleted ones are absent
    bool isConfidential(const QString &id) const;
    // Insert or update. `postingIds`: the postings of its applications; nullopt keeps the stored ones.
    void save(const QJsonObject &opportunity, const std::optional<QStringList> &postingIds = std::nullopt);
    QStringList postingIds(const QString &id) const;
    void markDeleted(const QString &id, const QString &deletedBy, qint64 deletedAt);

    struct Row
    {
        qint64 seq = 0;
        QByteArray doc;
    };
    // Up to `window.limit + 1` rows after the cursor (the extra one only signals hasNext).
    QList<Row> query(const OpportunityFilter &filter, const PageToken::Window &window) const;
    QList<Row> deleted(std::optional<qint64> start, std::optional<qint64> end, const PageToken::Window &window) const;
    QList<QJsonObject> byContact(const QString &contactId) const;
    // Distinct values of a key kind ("tag", "source") with how many opportunities carry each.
    QList<QPair<QString, qint64>> keyCounts(const QString &kind) const;
    qint64 count() const;

private:
    Database &m_db;
};

} // namespace lever::sandbox
