#include "PanelWriter.h"

#include "Database.h"
#include "DocumentStore.h"
#include "SandboxContext.h"

#include <QJsonArray>
#include <QSet>
#include <limits>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
constexpr qint64 kMinute = 60 * 1000;

QJsonObject findEntry(const QJsonObject &panel, const QString &id)
{
    const QJsonArray entries = panel.value(u"interviews"_s).toArray();
    for (const QJsonValue &e : entries) {
        if (e.toObject().value(u"id"_s).toString() == id)
            return e.toObject();
    }
    return {};
}

QJsonObject findDoc(const QList<QJsonObject> &docs, const QString &id)
{
    for (const QJsonObject &d : docs) {
        if (d.value(u"id"_s).toString() == id)
            return d;
    }
    return {};
}
} // namespace

PanelWriter::PanelWriter(SandboxContext &ctx, QJsonObject opportunity, QString actingUser)
    : m_ctx(ctx)
    , m_opportunity(std::move(opportunity))
    , m_opportunityId(m_opportunity.value(u"id"_s).toString())
    , m_user(std::move(actingUser))
{}

QJsonObject PanelWriter::eventData(const QJsonObject &opportunity, const QString &interviewId,
                                   const QString &panelId)
{
    const QString id = opportunity.value(u"id"_s).toString();
    return QJsonObject{{u"opportunityId"_s, id},
                       {u"candidateId"_s, id},
                       {u"contactId"_s, opportunity.value(u"contact"_s)},
                       {u"interviewId"_s, interviewId},
                       {u"panelId"_s, panelId}};
}

void PanelWriter::emitEvent(const QString &event, const QString &interviewId, const QString &panelId)
{
    if (m_ctx.notify)
        m_ctx.notify(event, eventData(m_opportunity, interviewId, panelId));
}

QJsonObject PanelWriter::scheduled(QJsonObject entry, const QJsonObject &previous) const
{
    // Invitations survive an edit that keeps the time; a reschedule asks everyone again.
    const bool sameTime = !previous.isEmpty() && previous.value(u"date"_s) == entry.value(u"date"_s) &&
                          previous.value(u"duration"_s) == entry.value(u"duration"_s);
    QHash<QString, QString> responses;
    const QJsonArray before = previous.value(u"interviewers"_s).toArray();
    for (const QJsonValue &p : before)
        responses.insert(p.toObject().value(u"id"_s).toString(),
                         p.toObject().value(u"responseStatus"_s).toString());
    QJsonArray people = entry.value(u"interviewers"_s).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        QJsonObject person = people.at(i).toObject();
        const QString kept = sameTime ? responses.value(person.value(u"id"_s).toString()) : QString();
        person.insert(u"responseStatus"_s, kept.isEmpty() ? u"needsAction"_s : kept);
        people.replace(i, person);
    }
    entry.insert(u"interviewers"_s, people);
    return entry;
}

QList<QJsonObject> PanelWriter::interviewsOf(const QJsonObject &panel) const
{
    QList<QJsonObject> out;
    const QJsonArray entries = panel.value(u"interviews"_s).toArray();
    for (const QJsonValue &e : entries) {
        if (auto doc = m_ctx.docs.get(u"interview"_s, e.toObject().value(u"id"_s).toString()))
            out.append(*doc);
    }
    return out;
}

QJsonObject PanelWriter::interviewDoc(const QJsonObject &panel, const QJsonObject &entry,
                                      const QJsonObject &previous, bool touched) const
{
    QJsonArray interviewers;
    const QJsonArray people = entry.value(u"interviewers"_s).toArray();
    for (const QJsonValue &p : people) {
        QJsonObject person = p.toObject();
        person.remove(u"responseStatus"_s);
        interviewers.append(person);
    }
    QJsonArray postings;
    const QJsonArray applications = panel.value(u"applications"_s).toArray();
    for (const QJsonValue &a : applications) {
        const auto app = m_ctx.docs.get(u"application"_s, a.toString());
        const QJsonValue posting = app ? app->value(u"posting"_s) : QJsonValue();
        if (posting.isString() && !postings.contains(posting))
            postings.append(posting);
    }
    return QJsonObject{
        {u"id"_s, entry.value(u"id"_s)},
        {u"panel"_s, panel.value(u"id"_s)},
        {u"opportunityId"_s, m_opportunityId},
        {u"subject"_s, entry.value(u"subject"_s)},
        {u"note"_s, entry.value(u"note"_s)},
        {u"interviewers"_s, interviewers},
        {u"timezone"_s, panel.value(u"timezone"_s)},
        {u"date"_s, entry.value(u"date"_s)},
        {u"duration"_s, entry.value(u"duration"_s)},
        {u"location"_s, entry.value(u"location"_s)},
        {u"feedbackTemplate"_s, entry.value(u"feedbackTemplate"_s)},
        {u"feedbackForms"_s, previous.value(u"feedbackForms"_s).toArray()},
        {u"feedbackReminder"_s, entry.value(u"feedbackReminder"_s)},
        {u"user"_s, touched || previous.isEmpty() ? QJsonValue(m_user) : previous.value(u"user"_s)},
        {u"stage"_s, panel.value(u"stage"_s)},
        {u"canceledAt"_s, QJsonValue()},
        {u"postings"_s, postings},
        {u"gcalEventUrl"_s, QJsonValue()},
        {u"createdAt"_s,
         previous.contains(u"createdAt"_s) ? previous.value(u"createdAt"_s) : QJsonValue(m_ctx.now())},
    };
}

QJsonObject PanelWriter::store(QJsonObject panel, const QList<QJsonObject> &previousInterviews,
                               const QSet<QString> &touched)
{
    const QJsonArray entries = panel.value(u"interviews"_s).toArray();
    qint64 start = std::numeric_limits<qint64>::max();
    qint64 end = 0;
    for (const QJsonValue &e : entries) {
        const QJsonObject entry = e.toObject();
        const qint64 date = qint64(entry.value(u"date"_s).toDouble());
        start = qMin(start, date);
        end = qMax(end, date + qint64(entry.value(u"duration"_s).toDouble()) * kMinute);
    }
    panel.insert(u"start"_s, start);
    panel.insert(u"end"_s, end);
    panel.insert(u"stage"_s, m_opportunity.value(u"stage"_s));
    panel.insert(u"user"_s, m_user);
    const QString panelId = panel.value(u"id"_s).toString();
    m_ctx.docs.put(u"panel"_s, panelId, m_opportunityId, panel);
    for (const QJsonValue &e : entries) {
        const QJsonObject entry = e.toObject();
        const QString id = entry.value(u"id"_s).toString();
        m_ctx.docs.put(u"interview"_s, id, m_opportunityId,
                       interviewDoc(panel, entry, findDoc(previousInterviews, id), touched.contains(id)));
    }
    return panel;
}

QJsonObject PanelWriter::create(const QJsonObject &input)
{
    const QString panelId = SandboxContext::newId();
    QJsonArray entries;
    const QJsonArray given = input.value(u"interviews"_s).toArray();
    for (const QJsonValue &e : given) {
        QJsonObject entry = e.toObject();
        entry.insert(u"id"_s, SandboxContext::newId());
        entries.append(scheduled(entry, {}));
    }
    QJsonObject panel = input;
    panel.insert(u"id"_s, panelId);
    panel.insert(u"interviews"_s, entries);
    panel.insert(u"canceledAt"_s, QJsonValue());
    panel.insert(u"createdAt"_s, m_ctx.now());
    panel.insert(u"externallyManaged"_s, true);
    Transaction tx(m_ctx.db);
    QSet<QString> all;
    for (const QJsonValue &e : std::as_const(entries))
        all.insert(e.toObject().value(u"id"_s).toString());
    panel = store(panel, {}, all);
    tx.commit();
    for (const QJsonValue &e : std::as_const(entries))
        emitEvent(u"interviewCreated"_s, e.toObject().value(u"id"_s).toString(), panelId);
    return panel;
}

QJsonObject PanelWriter::replace(const QJsonObject &panel, const QJsonObject &input)
{
    const QString panelId = panel.value(u"id"_s).toString();
    const QList<QJsonObject> previousDocs = interviewsOf(panel);
    QStringList created, updated, removed;
    QSet<QString> kept;
    QJsonArray entries;
    const QJsonArray given = input.value(u"interviews"_s).toArray();
    for (const QJsonValue &e : given) {
        QJsonObject entry = e.toObject();
        QString id = entry.value(u"id"_s).toString();
        if (id.isEmpty()) {
            id = SandboxContext::newId();
            entry.insert(u"id"_s, id);
            created.append(id);
        } else {
            kept.insert(id);
            updated.append(id);
        }
        entries.append(scheduled(entry, findEntry(panel, id)));
    }
    const QJsonArray before = panel.value(u"interviews"_s).toArray();
    for (const QJsonValue &e : before) {
        const QString id = e.toObject().value(u"id"_s).toString();
        if (!kept.contains(id))
            removed.append(id);
    }
    QJsonObject next = input;
    next.insert(u"id"_s, panelId);
    next.insert(u"interviews"_s, entries);
    next.insert(u"canceledAt"_s, panel.value(u"canceledAt"_s));
    next.insert(u"createdAt"_s, panel.value(u"createdAt"_s));
    next.insert(u"externallyManaged"_s, true);
    Transaction tx(m_ctx.db);
    for (const QString &id : std::as_const(removed))
        m_ctx.docs.remove(u"interview"_s, id);
    next = store(next, previousDocs, QSet<QString>(created.begin(), created.end()) + kept);
    tx.commit();
    for (const QString &id : std::as_const(removed))
        emitEvent(u"interviewDeleted"_s, id, panelId);
    for (const QString &id : std::as_const(updated))
        emitEvent(u"interviewUpdated"_s, id, panelId);
    for (const QString &id : std::as_const(created))
        emitEvent(u"interviewCreated"_s, id, panelId);
    return next;
}

void PanelWriter::remove(const QJsonObject &panel)
{
    const QString panelId = panel.value(u"id"_s).toString();
    QStringList removed;
    const QJsonArray entries = panel.value(u"interviews"_s).toArray();
    for (const QJsonValue &e : entries)
        removed.append(e.toObject().value(u"id"_s).toString());
    // Interview documents that point at the panel but fell out of its array go too.
    const QList<QJsonObject> docs = m_ctx.docs.children(u"interview"_s, m_opportunityId);
    for (const QJsonObject &d : docs) {
        const QString id = d.value(u"id"_s).toString();
        if (d.value(u"panel"_s).toString() == panelId && !removed.contains(id))
            removed.append(id);
    }
    Transaction tx(m_ctx.db);
    for (const QString &id : std::as_const(removed))
        m_ctx.docs.remove(u"interview"_s, id);
    m_ctx.docs.remove(u"panel"_s, panelId);
    tx.commit();
    for (const QString &id : std::as_const(removed))
        emitEvent(u"interviewDeleted"_s, id, panelId);
}

QJsonObject PanelWriter::addInterview(const QJsonObject &panel, const QJsonObject &entry)
{
    const QString id = SandboxContext::newId();
    QJsonObject withId = entry;
    withId.insert(u"id"_s, id);
    QJsonObject next = panel;
    QJsonArray entries = panel.value(u"interviews"_s).toArray();
    entries.append(scheduled(withId, {}));
    next.insert(u"interviews"_s, entries);
    Transaction tx(m_ctx.db);
    store(next, interviewsOf(panel), {id});
    tx.commit();
    emitEvent(u"interviewCreated"_s, id, panel.value(u"id"_s).toString());
    return m_ctx.docs.get(u"interview"_s, id).value_or(QJsonObject());
}

QJsonObject PanelWriter::replaceInterview(const QJsonObject &panel, const QString &interviewId,
                                          const QJsonObject &entry)
{
    QJsonObject withId = entry;
    withId.insert(u"id"_s, interviewId);
    QJsonArray entries = panel.value(u"interviews"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(u"id"_s).toString() == interviewId)
            entries.replace(i, scheduled(withId, entries.at(i).toObject()));
    }
    QJsonObject next = panel;
    next.insert(u"interviews"_s, entries);
    Transaction tx(m_ctx.db);
    store(next, interviewsOf(panel), {interviewId});
    tx.commit();
    emitEvent(u"interviewUpdated"_s, interviewId, panel.value(u"id"_s).toString());
    return m_ctx.docs.get(u"interview"_s, interviewId).value_or(QJsonObject());
}

void PanelWriter::removeInterview(const QJsonObject &panel, const QString &interviewId)
{
    QJsonArray entries = panel.value(u"interviews"_s).toArray();
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        if (entries.at(i).toObject().value(u"id"_s).toString() == interviewId)
            entries.removeAt(i);
    }
    if (entries.isEmpty()) {
        remove(panel);
        return;
    }
    QJsonObject next = panel;
    next.insert(u"interviews"_s, entries);
    Transaction tx(m_ctx.db);
    m_ctx.docs.remove(u"interview"_s, interviewId);
    store(next, interviewsOf(next), {});
    tx.commit();
    emitEvent(u"interviewDeleted"_s, interviewId, panel.value(u"id"_s).toString());
}

} // namespace lever::sandbox
