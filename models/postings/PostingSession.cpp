#include "PostingSession.h"

#include "ModelsLog.h"
#include "resources/PostingResource.h"

using namespace Qt::StringLiterals;

namespace lever::models {

PostingSession::PostingSession(api::Client &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QObject *PostingSession::beginRequest()
{
    delete m_pending;
    m_pending = new QObject(this);
    Q_EMIT busyChanged(true);
    return m_pending;
}

void PostingSession::endRequest()
{
    if (m_pending)
        m_pending->deleteLater();
    m_pending = nullptr;
    Q_EMIT busyChanged(false);
}

void PostingSession::open(const QString &id)
{
    m_id = id;
    m_theirs.reset();
    QObject *context = beginRequest();
    m_client.postings().get(id).setPriority(api::Priority::Interactive).then(context, [this](const auto &r) {
        endRequest();
        if (!r) {
            Q_EMIT failed(r.error().userText());
            return;
        }
        adopt(r.value());
        Q_EMIT opened(r.value());
    });
}

void PostingSession::startNew()
{
    m_id.clear();
    m_theirs.reset();
    m_base = PostingForm();
    m_baseUpdatedAt.reset();
}

void PostingSession::adopt(const api::Posting &posting)
{
    m_id = posting.id;
    m_current = posting;
    m_base = PostingForm::fromPosting(posting);
    m_baseUpdatedAt = posting.updatedAt;
}

void PostingSession::save(const PostingForm &mine)
{
    QObject *context = beginRequest();
    if (isNew()) {
        m_client.postings().create(mine.toCreateDraft()).then(context, [this](const auto &r) {
            endRequest();
            if (!r) {
                Q_EMIT failed(r.error().userText());
                return;
            }
            adopt(r.value());
            Q_EMIT saved(r.value());
        });
        return;
    }
    // Lever has no conditional update: re-read and compare updatedAt just before writing.
    m_client.postings()
        .get(m_id)
        .setPriority(api::Priority::Interactive)
        .then(context, [this, mine](const auto &r) {
            if (!r) {
                endRequest();
                Q_EMIT failed(r.error().userText());
                return;
            }
            const api::Posting &theirs = r.value();
            if (theirs.updatedAt != m_baseUpdatedAt) {
                qCInfo(lcModels) << "posting" << m_id << "changed on the server since it was loaded";
                endRequest();
                m_theirs = theirs;
                Q_EMIT conflict(mine, PostingForm::fromPosting(theirs), theirs);
                return;
            }
            sendUpdate(mine);
        });
}

void PostingSession::sendUpdate(const PostingForm &mine)
{
    const api::PostingDraft changes = mine.toUpdateDraft(m_base);
    if (changes.toJson().isEmpty()) {
        // Nothing to send: the server already holds these values.
        endRequest();
        Q_EMIT saved(m_current);
        return;
    }
    QObject *context = m_pending ? m_pending.data() : beginRequest();
    m_client.postings().update(m_id, changes).then(context, [this](const auto &r) {
        endRequest();
        if (!r) {
            Q_EMIT failed(r.error().userText());
            return;
        }
        adopt(r.value());
        Q_EMIT saved(r.value());
    });
}

void PostingSession::saveResolved(const PostingForm &merged)
{
    if (m_theirs) {
        adopt(*m_theirs);
        m_theirs.reset();
    }
    save(merged);
}

void PostingSession::cancelConflict()
{
    if (m_theirs) {
        adopt(*m_theirs);
        m_theirs.reset();
    }
}

} // namespace lever::models
