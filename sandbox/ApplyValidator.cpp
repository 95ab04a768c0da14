#include "ApplyValidator.h"

#include "ApplicationForm.h"
#include "BodyFields.h"
#include "BodyReader.h"
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QHash>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kBrowserKeys = {u"ipAddress"_s, u"userAgent"_s, u"acceptLanguage"_s, u"referer"_s,
                                  u"timezone"_s};

// `[{name, value}]` entries against the form's `entries`: known names, each once. Returns name -> value
// (entries with a null or absent value are left out).
QHash<QString, QString> namedValues(const QJsonArray &given, const QJsonArray &entries, const QString &what,
                                    const QHash<QString, int> &maxLengths)
{
    const QStringList known = ApplicationForm::names(entries);
    QHash<QString, QString> out;
    QSet<QString> seen;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const BodyReader e = BodyReader::element(given, i, what);
        const QString name = e.requiredString(u"name"_s);
        if (!known.contains(name))
            throw SandboxError::badRequest(e.name(u"name"_s) + u": the form has no "_s + name +
                                           u"; it asks for "_s + known.join(u", "_s));
        if (seen.contains(name))
            throw SandboxError::badRequest(e.name(u"name"_s) + u": "_s + name + u" is given twice"_s);
        seen.insert(name);
        if (const auto value = e.string(u"value"_s, maxLengths.value(name, BodyReader::kMaxText)))
            out.insert(name,
                       BodyFields::checkText(*value, e.name(u"value"_s), maxLengths.value(name, 255), true));
    }
    return out;
}
} // namespace

ApplyValidator::ApplyValidator(SandboxContext &ctx, const QJsonObject &form)
    : m_ctx(ctx)
    , m_form(form)
{}

QString ApplyValidator::uploadId(const QString &value, const QString &field) const
{
    // Lever's form takes the upload's uri; its id is accepted as well.
    const QString id = value.section(u'/', -1);
    const auto upload = m_ctx.docs.get(u"upload"_s, id);
    if (!upload || qint64(upload->value(u"expiresAt"_s).toDouble()) <= m_ctx.now())
        throw SandboxError::badRequest(
            field + u": upload "_s + id +
            u" was not found or has expired (POST /uploads keeps files 24 hours)"_s);
    return id;
}

void ApplyValidator::readPersonal(const QJsonArray &entries, Applicant &out) const
{
    const QHash<QString, QString> v =
        namedValues(entries, m_form.value(u"personalInformation"_s).toArray(), u"personalInformation"_s,
                    {{u"additionalInformation"_s, BodyReader::kMaxLongText}, {u"resume"_s, 2048}});
    for (const QString &required : {u"fullName"_s, u"email"_s}) {
        if (v.value(required).isEmpty())
            throw SandboxError::badRequest(u"personalInformation: "_s + required + u" is required"_s);
    }
    out.name = v.value(u"fullName"_s);
    out.email = v.value(u"email"_s);
    if (!BodyFields::isEmail(out.email))
        throw SandboxError::badRequest(u"personalInformation: email must be a valid email address"_s);
    out.phone = v.value(u"phone"_s);
    out.location = v.value(u"currentLocation"_s);
    out.company = v.value(u"currentCompany"_s);
    out.comments = v.value(u"additionalInformation"_s);
    if (!v.value(u"resume"_s).isEmpty())
        out.resumeUploadId = uploadId(v.value(u"resume"_s), u"personalInformation: resume"_s);
}

void ApplyValidator::readUrls(const QJsonArray &entries, Applicant &out) const
{
    const QHash<QString, QString> v = namedValues(entries, m_form.value(u"urls"_s).toArray(), u"urls"_s, {});
    for (const QString &name : ApplicationForm::names(m_form.value(u"urls"_s).toArray())) {
        const QString link = v.value(name);
        if (link.isEmpty())
            continue;
        const QUrl url(link, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) ||
            url.host().isEmpty())
            throw SandboxError::badRequest(u"urls: "_s + name + u" must be an http or https URL"_s);
        out.links.append(link);
    }
}

QJsonValue ApplyValidator::answer(const QJsonObject &field, const QJsonValue &value, const QString &name)
{
    if (value.isNull() || value.isUndefined())
        return QJsonValue();
    const QString type = field.value(u"type"_s).toString();
    const QStringList allowed = ApplicationForm::optionTexts(field);
    if (type == u"multiple-select"_s) {
        if (!value.isArray())
            throw SandboxError::badRequest(name + u" must be an array of option texts"_s);
        QSet<QString> seen;
        const QJsonArray chosen = value.toArray();
        for (const QJsonValue &c : chosen) {
            if (!c.isString() || !allowed.contains(c.toString()) || seen.contains(c.toString()))
                throw SandboxError::badRequest(name + u" may hold each of these once: "_s +
                                               allowed.join(u", "_s));
            seen.insert(c.toString());
        }
        return chosen.isEmpty() ? QJsonValue() : value;
    }
    if (!value.isString())
        throw SandboxError::badRequest(name + u" must be a string"_s);
    if (!allowed.isEmpty() && !allowed.contains(value.toString()))
        throw SandboxError::badRequest(name + u" must be one of: "_s + allowed.join(u", "_s));
    const QString text = BodyFields::checkText(value.toString(), name, BodyReader::kMaxLongText, true);
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray ApplyValidator::readCustom(const QJsonArray &cards) const
{
    QJsonArray formCards = m_form.value(u"customQuestions"_s).toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const BodyReader card = BodyReader::element(cards, i, u"customQuestions"_s);
        const QString id = card.requiredString(u"id"_s);
        qsizetype at = 0;
        while (at < formCards.size() && formCards.at(at).toObject().value(u"id"_s).toString() != id)
            ++at;
        if (at == formCards.size())
            throw SandboxError::badRequest(card.name(u"id"_s) + u": the form has no question card "_s + id);
        if (seen.contains(id))
            throw SandboxError::badRequest(card.name(u"id"_s) + u": card "_s + id + u" is given twice"_s);
        seen.insert(id);
        QJsonObject formCard = formCards.at(at).toObject();
        QJsonArray fields = formCard.value(u"fields"_s).toArray();
        const QJsonArray given = card.array(u"fields"_s).value_or(QJsonArray());
        if (given.size() > fields.size())
            throw SandboxError::badRequest(card.name(u"fields"_s) +
                                           u" has more answers than the card has fields"_s);
        QSet<qsizetype> answered;
        for (qsizetype j = 0; j < given.size(); ++j) {
            const BodyReader f = BodyReader::element(given, j, card.name(u"fields"_s));
            qsizetype target = j;
            if (const auto fieldId = f.string(u"id"_s)) {
                target = 0;
                while (target < fields.size() &&
                       fields.at(target).toObject().value(u"id"_s).toString() != *fieldId)
                    ++target;
                if (target == fields.size())
                    throw SandboxError::badRequest(f.name(u"id"_s) + u": card "_s + id + u" has no field "_s +
                                                   *fieldId);
            }
            if (answered.contains(target))
                throw SandboxError::badRequest(f.name(u"value"_s) + u": that field is answered twice"_s);
            answered.insert(target);
            QJsonObject field = fields.at(target).toObject();
            field.insert(u"value"_s, answer(field, f.object().value(u"value"_s), f.name(u"value"_s)));
            fields.replace(target, field);
        }
        formCard.insert(u"fields"_s, fields);
        formCards.replace(at, formCard);
    }
    for (const QJsonValue &c : std::as_const(formCards)) {
        const QJsonArray fields = c.toObject().value(u"fields"_s).toArray();
        for (const QJsonValue &f : fields) {
            const QJsonObject field = f.toObject();
            if (field.value(u"required"_s).toBool() && field.value(u"value"_s).isNull())
                throw SandboxError::badRequest(u"customQuestions: \""_s + field.value(u"text"_s).toString() +
                                               u"\" ("_s + field.value(u"id"_s).toString() +
                                               u") is required"_s);
        }
    }
    return formCards;
}

QJsonObject ApplyValidator::readEeo(const QJsonObject &answers) const
{
    const QJsonObject questions = m_form.value(u"eeoQuestions"_s).toObject();
    if (!answers.isEmpty() && questions.isEmpty())
        throw SandboxError::badRequest(u"eeoResponses: this posting asks no EEO questions"_s);
    QJsonObject out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QString field = u"eeoResponses."_s + it.key();
        if (!questions.contains(it.key()))
            throw SandboxError::badRequest(field + u": the survey asks "_s + questions.keys().join(u", "_s));
        if (it.value().isNull())
            continue;
        const QJsonArray choices = questions.value(it.key()).toObject().value(u"options"_s).toArray();
        QString chosen;
        for (const QJsonValue &c : choices) {
            const QJsonObject option = c.toObject();
            if (it.value() == option.value(u"text"_s) || it.value() == option.value(u"optionId"_s))
                chosen = option.value(u"text"_s).toString();
        }
        if (chosen.isEmpty())
            throw SandboxError::badRequest(field +
                                           u" must be one of the survey's options (text or optionId)"_s);
        out.insert(it.key(), chosen);
    }
    return out;
}

ApplyValidator::Applicant ApplyValidator::read(const QJsonObject &body) const
{
    const BodyFields f(body);
    f.allowOnly(QStringList{u"postId"_s, u"personalInformation"_s, u"urls"_s, u"customQuestions"_s,
                            u"eeoResponses"_s, u"sources"_s, u"consent"_s} +
                kBrowserKeys);
    const QString postingId = m_form.value(u"id"_s).toString();
    if (const auto postId = f.string(u"postId"_s); postId && *postId != postingId)
        throw SandboxError::badRequest(u"postId "_s + *postId + u" does not name posting "_s + postingId);
    if (!f.has(u"personalInformation"_s))
        throw SandboxError::badRequest(u"personalInformation is required: at least fullName and email"_s);
    auto array = [&f](const QString &key) {
        const QJsonValue v = f.body().value(key);
        if (!v.isNull() && !v.isUndefined() && !v.isArray())
            throw SandboxError::badRequest(key + u" must be an array"_s);
        return v.toArray();
    };
    Applicant out;
    readPersonal(array(u"personalInformation"_s), out);
    readUrls(array(u"urls"_s), out);
    out.customQuestions = readCustom(array(u"customQuestions"_s));
    out.eeo = readEeo(f.object(u"eeoResponses"_s).value_or(QJsonObject()));
    out.sources = f.strings(u"sources"_s).value_or(QStringList());
    f.object(u"consent"_s);
    for (const QString &key : kBrowserKeys) {
        if (const auto value = f.string(key, BodyFields::kMaxLink))
            out.browser.insert(key, *value);
    }
    return out;
}

} // namespace lever::sandbox
