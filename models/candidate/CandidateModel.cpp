#include "candidate/CandidateModel.h"

#include "cache/CachedParts.h"

#include "ChildDataLoader.h"
#include "LeverApi.h"
#include "Session.h"
#include "Store.h"
#include "filters/OpportunityFilter.h"
#include "filters/UserFilter.h"

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
// Kinds of the parts a page keeps in the local cache.
const QString kOpportunity = u"opportunity"_s;
const QString kContact = u"contact"_s;
const QString kOthers = u"others"_s;
const QString kNotes = u"notes"_s;
const QString kFeedback = u"feedback"_s;
const QString kFiles = u"files"_s;
const QString kPanels = u"panels"_s;
const QString kResumes = u"resumes"_s;
const QString kApplications = u"applications"_s;
const QString kOffers = u"offers"_s;
const QString kTemplates = u"feedback_templates"_s;
const QString kUsernames = u"usernames"_s;

// Reads every page of `pager` into a list, then calls `done` with it (or `failed` with the reason).
template <class T>
void collect(api::Pager<T> pager, QObject *context, std::function<void(const QList<T> &)> done,
             std::function<void(const QString &)> failed)
{
    auto items = std::make_shared<QList<T>>();
    pager.setPriority(api::Priority::Interactive);
    pager.onPage(context, [items](const QList<T> &page, const api::PagerProgress &) { items->append(page); })
        .onRestart(context, [items] { items->clear(); })
        .onFinished(context, [items, done = std::move(done),
                              failed = std::move(failed)](const api::Result<api::PagerSummary> &r) {
            if (r.ok())
                done(*items);
            else if (r.error().category() != api::ApiError::Category::Cancelled)
                failed(r.error().userText());
        });
}
} // namespace

CandidateModel::CandidateModel(Session &session, const QString &opportunityId, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_id(opportunityId)
{}

CandidateModel::~CandidateModel() = default;

void CandidateModel::load()
{
    restoreFromCache();
    // The shared loader re-reads the card (and its interviews) first; the page's own reads follow.
    m_session.childData().open(m_id);
    loadOpportunity();
    loadChildren(m_id, Part::Notes);
    loadChildren(m_id, Part::Feedback);
    loadChildren(m_id, Part::Files);
    loadChildren(m_id, Part::Interviews);
    loadResumesAndApplications();
    loadTemplates();
    loadUsernames();
}

void CandidateModel::restoreFromCache()
{
    const CachedParts cache(m_session.cache());
    if (auto opportunity = cache.object<api::Opportunity>(m_id, kOpportunity)) {
        m_opportunity = std::move(*opportunity);
        done(Part::Opportunity);
    }
    if (auto contact = cache.object<api::Contact>(m_id, kContact)) {
        m_contact = std::move(*contact);
        done(Part::Contact);
    }
    QStringList owners{m_id};
    if (auto others = cache.list<api::Opportunity>(m_id, kOthers)) {
        m_others = std::move(*others);
        for (const api::Opportunity &o : std::as_const(m_others))
            owners.append(o.id);
    }
    bool any[4] = {};
    for (const QString &owner : std::as_const(owners)) {
        if (auto notes = cache.list<api::Note>(owner, kNotes)) {
            m_children[owner].notes = std::move(*notes);
            any[0] = true;
        }
        if (auto feedback = cache.list<api::Feedback>(owner, kFeedback)) {
            m_children[owner].feedback = std::move(*feedback);
            any[1] = true;
        }
        if (auto files = cache.list<api::File>(owner, kFiles)) {
            m_children[owner].files = std::move(*files);
            any[2] = true;
        }
        if (auto panels = cache.list<api::Panel>(owner, kPanels)) {
            m_children[owner].panels = std::move(*panels);
            any[3] = true;
        }
    }
    if (auto resumes = cache.list<api::Resume>(m_id, kResumes))
        m_resumes = std::move(*resumes);
    if (auto applications = cache.list<api::Application>(m_id, kApplications))
        m_applications = std::move(*applications);
    if (auto offers = cache.list<api::Offer>(m_id, kOffers))
        m_offers = std::move(*offers);
    if (auto templates = cache.list<api::FeedbackTemplate>({}, kTemplates)) {
        m_templates = std::move(*templates);
        done(Part::Templates);
    }
    if (const auto usernames = cache.read({}, kUsernames); usernames && usernames->isObject()) {
        const QJsonObject object = usernames->object();
        for (auto it = object.begin(); it != object.end(); ++it)
            m_usernames.insert(it.key(), it.value().toString());
    }
    const Part parts[4] = {Part::Notes, Part::Feedback, Part::Files, Part::Interviews};
    for (int i = 0; i < 4; ++i) {
        if (any[i])
            done(parts[i]);
    }
    if (!m_applications.isEmpty() || !m_offers.isEmpty())
        done(Part::Applications);
}

void CandidateModel::reload(Part part)
{
    switch (part) {
    case Part::Opportunity:
    case Part::Contact:
        loadOpportunity();
        break;
    case Part::Notes:
    case Part::Feedback:
    case Part::Files:
    case Part::Interviews:
        loadChildren(m_id, part);
        if (part == Part::Files)
            loadResumesAndApplications();
        break;
    case Part::Applications:
        loadResumesAndApplications();
        break;
    case Part::Templates:
        loadTemplates();
        break;
    }
}

QString CandidateModel::userName(const QString &userId) const
{
    if (userId.isEmpty())
        return {};
    if (const UserInfo *user = m_session.store().user(userId))
        return user->name;
    return userId;
}

QSet<QString> CandidateModel::resumeFileIds() const
{
    QSet<QString> ids;
    // A resume's file shares the resume's id (Lever's resume file objects carry no id of their own).
    for (const api::Resume &r : m_resumes)
        ids.insert(r.file.id.isEmpty() ? r.id : r.file.id);
    return ids;
}

bool CandidateModel::isResumeOnly(const QString &fileId) const
{
    for (const api::File &f : m_children.value(m_id).files) {
        if (f.id == fileId)
            return false;
    }
    return resumeFileIds().contains(fileId);
}

QList<api::File> CandidateModel::filesResumeFirst() const
{
    QList<api::File> files = m_children.value(m_id).files;
    const QSet<QString> resumes = resumeFileIds();
    // Resumes that the files list does not carry are listed too.
    QSet<QString> listed;
    for (const api::File &f : std::as_const(files))
        listed.insert(f.id);
    for (const api::Resume &r : m_resumes) {
        api::File f = r.file;
        if (f.id.isEmpty())
            f.id = r.id;
        if (!listed.contains(f.id))
            files.append(f);
    }
    std::stable_sort(files.begin(), files.end(), [&resumes](const api::File &a, const api::File &b) {
        const bool ra = resumes.contains(a.id), rb = resumes.contains(b.id);
        if (ra != rb)
            return ra;
        return a.uploadedAt.value_or(0) > b.uploadedAt.value_or(0);
    });
    return files;
}

void CandidateModel::loadOpportunity()
{
    const quint64 generation = m_generation[u"opportunity"_s] = m_nextGeneration++;
    m_session.client()
        .opportunities()
        .get(m_id, api::OpportunityExpand::Applications)
        .setPriority(api::Priority::Interactive)
        .then(this, [this, generation](const api::Result<api::Opportunity> &r) {
            if (generation != m_generation.value(u"opportunity"_s))
                return;
            if (!r.ok()) {
                fail(Part::Opportunity, r.error().userText());
                return;
            }
            m_opportunity = r.value();
            CachedParts(m_session.cache()).putObject(m_id, kOpportunity, r.value());
            // Actions act on the Store's record: make sure the opened card is there, even unsynced.
            if (!m_session.store().hasPendingWrite(m_id))
                m_session.store().upsert(r.value());
            done(Part::Opportunity);
            const QString contactId = r.value().contact.id;
            if (!contactId.isEmpty()) {
                loadContact(contactId);
                loadOthers(contactId);
            }
        });
}

void CandidateModel::loadContact(const QString &contactId)
{
    m_session.client()
        .contacts()
        .get(contactId)
        .setPriority(api::Priority::Interactive)
        .then(this, [this](const api::Result<api::Contact> &r) {
            if (!r.ok()) {
                fail(Part::Contact, r.error().userText());
                return;
            }
            m_contact = r.value();
            CachedParts(m_session.cache()).putObject(m_id, kContact, r.value());
            done(Part::Contact);
        });
}

void CandidateModel::loadOthers(const QString &contactId)
{
    api::OpportunityFilter filter;
    filter.contactIds = {contactId};
    filter.confidentiality = api::Confidentiality::All;
    filter.expand = api::OpportunityExpand::Applications; // the timeline names their postings
    collect<api::Opportunity>(
        m_session.client().opportunities().list(filter, api::Priority::Interactive), this,
        [this](const QList<api::Opportunity> &all) {
            m_others.clear();
            for (const api::Opportunity &o : all) {
                if (o.id == m_id)
                    continue;
                m_others.append(o);
                // The timeline covers the person: their other opportunities' activity too.
                loadChildren(o.id, Part::Notes);
                loadChildren(o.id, Part::Feedback);
                loadChildren(o.id, Part::Files);
                loadChildren(o.id, Part::Interviews);
            }
            CachedParts(m_session.cache()).putList(m_id, kOthers, m_others);
            done(Part::Opportunity);
        },
        [this](const QString &message) { fail(Part::Opportunity, message); });
}

void CandidateModel::loadChildren(const QString &opportunityId, Part part)
{
    const QString key = QString::number(int(part)) + u'/' + opportunityId;
    const quint64 generation = m_generation[key] = m_nextGeneration++;
    auto current = [this, key, generation] { return m_generation.value(key) == generation; };
    auto failed = [this, part, current](const QString &message) {
        if (current())
            fail(part, message);
    };
    api::Client &client = m_session.client();
    switch (part) {
    case Part::Notes:
        collect<api::Note>(
            client.notes().list(opportunityId), this,
            [=, this](const QList<api::Note> &items) {
                if (current()) {
                    m_children[opportunityId].notes = items;
                    CachedParts(m_session.cache()).putList(opportunityId, kNotes, items);
                    done(part);
                }
            },
            failed);
        break;
    case Part::Feedback:
        collect<api::Feedback>(
            client.feedback().list(opportunityId), this,
            [=, this](const QList<api::Feedback> &items) {
                if (current()) {
                    m_children[opportunityId].feedback = items;
                    CachedParts(m_session.cache()).putList(opportunityId, kFeedback, items);
                    done(part);
                }
            },
            failed);
        break;
    case Part::Files:
        collect<api::File>(
            client.files().list(opportunityId), this,
            [=, this](const QList<api::File> &items) {
                if (current()) {
                    m_children[opportunityId].files = items;
                    CachedParts(m_session.cache()).putList(opportunityId, kFiles, items);
                    done(part);
                }
            },
            failed);
        break;
    case Part::Interviews:
        collect<api::Panel>(
            client.panels().list(opportunityId), this,
            [=, this](const QList<api::Panel> &items) {
                if (current()) {
                    m_children[opportunityId].panels = items;
                    CachedParts(m_session.cache()).putList(opportunityId, kPanels, items);
                    done(part);
                }
            },
            failed);
        break;
    default:
        break;
    }
}

void CandidateModel::loadResumesAndApplications()
{
    api::Client &client = m_session.client();
    collect<api::Resume>(
        client.files().resumes(m_id), this,
        [this](const QList<api::Resume> &items) {
            m_resumes = items;
            CachedParts(m_session.cache()).putList(m_id, kResumes, items);
            done(Part::Files);
        },
        [this](const QString &message) { fail(Part::Files, message); });
    collect<api::Application>(
        client.applications().list(m_id), this,
        [this](const QList<api::Application> &items) {
            m_applications = items;
            CachedParts(m_session.cache()).putList(m_id, kApplications, items);
            done(Part::Applications);
        },
        [this](const QString &message) { fail(Part::Applications, message); });
    collect<api::Offer>(
        client.offers().forOpportunity(m_id), this,
        [this](const QList<api::Offer> &items) {
            m_offers = items;
            CachedParts(m_session.cache()).putList(m_id, kOffers, items);
            done(Part::Applications);
        },
        [this](const QString &message) { fail(Part::Applications, message); });
}

void CandidateModel::loadTemplates()
{
    collect<api::FeedbackTemplate>(
        m_session.client().feedback().templates(api::Priority::Interactive), this,
        [this](const QList<api::FeedbackTemplate> &items) {
            m_templates = items;
            CachedParts(m_session.cache()).putList({}, kTemplates, items);
            done(Part::Templates);
        },
        [this](const QString &message) { fail(Part::Templates, message); });
}

void CandidateModel::loadUsernames()
{
    // The Store keeps no usernames (cards need none); mentions do, so the page reads them once.
    collect<api::User>(
        m_session.client().users().list({}, api::Priority::Interactive), this,
        [this](const QList<api::User> &users) {
            QJsonObject names;
            for (const api::User &u : users) {
                m_usernames.insert(u.id, u.username);
                names.insert(u.id, u.username);
            }
            CachedParts(m_session.cache()).write({}, kUsernames, QJsonDocument(names));
        },
        [](const QString &) {});
}

void CandidateModel::done(Part part)
{
    m_loaded.insert(part);
    Q_EMIT changed(part);
}

void CandidateModel::fail(Part part, const QString &message)
{
    Q_EMIT failed(part, message);
}

} // namespace lever::models
