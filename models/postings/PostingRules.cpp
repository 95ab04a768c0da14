#include "PostingRules.h"

#include "PostingHtml.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::models {

const QStringList &PostingRules::editableStates()
{
    static const QStringList states = {u"draft"_s, u"internal"_s, u"published"_s, u"closed"_s};
    return states;
}

QString PostingRules::stateLabel(const QString &state)
{
    if (state == u"draft"_s)
        return tr("Draft");
    if (state == u"internal"_s)
        return tr("Internal");
    if (state == u"published"_s)
        return tr("Published");
    if (state == u"closed"_s)
        return tr("Closed");
    if (state == u"pending"_s)
        return tr("Pending approval");
    if (state == u"rejected"_s)
        return tr("Rejected");
    return state;
}

QStringList PostingRules::allowedStates(const QString &from)
{
    // Lever's state machine: drafts go anywhere; once live, never back to draft (sandbox tst_postings).
    if (from.isEmpty() || from == u"draft"_s)
        return editableStates();
    if (from == u"pending"_s)
        return {u"pending"_s, u"published"_s, u"rejected"_s, u"draft"_s};
    if (from == u"rejected"_s)
        return {u"rejected"_s, u"draft"_s};
    return {u"internal"_s, u"published"_s, u"closed"_s};
}

const QStringList &PostingRules::workplaceTypes()
{
    static const QStringList types = {u"unspecified"_s, u"onsite"_s, u"remote"_s, u"hybrid"_s};
    return types;
}

QString PostingRules::workplaceLabel(const QString &type)
{
    if (type == u"onsite"_s)
        return tr("On-site");
    if (type == u"remote"_s)
        return tr("Remote");
    if (type == u"hybrid"_s)
        return tr("Hybrid");
    return tr("Unspecified");
}

QString PostingRules::intervalLabel(const QString &interval)
{
    if (interval == u"per-year-salary"_s)
        return tr("per year");
    if (interval == u"per-month-salary"_s)
        return tr("per month");
    if (interval == u"per-week-salary"_s)
        return tr("per week");
    if (interval == u"per-day-wage"_s)
        return tr("per day");
    if (interval == u"per-hour-wage"_s)
        return tr("per hour");
    if (interval == u"one-time"_s)
        return tr("one time");
    return interval;
}

QList<FieldIssue> PostingRules::validate(const PostingForm &form, const PostingForm &loaded)
{
    QList<FieldIssue> issues;
    if (form.string(u"text"_s).trimmed().isEmpty())
        issues.append({u"text"_s, tr("Enter a title: candidates see it first.")});

    const QString from = loaded.string(u"state"_s);
    const QString state = form.string(u"state"_s);
    if (!allowedStates(from).contains(state)) {
        issues.append({u"state"_s, from.isEmpty() ? tr("Choose a state for the posting.")
                                                  : tr("A %1 posting cannot move to %2; Lever allows: %3.")
                                                        .arg(stateLabel(from), stateLabel(state), [&] {
                                                            QStringList labels;
                                                            for (const QString &s : allowedStates(from))
                                                                labels.append(stateLabel(s));
                                                            return labels.join(u", "_s);
                                                        }())});
    }
    if (state == u"published"_s && form.strings(u"distributionChannels"_s).isEmpty())
        issues.append(
            {u"distributionChannels"_s,
             tr("A published posting needs at least one distribution channel (public or internal).")});

    // Lever cannot take an empty owner or hiring manager: once set, they can be changed, not removed.
    if (form.string(u"owner"_s).isEmpty() && !loaded.string(u"owner"_s).isEmpty())
        issues.append({u"owner"_s, tr("A posting always has an owner in Lever; pick one.")});
    if (form.string(u"hiringManager"_s).isEmpty() && !loaded.string(u"hiringManager"_s).isEmpty())
        issues.append(
            {u"hiringManager"_s, tr("Lever cannot remove the hiring manager of a posting; pick another "
                                    "user instead.")});

    const QString loadedWorkplace = loaded.string(u"workplaceType"_s);
    if (form.string(u"workplaceType"_s) == u"unspecified"_s && !loadedWorkplace.isEmpty() &&
        loadedWorkplace != u"unspecified"_s) {
        issues.append({u"workplaceType"_s, tr("Once the workplace type is set, Lever cannot set it back to "
                                              "unspecified.")});
    }

    // Salary: all four or none, numbers of 0 or more, min <= max, an ISO 4217 code, a known interval.
    const QStringList salary = {u"salaryMin"_s, u"salaryMax"_s, u"salaryCurrency"_s, u"salaryInterval"_s};
    QStringList missing;
    for (const QString &key : salary) {
        if (form.string(key).trimmed().isEmpty())
            missing.append(key);
    }
    if (!missing.isEmpty() && missing.size() < salary.size()) {
        issues.append({missing.first(), tr("A salary range needs minimum, maximum, currency and interval "
                                           "together; fill in %1 or clear all four.")
                                            .arg(PostingForm::label(missing.first()).toLower())});
    } else if (missing.isEmpty()) {
        bool minOk = false;
        bool maxOk = false;
        const double min = form.string(u"salaryMin"_s).trimmed().toDouble(&minOk);
        const double max = form.string(u"salaryMax"_s).trimmed().toDouble(&maxOk);
        if (!minOk || min < 0)
            issues.append({u"salaryMin"_s, tr("The salary minimum must be a number of 0 or more.")});
        else if (!maxOk || max < 0)
            issues.append({u"salaryMax"_s, tr("The salary maximum must be a number of 0 or more.")});
        else if (min > max)
            issues.append({u"salaryMin"_s, tr("The salary minimum must not be greater than the maximum.")});
        static const QRegularExpression iso(u"^[A-Z]{3}$"_s);
        if (!iso.match(form.string(u"salaryCurrency"_s).trimmed()).hasMatch())
            issues.append({u"salaryCurrency"_s,
                           tr("The currency must be a three-letter ISO 4217 code such as USD or EUR.")});
        if (!PostingForm::payIntervals().contains(form.string(u"salaryInterval"_s)))
            issues.append({u"salaryInterval"_s, tr("Choose how often the salary is paid.")});
    }

    for (const QString &key : {u"descriptionHtml"_s, u"closingHtml"_s}) {
        const QString problem = PostingHtml::check(form.string(key), PostingHtml::Profile::Description);
        if (!problem.isEmpty())
            issues.append({key, PostingForm::label(key) + u": "_s + problem});
    }
    const auto lists = form.lists();
    for (qsizetype i = 0; i < lists.size(); ++i) {
        if (lists.at(i).text.trimmed().isEmpty()) {
            issues.append({u"lists"_s, tr("List %1 needs a title.").arg(i + 1)});
            break;
        }
        if (PostingHtml::plainText(u"<ul>"_s + lists.at(i).content + u"</ul>"_s).trimmed().isEmpty()) {
            issues.append(
                {u"lists"_s,
                 tr("The list \"%1\" has no items; add one or remove the list.").arg(lists.at(i).text)});
            break;
        }
        const QString problem = PostingHtml::check(lists.at(i).content, PostingHtml::Profile::List);
        if (!problem.isEmpty()) {
            issues.append({u"lists"_s, lists.at(i).text + u": "_s + problem});
            break;
        }
    }
    return issues;
}

} // namespace lever::models
