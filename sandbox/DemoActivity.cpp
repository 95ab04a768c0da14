#include "DemoActivity.h"

#include "BulkQueue.h"
#include "DemoAccount.h"
#include "DemoCandidate.h"
#include "DemoRandom.h"
#include "DemoSeed.h"
#include "DemoWords.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
constexpr qint64 kMinute = 60 * 1000;

QJsonObject yearMonth(int year, int month)
{
    return QJsonObject{{u"year"_s, year}, {u"month"_s, month}};
}
} // namespace

DemoActivity::DemoActivity(DemoSeed &seed)
    : m_seed(seed)
    , m_interviews(seed)
    , m_year(QDateTime::fromMSecsSinceEpoch(seed.anchor, QTimeZone::utc()).date().year())
    , m_referralTemplateId(seed.rng.uuid())
    , m_referrerFieldId(seed.rng.uuid())
    , m_relationshipFieldId(seed.rng.uuid())
    , m_commentsFieldId(seed.rng.uuid())
{}

qint64 DemoActivity::details(const DemoCandidate &c)
{
    DemoRandom &rng = m_seed.rng;
    const qint64 end = c.archived() ? c.archivedAt : m_seed.anchor;
    const qint64 uploaded = qMin(c.createdAt + rng.between64(kMinute, DemoSeed::kHour), end);
    // Sourced leads rarely come with a resume; applicants usually do.
    if ((c.origin != u"sourced"_s || rng.chance(0.4)) && rng.chance(0.85))
        resume(c, uploaded);
    if (rng.chance(0.15)) {
        const QByteArray letter =
            QString(u"Dear hiring team,\n\nI am applying for the "_s + c.posting->text + u" role in "_s +
                    c.posting->location + u". "_s + m_seed.words.phrase(rng, u"strength"_s) +
                    u"\n\nKind regards,\n"_s + c.name + u'\n')
                .toUtf8();
        file(c, rng.uuid(), u"Cover_Letter.txt"_s, letter, uploaded);
    }
    qint64 last = m_interviews.generate(c);
    const int notes = rng.weighted({30, 35, 20, 15});
    for (int i = 0; i < notes; ++i)
        last = qMax(last, note(c, rng.between64(c.createdAt, end - kMinute)));
    if (c.origin == u"applied"_s && rng.chance(0.5))
        eeo(c);
    return last;
}

qint64 DemoActivity::note(const DemoCandidate &c, qint64 at)
{
    DemoRandom &rng = m_seed.rng;
    const DemoAccount &account = m_seed.account;
    const QString author = rng.chance(0.5) ? c.owner : account.users.at(rng.pick(account.interviewers)).id;
    const QString mentioned = account.users.at(rng.pick(account.interviewers)).username;
    const QString value = m_seed.words.phrase(rng, u"note"_s,
                                              {{u"first"_s, c.firstName},
                                               {u"team"_s, c.posting->team},
                                               {u"company"_s, c.company},
                                               {u"mention"_s, QString(u'@' + mentioned)}});
    auto entry = [&](const QString &user, const QString &text, qint64 when) {
        return QJsonObject{{u"type"_s, u"note"_s},    {u"text"_s, u"Comment"_s},
                           {u"value"_s, text},        {u"user"_s, user},
                           {u"createdAt"_s, when},    {u"stage"_s, account.stageIds.at(c.stageAt(when))},
                           {u"score"_s, QJsonValue()}};
    };
    QJsonArray fields{entry(author, value, at)};
    qint64 last = at;
    // A share of notes carry a thread of replies, each a field of its own.
    const int replies = rng.chance(0.25) ? rng.between(1, 2) : 0;
    for (int i = 0; i < replies; ++i) {
        last = qMin(last + rng.between64(10 * kMinute, 2 * DemoSeed::kDay), m_seed.anchor - kMinute);
        const QString replier = account.users.at(rng.pick(account.interviewers)).id;
        fields.append(entry(replier, m_seed.words.phrase(rng, u"reply"_s), last));
    }
    const QString id = rng.uuid();
    m_seed.rows.document(u"note"_s, id, c.opportunityId,
                         QJsonObject{{u"id"_s, id},
                                     {u"text"_s, u"Comment"_s},
                                     {u"fields"_s, fields},
                                     {u"user"_s, author},
                                     {u"secret"_s, rng.chance(0.1)},
                                     {u"completedAt"_s, at},
                                     {u"createdAt"_s, at},
                                     {u"deletedAt"_s, QJsonValue()}});
    return last;
}

void DemoActivity::file(const DemoCandidate &c, const QString &id, const QString &name,
                        const QByteArray &content, qint64 at)
{
    m_seed.rows.blob(id, content);
    m_seed.rows.document(
        u"file"_s, id, c.opportunityId,
        QJsonObject{{u"id"_s, id},
                    {u"name"_s, name},
                    {u"ext"_s, name.section(u'.', -1)}, // Lever's file example: "pdf", no dot
                    {u"downloadUrl"_s, QString(m_seed.origin + u"/v1/opportunities/"_s + c.opportunityId +
                                               u"/files/"_s + id + u"/download"_s)},
                    {u"uploadedAt"_s, at},
                    {u"status"_s, u"processed"_s},
                    {u"size"_s, content.size()}});
}

void DemoActivity::resume(const DemoCandidate &c, qint64 at)
{
    DemoRandom &rng = m_seed.rng;
    const DemoWords &w = m_seed.words;
    // Two positions (the current one from the headline) and one degree, as parsed from the text below.
    const int currentStart = m_year - rng.between(0, 5);
    const int previousStart = currentStart - rng.between(1, 6);
    const int schoolEnd = previousStart - rng.between(0, 2);
    const QString previousTitle = rng.pick(w.jobTitles);
    const QString previousCompany = rng.pick(w.companies);
    const QString currentTitle = c.headline.section(u" at "_s, 0, 0);
    const QString school = rng.pick(w.schools);
    const QString degree = rng.chance(0.7) ? u"BSc"_s : rng.chance(0.6) ? u"MSc"_s : u"BA"_s;
    const QString field = rng.pick(QStringList{u"Computer Science"_s, u"Economics"_s, u"Mathematics"_s,
                                               u"Design"_s, u"Business"_s, u"Physics"_s, u"Psychology"_s});
    const QStringList skills = rng.sample(w.skills, 5);
    const QString summary = w.phrase(rng, u"strength"_s);
    const QString text = c.name + u'\n' + c.headline + u'\n' + c.email +
                         (c.phone.isEmpty() ? QString() : u" · "_s + c.phone) + u"\n\nExperience\n"_s +
                         currentTitle + u", "_s + c.company + u" ("_s + QString::number(currentStart) +
                         u"-present)\n  "_s + summary + u'\n' + previousTitle + u", "_s + previousCompany +
                         u" ("_s + QString::number(previousStart) + u'-' + QString::number(currentStart) +
                         u")\n\nEducation\n"_s + degree + u' ' + field + u", "_s + school + u" ("_s +
                         QString::number(schoolEnd) + u")\n\nSkills: "_s + skills.join(u", "_s) + u'\n';
    const QByteArray content = text.toUtf8();
    const QString id = rng.uuid();
    const QString name = QString(c.name).replace(u' ', u'_') + u"_Resume.txt"_s;
    // The resume's file shares the resume's id, so both download routes serve the same blob.
    file(c, id, name, content, at);
    const QJsonObject position1{{u"org"_s, c.company},
                                {u"title"_s, currentTitle},
                                {u"summary"_s, summary},
                                {u"location"_s, c.location},
                                {u"start"_s, yearMonth(currentStart, rng.between(1, 12))},
                                {u"end"_s, QJsonValue()}};
    const QJsonObject position2{{u"org"_s, previousCompany},
                                {u"title"_s, previousTitle},
                                {u"summary"_s, QString()},
                                {u"location"_s, QString()},
                                {u"start"_s, yearMonth(previousStart, rng.between(1, 12))},
                                {u"end"_s, yearMonth(currentStart, rng.between(1, 12))}};
    const QJsonObject education{{u"org"_s, school},
                                {u"degree"_s, degree},
                                {u"field"_s, field},
                                {u"summary"_s, QString()},
                                {u"start"_s, yearMonth(schoolEnd - 3, 9)},
                                {u"end"_s, yearMonth(schoolEnd, 6)}};
    m_seed.rows.document(
        u"resume"_s, id, c.opportunityId,
        QJsonObject{
            {u"id"_s, id},
            {u"createdAt"_s, at},
            {u"file"_s,
             QJsonObject{{u"name"_s, name},
                         {u"ext"_s, u".txt"_s}, // Lever's resume example: ".pdf", with a dot
                         {u"downloadUrl"_s, QString(m_seed.origin + u"/v1/opportunities/"_s +
                                                    c.opportunityId + u"/resumes/"_s + id + u"/download"_s)},
                         {u"uploadedAt"_s, at},
                         {u"status"_s, u"processed"_s},
                         {u"size"_s, content.size()}}},
            {u"parsedData"_s, QJsonObject{{u"positions"_s, QJsonArray{position1, position2}},
                                          {u"schools"_s, QJsonArray{education}}}}});
}

void DemoActivity::eeo(const DemoCandidate &c)
{
    DemoRandom &rng = m_seed.rng;
    static const QStringList genders = {u"Female"_s, u"Male"_s, u"Non-binary"_s,
                                        u"Decline to self-identify"_s};
    static const QStringList races = {u"Asian"_s,
                                      u"Black or African American"_s,
                                      u"Hispanic or Latino"_s,
                                      u"White"_s,
                                      u"Two or More Races"_s,
                                      u"American Indian or Alaska Native"_s,
                                      u"Native Hawaiian or Other Pacific Islander"_s,
                                      u"Decline to self-identify"_s};
    static const QStringList veterans = {
        u"I am not a protected veteran"_s,
        u"I identify as one or more of the classifications of protected veteran"_s,
        u"I don't wish to answer"_s};
    static const QStringList disabilities = {u"No, I do not have a disability"_s,
                                             u"Yes, I have a disability (or previously had a disability)"_s,
                                             u"I do not want to answer"_s};
    const QString id = rng.uuid();
    const qint64 responded = c.createdAt + rng.between64(kMinute, 20 * kMinute);
    m_seed.rows.document(
        u"eeo_response"_s, id, c.opportunityId,
        QJsonObject{
            {u"id"_s, id},
            {u"opportunityId"_s, c.opportunityId},
            {u"contact"_s, c.contactId},
            {u"applicationId"_s, c.applicationId},
            {u"posting"_s, c.posting->id},
            {u"applicationTitle"_s, c.posting->text},
            {u"appliedAt"_s, c.createdAt},
            {u"currentStage"_s, m_seed.account.stageIds.at(c.currentStage())},
            {u"origin"_s, c.origin},
            {u"sources"_s, QJsonArray::fromStringList(c.sources)},
            {u"opportunityOwner"_s, c.owner},
            {u"hiringManager"_s,
             c.posting->hiringManager.isEmpty() ? QJsonValue() : QJsonValue(c.posting->hiringManager)},
            {u"eeoResponseSource"_s, u"application"_s},
            {u"eeoSurveyRespondedAt"_s, responded},
            {u"applicationArchiveReason"_s, c.archived() ? QJsonValue(c.archiveReason) : QJsonValue()},
            {u"applicationArchivedAt"_s, c.archived() ? QJsonValue(c.archivedAt) : QJsonValue()},
            {u"applicationArchivedBy"_s, c.archived() ? QJsonValue(c.owner) : QJsonValue()},
            {u"hiredDate"_s, c.hired ? QJsonValue(c.archivedAt) : QJsonValue()},
            {u"gender"_s, genders.at(rng.weighted({45, 45, 4, 6}))},
            {u"race"_s, rng.pick(races)},
            {u"veteran"_s, veterans.at(rng.weighted({88, 6, 6}))},
            {u"disability"_s, disabilities.at(rng.weighted({85, 8, 7}))},
        });
}

QString DemoActivity::offer(const DemoCandidate &c)
{
    DemoRandom &rng = m_seed.rng;
    const DemoAccount &account = m_seed.account;
    const qint64 entered = c.stageTimes.at(c.stages.indexOf(account.offer));
    const qint64 end = c.archived() ? c.archivedAt : m_seed.anchor;
    const qint64 createdAt =
        qMin(entered + rng.between64(DemoSeed::kHour, 2 * DemoSeed::kDay), qMax(entered, end - kMinute));
    QString status;
    if (c.hired)
        status = u"signed"_s;
    else if (c.archived())
        status = rng.chance(0.5) ? u"sent"_s : u"opened"_s; // declined by the candidate
    else
        status = QStringList{u"draft"_s, u"approval-sent"_s, u"approved"_s, u"sent"_s, u"opened"_s}.at(
            rng.weighted({20, 20, 20, 25, 15}));
    const bool approved = status != u"draft"_s && status != u"approval-sent"_s;
    const bool sent = status == u"sent"_s || status == u"opened"_s || status == u"signed"_s;
    const bool opened = status == u"opened"_s || status == u"signed"_s;
    const qint64 sentAt =
        qMin(createdAt + rng.between64(DemoSeed::kHour, DemoSeed::kDay), qMax(createdAt, end - kMinute));
    const qint64 openedAt =
        qMin(sentAt + rng.between64(10 * kMinute, DemoSeed::kDay), qMax(sentAt, end - kMinute));

    const QJsonObject range = c.posting->salaryRange;
    const double salary =
        range.isEmpty()
            ? 100000.0
            : std::round((range.value(u"min"_s).toDouble() + range.value(u"max"_s).toDouble()) / 2000) * 1000;
    const QString currency = range.isEmpty() ? u"USD"_s : range.value(u"currency"_s).toString();
    const qint64 startDate = (end / DemoSeed::kDay + rng.between(14, 60)) * DemoSeed::kDay;
    auto offerField = [](const QString &text, const QString &identifier, const QJsonValue &value) {
        return QJsonObject{{u"text"_s, text}, {u"identifier"_s, identifier}, {u"value"_s, value}};
    };
    const DemoAccount::User &signer =
        account.user(c.posting->hiringManager.isEmpty() ? c.owner : c.posting->hiringManager);
    const QString id = rng.uuid();
    m_seed.rows.document(
        u"offer"_s, id, c.opportunityId,
        QJsonObject{
            {u"id"_s, id},
            {u"posting"_s, c.posting->id},
            {u"createdAt"_s, createdAt},
            {u"status"_s, status},
            {u"creator"_s, c.owner},
            {u"fields"_s,
             QJsonArray{offerField(u"Candidate name"_s, u"candidate_name"_s, c.name),
                        offerField(u"Job title"_s, u"job_title"_s, c.posting->text),
                        offerField(u"Salary"_s, u"salary_amount"_s, salary),
                        offerField(u"Currency"_s, u"salary_currency"_s, currency),
                        offerField(u"Anticipated start date"_s, u"anticipated_start_date"_s, startDate),
                        offerField(u"Location"_s, u"location"_s, c.posting->location)}},
            {u"approved"_s, approved ? QJsonValue(true) : QJsonValue()},
            {u"approvedAt"_s, approved ? QJsonValue(createdAt) : QJsonValue()},
            {u"sentAt"_s, sent ? QJsonValue(sentAt) : QJsonValue()},
            {u"signatures"_s,
             QJsonObject{{u"candidate"_s,
                          QJsonObject{{u"role"_s, u"candidate"_s},
                                      {u"name"_s, c.name},
                                      {u"email"_s, c.email},
                                      {u"signed"_s, c.hired},
                                      {u"signedAt"_s, c.hired ? QJsonValue(c.archivedAt) : QJsonValue()},
                                      {u"firstOpenedAt"_s, opened ? QJsonValue(openedAt) : QJsonValue()},
                                      {u"lastOpenedAt"_s, opened ? QJsonValue(openedAt) : QJsonValue()}}},
                         {u"signers"_s, QJsonArray{QJsonObject{
                                            {u"role"_s, u"hiring manager"_s},
                                            {u"name"_s, signer.name},
                                            {u"email"_s, signer.email},
                                            {u"signed"_s, sent},
                                            {u"signedAt"_s, sent ? QJsonValue(sentAt) : QJsonValue()}}}}}},
            {u"sentDocument"_s, QJsonValue()},
            {u"signedDocument"_s, QJsonValue()},
        });
    return id;
}

void DemoActivity::referral(const DemoCandidate &c)
{
    DemoRandom &rng = m_seed.rng;
    const DemoAccount::User &referrer = m_seed.account.user(c.sourcedBy);
    static const QStringList relationships = {u"Former colleague"_s, u"Friend"_s, u"Classmate"_s,
                                              u"Met professionally"_s, u"Family"_s};
    QJsonArray relationshipOptions;
    for (const QString &r : relationships)
        relationshipOptions.append(QJsonObject{{u"text"_s, r}});
    const QString comment = m_seed.words.phrase(rng, u"referral"_s, {{u"company"_s, c.company}});
    const QString id = rng.uuid();
    m_seed.rows.document(
        u"referral"_s, id, c.opportunityId,
        QJsonObject{
            {u"id"_s, id},
            {u"type"_s, u"referral"_s},
            {u"text"_s, u"Referral"_s},
            {u"instructions"_s, u"Tell us how you know this person and why they would be a great fit."_s},
            {u"baseTemplateId"_s, m_referralTemplateId},
            {u"user"_s, referrer.id},
            {u"referrer"_s, referrer.id},
            {u"stage"_s, QJsonValue()},
            {u"createdAt"_s, c.createdAt},
            {u"completedAt"_s, c.createdAt},
            {u"fields"_s, QJsonArray{QJsonObject{{u"id"_s, m_referrerFieldId},
                                                 {u"type"_s, u"text"_s},
                                                 {u"text"_s, u"Name of referrer"_s},
                                                 {u"description"_s, QString()},
                                                 {u"required"_s, true},
                                                 {u"value"_s, referrer.name}},
                                     QJsonObject{{u"id"_s, m_relationshipFieldId},
                                                 {u"type"_s, u"dropdown"_s},
                                                 {u"text"_s, u"Relationship"_s},
                                                 {u"description"_s, QString()},
                                                 {u"required"_s, true},
                                                 {u"options"_s, relationshipOptions},
                                                 {u"value"_s, rng.pick(relationships)}},
                                     QJsonObject{{u"id"_s, m_commentsFieldId},
                                                 {u"type"_s, u"textarea"_s},
                                                 {u"text"_s, u"Comments"_s},
                                                 {u"description"_s, QString()},
                                                 {u"required"_s, false},
                                                 {u"value"_s, comment}}}}});
}

} // namespace lever::sandbox
