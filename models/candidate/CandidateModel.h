#pragma once

#include "types/Application.h"
#include "types/Contact.h"
#include "types/Feedback.h"
#include "types/FeedbackTemplate.h"
#include "types/File.h"
#include "types/Note.h"
#include "types/Offer.h"
#include "types/Opportunity.h"
#include "types/Panel.h"
#include "types/Resume.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace lever::models {

class Session;

// Everything the candidate page shows of one opportunity, read at Interactive priority: the
// opportunity, its contact, the person's other opportunities, and per opportunity its notes,
// feedback, files and panels; resumes, applications and offers of this one; the feedback templates
// and users' @names. Each part reloads on its own after a write; widgets only read from here.
class CandidateModel : public QObject
{
    Q_OBJECT
public:
    enum class Part { Opportunity, Contact, Notes, Feedback, Files, Interviews, Applications, Templates };
    Q_ENUM(Part)

    // What one opportunity of the person holds (the opened one and the contact's others).
    struct Children
    {
        QList<api::Note> notes;
        QList<api::Feedback> feedback;
        QList<api::File> files;
        QList<api::Panel> panels;
    };

    CandidateModel(Session &session, const QString &opportunityId, QObject *parent = nullptr);
    ~CandidateModel() override;

    Session &session() { return m_session; }
    QString opportunityId() const { return m_id; }
    // Reads every part (the opportunity first, then the contact's other opportunities).
    void load();
    void reload(Part part);

    bool hasOpportunity() const { return m_opportunity.has_value(); }
    const api::Opportunity &opportunity() const { return *m_opportunity; }
    const std::optional<api::Contact> &contact() const { return m_contact; }
    // The person's opportunities other than this one, as loaded.
    const QList<api::Opportunity> &otherOpportunities() const { return m_others; }
    // Per opportunity id (this one and the others).
    const QHash<QString, Children> &children() const { return m_children; }
    Children mine() const { return m_children.value(m_id); }
    // The resume files first (by file id), then the other files, newest first.
    QList<api::File> filesResumeFirst() const;
    QSet<QString> resumeFileIds() const;
    // A resume the files list does not carry: downloaded through the resume's own route.
    bool isResumeOnly(const QString &fileId) const;
    const QList<api::Application> &applications() const { return m_applications; }
    const QList<api::Offer> &offers() const { return m_offers; }
    const QList<api::FeedbackTemplate> &templates() const { return m_templates; }
    // Lever `username` by user id, for `@username` mentions.
    QString username(const QString &userId) const { return m_usernames.value(userId); }
    QString userName(const QString &userId) const;
    bool isLoaded(Part part) const { return m_loaded.contains(part); }

Q_SIGNALS:
    void changed(lever::models::CandidateModel::Part part);
    void failed(lever::models::CandidateModel::Part part, const QString &message);

private:
    // A page visited before shows what the local cache kept of it at once; the reads then replace it.
    void restoreFromCache();
    void loadOpportunity();
    void loadContact(const QString &contactId);
    void loadOthers(const QString &contactId);
    void loadChildren(const QString &opportunityId, Part part);
    void loadResumesAndApplications();
    void loadTemplates();
    void loadUsernames();
    void done(Part part);
    void fail(Part part, const QString &message);

    Session &m_session;
    QString m_id;
    std::optional<api::Opportunity> m_opportunity;
    std::optional<api::Contact> m_contact;
    QList<api::Opportunity> m_others;
    QHash<QString, Children> m_children;
    QList<api::Resume> m_resumes;
    QList<api::Application> m_applications;
    QList<api::Offer> m_offers;
    QList<api::FeedbackTemplate> m_templates;
    QHash<QString, QString> m_usernames;
    QSet<Part> m_loaded;
    // A reload of a part supersedes the answers of the one before.
    QHash<QString, quint64> m_generation;
    quint64 m_nextGeneration = 1;
};

} // namespace lever::models
