#pragma once

#include "Account.h"

#include <QObject>
#include <QPointer>

namespace lever::api {
class Client;
}
namespace lever::models {
class Session;
}
namespace lever::ui {
class AuditLogView;
class BoardView;
class CandidatesView;
class EeoView;
class EverythingSearch;
class FeedbackTemplatesPage;
class InsightsView;
class MainWindow;
class NewCandidateDialog;
class PendingChangesDialog;
class PostingsPage;
class ReferenceDataView;
class RequisitionsPage;
class UsersPage;
class WebhooksPage;
struct ShellSettings;
} // namespace lever::ui

namespace lever::app {

// One signed-in account's working set: the models Session over its client and the views built on it
// (board, postings, requisitions), added to the main window and wired to its status bar, F5 and settings.
// Created when a client is ready, destroyed before that client goes.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(api::Client &client, const auth::Account &account, ui::MainWindow &window,
              QObject *parent = nullptr);
    // Removes the views from the window first, then the session they use.
    ~Workspace() override;

    models::Session &session() { return *m_session; }
    ui::BoardView *board() const;
    ui::CandidatesView *candidates() const;
    ui::PostingsPage *postings() const;
    ui::RequisitionsPage *requisitions() const;
    // Ctrl+K: "Search everything" over this account.
    ui::EverythingSearch *search() const { return m_search; }

    // For the window's close: `done(true)` when no view holds unsaved edits (saved or discarded).
    void requestClose(std::function<void(bool)> done);

    // Opens the candidate's page in the Candidates view and shows that view.
    void openCandidate(const QString &opportunityId);
    // The scheduling dialog, for a new panel (`panelId` empty) or to reschedule an API-created one.
    void openScheduling(const QString &opportunityId, const QString &panelId);
    // File › Export…: the export dialog, offering what the shown view holds first.
    void openExport();
    // File › New Candidate… (Ctrl+N) or a resume dropped on the board (`resumePath`): the form, once
    // (a second request raises it, attaching a newly dropped resume).
    void openNewCandidate(const QString &resumePath = {});
    ui::NewCandidateDialog *newCandidateDialog() const;

private:
    void applySettings(const ui::ShellSettings &settings);
    // The offline banner, the pending-changes list and the outbox's conflict questions.
    void wireOffline();
    void cancelPanel(const QString &opportunityId, const QString &panelId);
    void reloadInterviews(const QString &opportunityId);

    ui::MainWindow &m_window;
    models::Session *m_session = nullptr;
    QPointer<ui::BoardView> m_board;
    QPointer<ui::CandidatesView> m_candidates;
    QPointer<ui::PostingsPage> m_postings;
    QPointer<ui::RequisitionsPage> m_requisitions;
    QPointer<ui::InsightsView> m_insights;
    // Admin: audit log, EEO and reference data.
    QPointer<ui::AuditLogView> m_auditLog;
    QPointer<ui::EeoView> m_eeo;
    QPointer<ui::ReferenceDataView> m_referenceData;
    QPointer<ui::UsersPage> m_adminUsers;                    // Admin › Users
    QPointer<ui::WebhooksPage> m_adminWebhooks;              // Admin › Webhooks
    QPointer<ui::FeedbackTemplatesPage> m_feedbackTemplates; // Admin › Feedback templates
    ui::EverythingSearch *m_search = nullptr;
    QPointer<ui::PendingChangesDialog> m_pendingChanges;
    QPointer<ui::NewCandidateDialog> m_newCandidate;
};

} // namespace lever::app
