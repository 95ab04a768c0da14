#include "Workspace.h"

#include "AccountStore.h"
#include "Client.h"
#include "Session.h"
#include "Store.h"
#include "Sync.h"
#include "UsersModel.h"
#include "admin/AuditLogModel.h"
#include "admin/AuditLogView.h"
#include "admin/EeoCountsModel.h"
#include "admin/EeoPiiModel.h"
#include "admin/EeoView.h"
#include "admin/FeedbackTemplatesPage.h"
#include "admin/ReferenceDataModel.h"
#include "admin/ReferenceDataView.h"
#include "admin/UsersPage.h"
#include "admin/WebhooksPage.h"
#include "board/BoardView.h"
#include "cache/LocalCache.h"
#include "candidate/CandidatePage.h"
#include "candidate/CandidatesView.h"
#include "common/Confirm.h"
#include "create/CandidateCreator.h"
#include "create/NewCandidateDialog.h"
#include "create/ResumeDropTarget.h"
#include "export/ExportDialog.h"
#include "insights/InsightsView.h"
#include "offline/Outbox.h"
#include "offline/PendingChangesDialog.h"
#include "postings/PostingFilterProxy.h"
#include "postings/PostingListModel.h"
#include "postings/PostingListPanel.h"
#include "postings/PostingsPage.h"
#include "requisitions/RequisitionsPage.h"
#include "scheduling/PanelActions.h"
#include "scheduling/PanelCancellation.h"
#include "scheduling/ScheduleDialog.h"
#include "search/EverythingSearch.h"
#include "shell/MainWindow.h"
#include "shell/OfflineBanner.h"
#include "shell/ShellSettings.h"

#include <QIcon>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace lever::app {

Workspace::Workspace(api::Client &client, const auth::Account &account, ui::MainWindow &window,
                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    // The account's local copy lives in its data folder, which sign-out and removal delete.
    , m_session(new models::Session(client, auth::AccountStore::dataFolder(account.id), this))
{
    connect(m_session, &models::Session::statusTextChanged, &window, &ui::MainWindow::setBackgroundStatus);
    connect(m_session, &models::Session::interactiveWaitingChanged, &window,
            &ui::MainWindow::setInteractiveWaiting);
    connect(m_session, &models::Session::errorOccurred, &window,
            [w = &window](const QString &message) { w->showError(message); });
    connect(&m_session->sync(), &models::Sync::busyChanged, &window, &ui::MainWindow::setBackgroundBusy);
    connect(&window, &ui::MainWindow::refreshRequested, m_session, &models::Session::refresh);
    connect(&window, &ui::MainWindow::exportRequested, this, &Workspace::openExport);
    connect(&window, &ui::MainWindow::newCandidateRequested, this, [this] { openNewCandidate(); });
    connect(&window, &ui::MainWindow::settingsApplied, this, &Workspace::applySettings);

    // Data that lives only on this machine (drafts) goes in the account's own folder, removed with it.
    // The desktop's icon theme where there is one, else the style's own.
    auto icon = [&window](const QString &name, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(name, window.style()->standardIcon(fallback));
    };
    const QString dataFolder = auth::AccountStore::dataFolder(account.id);

    m_board = new ui::BoardView(*m_session);
    m_board->setAccountId(account.id);
    // The board's own errorOccurred repeats the session's (with per-card detail shown in its banner):
    // the status bar hears the session only, so a failure shows once there.
    window.addView(u"board"_s, tr("Pipeline"), icon(u"view-list-details"_s, QStyle::SP_FileDialogListView),
                   m_board);
    m_board->setCandidatePagesAvailable(true);
    connect(m_board, &ui::BoardView::openCandidate, this, &Workspace::openCandidate);
    connect(new ui::ResumeDropTarget(m_board), &ui::ResumeDropTarget::resumeDropped, this,
            &Workspace::openNewCandidate);
    m_candidates = new ui::CandidatesView(*m_session);
    window.addView(u"candidates"_s, tr("Candidates"), icon(u"user-identity"_s, QStyle::SP_DirHomeIcon),
                   m_candidates);
    connect(m_candidates, &ui::CandidatesView::scheduleRequested, this,
            [this](const QString &opportunityId) { openScheduling(opportunityId, {}); });
    connect(m_candidates, &ui::CandidatesView::rescheduleRequested, this, &Workspace::openScheduling);
    connect(m_candidates, &ui::CandidatesView::cancelPanelRequested, this, &Workspace::cancelPanel);
    m_postings = new ui::PostingsPage(client, &m_session->users(), dataFolder);
    m_postings->postings()->setCache(m_session->cache()); // the list reads offline too
    window.addView(u"postings"_s, tr("Postings"), icon(u"document-edit"_s, QStyle::SP_FileDialogDetailedView),
                   m_postings);
    m_requisitions = new ui::RequisitionsPage(client, &m_session->users());
    window.addView(u"requisitions"_s, tr("Requisitions"), icon(u"view-form"_s, QStyle::SP_FileDialogInfoView),
                   m_requisitions);
    m_insights = new ui::InsightsView(m_session->store());
    window.addView(u"insights"_s, tr("Insights"),
                   icon(u"office-chart-bar"_s, QStyle::SP_FileDialogContentsView), m_insights);
    // A click on a chart's bar shows its candidates on the board.
    connect(m_insights, &ui::InsightsView::openCandidates, this,
            [this](const QStringList &ids, const QString &label) {
                m_board->showOnly(ids, label);
                m_window.showView(u"board"_s);
            });

    // Admin views (the side bar's "Admin" group): users and webhooks.
    m_adminUsers = new ui::UsersPage(client);
    window.addView(u"admin-users"_s, tr("Users"), icon(u"system-users"_s, QStyle::SP_DirHomeIcon),
                   m_adminUsers, tr("Admin"));
    m_adminWebhooks = new ui::WebhooksPage(client);
    window.addView(u"admin-webhooks"_s, tr("Webhooks"), icon(u"network-server"_s, QStyle::SP_DriveNetIcon),
                   m_adminWebhooks, tr("Admin"));

    // Admin views: audit log, EEO and reference data.
    // Each view owns its models (children of the view); each reads Lever only once it is first shown.
    {
        auto *auditModel = new models::AuditLogModel(client);
        m_auditLog = new ui::AuditLogView(*auditModel, m_session->store());
        auditModel->setParent(m_auditLog);
        window.addView(u"admin-audit"_s, tr("Audit log"),
                       icon(u"view-history"_s, QStyle::SP_FileDialogContentsView), m_auditLog, tr("Admin"));
        auto *eeoCounts = new models::EeoCountsModel(client);
        auto *eeoPii = new models::EeoPiiModel(client, m_session->store());
        m_eeo = new ui::EeoView(*eeoCounts, *eeoPii);
        eeoCounts->setParent(m_eeo);
        eeoPii->setParent(m_eeo);
        window.addView(u"admin-eeo"_s, tr("EEO"), icon(u"office-chart-pie"_s, QStyle::SP_FileDialogInfoView),
                       m_eeo, tr("Admin"));
        auto *reference = new models::ReferenceDataModel(client, m_session->store());
        m_referenceData = new ui::ReferenceDataView(*reference);
        reference->setParent(m_referenceData);
        window.addView(u"admin-reference"_s, tr("Reference data"),
                       icon(u"view-list-text"_s, QStyle::SP_FileDialogListView), m_referenceData,
                       tr("Admin"));
        connect(m_referenceData, &ui::ReferenceDataView::openCandidate, this, &Workspace::openCandidate);
    }
    m_feedbackTemplates = new ui::FeedbackTemplatesPage(client);
    window.addView(u"admin-feedback-templates"_s, tr("Feedback templates"),
                   icon(u"document-edit"_s, QStyle::SP_FileDialogDetailedView), m_feedbackTemplates,
                   tr("Admin"));

    m_search = new ui::EverythingSearch(*m_session,
                                        {&window, m_board, m_candidates, m_postings, m_requisitions}, this);
    connect(m_search, &ui::EverythingSearch::openCandidate, this, &Workspace::openCandidate);
    connect(&window, &ui::MainWindow::searchRequested, m_search, &ui::EverythingSearch::open);

    wireOffline();

    models::LocalCache *cache = m_session->cache();
    window.setLocalDataHooks({[cache] { return cache->sizeOnDisk(); }, [cache] { cache->clear(); }});

    applySettings(ui::ShellSettings::load());
    window.setBackgroundStatus(m_session->statusText());
    window.setBackgroundBusy(m_session->sync().isBusy());
    m_session->start();
}

Workspace::~Workspace()
{
    // The views hold references into the session: they go first, now (the window would delete them later).
    const QList<QPointer<QWidget>> views{
        m_board.data(),    m_candidates.data(),    m_postings.data(),         m_requisitions.data(),
        m_insights.data(), m_adminUsers.data(),    m_adminWebhooks.data(),    m_auditLog.data(),
        m_eeo.data(),      m_referenceData.data(), m_feedbackTemplates.data()};
    delete m_search; // its palette and commands point at the views
    m_search = nullptr;
    m_window.clearViews();
    for (const QPointer<QWidget> &view : views)
        delete view.data();
    delete m_pendingChanges.data(); // it reads the session's outbox
    m_window.setLocalDataHooks({});
    m_window.offlineBanner()->setOfflineText({});
    m_window.offlineBanner()->setPendingCount(0);
    m_window.setBackgroundStatus({});
    m_window.setInteractiveWaiting(false);
}

ui::BoardView *Workspace::board() const
{
    return m_board;
}

ui::CandidatesView *Workspace::candidates() const
{
    return m_candidates;
}

void Workspace::openCandidate(const QString &opportunityId)
{
    m_candidates->openCandidate(opportunityId);
    m_window.showView(u"candidates"_s);
}

ui::NewCandidateDialog *Workspace::newCandidateDialog() const
{
    return m_newCandidate;
}

void Workspace::openNewCandidate(const QString &resumePath)
{
    if (!m_newCandidate) {
        m_newCandidate = new ui::NewCandidateDialog(*m_session, &m_window);
        m_newCandidate->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_newCandidate, &ui::NewCandidateDialog::openCandidate, this, &Workspace::openCandidate);
        connect(m_newCandidate, &ui::NewCandidateDialog::candidateCreated, this,
                [this](const QString &id, const QString &message) {
                    m_window.statusBar()->showMessage(message, 10000);
                    if (m_board)
                        m_board->revealCard(id);
                });
        connect(m_newCandidate->creator(), &models::CandidateCreator::noteFailed, &m_window,
                [w = &m_window](const QString &, const QString &message) { w->showError(message); });
    }
    if (!resumePath.isEmpty())
        m_newCandidate->setResumeFile(resumePath);
    m_newCandidate->show();
    m_newCandidate->raise();
    m_newCandidate->activateWindow();
}

void Workspace::openScheduling(const QString &opportunityId, const QString &panelId)
{
    auto *dialog = new ui::ScheduleDialog(*m_session, opportunityId, m_candidates);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::ScheduleDialog::saved, this,
            [this, opportunityId] { reloadInterviews(opportunityId); });
    if (!panelId.isEmpty())
        dialog->loadPanel(panelId);
    dialog->open();
}

void Workspace::openExport()
{
    using What = ui::ExportDialog::What;
    ui::ExportDialog::Sources sources;
    sources.board = &m_session->board();
    if (m_board)
        sources.selectedIds = m_board->selectedIds();
    if (m_postings) {
        sources.postings = m_postings->postings();
        // What the Postings view shows: its filters and sorting (the proxy over the list).
        if (const QAbstractProxyModel *shown = m_postings->listPanel()->proxy()) {
            QList<int> rows;
            for (int r = 0; r < shown->rowCount(); ++r)
                rows.append(shown->mapToSource(shown->index(r, 0)).row());
            sources.postingRows = rows;
        }
    }
    if (m_requisitions)
        sources.requisitions = m_requisitions->requisitions();
    for (const models::UserInfo &user : m_session->store().users())
        sources.userNames.insert(user.id, user.name);
    const QString view = m_window.currentViewId();
    const What initial = view == u"postings"_s            ? What::Postings
                         : view == u"requisitions"_s      ? What::Requisitions
                         : sources.selectedIds.size() > 1 ? What::BoardSelection
                                                          : What::BoardView;
    auto *dialog = new ui::ExportDialog(sources, initial, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::ExportDialog::exported, &m_window,
            [w = &m_window](const QString &path, qsizetype rows) {
                w->statusBar()->showMessage(tr("Exported %n row(s) to %1", "", int(rows)).arg(path), 10000);
            });
    dialog->open();
}

void Workspace::cancelPanel(const QString &opportunityId, const QString &panelId)
{
    if (models::PanelActions *actions = ui::cancelPanel(*m_session, opportunityId, panelId, m_candidates))
        connect(actions, &models::PanelActions::cancelled, this,
                [this, opportunityId] { reloadInterviews(opportunityId); });
}

void Workspace::reloadInterviews(const QString &opportunityId)
{
    if (m_candidates)
        if (ui::CandidatePage *page = m_candidates->page(opportunityId))
            page->reloadInterviews();
}

ui::PostingsPage *Workspace::postings() const
{
    return m_postings;
}

ui::RequisitionsPage *Workspace::requisitions() const
{
    return m_requisitions;
}

void Workspace::requestClose(std::function<void(bool)> done)
{
    // Candidate pages first (unsent notes, feedback, contact edits), then the posting editor's own prompt.
    auto postings = [postingsPage = m_postings, done] {
        if (postingsPage)
            postingsPage->requestClose(done);
        else
            done(true);
    };
    if (!m_candidates || !m_candidates->hasUnsentInput()) {
        postings();
        return;
    }
    ui::Confirm::ask(&m_window,
                     {tr("Quit"),
                      tr("A candidate page has a note, feedback or contact edit that was not sent. Quit "
                         "and lose it?"),
                      tr("Quit and discard")},
                     [postings, done](bool yes) {
                         if (yes)
                             postings();
                         else
                             done(false);
                     });
}

void Workspace::wireOffline()
{
    ui::OfflineBanner *banner = m_window.offlineBanner();
    models::Outbox &outbox = m_session->outbox();
    auto showState = [this, banner] {
        banner->setOfflineText(m_session->isOffline() ? m_session->offlineText() : QString());
        banner->setPendingCount(int(m_session->outbox().entries().size()));
    };
    connect(m_session, &models::Session::offlineChanged, banner, showState);
    connect(&outbox, &models::Outbox::changed, banner, showState);
    connect(m_session, &models::Session::cacheLoaded, banner, showState);
    connect(banner, &ui::OfflineBanner::retryRequested, m_session, &models::Session::retryConnection);
    connect(banner, &ui::OfflineBanner::pendingChangesRequested, this, [this] {
        if (m_pendingChanges) {
            m_pendingChanges->raise();
            m_pendingChanges->activateWindow();
            return;
        }
        m_pendingChanges = new ui::PendingChangesDialog(m_session->outbox(), &m_window);
        m_pendingChanges->setAttribute(Qt::WA_DeleteOnClose);
        m_pendingChanges->show();
    });
    // A card changed in Lever after the user's offline change: theirs is not overwritten unasked.
    connect(&outbox, &models::Outbox::conflict, this, [this](qint64 seq, const QString &question) {
        ui::Confirm::ask(&m_window, {tr("Changed in Lever"), question, tr("Send Mine")},
                         [session = QPointer<models::Session>(m_session), seq](bool yes) {
                             if (session)
                                 session->outbox().resolveConflict(seq, yes);
                         });
    });
    showState();
}

void Workspace::applySettings(const ui::ShellSettings &settings)
{
    m_session->sync().setDeltaIntervalMs(settings.syncIntervalMinutes * 60 * 1000);
    m_session->cache()->setRetentionDays(settings.localDataDays);
}

} // namespace lever::app
