#include "DemoAccount.h"

#include "DocumentStore.h"

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

DemoAccount DemoAccount::load(const DocumentStore &docs)
{
    DemoAccount a;
    const QList<QJsonObject> users = docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (!u.value(u"deactivatedAt"_s).isNull())
            continue;
        const QString role = u.value(u"accessRole"_s).toString();
        const int index = int(a.users.size());
        a.users.append({u.value(u"id"_s).toString(), u.value(u"name"_s).toString(),
                        u.value(u"email"_s).toString(), u.value(u"username"_s).toString(), role});
        if (role == u"super admin"_s || role == u"admin"_s || role == u"team member"_s)
            a.recruiters.append(index);
        if (role == u"team member"_s || role == u"limited team member"_s)
            a.hiringManagers.append(index);
        a.interviewers.append(index);
    }
    if (a.recruiters.isEmpty() || a.hiringManagers.isEmpty())
        throw std::runtime_error("demo data needs the baseline users");

    const QList<QJsonObject> stages = docs.all(u"stage"_s);
    for (const QJsonObject &s : stages) {
        a.stageIds.append(s.value(u"id"_s).toString());
        a.stageTexts.append(s.value(u"text"_s).toString());
    }
    if (a.stageIds.size() < 2)
        throw std::runtime_error("demo data needs the baseline stages");
    a.leadNew = int(a.stageIds.indexOf(u"lead-new"_s));
    a.leadReachedOut = int(a.stageIds.indexOf(u"lead-reached-out"_s));
    a.leadResponded = int(a.stageIds.indexOf(u"lead-responded"_s));
    a.applicantNew = qMax(0, int(a.stageIds.indexOf(u"applicant-new"_s)));
    a.offer = int(a.stageIds.indexOf(u"offer"_s));
    if (a.offer <= a.applicantNew)
        a.offer = int(a.stageIds.size()) - 1;
    // Stage ids are UUIDs on real accounts: recognise interview stages by name, else take them all.
    for (int i = a.applicantNew + 1; i < a.offer; ++i) {
        const QString text = a.stageTexts.at(i).toLower();
        if (text.contains(u"interview"_s) || text.contains(u"screen"_s) || text.contains(u"on-site"_s))
            a.interviewStages.append(i);
    }
    if (a.interviewStages.isEmpty()) {
        for (int i = a.applicantNew + 1; i < a.offer; ++i)
            a.interviewStages.append(i);
    }

    const QList<QJsonObject> reasons = docs.all(u"archive_reason"_s);
    for (const QJsonObject &r : reasons) {
        if (r.value(u"status"_s).toString() != u"active"_s)
            continue;
        if (r.value(u"type"_s).toString() == u"hired"_s) {
            if (a.hiredReason.isEmpty())
                a.hiredReason = r.value(u"id"_s).toString();
        } else {
            a.nonHiredReasons.append({r.value(u"text"_s).toString(), r.value(u"id"_s).toString()});
        }
    }
    if (a.hiredReason.isEmpty() || a.nonHiredReasons.isEmpty())
        throw std::runtime_error("demo data needs hired and non-hired archive reasons");

    a.templates = docs.all(u"feedback_template"_s);
    if (a.templates.isEmpty())
        throw std::runtime_error("demo data needs the baseline feedback templates");
    a.requisitionFields = docs.all(u"requisition_field"_s);
    return a;
}

QString DemoAccount::reason(const QString &text) const
{
    for (const auto &[name, id] : nonHiredReasons) {
        if (name == text)
            return id;
    }
    return nonHiredReasons.first().second;
}

const QJsonObject &DemoAccount::templateNamed(const QString &text) const
{
    for (const QJsonObject &t : templates) {
        if (t.value(u"text"_s).toString() == text)
            return t;
    }
    return templates.first();
}

const DemoAccount::User &DemoAccount::user(const QString &id) const
{
    for (const User &u : users) {
        if (u.id == id)
            return u;
    }
    return users.first();
}

} // namespace lever::sandbox
