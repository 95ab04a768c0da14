#include "PanelActions.h"

#include "ChildDataLoader.h"
#include "LeverApi.h"
#include "ModelsLog.h"
#include "Session.h"

#include <memory>

namespace lever::models {

PanelActions::PanelActions(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{}

void PanelActions::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void PanelActions::refreshInterviews(const QString &opportunityId)
{
    // The detail-page read: Interactive, and it refreshes the Store's child data of that opportunity.
    m_session.childData().open(opportunityId);
}

void PanelActions::create(const QString &opportunityId, const api::Panel &panel)
{
    setBusy(true);
    m_session.client()
        .panels()
        .create(opportunityId, panel)
        .then(this, [this, opportunityId](const api::Result<api::Panel> &r) {
            setBusy(false);
            if (!r.ok()) {
                qCInfo(lcModels) << "panel create failed:" << r.error().toString();
                Q_EMIT failed(r.error().userText());
                return;
            }
            refreshInterviews(opportunityId);
            Q_EMIT created(r->id, r.value());
        });
}

void PanelActions::reschedule(const QString &opportunityId, const QString &panelId, const api::Panel &panel)
{
    setBusy(true);
    m_session.client()
        .panels()
        .update(opportunityId, panelId, panel)
        .then(this, [this, opportunityId, panelId](const api::Result<api::Panel> &r) {
            setBusy(false);
            if (!r.ok()) {
                qCInfo(lcModels) << "panel update failed:" << r.error().toString();
                Q_EMIT failed(r.error().userText());
                return;
            }
            refreshInterviews(opportunityId);
            Q_EMIT rescheduled(panelId, r.value());
        });
}

void PanelActions::cancelPanel(const QString &opportunityId, const QString &panelId)
{
    setBusy(true);
    m_session.client()
        .panels()
        .remove(opportunityId, panelId)
        .then(this, [this, opportunityId, panelId](const api::Result<api::NoContent> &r) {
            setBusy(false);
            if (!r.ok()) {
                qCInfo(lcModels) << "panel delete failed:" << r.error().toString();
                Q_EMIT failed(r.error().userText());
                return;
            }
            refreshInterviews(opportunityId);
            Q_EMIT cancelled(panelId);
        });
}

void PanelActions::load(const QString &opportunityId, const QString &panelId)
{
    setBusy(true);
    auto found = std::make_shared<std::optional<api::Panel>>();
    auto pager = m_session.client().panels().list(opportunityId, api::Priority::Interactive);
    pager
        .onPage(this,
                [found, panelId](const QList<api::Panel> &page, const api::PagerProgress &) {
                    for (const api::Panel &p : page) {
                        if (p.id == panelId)
                            *found = p;
                    }
                })
        .onRestart(this, [found] { found->reset(); })
        .onFinished(this, [this, found](const api::Result<api::PagerSummary> &r) {
            setBusy(false);
            if (!r.ok()) {
                Q_EMIT failed(r.error().userText());
                return;
            }
            if (!*found) {
                Q_EMIT failed(tr("This interview panel no longer exists."));
                return;
            }
            Q_EMIT loaded(**found);
        });
}

} // namespace lever::models
