#include "NoteRoutes.h"

#include "BodyReader.h"
#include "ChildDocuments.h"
#include "Database.h"
#include "DocumentStore.h"
#include "OpportunityRoutes.h"
#include "PageToken.h"
#include "Request.h"
#include "Response.h"
#include "Router.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QString kMeta = u"note_meta"_s;

struct NoteInput
{
    QString value;
    std::optional<bool> secret;
    QJsonValue score; // null or 1..4
    bool notifyFollowers = false;
    qint64 createdAt = 0;
};

NoteInput readNote(const BodyReader &body, qint64 now)
{
    NoteInput in;
    in.value = body.requiredString(u"value"_s, BodyReader::kMaxLongText);
    in.secret = body.boolean(u"secret"_s);
    const auto score = body.integer(u"score"_s, 1, 4);
    in.score = score ? QJsonValue(*score) : QJsonValue();
    in.notifyFollowers = body.boolean(u"notifyFollowers"_s).value_or(false);
    const auto createdAt = body.timestamp(u"createdAt"_s);
    if (createdAt && *createdAt > now)
        throw SandboxError::badRequest(u"createdAt must be in the past"_s);
    in.createdAt = createdAt.value_or(now);
    return in;
}

QJsonObject entry(const QJsonObject &opportunity, const QString &user, const QString &value,
                  const QJsonValue &score, qint64 at)
{
    return QJsonObject{{u"type"_s, u"note"_s}, {u"text"_s, u"Comment"_s},
                       {u"value"_s, value},    {u"user"_s, user},
                       {u"createdAt"_s, at},   {u"stage"_s, opportunity.value(u"stage"_s)},
                       {u"score"_s, score}};
}

void appendUnique(QJsonArray &to, const QJsonArray &ids)
{
    for (const QJsonValue &id : ids) {
        if (!to.contains(id))
            to.append(id);
    }
}

// Records who the note mentions and who was told about it (mentions, plus followers when asked).
void recordAudience(SandboxContext &ctx, const QJsonObject &opportunity, const QString &noteId,
                    bool apiCreated, const QJsonArray &mentions, bool notifyFollowers, bool replace)
{
    QJsonObject meta =
        ctx.docs.get(kMeta, noteId).value_or(QJsonObject{{u"id"_s, noteId}, {u"apiCreated"_s, apiCreated}});
    QJsonArray mentioned = replace ? QJsonArray() : meta.value(u"mentions"_s).toArray();
    appendUnique(mentioned, mentions);
    QJsonArray notified = meta.value(u"notified"_s).toArray();
    appendUnique(notified, mentions);
    if (notifyFollowers)
        appendUnique(notified, opportunity.value(u"followers"_s).toArray());
    meta.insert(u"mentions"_s, mentioned);
    meta.insert(u"notified"_s, notified);
    ctx.docs.put(kMeta, noteId, opportunity.value(u"id"_s).toString(), meta);
}

QJsonObject answer(QJsonObject note)
{
    note.insert(u"noteId"_s, note.value(u"id"_s));
    return note;
}

void requireApiCreated(SandboxContext &ctx, const QJsonObject &note)
{
    const QString id = note.value(u"id"_s).toString();
    const auto meta = ctx.docs.get(kMeta, id);
    if (!meta || !meta->value(u"apiCreated"_s).toBool())
        throw SandboxError::forbidden(
            u"Note "_s + id +
            u" was added in Lever's UI; only notes created through the API can be changed "
            u"or deleted"_s);
}

QJsonObject createNote(SandboxContext &ctx, const Request &request, const QJsonObject &opportunity)
{
    const QString oppId = opportunity.value(u"id"_s).toString();
    const NoteInput in = readNote(BodyReader(request.jsonBody()), ctx.now());
    const QString user = request.actingUser();
    const QJsonArray mentions = NoteRoutes::mentionedUsers(ctx, in.value);
    Transaction tx(ctx.db);
    QJsonObject note;
    if (request.hasQuery(u"note_id"_s)) {
        // A threaded comment joins the note's fields; the thread keeps the note's own secrecy.
        note = ChildDocuments::require(ctx, u"note"_s, oppId, request.queryValue(u"note_id"_s), u"Note"_s);
        QJsonArray fields = note.value(u"fields"_s).toArray();
        fields.append(entry(opportunity, user, in.value, in.score, in.createdAt));
        note.insert(u"fields"_s, fields);
        ctx.docs.put(u"note"_s, note.value(u"id"_s).toString(), oppId, note);
        recordAudience(ctx, opportunity, note.value(u"id"_s).toString(), false, mentions, in.notifyFollowers,
                       false);
    } else {
        const QString id = SandboxContext::newId();
        note =
            QJsonObject{{u"id"_s, id},
                        {u"text"_s, u"Comment"_s},
                        {u"fields"_s, QJsonArray{entry(opportunity, user, in.value, in.score, in.createdAt)}},
                        {u"user"_s, user},
                        {u"secret"_s, in.secret.value_or(false)},
                        {u"completedAt"_s, in.createdAt},
                        {u"createdAt"_s, in.createdAt},
                        {u"deletedAt"_s, QJsonValue()}};
        ctx.docs.put(u"note"_s, id, oppId, note);
        recordAudience(ctx, opportunity, id, true, mentions, in.notifyFollowers, false);
    }
    tx.commit();
    return answer(note);
}

QJsonObject replaceNote(SandboxContext &ctx, const Request &request, const QJsonObject &opportunity,
                        QJsonObject note)
{
    requireApiCreated(ctx, note);
    const BodyReader body(request.jsonBody());
    const qint64 now = ctx.now();
    const QString user = request.actingUser();
    const auto score = body.integer(u"score"_s, 1, 4);
    const QJsonValue scoreValue = score ? QJsonValue(*score) : QJsonValue();
    const QJsonArray before = note.value(u"fields"_s).toArray();
    QJsonArray fields;
    if (const auto values = body.array(u"values"_s)) {
        // Lever's documented form: the note's text and then its comments, in order; the list replaces them.
        if (values->isEmpty() || values->size() > 1000)
            throw SandboxError::badRequest(u"values must hold from 1 to 1000 texts"_s);
        for (qsizetype i = 0; i < values->size(); ++i) {
            const QString name = u"values["_s + QString::number(i) + u']';
            const QString text = values->at(i).toString();
            if (!values->at(i).isString() || text.trimmed().isEmpty() ||
                text.size() > BodyReader::kMaxLongText)
                throw SandboxError::badRequest(name + u" must be a non-empty string of at most "_s +
                                               QString::number(BodyReader::kMaxLongText) + u" characters"_s);
            const QJsonObject old = before.at(i).toObject();
            QJsonObject e = entry(opportunity, old.isEmpty() ? user : old.value(u"user"_s).toString(), text,
                                  i == 0 ? scoreValue : old.value(u"score"_s),
                                  old.isEmpty() ? now : qint64(old.value(u"createdAt"_s).toDouble()));
            if (!old.isEmpty() && old.value(u"value"_s).toString() != text)
                e.insert(u"user"_s, user);
            fields.append(e);
        }
    } else {
        // `value` replaces the note's own text and keeps the comments others added to it.
        const QString text = body.requiredString(u"value"_s, BodyReader::kMaxLongText);
        const QJsonObject first = before.at(0).toObject();
        fields.append(entry(opportunity, user, text, scoreValue,
                            first.isEmpty() ? now : qint64(first.value(u"createdAt"_s).toDouble())));
        for (qsizetype i = 1; i < before.size(); ++i)
            fields.append(before.at(i));
    }
    note.insert(u"fields"_s, fields);
    note.insert(u"secret"_s, body.boolean(u"secret"_s).value_or(false));
    QJsonArray mentions;
    for (const QJsonValue &f : std::as_const(fields))
        appendUnique(mentions, NoteRoutes::mentionedUsers(ctx, f.toObject().value(u"value"_s).toString()));
    const QString id = note.value(u"id"_s).toString();
    Transaction tx(ctx.db);
    ctx.docs.put(u"note"_s, id, opportunity.value(u"id"_s).toString(), note);
    recordAudience(ctx, opportunity, id, true, mentions, false, true);
    tx.commit();
    return answer(note);
}
} // namespace

QJsonArray NoteRoutes::mentionedUsers(SandboxContext &ctx, const QString &text)
{
    static const QRegularExpression mention(u"(?<![\\w@])@([A-Za-z0-9][A-Za-z0-9._-]*)"_s);
    QJsonArray ids;
    auto it = mention.globalMatch(text);
    if (!it.hasNext())
        return ids;
    QHash<QString, QString> byUsername;
    const QList<QJsonObject> users = ctx.docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (u.value(u"deactivatedAt"_s).isNull())
            byUsername.insert(u.value(u"username"_s).toString().toLower(), u.value(u"id"_s).toString());
    }
    while (it.hasNext()) {
        QString name = it.next().captured(1).toLower();
        // "@jane.doe." ends a sentence: the trailing dot is not part of the name.
        while (name.endsWith(u'.'))
            name.chop(1);
        const QString id = byUsername.value(name);
        if (!id.isEmpty() && !ids.contains(QJsonValue(id)))
            ids.append(id);
    }
    return ids;
}

void NoteRoutes::install(Router &router, SandboxContext &ctx)
{
    const QString read = u"notes:read:admin"_s;
    const QString write = u"notes:write:admin"_s;
    auto opp = [&ctx](const Request &request) {
        return OpportunityRoutes::requireVisible(ctx, request, request.param(u"id"_s));
    };
    auto note = [&ctx](const Request &request) {
        return ChildDocuments::require(ctx, u"note"_s, request.param(u"id"_s), request.param(u"noteId"_s),
                                       u"Note"_s);
    };

    router.add("GET", u"/opportunities/:id/notes"_s, read, [&ctx, opp](Request &request) {
        const QString id = opp(request).value(u"id"_s).toString();
        const auto p = ctx.docs.page(u"note"_s, id, PageToken::window(request));
        return Response::page(p.items, p.hasNext, p.next);
    });
    router.add("GET", u"/opportunities/:id/notes/:noteId"_s, read, [opp, note](Request &request) {
        opp(request);
        return Response::data(note(request));
    });
    router.add("POST", u"/opportunities/:id/notes"_s, write, [&ctx, opp](Request &request) {
        return Response::data(createNote(ctx, request, opp(request)), 201);
    });
    router.add("PUT", u"/opportunities/:id/notes/:noteId"_s, write, [&ctx, opp, note](Request &request) {
        const QJsonObject opportunity = opp(request);
        return Response::data(replaceNote(ctx, request, opportunity, note(request)));
    });
    router.add("DELETE", u"/opportunities/:id/notes/:noteId"_s, write, [&ctx, opp, note](Request &request) {
        opp(request);
        const QJsonObject doc = note(request);
        requireApiCreated(ctx, doc);
        Transaction tx(ctx.db);
        ctx.docs.remove(u"note"_s, doc.value(u"id"_s).toString());
        ctx.docs.remove(kMeta, doc.value(u"id"_s).toString());
        tx.commit();
        return Response::noContent();
    });
}

} // namespace lever::sandbox
