#include "DemoInterviews.h"

#include "BulkQueue.h"
#include "DemoAccount.h"
#include "DemoCandidate.h"
#include "DemoRandom.h"
#include "DemoSeed.h"
#include "DemoWords.h"

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
constexpr qint64 kMinute = 60 * 1000;

qint64 quarterHour(qint64 ms)
{
    return ms - ms % (15 * kMinute);
}
} // namespace

DemoInterviews::DemoInterviews(DemoSeed &seed)
    : m_seed(seed)
{}

qint64 DemoInterviews::generate(const DemoCandidate &c)
{
    const DemoAccount &account = m_seed.account;
    const qint64 end = c.archived() ? c.archivedAt : m_seed.anchor;
    qint64 last = 0;
    for (qsizetype k = 0; k < c.stages.size(); ++k) {
        const int stage = c.stages.at(k);
        if (!account.interviewStages.contains(stage) || !m_seed.rng.chance(0.85))
            continue;
        const bool current = k == c.stages.size() - 1;
        const qint64 enter = c.stageTimes.at(k);
        const qint64 leave = current ? end : c.stageTimes.at(k + 1);
        const bool upcoming = current && !c.archived() && m_seed.rng.chance(0.5);
        // Feedback leans positive where the candidate went on to the next stage.
        const bool advanced = !current || c.hired;
        last = qMax(last, panel(c, stage, enter, leave, upcoming, advanced));
    }
    return last;
}

qint64 DemoInterviews::panel(const DemoCandidate &c, int stageIndex, qint64 enter, qint64 leave,
                             bool upcoming, bool advanced)
{
    DemoRandom &rng = m_seed.rng;
    const DemoAccount &account = m_seed.account;
    const qint64 anchor = m_seed.anchor;
    const QString stageText = account.stageTexts.at(stageIndex);
    const QString lower = stageText.toLower();
    const bool onsite = lower.contains(u"site"_s);
    const bool phone = lower.contains(u"phone"_s) || lower.contains(u"screen"_s);
    const int count = onsite ? rng.between(2, 3) : 1;
    const int duration = onsite ? 60 : (rng.chance(0.5) ? 30 : 45);
    const qint64 slot = qint64(duration + 15) * kMinute;
    const qint64 series = count * slot;

    qint64 start = 0;
    if (upcoming) {
        const qint64 day = anchor + rng.between64(1, 10) * DemoSeed::kDay;
        start = day + rng.between64(8 * DemoSeed::kHour, 17 * DemoSeed::kHour);
    } else {
        // Inside the time spent in the stage and over an hour before the "now" anchor; a history squeezed
        // into the last hours leaves no room for a past panel.
        const qint64 latest = qMin(leave, anchor) - series - DemoSeed::kHour;
        const qint64 earliest = enter + DemoSeed::kHour;
        if (latest < c.createdAt + 15 * kMinute)
            return 0;
        start = latest > earliest ? rng.between64(earliest, latest) : latest;
    }
    start = quarterHour(start);
    qint64 createdAt = qMax(enter, start - rng.between64(DemoSeed::kHour, 5 * DemoSeed::kDay));
    createdAt = qMin(createdAt, qMin(start, anchor) - 10 * kMinute);

    const QString panelId = rng.uuid();
    const bool externallyManaged = rng.chance(0.3);
    const QString timeZone = c.posting->timeZone;
    const QString stageId = account.stageIds.at(stageIndex);
    static const QStringList onsiteTopics = {u"Technical deep dive"_s, u"Culture and values"_s,
                                             u"Meet the team"_s};
    qint64 last = 0;
    QJsonArray panelInterviews;
    for (int i = 0; i < count; ++i) {
        const QString interviewId = rng.uuid();
        const qint64 date = start + i * slot;
        const QJsonObject &templ = onsite
                                       ? account.templateNamed(i % 2 == 0 ? u"On-site technical interview"_s
                                                                          : u"Culture and values"_s)
                                   : phone ? account.templateNamed(u"Phone screen"_s)
                                           : account.templateNamed(u"No feedback form"_s);
        const QString templateId = templ.value(u"id"_s).toString();
        const QString subject = (onsite ? onsiteTopics.at(i) : stageText) + u" with "_s + c.name;
        const QString note =
            rng.chance(0.5) ? QString(u"Focus on "_s + rng.pick(m_seed.words.skills)) : QString();
        const QList<int> people = rng.sample(account.interviewers, onsite ? rng.between(1, 2) : 1);

        QJsonArray panelPeople;
        QJsonArray interviewPeople;
        QJsonArray feedbackForms;
        for (int index : people) {
            const DemoAccount::User &u = account.users.at(index);
            QString response = u"accepted"_s;
            if (upcoming)
                response = QStringList{u"needsAction"_s, u"accepted"_s, u"tentative"_s}.at(
                    rng.weighted({40, 50, 10}));
            else if (rng.chance(0.1))
                response = u"tentative"_s;
            const QJsonObject person{{u"id"_s, u.id},
                                     {u"name"_s, u.name},
                                     {u"email"_s, u.email},
                                     {u"feedbackTemplate"_s, templateId}};
            interviewPeople.append(person);
            QJsonObject withResponse = person;
            withResponse.insert(u"responseStatus"_s, response);
            panelPeople.append(withResponse);
            if (upcoming || !rng.chance(0.85))
                continue;
            const qint64 at = qMin(date + duration * kMinute + rng.between64(10 * kMinute, DemoSeed::kDay),
                                   anchor - kMinute);
            const bool positive = rng.chance(advanced ? 0.85 : 0.25);
            const QJsonObject fb = feedback(c, templ, u.id, interviewId, panelId, at, positive);
            feedbackForms.append(fb.value(u"id"_s));
            last = qMax(last, at);
        }
        if (!upcoming)
            last = qMax(last, date + duration * kMinute);

        panelInterviews.append(QJsonObject{{u"id"_s, interviewId},
                                           {u"subject"_s, subject},
                                           {u"note"_s, note},
                                           {u"interviewers"_s, panelPeople},
                                           {u"date"_s, date},
                                           {u"duration"_s, duration},
                                           {u"location"_s, QJsonValue()},
                                           {u"feedbackTemplate"_s, templateId},
                                           {u"feedbackReminder"_s, u"frequently"_s}});
        m_seed.rows.document(u"interview"_s, interviewId, c.opportunityId,
                             QJsonObject{{u"id"_s, interviewId},
                                         {u"panel"_s, panelId},
                                         {u"opportunityId"_s, c.opportunityId},
                                         {u"subject"_s, subject},
                                         {u"note"_s, note},
                                         {u"interviewers"_s, interviewPeople},
                                         {u"timezone"_s, timeZone},
                                         {u"date"_s, date},
                                         {u"duration"_s, duration},
                                         {u"location"_s, QJsonValue()},
                                         {u"feedbackTemplate"_s, templateId},
                                         {u"feedbackForms"_s, feedbackForms},
                                         {u"feedbackReminder"_s, u"frequently"_s},
                                         {u"user"_s, c.owner},
                                         {u"stage"_s, stageId},
                                         {u"canceledAt"_s, QJsonValue()},
                                         {u"postings"_s, QJsonArray{c.posting->id}},
                                         {u"gcalEventUrl"_s, QJsonValue()},
                                         {u"createdAt"_s, createdAt}});
    }
    m_seed.rows.document(u"panel"_s, panelId, c.opportunityId,
                         QJsonObject{{u"id"_s, panelId},
                                     {u"applications"_s, QJsonArray{c.applicationId}},
                                     {u"canceledAt"_s, QJsonValue()},
                                     {u"createdAt"_s, createdAt},
                                     {u"start"_s, start},
                                     {u"end"_s, start + (count - 1) * slot + duration * kMinute},
                                     {u"timezone"_s, timeZone},
                                     {u"feedbackReminder"_s, u"daily"_s},
                                     {u"user"_s, c.owner},
                                     {u"stage"_s, stageId},
                                     {u"note"_s, QJsonValue()},
                                     {u"externalUrl"_s, QJsonValue()},
                                     {u"externallyManaged"_s, externallyManaged},
                                     {u"interviews"_s, panelInterviews}});
    return last;
}

QJsonObject DemoInterviews::feedback(const DemoCandidate &c, const QJsonObject &templ, const QString &userId,
                                     const QString &interviewId, const QString &panelId, qint64 at,
                                     bool positive)
{
    QJsonArray fields;
    const QJsonArray templateFields = templ.value(u"fields"_s).toArray();
    for (const QJsonValue &f : templateFields) {
        QJsonObject field = f.toObject();
        field.insert(u"value"_s, fieldValue(field, positive, c.posting->team));
        fields.append(field);
    }
    const QString id = m_seed.rng.uuid();
    const QJsonObject doc{{u"id"_s, id},
                          {u"type"_s, u"interview"_s},
                          {u"text"_s, templ.value(u"text"_s)},
                          {u"instructions"_s, templ.value(u"instructions"_s)},
                          {u"baseTemplateId"_s, templ.value(u"id"_s)},
                          {u"interview"_s, interviewId},
                          {u"panel"_s, panelId},
                          {u"user"_s, userId},
                          {u"fields"_s, fields},
                          {u"createdAt"_s, at},
                          {u"completedAt"_s, at},
                          {u"updatedAt"_s, at},
                          {u"deletedAt"_s, QJsonValue()}};
    m_seed.rows.document(u"feedback"_s, id, c.opportunityId, doc);
    return doc;
}

QJsonValue DemoInterviews::fieldValue(const QJsonObject &field, bool positive, const QString &team)
{
    DemoRandom &rng = m_seed.rng;
    const DemoWords &w = m_seed.words;
    const QString type = field.value(u"type"_s).toString();
    QStringList options;
    const QJsonArray optionList =
        field.value(field.contains(u"scores"_s) ? u"scores"_s : u"options"_s).toArray();
    for (const QJsonValue &o : optionList)
        options.append(o.toObject().value(u"text"_s).toString());

    if (type == u"score-system"_s && options.size() == 4) // "4 - Strong Hire" ... "1 - Strong No Hire"
        return options.at(
            rng.weighted(positive ? QList<double>{40, 50, 10, 0} : QList<double>{2, 18, 50, 30}));
    if (type == u"score"_s && !options.isEmpty()) { // "1" (low) ... "4" (high)
        const qsizetype half = options.size() / 2;
        return positive ? options.at(half + rng.below(int(options.size() - half)))
                        : options.at(rng.below(int(half)));
    }
    if (type == u"yes-no"_s)
        return rng.chance(positive ? 0.85 : 0.3) ? u"yes"_s : u"no"_s;
    if (type == u"multiple-select"_s && !options.isEmpty()) // Lever answers these with an array of choices
        return QJsonArray::fromStringList(rng.sample(options, rng.between(1, qMin(3, int(options.size())))));
    if (!options.isEmpty())
        return rng.pick(options);
    if (type == u"textarea"_s) {
        const bool concerns = field.value(u"text"_s).toString().contains(u"Concern"_s);
        return w.phrase(rng, concerns || !positive ? u"concern"_s : u"strength"_s);
    }
    if (type == u"text"_s)
        return w.phrase(rng, u"summary"_s, {{u"team"_s, team}});
    return QJsonValue();
}

} // namespace lever::sandbox
