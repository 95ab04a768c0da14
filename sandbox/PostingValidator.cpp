#include "PostingValidator.h"

#include "DocumentStore.h"
#include "HtmlWhitelist.h"
#include "Request.h"
#include "ResourceFields.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kChannels = {u"public"_s, u"internal"_s};
const QStringList kWorkplaceTypes = {u"onsite"_s, u"on-site"_s, u"remote"_s, u"hybrid"_s, u"unspecified"_s};
const QStringList kCategoryKeys = {u"team"_s, u"department"_s, u"location"_s, u"commitment"_s, u"level"_s};

QStringList unique(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values) {
        if (!out.contains(v))
            out.append(v);
    }
    return out;
}

// The plain and HTML forms of one rich-text field: the HTML key wins (validated, plain text derived from
// it); plain text alone is escaped into HTML. nullopt when the body sends neither.
std::optional<QPair<QString, QString>> richText(const ResourceFields &fields, const QString &plainKey,
                                                const QStringList &htmlKeys, HtmlWhitelist::Profile profile)
{
    for (const QString &key : htmlKeys) {
        if (const auto html = fields.string(key))
            return QPair<QString, QString>{HtmlWhitelist::plainText(*html, profile, fields.name(key)), *html};
    }
    if (const auto plain = fields.string(plainKey))
        return QPair<QString, QString>{plain->trimmed(), HtmlWhitelist::fromPlainText(*plain)};
    return std::nullopt;
}
} // namespace

PostingValidator::PostingValidator(SandboxContext &ctx, const Request &request)
    : m_ctx(ctx)
    , m_request(request)
{}

const QStringList &PostingValidator::states()
{
    static const QStringList states = {u"published"_s, u"internal"_s, u"closed"_s,
                                       u"draft"_s,     u"pending"_s,  u"rejected"_s};
    return states;
}

QStringList PostingValidator::allowedTargets(const QString &from)
{
    if (from == u"draft"_s)
        return states();
    if (from == u"pending"_s)
        return {u"pending"_s, u"published"_s, u"rejected"_s, u"draft"_s};
    if (from == u"rejected"_s)
        return {u"rejected"_s, u"draft"_s};
    return {u"published"_s, u"internal"_s, u"closed"_s};
}

QJsonValue PostingValidator::urls(const QString &origin, const QString &id, const QString &state)
{
    if (state == u"draft"_s)
        return QJsonValue();
    const QString show = origin + u"/jobs/"_s + id;
    return QJsonObject{{u"list"_s, QString(origin + u"/jobs"_s)},
                       {u"show"_s, show},
                       {u"apply"_s, QString(show + u"/apply"_s)}};
}

QString PostingValidator::countryOf(const QString &location)
{
    const QString last = location.section(u',', -1).trimmed();
    if (last.isEmpty())
        return {};
    for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t) {
        const auto territory = QLocale::Territory(t);
        if (QLocale::territoryToString(territory).compare(last, Qt::CaseInsensitive) == 0)
            return QLocale::territoryToCode(territory);
    }
    return {};
}

QJsonObject PostingValidator::create(const QJsonObject &body) const
{
    QJsonObject doc{
        {u"id"_s, SandboxContext::newId()},
        {u"createdAt"_s, m_ctx.now()},
        {u"reqCode"_s, QJsonValue()},
        {u"transcribeInterviews"_s, false},
        {u"screening"_s, QJsonObject{{u"enabled"_s, false}}},
        {u"followers"_s, QJsonArray()},
    };
    apply(doc, ResourceFields(body), Mode::Create);
    return doc;
}

QJsonObject PostingValidator::update(const QJsonObject &current, const QJsonObject &body, Mode mode) const
{
    QJsonObject doc = current;
    apply(doc, ResourceFields(body), mode);
    return doc;
}

void PostingValidator::apply(QJsonObject &doc, const ResourceFields &body, Mode mode) const
{
    if (mode != Mode::Patch || body.has(u"text"_s))
        doc.insert(u"text"_s, body.requiredString(u"text"_s));
    applyState(doc, body, mode);
    applyPeople(doc, body, mode);
    applyCategories(doc, body, mode);
    applyContent(doc, body, mode);
    applySalary(doc, body, mode);
    applyWorkplace(doc, body, mode);
    applyRequisitionCodes(doc, body, mode);
    if (const auto tags = body.strings(u"tags"_s))
        doc.insert(u"tags"_s, QJsonArray::fromStringList(unique(*tags)));
    else if (mode != Mode::Patch)
        doc.insert(u"tags"_s, QJsonArray());
    doc.insert(u"urls"_s,
               urls(m_ctx.origin, doc.value(u"id"_s).toString(), doc.value(u"state"_s).toString()));
    doc.insert(u"updatedAt"_s, m_ctx.now());
}

void PostingValidator::applyState(QJsonObject &doc, const ResourceFields &body, Mode mode) const
{
    const auto confidentiality = body.oneOf(u"confidentiality"_s, {u"confidential"_s, u"non-confidential"_s});
    if (mode == Mode::Create) {
        if (confidentiality == u"confidential"_s)
            throw SandboxError::badRequest(u"Confidential postings cannot be created through the API"_s);
        doc.insert(u"confidentiality"_s, u"non-confidential"_s);
    } else if (confidentiality && *confidentiality != doc.value(u"confidentiality"_s).toString()) {
        throw SandboxError::badRequest(u"confidentiality cannot be changed"_s);
    }

    if (const auto state = body.oneOf(u"state"_s, states())) {
        const QString from = doc.value(u"state"_s).toString();
        if (mode != Mode::Create && !allowedTargets(from).contains(*state))
            throw SandboxError::badRequest(u"A posting in state "_s + from + u" cannot move to "_s + *state +
                                           u"; allowed states: "_s + allowedTargets(from).join(u", "_s));
        doc.insert(u"state"_s, *state);
    } else if (mode == Mode::Create) {
        doc.insert(u"state"_s, u"draft"_s);
    }

    if (const auto channels = body.strings(u"distributionChannels"_s)) {
        for (const QString &channel : *channels) {
            if (!kChannels.contains(channel))
                throw SandboxError::badRequest(u"distributionChannels may only hold public and internal"_s);
        }
        doc.insert(u"distributionChannels"_s, QJsonArray::fromStringList(unique(*channels)));
    } else if (mode != Mode::Patch) {
        doc.insert(u"distributionChannels"_s, QJsonArray::fromStringList(kChannels));
    }
}

void PostingValidator::applyPeople(QJsonObject &doc, const ResourceFields &body, Mode mode) const
{
    const QString acting = m_request.actingUser();
    if (const auto owner = body.activeUser(m_ctx, u"owner"_s))
        doc.insert(u"owner"_s, *owner);
    else if (mode == Mode::Create)
        doc.insert(u"owner"_s, acting);
    if (mode != Mode::Patch || body.has(u"hiringManager"_s)) {
        const auto manager = body.activeUser(m_ctx, u"hiringManager"_s);
        doc.insert(u"hiringManager"_s, manager ? QJsonValue(*manager) : QJsonValue());
    }
    if (mode == Mode::Create)
        doc.insert(u"user"_s, acting);
    // Owner, hiring manager and creator follow the posting, as in Lever's UI.
    QJsonArray followers = doc.value(u"followers"_s).toArray();
    for (const QString &key : {u"owner"_s, u"hiringManager"_s, u"user"_s}) {
        const QJsonValue id = doc.value(key);
        if (id.isString() && !id.toString().isEmpty() && !followers.contains(id) &&
            (key != u"user"_s || mode == Mode::Create))
            followers.append(id);
    }
    doc.insert(u"followers"_s, followers);
}

void PostingValidator::applyCategories(QJsonObject &doc, const ResourceFields &body, Mode mode) const
{
    if (mode == Mode::Patch && !body.has(u"categories"_s))
        return;
    const QJsonObject current = doc.value(u"categories"_s).toObject();
    const ResourceFields given(body.object(u"categories"_s).value_or(QJsonObject()), u"categories."_s);
    QJsonObject categories = mode == Mode::Patch ? current : QJsonObject();
    for (const QString &key : kCategoryKeys) {
        if (mode == Mode::Patch && !given.has(key))
            continue;
        const auto value = given.string(key);
        categories.insert(key, value && !value->trimmed().isEmpty() ? QJsonValue(*value) : QJsonValue());
    }
    const QJsonValue oldLocation = current.value(u"location"_s);
    const QJsonValue location = categories.value(u"location"_s);
    QStringList all;
    if (const auto givenAll = given.strings(u"allLocations"_s)) {
        all = unique(*givenAll);
    } else {
        if (mode == Mode::Patch)
            all = current.value(u"allLocations"_s).toVariant().toStringList();
        if (oldLocation != location)
            all.removeAll(oldLocation.toString());
    }
    if (location.isString() && !all.contains(location.toString()))
        all.prepend(location.toString());
    categories.insert(u"allLocations"_s, QJsonArray::fromStringList(all));
    doc.insert(u"categories"_s, categories);
    // Lever geocodes the location; keep what is known unless the location changed.
    if (!doc.contains(u"country"_s) || oldLocation != location)
        doc.insert(u"country"_s, countryOf(location.toString()));
}

void PostingValidator::applyContent(QJsonObject &doc, const ResourceFields &body, Mode mode) const
{
    if (mode == Mode::Patch && !body.has(u"content"_s))
        return;
    QJsonObject content = mode == Mode::Patch ? doc.value(u"content"_s).toObject() : QJsonObject();
    if (const auto given = body.object(u"content"_s)) {
        const ResourceFields fields(*given, u"content."_s);
        if (const auto d = richText(fields, u"description"_s, {u"descriptionHtml"_s},
                                    HtmlWhitelist::Profile::Description)) {
            content.insert(u"description"_s, d->first);
            content.insert(u"descriptionHtml"_s, d->second);
        }
        // The docs' example names the closing HTML "closingPostingHtml"; answers say "closingHtml".
        if (const auto c = richText(fields, u"closing"_s, {u"closingHtml"_s, u"closingPostingHtml"_s},
                                    HtmlWhitelist::Profile::Description)) {
            content.insert(u"closing"_s, c->first);
            content.insert(u"closingHtml"_s, c->second);
        }
        if (const auto lists = fields.array(u"lists"_s)) {
            QJsonArray out;
            for (qsizetype i = 0; i < lists->size(); ++i) {
                const QString prefix = u"content.lists["_s + QString::number(i) + u"]"_s;
                if (!lists->at(i).isObject())
                    throw SandboxError::badRequest(prefix + u" must be an object {text, content}"_s);
                const ResourceFields item(lists->at(i).toObject(), prefix + u'.');
                const auto text = item.string(u"text"_s);
                if (!text)
                    throw SandboxError::badRequest(item.name(u"text"_s) + u" is required"_s);
                const QString html = item.string(u"content"_s).value_or(QString());
                HtmlWhitelist::plainText(html, HtmlWhitelist::Profile::List, item.name(u"content"_s));
                out.append(QJsonObject{{u"text"_s, *text}, {u"content"_s, html}});
            }
            content.insert(u"lists"_s, out);
        }
    }
    for (const QString &key : {u"description"_s, u"descriptionHtml"_s, u"closing"_s, u"closingHtml"_s}) {
        if (!content.value(key).isString())
            content.insert(key, QString());
    }
    if (!content.value(u"lists"_s).isArray())
        content.insert(u"lists"_s, QJsonArray());
    doc.insert(u"content"_s, content);
}

void PostingValidator::applySalary(QJsonObject &doc, const ResourceFields &body, Mode mode) const
{
    if (mode != Mode::Patch || body.has(u"salaryRange"_s)) {
        doc.remove(u"salaryRange"_s);
        const ResourceFields salary(body.object(u"salaryRange"_s).value_or(QJsonObject()), u"salaryRange."_s);
        const QJsonObject range = salary.payRange();
        if (!range.isEmpty())
            doc.insert(u"salaryRange"_s, range);
    }
    if (mode != Mode::Patch || body.has(u"salaryDescriptionHtml"_s) || body.has(u"salaryDescription"_s)) {
        const auto description = richText(body, u"salaryDescription"_s, {u"salaryDescriptionHtml"_s},
                                          HtmlWhitelist::Profile::Description);
        if (description) {
            doc.insert(u"salaryDescription"_s, description->first);
            doc.insert(u"salaryDescriptionHtml"_s, description->second);
        } else {
            doc.remove(u"salaryDescription"_s);
            doc.remove(u"salaryDescriptionHtml"_s);
        }
    }
}

void PostingValidator::applyWorkplace(QJsonObject &doc, const ResourceFields &body, Mode mode) const
{
    const auto given = body.oneOf(u"workplaceType"_s, kWorkplaceTypes);
    if (!given) {
        if (mode == Mode::Create)
            doc.insert(u"workplaceType"_s, u"unspecified"_s);
        return;
    }
    // The spec spells it "on-site"; Lever answers "onsite".
    const QString type = *given == u"on-site"_s ? u"onsite"_s : *given;
    const QString current = doc.value(u"workplaceType"_s).toString(u"unspecified"_s);
    if (mode != Mode::Create && type == u"unspecified"_s && current != u"unspecified"_s)
        throw SandboxError::badRequest(u"workplaceType cannot go back to unspecified once it is set"_s);
    doc.insert(u"workplaceType"_s, type);
}

void PostingValidator::applyRequisitionCodes(QJsonObject &doc, const ResourceFields &body, Mode mode) const
{
    const auto codes = body.strings(u"requisitionCodes"_s);
    if (!codes) {
        if (mode != Mode::Patch)
            doc.insert(u"requisitionCodes"_s, QJsonArray());
        return;
    }
    QSet<QString> known;
    const QList<QJsonObject> requisitions = m_ctx.docs.all(u"requisition"_s);
    for (const QJsonObject &r : requisitions)
        known.insert(r.value(u"requisitionCode"_s).toString());
    for (const QString &code : *codes) {
        if (!known.contains(code))
            throw SandboxError::badRequest(u"requisitionCodes: no requisition has the code "_s + code);
    }
    doc.insert(u"requisitionCodes"_s, QJsonArray::fromStringList(unique(*codes)));
}

} // namespace lever::sandbox
