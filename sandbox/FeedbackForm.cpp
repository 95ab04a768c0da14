#include "FeedbackForm.h"

#include "BodyReader.h"
#include "SandboxError.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

QStringList FeedbackForm::texts(const QJsonArray &choices)
{
    QStringList out;
    for (const QJsonValue &c : choices)
        out.append(c.toObject().value(u"text"_s).toString());
    return out;
}

QJsonObject FeedbackForm::servedField(QJsonObject field)
{
    if (!field.contains(u"options"_s))
        field.insert(u"options"_s, QJsonArray());
    if (!field.contains(u"prompt"_s))
        field.insert(u"prompt"_s, field.value(u"text"_s));
    return field;
}

QJsonObject FeedbackForm::served(QJsonObject templ)
{
    QJsonArray fields = templ.value(u"fields"_s).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i)
        fields.replace(i, servedField(fields.at(i).toObject()));
    templ.insert(u"fields"_s, fields);
    return templ;
}

QJsonValue FeedbackForm::check(const QJsonObject &field, const QJsonValue &value, const QString &name)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue();
    const QString type = field.value(u"type"_s).toString();
    auto oneOf = [&](const QStringList &allowed) {
        if (!value.isString() || !allowed.contains(value.toString()))
            throw SandboxError::badRequest(name + u" must be one of: "_s + allowed.join(u", "_s));
        return value;
    };
    if (type == u"score-system"_s || type == u"dropdown"_s)
        return oneOf(texts(field.value(u"options"_s).toArray()));
    if (type == u"score"_s)
        return oneOf(texts(field.value(u"scores"_s).toArray()));
    if (type == u"yes-no"_s)
        return oneOf({u"yes"_s, u"no"_s});
    if (type == u"multiple-select"_s) {
        const QStringList allowed = texts(field.value(u"options"_s).toArray());
        if (!value.isArray())
            throw SandboxError::badRequest(name + u" must be an array of option texts"_s);
        const QJsonArray chosen = value.toArray();
        QSet<QString> seen;
        for (const QJsonValue &c : chosen) {
            if (!c.isString() || !allowed.contains(c.toString()))
                throw SandboxError::badRequest(name + u" may only hold: "_s + allowed.join(u", "_s));
            if (seen.contains(c.toString()))
                throw SandboxError::badRequest(name + u" lists "_s + c.toString() + u" twice"_s);
            seen.insert(c.toString());
        }
        return value;
    }
    if (type == u"text"_s || type == u"textarea"_s) {
        if (!value.isString())
            throw SandboxError::badRequest(name + u" must be a string"_s);
        if (value.toString().size() > BodyReader::kMaxLongText)
            throw SandboxError::badRequest(name + u" must be at most "_s +
                                           QString::number(BodyReader::kMaxLongText) + u" characters long"_s);
        return value;
    }
    // Field types the sandbox's templates do not use (date, currency...): any scalar is kept as given.
    if (value.isArray() || value.isObject())
        throw SandboxError::badRequest(name + u" must be a single value"_s);
    return value;
}

QJsonArray FeedbackForm::fill(const QJsonArray &fields, const QJsonArray &fieldValues)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < fields.size(); ++i)
        index.insert(fields.at(i).toObject().value(u"id"_s).toString(), i);
    QHash<qsizetype, QJsonValue> values;
    for (qsizetype i = 0; i < fieldValues.size(); ++i) {
        const BodyReader entry = BodyReader::element(fieldValues, i, u"fieldValues"_s);
        const QString id = entry.requiredString(u"id"_s);
        const auto at = index.constFind(id);
        if (at == index.constEnd())
            throw SandboxError::badRequest(entry.name(u"id"_s) + u": the form has no field "_s + id);
        if (values.contains(*at))
            throw SandboxError::badRequest(entry.name(u"id"_s) + u": field "_s + id + u" is given twice"_s);
        values.insert(
            *at, check(fields.at(*at).toObject(), entry.object().value(u"value"_s), entry.name(u"value"_s)));
    }
    QJsonArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject field = servedField(fields.at(i).toObject());
        field.insert(u"value"_s, values.value(i, QJsonValue()));
        out.append(field);
    }
    return out;
}

} // namespace lever::sandbox
