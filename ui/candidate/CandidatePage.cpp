#include "candidate/CandidatePage.h"

#include "Actions.h"
#include "Session.h"
#include "Store.h"
#include "candidate/ApplicationsPanel.h"
#include "candidate/CandidateHeader.h"
#include "candidate/CandidateModel.h"
#include "candidate/CandidateWrites.h"
#include "candidate/FeedbackForm.h"
#include "candidate/FeedbackPanel.h"
#include "candidate/FilesPanel.h"
#include "candidate/InterviewsPanel.h"
#include "candidate/NotesPanel.h"
#include "candidate/TimelinePanel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QMimeData>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

CandidatePage::CandidatePage(models::Session &session, const QString &opportunityId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_id(opportunityId)
    , m_model(new models::CandidateModel(session, opportunityId, this))
    , m_writes(new models::CandidateWrites(*m_model, this))
    , m_header(new CandidateHeader(session, *m_model, *m_writes, this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_timeline(new TimelinePanel(*m_model, session.store(), this))
    , m_notes(new NotesPanel(*m_model, *m_writes, this))
    , m_feedback(new FeedbackPanel(*m_model, *m_writes, this))
    , m_interviews(new InterviewsPanel(*m_model, this))
    , m_files(new FilesPanel(*m_model, *m_writes, this))
{
    setObjectName(u"candidatePage"_s);
    setAccessibleName(tr("Candidate"));
    setAcceptDrops(true);

    // The header band stands apart from the tabs below it.
    auto *band = new QFrame(this);
    band->setObjectName(u"candidateBand"_s);
    band->setFrameShape(QFrame::StyledPanel);
    band->setAutoFillBackground(true);
    QPalette palette = band->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
    band->setPalette(palette);
    auto *bandLayout = new QVBoxLayout(band);
    bandLayout->setContentsMargins(6, 6, 6, 6);
    bandLayout->addWidget(m_header);

    m_status->setObjectName(u"candidateStatus"_s);
    m_status->setWordWrap(true);
    m_status->hide();
    m_tabs->setObjectName(u"candidateTabs"_s);
    m_tabs->setAccessibleName(tr("Candidate sections"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    m_tabs->addTab(m_notes, tr("&Notes"));
    m_tabs->addTab(m_feedback, tr("&Feedback"));
    m_tabs->addTab(m_interviews, tr("&Interviews"));
    m_tabs->addTab(m_files, tr("F&iles"));
    m_tabs->addTab(new ApplicationsPanel(*m_model, session.store(), this), tr("&Applications && offers"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(band);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_header, &CandidateHeader::message, this, [this](const QString &text) { showStatus(text); });
    connect(m_model, &models::CandidateModel::failed, this,
            [this](models::CandidateModel::Part, const QString &message) {
                showStatus(tr("Could not load everything: %1").arg(message), true);
            });
    connect(m_model, &models::CandidateModel::changed, this, [this](models::CandidateModel::Part part) {
        if (part == models::CandidateModel::Part::Opportunity)
            Q_EMIT titleChanged(title());
    });
    connect(&session.store(), &models::Store::opportunityUpdated, this, [this](int slot) {
        if (slot == m_session.store().slotOf(m_id))
            Q_EMIT titleChanged(title());
    });
    // Board actions on this card that failed: say so here too (the shell shows them as well).
    connect(&session.actions(), &models::Actions::actionFinished, this,
            [this](models::OpportunityAction *action) {
                for (const models::CardFailure &f : action->failures()) {
                    if (f.id == m_id)
                        showStatus(f.message, true);
                }
            });
    connect(m_interviews, &InterviewsPanel::scheduleRequested, this,
            [this] { Q_EMIT scheduleRequested(m_id); });
    connect(m_interviews, &InterviewsPanel::rescheduleRequested, this,
            [this](const QString &panelId) { Q_EMIT rescheduleRequested(m_id, panelId); });
    connect(m_interviews, &InterviewsPanel::cancelPanelRequested, this,
            [this](const QString &panelId) { Q_EMIT cancelPanelRequested(m_id, panelId); });
    m_model->load();
}

CandidatePage::~CandidatePage() = default;

QString CandidatePage::title() const
{
    if (const models::OpportunityRecord *r = m_session.store().opportunity(m_id))
        return r->name;
    return m_model->hasOpportunity() ? m_model->opportunity().name : tr("Loading…");
}

bool CandidatePage::hasUnsentInput() const
{
    return m_notes->hasUnsentText() || m_feedback->hasUnsentInput() || m_header->hasUnsavedEdits();
}

QString CandidatePage::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void CandidatePage::reloadInterviews()
{
    m_model->reload(models::CandidateModel::Part::Interviews);
}

void CandidatePage::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c62828; font-weight: 600;"_s : QString());
    m_status->setVisible(!text.isEmpty());
}

void CandidatePage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && QFileInfo(urls.first().toLocalFile()).isFile())
        event->acceptProposedAction();
}

void CandidatePage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    m_tabs->setCurrentWidget(m_files);
    m_files->upload(urls.first().toLocalFile());
}

} // namespace lever::ui
