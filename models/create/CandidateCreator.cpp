#include "CandidateCreator.h"

#include "Client.h"
#include "ModelsLog.h"
#include "Store.h"
#include "resources/NoteResource.h"
#include "resources/OpportunityMultipart.h"
#include "resources/OpportunityResource.h"
#include "search/OpportunitiesByEmail.h"

#include <QDateTime>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
// Lever's createdAt and this machine's clock may differ a little; a re-read accepts this much.
constexpr qint64 kClockSkewMs = 5 * 60 * 1000;
} // namespace

CandidateCreator::CandidateCreator(api::Client &client, Store &store, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{}

bool CandidateCreator::create(const NewCandidate &candidate, const QString &contactId)
{
    if (isBusy())
        return false;
    m_candidate = candidate;
    m_sentAt = QDateTime::currentMSecsSinceEpoch();
    addProvisionalCard(candidate);
    Q_EMIT busyChanged(true);

    const api::NewOpportunity body = candidate.toApi(contactId);
    const api::OpportunityResource::CreateOptions options{
        .parse = candidate.resume.has_value() && candidate.parseResume,
        .performAsPostingOwner = candidate.asPostingOwner && !candidate.postingId.isEmpty()};
    auto call = candidate.hasFiles()
                    ? api::OpportunityMultipart(m_client).create(body, options, candidate.resume, candidate.files)
                    : m_client.opportunities().create(body, options);
    call.then(this, [this](const api::Result<api::CreatedOpportunity> &r) {
        if (r.ok()) {
            const auto &created = r.value();
            const QString name = created.opportunity.name;
            confirm(created.opportunity,
                    created.deduped ? tr("Added %1: Lever matched an existing person and added this "
                                         "opportunity to them.")
                                          .arg(name)
                                    : tr("Added %1.").arg(name));
            return;
        }
        if (r.error().mayHaveBeenApplied()) {
            reread(r.error().userText());
            return;
        }
        dropProvisionalCard();
        Q_EMIT failed(tr("The candidate was not added: %1").arg(r.error().userText()));
    });
    return true;
}

void CandidateCreator::releaseWhenDone()
{
    m_release = true;
    if (!isBusy() && !m_notePending)
        deleteLater();
}

void CandidateCreator::addProvisionalCard(const NewCandidate &c)
{
    OpportunityRecord r;
    m_provisionalId = u"new:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.id = m_provisionalId;
    r.name = c.name.trimmed().isEmpty() ? (c.resume ? c.resume->fileName : tr("New candidate"))
                                        : c.name.trimmed();
    r.headline = c.headline;
    r.emails = c.emails.join(u", "_s);
    r.stageId = c.stageId.isEmpty() && !m_store.stages().isEmpty() ? m_store.stages().first().id : c.stageId;
    r.ownerId = c.ownerId;
    r.postingId = c.postingId;
    r.origin = c.origin;
    r.tags = c.tags;
    r.sources = c.sources;
    r.createdAt = r.updatedAt = r.stageEnteredAt = m_sentAt;
    r.updateSearchKey();
    m_store.upsertRecord(r);
    m_store.beginWrite(m_provisionalId); // the card shows it is being saved
}

void CandidateCreator::dropProvisionalCard()
{
    if (m_provisionalId.isEmpty())
        return;
    const QString id = std::exchange(m_provisionalId, QString());
    m_store.endWrite(id);
    m_store.remove(id);
    Q_EMIT busyChanged(false);
}

void CandidateCreator::confirm(const api::Opportunity &opportunity, const QString &message)
{
    dropProvisionalCard();
    m_store.upsert(opportunity);
    // A write's answer carries no expanded application: the posting is the one just applied to.
    const QString postingId = m_candidate.postingId;
    if (!postingId.isEmpty())
        m_store.modify(opportunity.id, [&postingId](OpportunityRecord &r) {
            if (r.postingId.isEmpty())
                r.postingId = postingId;
        });
    qCInfo(lcModels) << "new candidate: created" << opportunity.id;
    addNote(opportunity.id); // before created(): whoever hears that may close the form
    Q_EMIT created(opportunity.id, message);
}

void CandidateCreator::reread(const QString &reason)
{
    if (m_candidate.emails.isEmpty()) {
        dropProvisionalCard();
        Q_EMIT failed(tr("Lever's answer was lost (%1), and with no email there is no way to look the "
                         "candidate up. Look for them on the board after the next refresh before adding "
                         "them again.")
                          .arg(reason));
        return;
    }
    m_pager = OpportunitiesByEmail::fetch(
        m_client, m_candidate.emails, {.start = m_sentAt - kClockSkewMs, .end = std::nullopt}, this,
        [this, reason](const api::Result<QList<api::Opportunity>> &r) {
            m_pager = {};
            if (!r.ok()) {
                dropProvisionalCard();
                Q_EMIT failed(tr("Lever's answer was lost (%1), and looking the candidate up by email "
                                 "failed too (%2). Nothing was sent twice; look for them on the board "
                                 "before adding them again.")
                                  .arg(reason, r.error().userText()));
                return;
            }
            if (r->isEmpty()) {
                dropProvisionalCard();
                Q_EMIT failed(tr("Lever's answer was lost (%1). Looking the candidate up by email found "
                                 "nothing created, so they were not added. The form is as you left it.")
                                  .arg(reason));
                return;
            }
            const api::Opportunity newest = *std::max_element(
                r->begin(), r->end(),
                [](const api::Opportunity &a, const api::Opportunity &b) { return a.createdAt < b.createdAt; });
            confirm(newest, tr("Lever's answer was lost, but looking %1 up by email shows they were "
                               "added.")
                                .arg(newest.name));
        });
}

void CandidateCreator::addNote(const QString &opportunityId)
{
    QString text = m_candidate.note.trimmed();
    if (m_candidate.origin == u"referred"_s && !m_candidate.referrerId.isEmpty()) {
        const UserInfo *referrer = m_store.user(m_candidate.referrerId);
        if (referrer) {
            const QString line = tr("Referred by %1.").arg(referrer->name);
            text = text.isEmpty() ? line : line + u"\n\n"_s + text;
        }
    }
    if (text.isEmpty())
        return;
    api::NoteDraft note;
    note.value = text;
    m_notePending = true;
    m_client.notes().create(opportunityId, note).then(this, [this, opportunityId](const api::Result<api::Note> &r) {
        m_notePending = false;
        if (m_release && !isBusy())
            deleteLater();
        if (!r.ok())
            Q_EMIT noteFailed(opportunityId, tr("The candidate was added, but the first note was not: %1. "
                                                "Add it from the candidate's page.")
                                                 .arg(r.error().userText()));
    });
}

} // namespace lever::models
