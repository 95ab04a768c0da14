#include "FeedbackTemplateWriter.h"

#include "BodyFields.h"
#include "BodyReader.h"
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
constexpr int kMaxFields = 100;
constexpr int kMaxChoices = 100;
const QStringList kReadOnly = {u"id"_s, u"createdAt"_s, u"updatedAt"_s, u"group"_s, u"stage"_s};

QJsonArray defaultRatings()
{
    QJsonArray out;
    for (const QString &t : {u"4 - Strong Hire"_s, u"3 - Hire"_s, u"2 - No Hire"_s, u"1 - Strong No Hire"_s})
        out.append(QJsonObject{{u"text"_s, t}});
    return out;
}

bool nonEmptyArray(const QJsonValue &v)
{
    return !v.isNull() && !v.isUndefined() && !(v.isArray() && v.toArray().isEmpty());
}
} // namespace

const QStringList &FeedbackTemplateWriter::fieldTypes()
{
    static const QStringList types = {u"score-system"_s, u"yes-no"_s, u"dropdown"_s, u"multiple-select"_s,
                                      u"score"_s,        u"text"_s,   u"textarea"_s};
    return types;
}

QJsonArray FeedbackTemplateWriter::choices(const QJsonValue &given, const QString &name, bool withDescription)
{
    if (!given.isArray() || given.toArray().isEmpty())
        throw SandboxError::badRequest(name + u" must be a non-empty array of {text}"_s);
    const QJsonArray items = given.toArray();
    if (items.size() > kMaxChoices)
        throw SandboxError::badRequest(name + u" takes at most "_s + QString::number(kMaxChoices) +
                                       u" entries"_s);
    QJsonArray out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const BodyReader item = BodyReader::element(items, i, name);
        const QString text = BodyFields::checkText(item.requiredString(u"text"_s), item.name(u"text"_s),
                                                   BodyReader::kMaxText, false);
        if (seen.contains(text))
            throw SandboxError::badRequest(item.name(u"text"_s) + u": \""_s + text + u"\" is listed twice"_s);
        seen.insert(text);
        QJsonObject choice{{u"text"_s, text}};
        if (withDescription)
            choice.insert(u"description"_s,
                          item.string(u"description"_s, BodyReader::kMaxLongText).value_or(QString()));
        out.append(choice);
    }
    return out;
}

QJsonObject FeedbackTemplateWriter::field(const QJsonObject &given, const QString &name,
                                          const QStringList &keepIds)
{
    const BodyFields f(given, name + u'.');
    f.allowOnly({u"id"_s, u"type"_s, u"text"_s, u"description"_s, u"required"_s, u"prompt"_s, u"options"_s,
                 u"scores"_s, u"value"_s});
    const QString type = f.requiredString(u"type"_s);
    if (!fieldTypes().contains(type))
        throw SandboxError::badRequest(f.name(u"type"_s) + u" must be one of: "_s +
                                       fieldTypes().join(u", "_s));
    const QString text = f.requiredString(u"text"_s);
    const std::optional<QString> id = f.string(u"id"_s);
    QJsonObject out{
        {u"id"_s, id && keepIds.contains(*id) ? *id : SandboxContext::newId()},
        {u"type"_s, type},
        {u"text"_s, text},
        {u"description"_s, f.string(u"description"_s, BodyReader::kMaxLongText).value_or(QString())},
        // The overall rating is what a feedback form is for: required unless said otherwise.
        {u"required"_s, f.boolean(u"required"_s).value_or(type == u"score-system"_s)},
        {u"prompt"_s, f.string(u"prompt"_s, BodyReader::kMaxLongText).value_or(text)}};
    const QJsonValue options = given.value(u"options"_s);
    const QJsonValue scores = given.value(u"scores"_s);
    const bool takesOptions =
        type == u"dropdown"_s || type == u"multiple-select"_s || type == u"score-system"_s;
    if (!takesOptions && nonEmptyArray(options))
        throw SandboxError::badRequest(f.name(u"options"_s) +
                                       u" is only for dropdown, multiple-select and score-system fields"_s);
    if (type != u"score"_s && nonEmptyArray(scores))
        throw SandboxError::badRequest(f.name(u"scores"_s) + u" is only for score fields"_s);
    if (type == u"score-system"_s)
        out.insert(u"options"_s,
                   nonEmptyArray(options) ? choices(options, f.name(u"options"_s), false) : defaultRatings());
    else if (takesOptions)
        out.insert(u"options"_s, choices(options, f.name(u"options"_s), false));
    if (type == u"score"_s)
        out.insert(u"scores"_s, choices(scores, f.name(u"scores"_s), true));
    return out;
}

QJsonArray FeedbackTemplateWriter::fields(const QJsonArray &given, const QJsonArray &current)
{
    if (given.isEmpty())
        throw SandboxError::badRequest(u"fields must list at least the score-system field"_s);
    if (given.size() > kMaxFields)
        throw SandboxError::badRequest(u"fields takes at most "_s + QString::number(kMaxFields) +
                                       u" fields"_s);
    QStringList keepIds;
    for (const QJsonValue &c : current)
        keepIds.append(c.toObject().value(u"id"_s).toString());
    QJsonArray out;
    int scoreSystems = 0;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const BodyReader element = BodyReader::element(given, i, u"fields"_s);
        const QJsonObject f = field(element.object(), u"fields["_s + QString::number(i) + u']', keepIds);
        keepIds.removeAll(f.value(u"id"_s).toString()); // an id is kept once
        scoreSystems += f.value(u"type"_s).toString() == u"score-system"_s;
        out.append(f);
    }
    if (scoreSystems != 1)
        throw SandboxError::badRequest(u"fields must contain exactly one score-system field (found "_s +
                                       QString::number(scoreSystems) + u')');
    return out;
}

QJsonObject FeedbackTemplateWriter::create(SandboxContext &ctx, const QJsonObject &body)
{
    const QString id = SandboxContext::newId();
    const qint64 now = ctx.now();
    QJsonObject templ{
        {u"id"_s, id}, {u"group"_s, QJsonValue()}, {u"stage"_s, QJsonValue()}, {u"createdAt"_s, now}};
    return replace(ctx, templ, body);
}

QJsonObject FeedbackTemplateWriter::replace(SandboxContext &ctx, const QJsonObject &current,
                                            const QJsonObject &body)
{
    const BodyFields f(body);
    f.allowOnly(QStringList{u"text"_s, u"instructions"_s, u"fields"_s} + kReadOnly);
    QJsonObject templ = current;
    templ.insert(u"text"_s, f.requiredString(u"text"_s));
    templ.insert(u"instructions"_s,
                 f.string(u"instructions"_s, BodyReader::kMaxLongText).value_or(QString()));
    const QJsonValue given = body.value(u"fields"_s);
    if (given.isNull() || given.isUndefined())
        throw SandboxError::badRequest(u"fields is required"_s);
    if (!given.isArray())
        throw SandboxError::badRequest(u"fields must be an array"_s);
    templ.insert(u"fields"_s, fields(given.toArray(), current.value(u"fields"_s).toArray()));
    templ.insert(u"updatedAt"_s, ctx.now());
    return templ;
}

void FeedbackTemplateWriter::requireApiCreated(SandboxContext &ctx, const QString &id)
{
    const auto meta = ctx.docs.get(kMetaKind, id);
    if (!meta || !meta->value(u"apiCreated"_s).toBool())
        throw SandboxError::forbidden(u"Feedback template "_s + id +
                                      u" was created in Lever's UI; only templates created through the API "
                                      u"can be changed or deleted"_s);
}

} // namespace lever::sandbox
