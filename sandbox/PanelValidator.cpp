#include "PanelValidator.h"

#include "BodyReader.h"
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QStringList kReminders = {u"once"_s, u"daily"_s, u"frequently"_s, u"none"_s};
// Generous bounds that still keep a hostile body from producing huge documents.
constexpr int kMaxInterviews = 50;
constexpr int kMaxInterviewers = 50;
constexpr qint64 kMaxDurationMinutes = 7 * 24 * 60;
} // namespace

PanelValidator::PanelValidator(SandboxContext &ctx, QJsonObject opportunity)
    : m_ctx(ctx)
    , m_opportunity(std::move(opportunity))
{}

QJsonObject PanelValidator::activeUser(const QString &id, const QString &field)
{
    const auto hit = m_users.constFind(id);
    if (hit != m_users.constEnd())
        return *hit;
    const auto user = m_ctx.docs.get(u"user"_s, id);
    if (!user || !user->value(u"deactivatedAt"_s).isNull())
        throw SandboxError::badRequest(field + u" must be the id of an active user; "_s + id + u" is not"_s);
    m_users.insert(id, *user);
    return *user;
}

QString PanelValidator::feedbackTemplate(const QString &id, const QString &field)
{
    if (!m_templates.contains(id)) {
        if (!m_ctx.docs.get(u"feedback_template"_s, id))
            throw SandboxError::badRequest(field + u": feedback template "_s + id + u" was not found"_s);
        m_templates.insert(id);
    }
    return id;
}

QJsonObject PanelValidator::interview(const BodyReader &body, bool allowId)
{
    QJsonObject out;
    if (body.has(u"id"_s)) {
        if (!allowId)
            throw SandboxError::badRequest(body.name(u"id"_s) +
                                           u" must not be set: new interviews get their id from Lever"_s);
        out.insert(u"id"_s, body.requiredString(u"id"_s));
    }
    const QString subject = body.string(u"subject"_s).value_or(QString());
    out.insert(u"subject"_s, subject.trimmed().isEmpty()
                                 ? QString(u"Interview with "_s + m_opportunity.value(u"name"_s).toString())
                                 : subject);
    out.insert(u"note"_s, body.string(u"note"_s, BodyReader::kMaxLongText).value_or(QString()));

    const auto date = body.timestamp(u"date"_s);
    if (!date)
        throw SandboxError::badRequest(body.name(u"date"_s) + u" is required (epoch milliseconds)"_s);
    const auto duration = body.integer(u"duration"_s, 1, kMaxDurationMinutes);
    if (!duration)
        throw SandboxError::badRequest(body.name(u"duration"_s) + u" is required (minutes, at least 1)"_s);
    out.insert(u"date"_s, *date);
    out.insert(u"duration"_s, *duration);
    const auto location = body.string(u"location"_s);
    out.insert(u"location"_s, location ? QJsonValue(*location) : QJsonValue());

    const QString templateId =
        body.has(u"feedbackTemplate"_s)
            ? feedbackTemplate(body.requiredString(u"feedbackTemplate"_s), body.name(u"feedbackTemplate"_s))
            : u"no-feedback"_s;
    out.insert(u"feedbackTemplate"_s, templateId);
    out.insert(u"feedbackReminder"_s,
               body.oneOf(u"feedbackReminder"_s, kReminders).value_or(u"frequently"_s));

    const QString listName = body.name(u"interviewers"_s);
    const QJsonArray given = body.array(u"interviewers"_s).value_or(QJsonArray());
    if (given.isEmpty())
        throw SandboxError::badRequest(listName + u" needs at least one interviewer"_s);
    if (given.size() > kMaxInterviewers)
        throw SandboxError::badRequest(listName + u" holds at most "_s + QString::number(kMaxInterviewers) +
                                       u" interviewers"_s);
    QJsonArray interviewers;
    QSet<QString> seen;
    for (qsizetype i = 0; i < given.size(); ++i) {
        const BodyReader person = BodyReader::element(given, i, listName);
        const QString id = person.requiredString(u"id"_s);
        if (seen.contains(id))
            throw SandboxError::badRequest(person.name(u"id"_s) + u": interviewer "_s + id +
                                           u" is listed twice"_s);
        seen.insert(id);
        const QJsonObject user = activeUser(id, person.name(u"id"_s));
        const QString personal = person.has(u"feedbackTemplate"_s)
                                     ? feedbackTemplate(person.requiredString(u"feedbackTemplate"_s),
                                                        person.name(u"feedbackTemplate"_s))
                                     : templateId;
        interviewers.append(QJsonObject{{u"id"_s, id},
                                        {u"name"_s, user.value(u"name"_s)},
                                        {u"email"_s, user.value(u"email"_s)},
                                        {u"feedbackTemplate"_s, personal}});
    }
    out.insert(u"interviewers"_s, interviewers);
    return out;
}

QJsonObject PanelValidator::panel(const QJsonObject &body, const QSet<QString> &existingInterviewIds)
{
    const BodyReader r(body);
    QJsonObject out;
    const QString zone = r.requiredString(u"timezone"_s, 64);
    if (!QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
        throw SandboxError::badRequest(u"timezone must be an IANA time zone name such as Europe/Berlin; "_s +
                                       zone + u" is not one"_s);
    out.insert(u"timezone"_s, zone);
    out.insert(u"feedbackReminder"_s, r.oneOf(u"feedbackReminder"_s, kReminders).value_or(u"daily"_s));
    const auto note = r.string(u"note"_s, BodyReader::kMaxLongText);
    out.insert(u"note"_s, note ? QJsonValue(*note) : QJsonValue());
    const auto url = r.string(u"externalUrl"_s, 2048);
    if (url) {
        const QUrl parsed(*url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"https"_s && parsed.scheme() != u"http"_s) ||
            parsed.host().isEmpty())
            throw SandboxError::badRequest(u"externalUrl must be an http(s) URL"_s);
    }
    out.insert(u"externalUrl"_s, url ? QJsonValue(*url) : QJsonValue());

    // Applications: the opportunity's active ones unless listed; an explicit empty list is refused.
    QJsonArray applications;
    const QJsonArray ofOpportunity = m_opportunity.value(u"applications"_s).toArray();
    if (const auto given = r.array(u"applications"_s)) {
        if (given->isEmpty())
            throw SandboxError::badRequest(
                u"applications must not be empty; omit it to use the active ones"_s);
        for (qsizetype i = 0; i < given->size(); ++i) {
            const QString name = u"applications["_s + QString::number(i) + u']';
            if (!given->at(i).isString())
                throw SandboxError::badRequest(name + u" must be an application id"_s);
            const QString id = given->at(i).toString();
            if (!ofOpportunity.contains(QJsonValue(id)))
                throw SandboxError::badRequest(name + u": application "_s + id +
                                               u" does not belong to this opportunity"_s);
            if (!applications.contains(QJsonValue(id)))
                applications.append(id);
        }
    } else {
        for (const QJsonValue &id : ofOpportunity) {
            const auto app = m_ctx.docs.get(u"application"_s, id.toString());
            if (!app || app->value(u"archived"_s).isNull() || app->value(u"archived"_s).isUndefined())
                applications.append(id);
        }
    }
    out.insert(u"applications"_s, applications);

    const QJsonArray given = r.array(u"interviews"_s).value_or(QJsonArray());
    if (given.isEmpty())
        throw SandboxError::badRequest(u"interviews is required and needs at least one interview"_s);
    if (given.size() > kMaxInterviews)
        throw SandboxError::badRequest(u"interviews holds at most "_s + QString::number(kMaxInterviews) +
                                       u" interviews"_s);
    QJsonArray interviews;
    QSet<QString> seen;
    const bool update = !existingInterviewIds.isEmpty();
    for (qsizetype i = 0; i < given.size(); ++i) {
        const QJsonObject entry = interview(BodyReader::element(given, i, u"interviews"_s), update);
        const QString id = entry.value(u"id"_s).toString();
        if (!id.isEmpty()) {
            const QString field = u"interviews["_s + QString::number(i) + u"].id"_s;
            if (!existingInterviewIds.contains(id))
                throw SandboxError::badRequest(field + u": interview "_s + id +
                                               u" is not part of this panel (new interviews have no id)"_s);
            if (seen.contains(id))
                throw SandboxError::badRequest(field + u": interview "_s + id + u" is listed twice"_s);
            seen.insert(id);
        }
        interviews.append(entry);
    }
    out.insert(u"interviews"_s, interviews);
    return out;
}

} // namespace lever::sandbox
