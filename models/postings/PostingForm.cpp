#include "PostingForm.h"

#include "PostingHtml.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {

const QStringList kCategoryFields = {u"team"_s, u"department"_s, u"location"_s, u"commitment"_s, u"level"_s};
const QStringList kSalaryFields = {u"salaryMin"_s, u"salaryMax"_s, u"salaryCurrency"_s, u"salaryInterval"_s};
const QStringList kContentFields = {u"descriptionHtml"_s, u"lists"_s, u"closingHtml"_s};

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

std::optional<QString> nonEmpty(const QString &s)
{
    return s.trimmed().isEmpty() ? std::nullopt : std::optional<QString>(s.trimmed());
}

} // namespace

const QStringList &PostingForm::fields()
{
    static const QStringList f = {u"text"_s,
                                  u"state"_s,
                                  u"distributionChannels"_s,
                                  u"owner"_s,
                                  u"hiringManager"_s,
                                  u"team"_s,
                                  u"department"_s,
                                  u"location"_s,
                                  u"commitment"_s,
                                  u"level"_s,
                                  u"workplaceType"_s,
                                  u"salaryMin"_s,
                                  u"salaryMax"_s,
                                  u"salaryCurrency"_s,
                                  u"salaryInterval"_s,
                                  u"tags"_s,
                                  u"requisitionCodes"_s,
                                  u"descriptionHtml"_s,
                                  u"lists"_s,
                                  u"closingHtml"_s};
    return f;
}

QString PostingForm::label(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        {u"text"_s, QT_TR_NOOP("Title")},
        {u"state"_s, QT_TR_NOOP("State")},
        {u"distributionChannels"_s, QT_TR_NOOP("Distribution channels")},
        {u"owner"_s, QT_TR_NOOP("Owner")},
        {u"hiringManager"_s, QT_TR_NOOP("Hiring manager")},
        {u"team"_s, QT_TR_NOOP("Team")},
        {u"department"_s, QT_TR_NOOP("Department")},
        {u"location"_s, QT_TR_NOOP("Location")},
        {u"commitment"_s, QT_TR_NOOP("Commitment")},
        {u"level"_s, QT_TR_NOOP("Level")},
        {u"workplaceType"_s, QT_TR_NOOP("Workplace type")},
        {u"salaryMin"_s, QT_TR_NOOP("Salary minimum")},
        {u"salaryMax"_s, QT_TR_NOOP("Salary maximum")},
        {u"salaryCurrency"_s, QT_TR_NOOP("Salary currency")},
        {u"salaryInterval"_s, QT_TR_NOOP("Salary interval")},
        {u"tags"_s, QT_TR_NOOP("Tags")},
        {u"requisitionCodes"_s, QT_TR_NOOP("Requisition codes")},
        {u"descriptionHtml"_s, QT_TR_NOOP("Description")},
        {u"lists"_s, QT_TR_NOOP("Lists")},
        {u"closingHtml"_s, QT_TR_NOOP("Closing")},
    };
    const char *l = labels.value(field);
    return l ? tr(l) : field;
}

const QStringList &PostingForm::payIntervals()
{
    static const QStringList intervals = {u"per-year-salary"_s, u"per-month-salary"_s, u"per-week-salary"_s,
                                          u"per-day-wage"_s,    u"per-hour-wage"_s,    u"one-time"_s};
    return intervals;
}

PostingForm PostingForm::fromPosting(const api::Posting &p)
{
    PostingForm f;
    f.set(u"text"_s, p.text);
    f.set(u"state"_s, p.state);
    f.setStrings(u"distributionChannels"_s, p.distributionChannels.value_or(QStringList()));
    f.set(u"owner"_s, p.owner.id);
    f.set(u"hiringManager"_s, p.hiringManager.id);
    f.set(u"team"_s, p.categories.team.value_or(QString()));
    f.set(u"department"_s, p.categories.department.value_or(QString()));
    f.set(u"location"_s, p.categories.location.value_or(QString()));
    f.set(u"commitment"_s, p.categories.commitment.value_or(QString()));
    f.set(u"level"_s, p.categories.level.value_or(QString()));
    f.set(u"workplaceType"_s, p.workplaceType.isEmpty() ? u"unspecified"_s : p.workplaceType);
    if (p.salaryRange) {
        f.set(u"salaryMin"_s, numberText(p.salaryRange->min));
        f.set(u"salaryMax"_s, numberText(p.salaryRange->max));
        f.set(u"salaryCurrency"_s, p.salaryRange->currency);
        f.set(u"salaryInterval"_s, p.salaryRange->interval);
    } else {
        for (const QString &key : kSalaryFields)
            f.set(key, QString());
    }
    f.setStrings(u"tags"_s, p.tags);
    f.setStrings(u"requisitionCodes"_s, p.requisitionCodes);
    const api::Posting::Content content = p.content.value_or(api::Posting::Content());
    f.set(u"descriptionHtml"_s,
          PostingHtml::normalize(content.descriptionHtml, PostingHtml::Profile::Description));
    QList<api::Posting::ContentList> lists = content.lists;
    for (auto &l : lists)
        l.content = PostingHtml::normalize(l.content, PostingHtml::Profile::List);
    f.setLists(lists);
    f.set(u"closingHtml"_s, PostingHtml::normalize(content.closingHtml, PostingHtml::Profile::Description));
    return f;
}

PostingForm PostingForm::fromJson(const QJsonObject &values)
{
    PostingForm f;
    for (const QString &key : fields()) {
        if (values.contains(key))
            f.m_values.insert(key, values.value(key));
    }
    return f;
}

QStringList PostingForm::strings(const QString &field) const
{
    QStringList out;
    const QJsonArray a = m_values.value(field).toArray();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

QList<api::Posting::ContentList> PostingForm::lists() const
{
    QList<api::Posting::ContentList> out;
    const QJsonArray a = m_values.value(u"lists"_s).toArray();
    for (const QJsonValue &v : a)
        out.append({v.toObject().value(u"text"_s).toString(), v.toObject().value(u"content"_s).toString()});
    return out;
}

void PostingForm::set(const QString &field, const QJsonValue &value)
{
    m_values.insert(field, value);
}

void PostingForm::setStrings(const QString &field, const QStringList &values)
{
    m_values.insert(field, QJsonArray::fromStringList(values));
}

void PostingForm::setLists(const QList<api::Posting::ContentList> &lists)
{
    QJsonArray a;
    for (const auto &l : lists)
        a.append(l.toJson());
    m_values.insert(u"lists"_s, a);
}

QStringList PostingForm::differences(const PostingForm &other) const
{
    QStringList out;
    for (const QString &key : fields()) {
        QJsonValue a = m_values.value(key);
        QJsonValue b = other.m_values.value(key);
        // A missing string and an empty one say the same thing.
        if (a.isUndefined() || a.isNull())
            a = b.isArray() ? QJsonValue(QJsonArray()) : QJsonValue(QString());
        if (b.isUndefined() || b.isNull())
            b = a.isArray() ? QJsonValue(QJsonArray()) : QJsonValue(QString());
        if (a != b)
            out.append(key);
    }
    return out;
}

api::PostingDraft PostingForm::toCreateDraft() const
{
    api::PostingDraft d;
    d.text = string(u"text"_s).trimmed();
    d.state = nonEmpty(string(u"state"_s));
    d.distributionChannels = strings(u"distributionChannels"_s);
    d.owner = nonEmpty(string(u"owner"_s));
    d.hiringManager = nonEmpty(string(u"hiringManager"_s));
    api::Posting::Categories c;
    c.team = nonEmpty(string(u"team"_s));
    c.department = nonEmpty(string(u"department"_s));
    c.location = nonEmpty(string(u"location"_s));
    c.commitment = nonEmpty(string(u"commitment"_s));
    c.level = nonEmpty(string(u"level"_s));
    d.categories = c;
    d.tags = strings(u"tags"_s);
    api::Posting::Content content;
    content.descriptionHtml = string(u"descriptionHtml"_s);
    content.lists = lists();
    content.closingHtml = string(u"closingHtml"_s);
    d.content = content;
    const QString workplace = string(u"workplaceType"_s);
    if (!workplace.isEmpty() && workplace != u"unspecified"_s)
        d.workplaceType = workplace;
    d.requisitionCodes = strings(u"requisitionCodes"_s);
    if (!string(u"salaryMin"_s).trimmed().isEmpty()) {
        d.salaryRange =
            api::Posting::SalaryRange{string(u"salaryMin"_s).toDouble(), string(u"salaryMax"_s).toDouble(),
                                      string(u"salaryCurrency"_s).trimmed(), string(u"salaryInterval"_s)};
    }
    return d;
}

api::PostingDraft PostingForm::toUpdateDraft(const PostingForm &base) const
{
    const QStringList changed = differences(base);
    const api::PostingDraft full = toCreateDraft();
    api::PostingDraft d;
    if (changed.contains(u"text"_s))
        d.text = full.text;
    if (changed.contains(u"state"_s))
        d.state = full.state;
    if (changed.contains(u"distributionChannels"_s))
        d.distributionChannels = full.distributionChannels;
    // Lever cannot take an empty owner or hiring manager; an emptied picker keeps the stored one.
    if (changed.contains(u"owner"_s))
        d.owner = full.owner;
    if (changed.contains(u"hiringManager"_s))
        d.hiringManager = full.hiringManager;
    api::Posting::Categories c;
    bool anyCategory = false;
    auto category = [&](const QString &key, std::optional<QString> &slot) {
        if (changed.contains(key)) {
            slot = string(key).trimmed();
            anyCategory = true;
        }
    };
    category(u"team"_s, c.team);
    category(u"department"_s, c.department);
    category(u"location"_s, c.location);
    category(u"commitment"_s, c.commitment);
    category(u"level"_s, c.level);
    if (anyCategory)
        d.categories = c;
    if (changed.contains(u"tags"_s))
        d.tags = full.tags;
    if (changed.contains(u"workplaceType"_s))
        d.workplaceType = string(u"workplaceType"_s);
    if (changed.contains(u"requisitionCodes"_s))
        d.requisitionCodes = full.requisitionCodes;
    for (const QString &key : kSalaryFields) {
        if (changed.contains(key)) {
            d.salaryRange = full.salaryRange;
            d.clearSalaryRange = !full.salaryRange;
            break;
        }
    }
    for (const QString &key : kContentFields) {
        if (changed.contains(key)) {
            d.content = full.content;
            break;
        }
    }
    return d;
}

QString PostingForm::displayText(const QString &field,
                                 const std::function<QString(const QString &)> &userName) const
{
    if (field == u"owner"_s || field == u"hiringManager"_s)
        return userName ? userName(string(field)) : string(field);
    if (field == u"descriptionHtml"_s || field == u"closingHtml"_s)
        return PostingHtml::plainText(string(field)).trimmed();
    if (field == u"lists"_s) {
        QStringList parts;
        const auto all = lists();
        for (const auto &l : all) {
            parts.append(l.text + u":\n"_s);
            const QString items = PostingHtml::plainText(u"<ul>"_s + l.content + u"</ul>"_s).trimmed();
            for (const QString &item : items.split(u'\n', Qt::SkipEmptyParts))
                parts.last() += u"  • "_s + item.trimmed() + u'\n';
        }
        return parts.join(QString()).trimmed();
    }
    const QJsonValue v = value(field);
    if (v.isArray())
        return strings(field).join(u", "_s);
    return v.toString();
}

} // namespace lever::models
