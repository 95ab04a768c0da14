#include "BaselineData.h"

#include "Database.h"
#include "DocumentStore.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
struct UserSpec
{
    const char *name;
    const char *role;
    const char *title;
    bool deactivated;
};

// Users in every access role Lever has, including one deactivated account.
const UserSpec kUsers[] = {
    {"Morgan Reyes", "super admin", "Head of Talent", false},
    {"Priya Natarajan", "admin", "Recruiting Operations Lead", false},
    {"Daniel Okafor", "admin", "IT Administrator", false},
    {"Sofia Lindqvist", "team member", "Senior Recruiter", false},
    {"James Whitaker", "team member", "Technical Recruiter", false},
    {"Aiko Tanaka", "team member", "Recruiting Coordinator", false},
    {"Lucas Moreau", "team member", "Sourcer", false},
    {"Hannah Schmidt", "team member", "Engineering Manager", false},
    {"Carlos Mendoza", "team member", "Director of Sales", false},
    {"Olivia Brennan", "team member", "Product Lead", false},
    {"Wei Zhang", "limited team member", "Staff Engineer", false},
    {"Fatima Al-Sayed", "limited team member", "Design Manager", false},
    {"Noah Fischer", "interviewer", "Software Engineer", false},
    {"Grace Kim", "interviewer", "Account Executive", false},
    {"Mateo Rossi", "interviewer", "Data Scientist", false},
    {"Ella Novak", "interviewer", "Customer Success Manager", false},
    {"Samuel Adeyemi", "interviewer", "Site Reliability Engineer", false},
    {"Chloe Dubois", "interviewer", "Product Designer", false},
    {"Ethan Brooks", "team member", "Former Recruiter", true},
};

QJsonObject field(QRandomGenerator64 &rng, const QString &type, const QString &text,
                  const QString &description, bool required)
{
    return QJsonObject{{u"id"_s, BaselineData::uuid(rng)}, {u"type"_s, type},         {u"text"_s, text},
                       {u"description"_s, description},    {u"required"_s, required}, {u"prompt"_s, text}};
}

QJsonObject scoreSystem(QRandomGenerator64 &rng)
{
    QJsonObject f = field(rng, u"score-system"_s, u"Rating"_s, u"Overall recommendation"_s, true);
    f.insert(u"options"_s,
             QJsonArray{QJsonObject{{u"text"_s, u"4 - Strong Hire"_s}},
                        QJsonObject{{u"text"_s, u"3 - Hire"_s}}, QJsonObject{{u"text"_s, u"2 - No Hire"_s}},
                        QJsonObject{{u"text"_s, u"1 - Strong No Hire"_s}}});
    return f;
}

QJsonArray options(std::initializer_list<const char *> texts)
{
    QJsonArray out;
    for (const char *t : texts)
        out.append(QJsonObject{{u"text"_s, QString::fromUtf8(t)}});
    return out;
}
} // namespace

QString BaselineData::uuid(QRandomGenerator64 &rng)
{
    quint64 hi = rng.generate();
    quint64 lo = rng.generate();
    // Version 4, variant 1, as QUuid::createUuid() would make.
    hi = (hi & 0xFFFFFFFFFFFF0FFFULL) | 0x0000000000004000ULL;
    lo = (lo & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    const QUuid id(uint(hi >> 32), ushort(hi >> 16), ushort(hi), uchar(lo >> 56), uchar(lo >> 48),
                   uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                   uchar(lo));
    return id.toString(QUuid::WithoutBraces);
}

QString BaselineData::superAdminId(SandboxContext &ctx)
{
    const QList<QJsonObject> users = ctx.docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (u.value(u"accessRole"_s).toString() == u"super admin"_s && u.value(u"deactivatedAt"_s).isNull())
            return u.value(u"id"_s).toString();
    }
    return {};
}

void BaselineData::seed(SandboxContext &ctx, quint64 seed)
{
    QRandomGenerator64 rng(seed ^ 0x5eedba5e11e5ULL);
    const qint64 now = ctx.now();
    const qint64 accountCreated = now - 3LL * 365 * 24 * 3600 * 1000;
    Transaction tx(ctx.db);

    // Lever's built-in stage ids where they exist, UUIDs for the custom ones, in pipeline order.
    const QList<QPair<QString, QString>> stages = {
        {u"lead-new"_s, u"New lead"_s},        {u"lead-reached-out"_s, u"Reached out"_s},
        {u"lead-responded"_s, u"Responded"_s}, {u"applicant-new"_s, u"New applicant"_s},
        {uuid(rng), u"Recruiter screen"_s},    {uuid(rng), u"Hiring manager review"_s},
        {uuid(rng), u"Phone interview"_s},     {uuid(rng), u"On-site interview"_s},
        {uuid(rng), u"Reference check"_s},     {u"offer"_s, u"Offer"_s},
    };
    for (const auto &[id, text] : stages)
        ctx.docs.put(u"stage"_s, id, {}, QJsonObject{{u"id"_s, id}, {u"text"_s, text}});

    const QList<std::tuple<QString, QString, QString>> reasons = {
        {u"Hired"_s, u"hired"_s, u"active"_s},
        {u"Underqualified"_s, u"non-hired"_s, u"active"_s},
        {u"Unresponsive"_s, u"non-hired"_s, u"active"_s},
        {u"Timing"_s, u"non-hired"_s, u"active"_s},
        {u"Withdrew"_s, u"non-hired"_s, u"active"_s},
        {u"Offer declined"_s, u"non-hired"_s, u"active"_s},
        {u"Position closed"_s, u"non-hired"_s, u"active"_s},
        {u"Compensation expectations"_s, u"non-hired"_s, u"active"_s},
        {u"Location"_s, u"non-hired"_s, u"active"_s},
        {u"Duplicate profile"_s, u"non-hired"_s, u"active"_s},
        {u"Not a culture add (retired)"_s, u"non-hired"_s, u"inactive"_s},
    };
    for (const auto &[text, type, status] : reasons) {
        const QString id = uuid(rng);
        ctx.docs.put(u"archive_reason"_s, id, {},
                     QJsonObject{{u"id"_s, id}, {u"text"_s, text}, {u"status"_s, status}, {u"type"_s, type}});
    }

    QString firstManager;
    int index = 0;
    for (const UserSpec &spec : kUsers) {
        const QString id = uuid(rng);
        const QString name = QString::fromUtf8(spec.name);
        const QString username = name.toLower().remove(u'-').replace(u' ', u'.');
        const qint64 created = accountCreated + qint64(index++) * 86400000LL * 17;
        const QJsonObject user{
            {u"id"_s, id},
            {u"name"_s, name},
            {u"username"_s, username},
            {u"email"_s, QString(username + u"@leverdemo.example"_s)},
            {u"createdAt"_s, created},
            {u"deactivatedAt"_s, spec.deactivated ? QJsonValue(now - 40LL * 86400000) : QJsonValue()},
            {u"accessRole"_s, QString::fromLatin1(spec.role)},
            {u"photo"_s, QJsonValue()},
            {u"externalDirectoryId"_s, QJsonValue()},
            {u"linkedContactIds"_s, QJsonValue()},
            {u"jobTitle"_s, QString::fromUtf8(spec.title)},
            {u"managerId"_s, firstManager.isEmpty() ? QJsonValue() : QJsonValue(firstManager)},
        };
        if (firstManager.isEmpty())
            firstManager = id;
        ctx.docs.put(u"user"_s, id, {}, user);
    }

    struct Template
    {
        QString id;
        QString text;
        QString instructions;
        QJsonArray fields;
    };
    QList<Template> templates;
    templates.append({u"no-feedback"_s, u"No feedback form"_s, u"Leave an overall rating."_s,
                      QJsonArray{scoreSystem(rng)}});
    {
        QJsonArray f{scoreSystem(rng), field(rng, u"textarea"_s, u"Strengths"_s, u"What stood out?"_s, true),
                     field(rng, u"textarea"_s, u"Concerns"_s, u"Anything that worries you?"_s, false)};
        QJsonObject yesNo = field(rng, u"yes-no"_s, u"Would you like to work with them?"_s, u""_s, true);
        f.append(yesNo);
        templates.append({uuid(rng), u"Phone screen"_s, u"Fill this in within 24 hours of the call."_s, f});
    }
    {
        QJsonObject level = field(rng, u"dropdown"_s, u"Level"_s, u"The level you would hire at"_s, true);
        level.insert(u"options"_s, options({"Junior", "Mid", "Senior", "Staff", "Principal"}));
        QJsonObject langs =
            field(rng, u"multiple-select"_s, u"Languages"_s, u"Which languages did they use well?"_s, false);
        langs.insert(u"options"_s, options({"C++", "Python", "Go", "TypeScript", "Rust", "Java"}));
        QJsonObject score = field(rng, u"score"_s, u"Problem solving"_s, u"From 1 to 4"_s, true);
        score.insert(u"scores"_s,
                     QJsonArray{QJsonObject{{u"text"_s, u"1"_s}, {u"description"_s, u"Struggled"_s}},
                                QJsonObject{{u"text"_s, u"2"_s}, {u"description"_s, u"Needed help"_s}},
                                QJsonObject{{u"text"_s, u"3"_s}, {u"description"_s, u"Solid"_s}},
                                QJsonObject{{u"text"_s, u"4"_s}, {u"description"_s, u"Outstanding"_s}}});
        templates.append(
            {uuid(rng), u"On-site technical interview"_s,
             u"Score the candidate on the exercise, then give an overall rating."_s,
             QJsonArray{scoreSystem(rng), level, score, langs,
                        field(rng, u"text"_s, u"Summary"_s, u"One line for the debrief"_s, true)}});
    }
    templates.append({uuid(rng), u"Culture and values"_s, u"Focus on collaboration and ownership."_s,
                      QJsonArray{scoreSystem(rng),
                                 field(rng, u"textarea"_s, u"Notes"_s, u"Examples you heard"_s, false)}});
    const QString groupId = uuid(rng);
    for (const Template &t : templates) {
        ctx.docs.put(
            u"feedback_template"_s, t.id, {},
            QJsonObject{{u"id"_s, t.id},
                        {u"text"_s, t.text},
                        {u"instructions"_s, t.instructions},
                        {u"group"_s,
                         t.id == u"no-feedback"_s
                             ? QJsonValue()
                             : QJsonValue(QJsonObject{{u"id"_s, groupId}, {u"name"_s, u"Interview kits"_s}})},
                        {u"stage"_s, QJsonValue()},
                        {u"createdAt"_s, accountCreated},
                        {u"updatedAt"_s, accountCreated},
                        {u"fields"_s, t.fields}});
    }

    const QList<QPair<QString, QString>> reqFields = {{u"Cost center"_s, u"text"_s},
                                                      {u"Budget approved"_s, u"yes-no"_s}};
    for (const auto &[text, type] : reqFields) {
        const QString id = uuid(rng);
        ctx.docs.put(u"requisition_field"_s, id, {},
                     QJsonObject{{u"id"_s, id},
                                 {u"text"_s, text},
                                 {u"type"_s, type},
                                 {u"isRequired"_s, text == u"Cost center"_s}});
    }
    tx.commit();
}

} // namespace lever::sandbox
