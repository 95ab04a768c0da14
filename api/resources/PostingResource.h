#pragma once

#include "TimeRange.h"
#include "filters/PostingFilter.h"
#include "resources/Resource.h"
#include "types/DeletedRecord.h"
#include "types/Posting.h"
#include "types/PostingApplyForm.h"
#include "types/PostingDraft.h"

namespace lever::api {

// Job postings. Updates use Lever's real form, POST /postings/{id} (a partial update), not the
// spec's PUT.
class PostingResource : public Resource
{
public:
    explicit PostingResource(Client &client)
        : Resource(client)
    {}

    Pager<Posting> list(const PostingFilter &filter = {}, Priority priority = Priority::Background,
                        int limit = 100);
    Call<Posting> get(const QString &id, PostingExpansions expand = {}, PostingIncludes include = {});
    // POST /postings (perform_as required; `text` required; confidential postings cannot be created).
    Call<Posting> create(const PostingDraft &draft);
    // POST /postings/{id} (perform_as required): only the fields set in `changes` change.
    Call<Posting> update(const QString &id, const PostingDraft &changes);
    // GET /postings/deleted (postings:read:admin; not in the spec): postings deleted in Lever's UI.
    Pager<DeletedRecord> deleted(const TimeRange &deletedAt = {}, Priority priority = Priority::Background);
    // GET /postings/{id}/apply (not in the spec): the application form candidates fill in.
    Call<PostingApplyForm> applyForm(const QString &id);
};

} // namespace lever::api
