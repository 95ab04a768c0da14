#include "NoteResource.h"

#include "QueryBuilder.h"

using namespace Qt::StringLiterals;

namespace lever::api {

Pager<Note> NoteResource::list(const QString &opportunityId, Priority priority)
{
    return Resource::list<Note>(path({u"opportunities"_s, opportunityId, u"notes"_s}), {}, priority);
}

Call<Note> NoteResource::get(const QString &opportunityId, const QString &noteId)
{
    return read<Note>(path({u"opportunities"_s, opportunityId, u"notes"_s, noteId}));
}

Call<Note> NoteResource::create(const QString &opportunityId, const NoteDraft &note, const QString &replyTo)
{
    if (note.value.trimmed().isEmpty())
        return refuse<Note>(u"A note cannot be empty"_s);
    if (note.score && (*note.score < 1 || *note.score > 4))
        return refuse<Note>(u"A note's score runs from 1 to 4"_s);
    QueryBuilder q;
    if (!replyTo.isEmpty())
        q.add("note_id", replyTo);
    return write<Note>("POST", path({u"opportunities"_s, opportunityId, u"notes"_s}), note.toJson(),
                       PerformAs::Optional, q.encoded());
}

Call<Note> NoteResource::update(const QString &opportunityId, const QString &noteId, const NoteDraft &note)
{
    if (note.value.trimmed().isEmpty())
        return refuse<Note>(u"A note cannot be empty"_s);
    return write<Note>("PUT", path({u"opportunities"_s, opportunityId, u"notes"_s, noteId}), note.toJson(),
                       PerformAs::Optional);
}

Call<NoContent> NoteResource::remove(const QString &opportunityId, const QString &noteId)
{
    return Resource::remove(path({u"opportunities"_s, opportunityId, u"notes"_s, noteId}),
                            PerformAs::Optional);
}

} // namespace lever::api
