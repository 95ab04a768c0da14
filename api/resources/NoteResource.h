#pragma once

#include "resources/Resource.h"
#include "types/Note.h"
#include "types/NoteDraft.h"

namespace lever::api {

// Notes of an opportunity. Only API-created notes can be changed or deleted.
class NoteResource : public Resource
{
public:
    explicit NoteResource(Client &client)
        : Resource(client)
    {}

    Pager<Note> list(const QString &opportunityId, Priority priority = Priority::Interactive);
    Call<Note> get(const QString &opportunityId, const QString &noteId);
    // `replyTo`: a note id; the new text becomes a threaded comment on it.
    Call<Note> create(const QString &opportunityId, const NoteDraft &note, const QString &replyTo = {});
    Call<Note> update(const QString &opportunityId, const QString &noteId, const NoteDraft &note);
    Call<NoContent> remove(const QString &opportunityId, const QString &noteId);
};

} // namespace lever::api
