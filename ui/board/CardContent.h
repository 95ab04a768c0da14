#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

class QModelIndex;

namespace lever::ui {

// Everything a card shows, read from a ColumnModel row (CardRole data) in one go. The card cache keys
// rendered cards by it, so a card whose data changed, in any way, is never drawn from an old picture.
struct CardContent
{
    QString name;
    QString headline;
    QString posting;
    QString ownerId; // the badge's colour
    QString ownerInitials;
    QStringList tags;
    QString origin;
    QStringList sources;
    QString interview; // "Tue 3 Jun, 14:00 · confirmed", formatted here so the key holds what is drawn
    int daysInStage = 0;
    bool interviewConfirmed = false;
    bool interviewsKnown = false; // child data fetched: "No interview scheduled" when there is none
    bool pendingWrite = false;
    bool otherOpportunities = false;

    static CardContent read(const QModelIndex &index);
    bool operator==(const CardContent &) const = default;
};

size_t qHash(const CardContent &content, size_t seed = 0) noexcept;

} // namespace lever::ui
