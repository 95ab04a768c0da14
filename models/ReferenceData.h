#pragma once

#include <QList>
#include <QString>

namespace lever::models {

// A pipeline stage as the board shows it (GET /stages order is pipeline order).
struct StageInfo
{
    QString id;
    QString text;
    bool operator==(const StageInfo &) const = default;
};

// Why an opportunity was archived; hired reasons are set apart on the board.
struct ArchiveReasonInfo
{
    QString id;
    QString text;
    bool hired = false;
    bool active = true;
    bool operator==(const ArchiveReasonInfo &) const = default;
};

// What cards and filters need of a posting.
struct PostingInfo
{
    QString id;
    QString text;
    QString team;
    QString state;
    QString department{}; // Lever's categories.department, for the Insights filters
    bool operator==(const PostingInfo &) const = default;
};

// A tag or source with the number of opportunities carrying it, as GET /tags and /sources count them
// (archived ones included, which the store may not have loaded).
struct LabelCount
{
    QString text;
    qint64 count = 0;
    bool operator==(const LabelCount &) const = default;
};

// A Lever user as pickers and cards show them; initials are derived once from the name.
struct UserInfo
{
    QString id;
    QString name;
    QString email;
    QString initials;
    bool deactivated = false;
    bool operator==(const UserInfo &) const = default;

    static QString initialsOf(const QString &name);
};

} // namespace lever::models
