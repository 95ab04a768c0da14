#include "DemoCandidates.h"

#include "BulkQueue.h"
#include "DemoAccount.h"
#include "DemoActivity.h"
#include "DemoCandidate.h"
#include "DemoRandom.h"
#include "DemoSeed.h"
#include "DemoWords.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kOrigins = {u"applied"_s, u"sourced"_s,    u"referred"_s,
                              u"agency"_s,  u"university"_s, u"internal"_s};
const QList<double> kOriginWeights = {50, 25, 10, 5, 5, 5};
const QStringList kDomains = {u"example.com"_s, u"example.org"_s, u"example.net"_s, u"mail.example.com"_s,
                              u"inbox.example.org"_s};
// Chance of moving on from applicant-new, then from each later stage (a Lever-like funnel).
const QList<double> kAdvance = {0.45, 0.6, 0.6, 0.5, 0.45, 0.7};
// Opportunities whose child records are all generated, before a share applies (keeps 200k fast).
constexpr int kFullDetail = 5000;

QString digits(DemoRandom &rng, int count)
{
    QString out;
    for (int i = 0; i < count; ++i)
        out.append(QChar(u'0' + rng.below(10)));
    return out;
}
} // namespace

DemoCandidates::DemoCandidates(DemoSeed &seed, DemoPostings &postings, DemoActivity &activity)
    : m_seed(seed)
    , m_postings(postings)
    , m_activity(activity)
{}

void DemoCandidates::generate(int opportunities)
{
    DemoRandom &rng = m_seed.rng;
    m_detailShare = opportunities <= kFullDetail ? 1.0 : qMax(0.1, double(kFullDetail) / opportunities);
    int made = 0;
    int people = 0;
    while (made < opportunities) {
        const bool twice = opportunities - made >= 2 && rng.chance(0.08);
        const bool confidential = rng.chance(0.02);
        DemoPostings::Posting &first = m_postings.pickForCandidate(confidential);
        const Person p = person(first, people++);
        if (twice) {
            // An earlier opportunity, archived, then the current one.
            const qint64 archivedAt = opportunity(p, first, 0, true, confidential);
            const bool confidential2 = rng.chance(0.02);
            opportunity(p, m_postings.pickForCandidate(confidential2), archivedAt, false, confidential2);
        } else {
            opportunity(p, first, 0, false, confidential);
        }
        made += twice ? 2 : 1;
    }
}

DemoCandidates::Person DemoCandidates::person(const DemoPostings::Posting &posting, int index)
{
    DemoRandom &rng = m_seed.rng;
    const DemoWords &w = m_seed.words;
    Person p;
    p.contactId = rng.uuid();
    const DemoWords::Name &first = rng.pick(w.firstNames);
    const DemoWords::Name &last = rng.pick(w.lastNames);
    p.firstName = first.text;
    p.name = first.text + u' ' + last.text;
    const QString f = first.slug;
    const QString l = last.slug;
    // The running number keeps addresses unique: Lever deduplicates people by e-mail.
    const QStringList locals = {f + u'.' + l, f + l, f.left(1) + l, f + u'_' + l};
    // One draw per statement: the order operands of `+` are evaluated in is unspecified.
    const QString local = rng.pick(locals);
    p.email = local + QString::number(index + 1) + u'@' + rng.pick(kDomains);
    p.emails.append(p.email);
    p.company = rng.pick(w.companies);
    if (rng.chance(0.3))
        p.emails.append(QString(f + u'.' + l + u'@' + DemoWords::slug(p.company) + u".example"_s));
    p.headline = rng.pick(w.jobTitles) + u" at "_s + p.company;

    QString prefix = posting.phonePrefix;
    if (rng.chance(0.6)) {
        p.location = posting.location;
    } else {
        const DemoWords::City &city = rng.pick(w.cities);
        p.location = city.name;
        prefix = city.phonePrefix;
    }
    auto phoneNumber = [&] {
        const QString exchange = digits(rng, 3);
        return QString(prefix + u" 555 "_s + exchange + u' ' + digits(rng, 4));
    };
    if (rng.chance(0.85)) {
        p.phone = phoneNumber();
        p.phones.append(QJsonObject{{u"type"_s, u"mobile"_s}, {u"value"_s, p.phone}});
        if (rng.chance(0.1))
            p.phones.append(QJsonObject{{u"type"_s, u"work"_s}, {u"value"_s, phoneNumber()}});
    }
    if (rng.chance(0.55))
        p.links.append(
            QString(u"https://www.linkedin.com/in/"_s + f + u'-' + l + u'-' + QString::number(index + 1)));
    const bool technical = posting.department == u"Engineering"_s || posting.department == u"Data"_s;
    if (technical && rng.chance(0.4))
        p.links.append(QString(u"https://github.com/"_s + f + l + QString::number(index + 1)));
    if (rng.chance(0.1))
        p.links.append(QString(u"https://"_s + f + l + u".example.com"_s));

    m_seed.rows.document(
        u"contact"_s, p.contactId, {},
        QJsonObject{{u"id"_s, p.contactId},
                    {u"name"_s, p.name},
                    {u"headline"_s, p.headline},
                    {u"emails"_s, p.emails},
                    {u"phones"_s, p.phones},
                    {u"location"_s, QJsonObject{{u"name"_s, p.location}}},
                    {u"links"_s, p.links},
                    {u"isAnonymized"_s, false},
                    {u"dataProtection"_s, QJsonObject{{u"interviewIntelligence"_s,
                                                       QJsonObject{{u"allowed"_s, rng.chance(0.7)},
                                                                   {u"expiresAt"_s, QJsonValue()}}}}}});
    return p;
}

QList<int> DemoCandidates::funnel(int entry)
{
    DemoRandom &rng = m_seed.rng;
    const DemoAccount &a = m_seed.account;
    QList<int> path{entry};
    int stage = entry;
    if (entry == a.leadNew) {
        if (a.leadReachedOut < 0 || !rng.chance(0.55))
            return path;
        path.append(stage = a.leadReachedOut);
        if (a.leadResponded < 0 || !rng.chance(0.45))
            return path;
        path.append(stage = a.leadResponded);
        // Leads who respond skip "New applicant" and go straight to the first screen.
        if (a.applicantNew + 1 >= a.stageIds.size() || !rng.chance(0.55))
            return path;
        path.append(stage = a.applicantNew + 1);
    }
    while (stage >= a.applicantNew && stage < a.offer) {
        if (!rng.chance(kAdvance.value(stage - a.applicantNew, 0.55)))
            break;
        path.append(++stage);
    }
    return path;
}

QString DemoCandidates::archiveReason(int lastStage, bool postingClosed)
{
    DemoRandom &rng = m_seed.rng;
    if (postingClosed && rng.chance(0.5))
        return m_seed.account.reason(u"Position closed"_s);
    if (lastStage < m_seed.account.applicantNew) {
        static const QStringList lead = {u"Unresponsive"_s, u"Timing"_s, u"Withdrew"_s, u"Location"_s,
                                         u"Compensation expectations"_s};
        return m_seed.account.reason(lead.at(rng.weighted({50, 20, 10, 10, 10})));
    }
    static const QStringList applicant = {
        u"Underqualified"_s, u"Withdrew"_s,     u"Timing"_s,           u"Compensation expectations"_s,
        u"Location"_s,       u"Unresponsive"_s, u"Duplicate profile"_s};
    return m_seed.account.reason(applicant.at(rng.weighted({45, 15, 10, 10, 8, 7, 5})));
}

qint64 DemoCandidates::opportunity(const Person &person, DemoPostings::Posting &posting, qint64 notBefore,
                                   bool mustArchive, bool confidential)
{
    DemoRandom &rng = m_seed.rng;
    const DemoAccount &a = m_seed.account;
    const DemoWords &w = m_seed.words;
    const qint64 day = DemoSeed::kDay;
    const qint64 anchor = m_seed.anchor;

    DemoCandidate c;
    c.opportunityId = rng.uuid();
    c.applicationId = rng.uuid();
    c.contactId = person.contactId;
    c.name = person.name;
    c.firstName = person.firstName;
    c.email = person.email;
    c.phone = person.phone;
    c.headline = person.headline;
    c.company = person.company;
    c.location = person.location;
    c.posting = &posting;
    c.origin = kOrigins.at(rng.weighted(kOriginWeights));
    const QStringList &originSources = w.sourcesByOrigin.value(c.origin);
    c.sources.append(rng.pick(originSources));
    if ((c.origin == u"applied"_s || c.origin == u"sourced"_s) && rng.chance(0.15)) {
        const QString extra = rng.pick(w.sourcesByOrigin.value(u"applied"_s));
        if (!c.sources.contains(extra))
            c.sources.append(extra);
    }
    c.owner = rng.chance(0.6) ? posting.owner : a.users.at(rng.pick(a.recruiters)).id;
    if (c.origin == u"referred"_s)
        c.sourcedBy = a.users.at(rng.pick(a.interviewers)).id; // the referrer: anyone in the company
    else if (c.origin != u"applied"_s)
        c.sourcedBy = rng.chance(0.7) ? c.owner : a.users.at(rng.pick(a.recruiters)).id;

    const bool lead =
        a.leadNew >= 0 && (c.origin == u"sourced"_s || (c.origin == u"university"_s && rng.chance(0.5)));
    c.stages = funnel(lead ? a.leadNew : a.applicantNew);
    const int last = c.stages.last();
    const bool reachedOffer = last == a.offer;
    const bool postingClosed = posting.state == u"closed"_s;

    // Age: skewed towards recent (many young opportunities, a long tail back two years).
    if (notBefore > 0) {
        c.createdAt =
            rng.between64(qMin(notBefore + day, anchor - DemoSeed::kHour), anchor - DemoSeed::kHour);
    } else {
        const double u = rng.unit();
        const qint64 minAge = mustArchive ? 240 * day : DemoSeed::kHour;
        c.createdAt = anchor - (minAge + qint64(u * u * double(730 * day - minAge)));
    }
    const qint64 age = anchor - c.createdAt;
    // Together with the age skew this archives about 60% of opportunities.
    double archiveChance = 0.08;
    if (mustArchive)
        archiveChance = 1.0;
    else if (reachedOffer)
        archiveChance = 0.75;
    else if (postingClosed)
        archiveChance = 0.9;
    else if (age > 120 * day)
        archiveChance = 0.68;
    else if (age > 30 * day)
        archiveChance = 0.4;
    const bool archived = rng.chance(archiveChance);
    // Active candidates in later stages are recent ones: nobody waits a year for an on-site.
    if (!archived && notBefore == 0 && last > a.applicantNew && age > 120 * day)
        c.createdAt = anchor - rng.between64(2 * day, 120 * day);
    if (archived) {
        if (reachedOffer) {
            c.hired = rng.chance(0.7);
            c.archiveReason = c.hired ? a.hiredReason : a.reason(u"Offer declined"_s);
        } else {
            c.archiveReason = archiveReason(last, postingClosed);
        }
    }

    // Stage changes (and the archive) spread over the time since creation, squeezed to fit.
    QList<qint64> gaps;
    for (qsizetype i = 1; i < c.stages.size(); ++i)
        gaps.append(rng.between64(6 * DemoSeed::kHour, 12 * day));
    if (archived)
        gaps.append(rng.between64(DemoSeed::kHour, 14 * day));
    const qint64 span = qMax<qint64>(0, anchor - DemoSeed::kHour - c.createdAt);
    qint64 total = 0;
    for (qint64 g : std::as_const(gaps))
        total += g;
    const double scale = total > span ? double(span) / double(total) : 1.0;
    qint64 t = c.createdAt;
    c.stageTimes.append(t);
    for (qsizetype i = 1; i < c.stages.size(); ++i) {
        t += qint64(double(gaps.at(i - 1)) * scale);
        c.stageTimes.append(t);
    }
    if (archived)
        c.archivedAt = qMax(t + qint64(double(gaps.last()) * scale), t + 1);

    QString offerId;
    if (reachedOffer)
        offerId = m_activity.offer(c);
    if (c.hired) {
        ++posting.hires;
        posting.offerIds.append(offerId);
    }
    if (c.origin == u"referred"_s)
        m_activity.referral(c);
    qint64 interaction = qMax(c.stageTimes.last(), c.archivedAt);
    const bool detailed =
        m_detailShare >= 1.0 || rng.chance(archived ? m_detailShare / 2 : qMin(1.0, m_detailShare * 2));
    if (detailed)
        interaction = qMax(interaction, m_activity.details(c));
    interaction = qMin(interaction, anchor);

    QJsonArray stageChanges;
    for (qsizetype i = 0; i < c.stages.size(); ++i) {
        QJsonObject change{{u"toStageId"_s, a.stageIds.at(c.stages.at(i))},
                           {u"toStageIndex"_s, c.stages.at(i)},
                           {u"updatedAt"_s, c.stageTimes.at(i)}};
        // Applications from the job site enter the pipeline without a user behind them.
        if (i > 0 || c.origin != u"applied"_s)
            change.insert(u"userId"_s,
                          i == 0 ? (c.sourcedBy.isEmpty() ? c.owner : c.sourcedBy)
                                 : (rng.chance(0.7) ? c.owner : a.users.at(rng.pick(a.recruiters)).id));
        stageChanges.append(change);
    }
    QStringList tags{posting.text, posting.department, posting.team, posting.location, posting.commitment};
    tags += rng.sample(w.skills, rng.between(0, 3));
    tags.removeDuplicates();
    QJsonArray followers{c.owner};
    if (!posting.hiringManager.isEmpty() && posting.hiringManager != c.owner && rng.chance(0.5))
        followers.append(posting.hiringManager);
    if (rng.chance(0.15)) {
        const QString extra = a.users.at(rng.pick(a.interviewers)).id;
        if (!followers.contains(extra))
            followers.append(extra);
    }
    const QJsonValue archivedValue =
        archived ? QJsonValue(QJsonObject{{u"archivedAt"_s, c.archivedAt}, {u"reason"_s, c.archiveReason}})
                 : QJsonValue();
    const QJsonValue snoozed =
        !archived && rng.chance(0.03) ? QJsonValue(anchor + rng.between64(day, 45 * day)) : QJsonValue();
    const qint64 updatedAt = qMin(anchor, interaction + rng.between64(0, 2 * DemoSeed::kHour));

    QString type = u"user"_s;
    if (c.origin == u"referred"_s)
        type = u"referral"_s;
    else if (c.origin == u"applied"_s)
        type = c.sources.first() == u"Company website"_s || c.sources.first() == u"Jobs page"_s
                   ? u"posting"_s
                   : u"applied"_s;
    const bool selfApplied = type == u"posting"_s || type == u"applied"_s;
    QJsonValue applicationUser;
    if (type == u"referral"_s)
        applicationUser = c.sourcedBy;
    else if (!selfApplied)
        applicationUser = c.sourcedBy.isEmpty() ? c.owner : c.sourcedBy;
    QJsonValue requisitionForHire;
    if (c.hired && !posting.requisitionId.isEmpty())
        requisitionForHire =
            QJsonObject{{u"id"_s, posting.requisitionId},
                        {u"requisitionCode"_s, posting.requisitionCode},
                        {u"hiringManagerOnHire"_s,
                         posting.hiringManager.isEmpty() ? QJsonValue() : QJsonValue(posting.hiringManager)}};
    auto selfReported = [selfApplied](const QJsonValue &value) { return selfApplied ? value : QJsonValue(); };
    m_seed.rows.document(
        u"application"_s, c.applicationId, c.opportunityId,
        QJsonObject{{u"id"_s, c.applicationId},
                    {u"type"_s, type},
                    {u"candidateId"_s, c.opportunityId},
                    {u"opportunityId"_s, c.opportunityId},
                    {u"posting"_s, posting.id},
                    {u"postingOwner"_s, posting.owner},
                    {u"postingHiringManager"_s,
                     posting.hiringManager.isEmpty() ? QJsonValue() : QJsonValue(posting.hiringManager)},
                    {u"user"_s, applicationUser},
                    {u"createdAt"_s, c.createdAt},
                    {u"archived"_s, archivedValue},
                    {u"name"_s, selfReported(c.name)},
                    {u"email"_s, selfReported(c.email)},
                    // Lever's application carries the applicant's phone as {type, value}, type often null.
                    {u"phone"_s, selfReported(c.phone.isEmpty() ? QJsonValue()
                                                                : QJsonObject{{u"type"_s, QJsonValue()},
                                                                              {u"value"_s, c.phone}})},
                    {u"company"_s, selfReported(c.company)},
                    {u"links"_s, selfApplied ? person.links : QJsonArray()},
                    {u"comments"_s, QJsonValue()},
                    {u"customQuestions"_s, QJsonArray()},
                    {u"requisitionForHire"_s, requisitionForHire},
                    {u"acceptLanguage"_s, QJsonValue()},
                    {u"ipAddress"_s, QJsonValue()},
                    {u"referer"_s, QJsonValue()},
                    {u"timezone"_s, QJsonValue()},
                    {u"userAgent"_s, QJsonValue()}});

    const QJsonObject opp{
        {u"id"_s, c.opportunityId},
        {u"name"_s, c.name},
        {u"headline"_s, c.headline},
        {u"contact"_s, c.contactId},
        {u"emails"_s, person.emails},
        {u"phones"_s, person.phones},
        {u"confidentiality"_s,
         confidential && posting.confidential ? u"confidential"_s : u"non-confidential"_s},
        {u"location"_s, person.location},
        {u"opportunityLocation"_s, person.location},
        {u"links"_s, person.links},
        {u"archived"_s, archivedValue},
        {u"tags"_s, QJsonArray::fromStringList(tags)},
        {u"sources"_s, QJsonArray::fromStringList(c.sources)},
        {u"stage"_s, a.stageIds.at(last)},
        {u"stageChanges"_s, stageChanges},
        {u"origin"_s, c.origin},
        {u"sourcedBy"_s, c.sourcedBy.isEmpty() ? QJsonValue() : QJsonValue(c.sourcedBy)},
        {u"owner"_s, c.owner},
        {u"followers"_s, followers},
        {u"applications"_s, QJsonArray{c.applicationId}},
        {u"createdAt"_s, c.createdAt},
        {u"updatedAt"_s, updatedAt},
        {u"lastInteractionAt"_s, interaction},
        {u"lastAdvancedAt"_s, c.stageTimes.last()},
        {u"snoozedUntil"_s, snoozed},
        {u"urls"_s, QJsonObject{{u"list"_s, QString(m_seed.origin + u"/candidates"_s)},
                                {u"show"_s, QString(m_seed.origin + u"/candidates/"_s + c.opportunityId)}}},
        {u"dataProtection"_s, QJsonValue()},
        {u"isAnonymized"_s, false},
    };
    m_seed.rows.opportunity(opp, {posting.id});
    return c.archivedAt;
}

} // namespace lever::sandbox
