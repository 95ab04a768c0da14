#include "CardContent.h"

#include "CardRoles.h"

#include <QCoreApplication>
#include <QHashFunctions>
#include <QLocale>
#include <QModelIndex>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
QString interviewText(const QDateTime &at, bool confirmed)
{
    const QString when = QLocale().toString(at.toLocalTime(), u"ddd d MMM, HH:mm"_s);
    // The strings belong to the card's painter, as they always did (CardDelegate in the .ts files).
    return confirmed ? QCoreApplication::translate("lever::ui::CardDelegate", "%1 · confirmed").arg(when)
                     : QCoreApplication::translate("lever::ui::CardDelegate", "%1 · unconfirmed").arg(when);
}
} // namespace

CardContent CardContent::read(const QModelIndex &index)
{
    using namespace models;
    CardContent c;
    c.name = index.data(CardRole::Name).toString();
    c.headline = index.data(CardRole::Headline).toString();
    c.posting = index.data(CardRole::PostingTitle).toString();
    c.ownerId = index.data(CardRole::OwnerId).toString();
    c.ownerInitials = index.data(CardRole::OwnerInitials).toString();
    c.tags = index.data(CardRole::Tags).toStringList();
    c.origin = index.data(CardRole::Origin).toString();
    c.sources = index.data(CardRole::Sources).toStringList();
    c.daysInStage = index.data(CardRole::DaysInStage).toInt();
    c.pendingWrite = index.data(CardRole::PendingWrite).toBool();
    c.otherOpportunities = index.data(CardRole::HasOtherOpportunities).toBool();
    const QDateTime next = index.data(CardRole::NextInterview).toDateTime();
    if (next.isValid()) {
        c.interviewConfirmed = index.data(CardRole::NextInterviewConfirmed).toBool();
        c.interview = interviewText(next, c.interviewConfirmed);
        c.interviewsKnown = true;
    } else {
        c.interviewsKnown = index.data(CardRole::ChildDataFetchedAt).toDateTime().isValid();
    }
    return c;
}

size_t qHash(const CardContent &c, size_t seed) noexcept
{
    QtPrivate::QHashCombine hash;
    seed = hash(seed, c.name);
    seed = hash(seed, c.headline);
    seed = hash(seed, c.posting);
    seed = hash(seed, c.ownerId);
    seed = hash(seed, c.tags);
    seed = hash(seed, c.interview);
    seed = hash(seed, c.daysInStage);
    const int flags = int(c.interviewsKnown) | int(c.pendingWrite) << 1 | int(c.otherOpportunities) << 2;
    return hash(seed, flags);
}

} // namespace lever::ui
