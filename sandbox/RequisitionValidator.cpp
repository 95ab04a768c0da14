#include "RequisitionValidator.h"

#include "DocumentStore.h"
#include "Request.h"
#include "ResourceFields.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QHash>
#include <QJsonArray>
#include <cmath>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kEmploymentStatuses = {u"full-time"_s, u"part-time"_s, u"intern"_s, u"contractor"_s,
                                         u"temp-worker"_s};
constexpr int kMaxCustomFields = 100;
constexpr int kMaxSubfields = 10;

QJsonValue stringOrNull(const ResourceFields &body, const QString &key)
{
    const auto value = body.string(key);
    return value ? QJsonValue(*value) : QJsonValue();
}

// Whether `value` fits a requisition field of `field.type`; `expected` says what would have.
bool fitsField(const QJsonObject &field, const QJsonValue &value, QString *expected)
{
    const QString type = field.value(u"type"_s).toString();
    if (type == u"number"_s || type == u"date"_s) {
        *expected = type == u"date"_s ? u"a timestamp in epoch milliseconds"_s : u"a number"_s;
        return value.isDouble();
    }
    if (type == u"yes-no"_s || type == u"checkbox"_s) {
        *expected = u"true or false"_s;
        return value.isBool();
    }
    if (type == u"object"_s) {
        *expected = u"an object of at most 10 subfields"_s;
        return value.isObject() && value.toObject().size() <= kMaxSubfields;
    }
    if (type == u"dropdown"_s) {
        const QJsonArray options = field.value(u"options"_s).toArray();
        QStringList texts;
        for (const QJsonValue &option : options)
            texts.append(option.toObject().value(u"text"_s).toString());
        *expected = texts.isEmpty() ? u"a string"_s : QString(u"one of: "_s + texts.join(u", "_s));
        return value.isString() && (texts.isEmpty() || texts.contains(value.toString()));
    }
    *expected = u"a string"_s;
    return value.isString();
}
} // namespace

RequisitionValidator::RequisitionValidator(SandboxContext &ctx, const Request &request)
    : m_ctx(ctx)
    , m_request(request)
{}

const QStringList &RequisitionValidator::statuses()
{
    static const QStringList statuses = {u"open"_s, u"onHold"_s, u"closed"_s, u"draft"_s};
    return statuses;
}

QJsonObject RequisitionValidator::create(const QJsonObject &body) const
{
    QJsonObject doc{
        {u"id"_s, SandboxContext::newId()},
        {u"createdAt"_s, m_ctx.now()},
        {u"creator"_s, m_request.actingUser()},
        {u"confidentiality"_s, u"non-confidential"_s},
        {u"headcountHired"_s, 0},
        {u"offerIds"_s, QJsonArray()},
        {u"approval"_s, QJsonObject{{u"steps"_s, QJsonArray()}}},
        {u"closedAt"_s, QJsonValue()},
        {u"timeToFillStartAt"_s, QJsonValue()},
        {u"timeToFillEndAt"_s, QJsonValue()},
    };
    apply(doc, ResourceFields(body));
    return doc;
}

QJsonObject RequisitionValidator::replace(const QJsonObject &current, const QJsonObject &body) const
{
    QJsonObject doc = current;
    const ResourceFields fields(body);
    const auto status = fields.oneOf(u"status"_s, statuses());
    if (status == u"draft"_s && current.value(u"status"_s).toString() != u"draft"_s)
        throw SandboxError::badRequest(u"A requisition cannot move back to draft once it left it"_s);
    apply(doc, fields);
    return doc;
}

void RequisitionValidator::apply(QJsonObject &doc, const ResourceFields &body) const
{
    doc.insert(u"name"_s, body.requiredString(u"name"_s));
    const QString code = body.requiredString(u"requisitionCode"_s);
    const QString selfId = doc.value(u"id"_s).toString();
    const QList<QJsonObject> all = m_ctx.docs.all(u"requisition"_s);
    for (const QJsonObject &other : all) {
        if (other.value(u"requisitionCode"_s).toString() == code && other.value(u"id"_s).toString() != selfId)
            throw SandboxError::conflict(u"A requisition with the code "_s + code + u" already exists"_s);
    }
    doc.insert(u"requisitionCode"_s, code);
    applyHeadcount(doc, body);

    doc.insert(u"backfill"_s, body.boolean(u"backfill"_s).value_or(false));
    const ResourceFields band(body.object(u"compensationBand"_s).value_or(QJsonObject()),
                              u"compensationBand."_s);
    const QJsonObject range = band.payRange();
    doc.insert(u"compensationBand"_s, range.isEmpty() ? QJsonValue() : QJsonValue(range));
    const auto employment = body.oneOf(u"employmentStatus"_s, kEmploymentStatuses);
    doc.insert(u"employmentStatus"_s, employment ? QJsonValue(*employment) : QJsonValue());
    for (const QString &key : {u"hiringManager"_s, u"owner"_s}) {
        const auto user = body.activeUser(m_ctx, key);
        doc.insert(key, user ? QJsonValue(*user) : QJsonValue());
    }
    doc.insert(u"internalNotes"_s, body.string(u"internalNotes"_s).value_or(QString()));
    for (const QString &key : {u"location"_s, u"team"_s, u"department"_s})
        doc.insert(key, stringOrNull(body, key));

    const QString before = doc.value(u"status"_s).toString();
    const QString status = body.oneOf(u"status"_s, statuses()).value_or(u"open"_s);
    doc.insert(u"status"_s, status);
    if (status != u"closed"_s)
        doc.insert(u"closedAt"_s, QJsonValue());
    else if (before != u"closed"_s)
        doc.insert(u"closedAt"_s, m_ctx.now());

    doc.insert(u"customFields"_s, customFields(body));
    doc.insert(u"postings"_s, QJsonArray::fromStringList(postingIds(body)));
    if (const auto created = body.number(u"createdAt"_s)) {
        if (*created < 0 || *created > double(m_ctx.now()) || std::floor(*created) != *created)
            throw SandboxError::badRequest(u"createdAt must be a past timestamp in epoch milliseconds"_s);
        doc.insert(u"createdAt"_s, qint64(*created));
    }
    doc.insert(u"updatedAt"_s, m_ctx.now());
}

void RequisitionValidator::applyHeadcount(QJsonObject &doc, const ResourceFields &body) const
{
    const QJsonValue total = body.json().value(u"headcountTotal"_s);
    if (total.isUndefined() || total.isNull())
        throw SandboxError::badRequest(u"headcountTotal is required"_s);
    if (total.isString() && total.toString() == u"unlimited"_s) {
        doc.insert(u"headcountTotal"_s, u"unlimited"_s);
        doc.insert(u"headcountInfinite"_s, true);
        return;
    }
    const double n = total.toDouble(-1);
    if (!total.isDouble() || n < 1 || std::floor(n) != n || n > 1e9)
        throw SandboxError::badRequest(
            u"headcountTotal must be an integer of at least 1, or \"unlimited\""_s);
    doc.insert(u"headcountTotal"_s, qint64(n));
    doc.insert(u"headcountInfinite"_s, false);
}

QJsonObject RequisitionValidator::customFields(const ResourceFields &body) const
{
    const QJsonObject given = body.object(u"customFields"_s).value_or(QJsonObject());
    if (given.size() > kMaxCustomFields)
        throw SandboxError::badRequest(u"customFields may hold at most 100 fields"_s);
    QHash<QString, QJsonObject> fields;
    const QList<QJsonObject> known = m_ctx.docs.all(u"requisition_field"_s);
    for (const QJsonObject &field : known)
        fields.insert(field.value(u"id"_s).toString(), field);
    for (auto it = given.begin(); it != given.end(); ++it) {
        const auto field = fields.constFind(it.key());
        if (field == fields.constEnd())
            throw SandboxError::badRequest(u"customFields: no requisition field has the id "_s + it.key());
        QString expected;
        if (!it.value().isNull() && !fitsField(*field, it.value(), &expected))
            throw SandboxError::badRequest(u"customFields."_s + it.key() + u" (\""_s +
                                           field->value(u"text"_s).toString() + u"\") must be "_s + expected);
    }
    return given;
}

QStringList RequisitionValidator::postingIds(const ResourceFields &body) const
{
    QStringList ids = body.strings(u"postingIds"_s).value_or(QStringList());
    ids.removeDuplicates();
    for (const QString &id : std::as_const(ids)) {
        if (!m_ctx.docs.get(u"posting"_s, id))
            throw SandboxError::badRequest(u"postingIds: no posting has the id "_s + id);
    }
    return ids;
}

} // namespace lever::sandbox
