#include "OpportunityForm.h"

#include "FileContent.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
// Fields Lever stamps in epoch ms: a form sends them as digits, the JSON form as numbers.
bool isTimestamp(const QString &key)
{
    return key == u"createdAt"_s || key == u"archivedAt"_s;
}

QJsonValue typed(const QString &key, const QString &value)
{
    static const QRegularExpression digits(u"^\\d{1,15}$"_s);
    if (isTimestamp(key) && digits.match(value).hasMatch())
        return double(value.toLongLong());
    return value;
}

[[noreturn]] void refuse(const QString &name, const QString &why)
{
    throw SandboxError::badRequest(u"Form field "_s + name + u": "_s + why);
}
} // namespace

void OpportunityForm::checkFile(const MultipartParser::Part &part)
{
    if (!part.fileName || part.fileName->trimmed().isEmpty())
        refuse(part.name, u"a file needs a file name (Content-Disposition filename)"_s);
    if (part.fileName->size() > FileContent::kMaxNameLength)
        refuse(part.name, u"the file name must be at most 255 characters long"_s);
    if (part.data.size() > FileContent::kMaxFileBytes)
        throw SandboxError(413, u"PayloadTooLarge"_s, u"Files may be at most 30 MB"_s);
}

void OpportunityForm::addField(QJsonObject &body, const QString &name, const QString &value)
{
    // key, key[], key[sub], key[N][sub]: the forms Lever's examples use; nothing deeper.
    static const QRegularExpression form(u"^([A-Za-z]+)(?:\\[(\\d{0,2}|[A-Za-z]+)\\](?:\\[([A-Za-z]+)\\])?)?$"_s);
    const QRegularExpressionMatch m = form.match(name);
    if (!m.hasMatch())
        refuse(name, u"not a field of POST /opportunities"_s);
    const QString key = m.captured(1);
    if (!m.hasCaptured(2)) {
        if (body.contains(key))
            refuse(name, u"given more than once"_s);
        body.insert(key, typed(key, value));
        return;
    }
    const QString inner = m.captured(2);
    const QString sub = m.captured(3);
    const QJsonValue existing = body.value(key);
    if (inner.isEmpty() && sub.isEmpty()) { // key[]
        if (!existing.isUndefined() && !existing.isArray())
            refuse(name, u"mixes a list with a single value"_s);
        QJsonArray list = existing.toArray();
        list.append(value);
        body.insert(key, list);
        return;
    }
    if (!inner.isEmpty() && !inner.front().isDigit()) { // key[sub]
        if (!sub.isEmpty() || (!existing.isUndefined() && !existing.isObject()))
            refuse(name, u"not a field of POST /opportunities"_s);
        QJsonObject object = existing.toObject();
        if (object.contains(inner))
            refuse(name, u"given more than once"_s);
        object.insert(inner, typed(inner, value));
        body.insert(key, object);
        return;
    }
    if (inner.isEmpty() || sub.isEmpty()) // key[][sub] or key[N]
        refuse(name, u"a list of objects needs an index and a field, as in phones[0][value]"_s);
    if (!existing.isUndefined() && !existing.isArray())
        refuse(name, u"mixes a list with a single value"_s);
    QJsonArray list = existing.toArray();
    const int index = inner.toInt();
    if (index > list.size())
        refuse(name, u"indexes must count up from 0 without gaps"_s);
    QJsonObject item = index < list.size() ? list.at(index).toObject() : QJsonObject();
    if (item.contains(sub))
        refuse(name, u"given more than once"_s);
    item.insert(sub, value);
    if (index < list.size())
        list.replace(index, item);
    else
        list.append(item);
    body.insert(key, list);
}

OpportunityForm::Parsed OpportunityForm::parse(const QByteArray &contentType, const QByteArray &body)
{
    Parsed parsed;
    for (const MultipartParser::Part &part : MultipartParser::parse(contentType, body)) {
        if (part.name == u"resumeFile"_s) {
            checkFile(part);
            if (parsed.resume)
                refuse(part.name, u"given more than once (one resume per candidate)"_s);
            parsed.resume = part;
        } else if (part.name == u"files[]"_s || part.name == u"files"_s) {
            checkFile(part);
            parsed.files.append(part);
        } else {
            if (part.fileName)
                refuse(part.name, u"a file was sent where text belongs"_s);
            const QString value = QString::fromUtf8(part.data);
            addField(parsed.body, part.name, value);
        }
    }
    return parsed;
}

} // namespace lever::sandbox
