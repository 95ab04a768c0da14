#include "candidate/CandidatesView.h"

#include "candidate/CandidatePage.h"
#include "common/Confirm.h"

#include <QLabel>
#include <QPointer>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

CandidatesView::CandidatesView(models::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_empty(new QLabel(tr("Open a candidate from the board (Enter or double-click) to see it here."), this))
{
    setObjectName(u"candidatesView"_s);
    m_tabs->setObjectName(u"candidateTabsView"_s);
    m_tabs->setAccessibleName(tr("Open candidates"));
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_empty->setObjectName(u"candidatesEmpty"_s);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(m_tabs);
    m_tabs->hide();
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &CandidatesView::closeTab);
}

CandidatePage *CandidatesView::page(const QString &opportunityId) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *p = qobject_cast<CandidatePage *>(m_tabs->widget(i));
        if (p && p->opportunityId() == opportunityId)
            return p;
    }
    return nullptr;
}

CandidatePage *CandidatesView::currentPage() const
{
    return qobject_cast<CandidatePage *>(m_tabs->currentWidget());
}

int CandidatesView::pageCount() const
{
    return m_tabs->count();
}

void CandidatesView::openCandidate(const QString &opportunityId)
{
    if (opportunityId.isEmpty())
        return;
    if (CandidatePage *existing = page(opportunityId)) {
        m_tabs->setCurrentWidget(existing);
        return;
    }
    auto *p = new CandidatePage(m_session, opportunityId, m_tabs);
    const int index = m_tabs->addTab(p, p->title());
    m_tabs->setTabToolTip(index, p->title());
    // The tab's close button, named for screen readers (it has only an icon).
    auto nameCloseButton = [this, p](const QString &title) {
        if (QWidget *close = m_tabs->tabBar()->tabButton(m_tabs->indexOf(p), QTabBar::RightSide))
            close->setAccessibleName(tr("Close %1").arg(title));
    };
    nameCloseButton(p->title());
    m_tabs->setCurrentIndex(index);
    m_tabs->show();
    m_empty->hide();
    connect(p, &CandidatePage::titleChanged, this, [this, p, nameCloseButton](const QString &title) {
        const int i = m_tabs->indexOf(p);
        if (i >= 0) {
            m_tabs->setTabText(i, title);
            m_tabs->setTabToolTip(i, title);
        }
        nameCloseButton(title);
    });
    connect(p, &CandidatePage::scheduleRequested, this, &CandidatesView::scheduleRequested);
    connect(p, &CandidatePage::rescheduleRequested, this, &CandidatesView::rescheduleRequested);
    connect(p, &CandidatePage::cancelPanelRequested, this, &CandidatesView::cancelPanelRequested);
}

bool CandidatesView::hasUnsentInput() const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto *p = qobject_cast<CandidatePage *>(m_tabs->widget(i));
        if (p && p->hasUnsentInput())
            return true;
    }
    return false;
}

void CandidatesView::closeTab(int index)
{
    QPointer<CandidatePage> p = qobject_cast<CandidatePage *>(m_tabs->widget(index));
    if (!p)
        return;
    auto close = [this, p] {
        if (!p)
            return;
        m_tabs->removeTab(m_tabs->indexOf(p));
        p->deleteLater();
        if (m_tabs->count() == 0) {
            m_tabs->hide();
            m_empty->show();
        }
    };
    if (!p->hasUnsentInput()) {
        close();
        return;
    }
    Confirm::ask(
        this,
        {tr("Close %1").arg(p->title()),
         tr("%1 has a note, feedback or contact edit that was not sent. Close and lose it?").arg(p->title()),
         tr("Close and discard")},
        [close](bool yes) {
            if (yes)
                close();
        });
}

} // namespace lever::ui
