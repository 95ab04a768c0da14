#include "PanelActions.h"

#include "ChildDataLoader.h"
#include "LeverApi.h"
#include "ModelsLog.h"
#include "PanelChanges.h"
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

void PanelActions::reschedule(const QString &opportunityId, const QString &panelId, const api::Panel &base,
                              const api::Panel &panel)
{
    const PanelChanges changes = PanelChanges::between(base, panel);
    if (changes.needsPanelWrite || base.id != panelId) {
        replacePanel(opportunityId, panelId, panel);
        return;
    }
    // A step sends its write when its turn comes and hands on the outcome (empty: it went well).
    const auto step = [this](auto send) -> Step {
        return [this, send](std::function<void(const QString &)> next) mutable {
            send().then(this, [next](const auto &r) {
                if (!r.ok())
                    qCInfo(lcModels) << "interview write failed:" << r.error().toString();
                next(r.ok() ? QString() : r.error().userText());
            });
        };
    };
    api::InterviewResource interviews = m_session.client().interviews();
    QList<Step> steps;
    for (const api::Interview &i : changes.added)
        steps.append(step([=]() mutable { return interviews.create(opportunityId, i); }));
    for (const api::Interview &i : changes.updated)
        steps.append(step([=]() mutable { return interviews.update(opportunityId, i.id, i); }));
    for (const QString &id : changes.removed)
        steps.append(step([=]() mutable { return interviews.remove(opportunityId, id); }));
    runSteps(opportunityId, panelId, steps);
}

void PanelActions::runSteps(const QString &opportunityId, const QString &panelId, QList<Step> steps)
{
    setBusy(true);
    if (steps.isEmpty()) { // nothing changed: answer what Lever holds
        readPanel(opportunityId, panelId,
                  [this, panelId](const std::optional<api::Panel> &p, const QString &error) {
                      setBusy(false);
                      if (p)
                          Q_EMIT rescheduled(panelId, *p);
                      else
                          Q_EMIT failed(error);
                  });
        return;
    }
    const Step step = steps.takeFirst();
    step([this, opportunityId, panelId, rest = std::move(steps)](const QString &error) {
        if (!error.isEmpty()) {
            // What went before is written: the candidate page shows Lever's state, the dialog the reason.
            setBusy(false);
            refreshInterviews(opportunityId);
            Q_EMIT failed(error);
            return;
        }
        if (rest.isEmpty())
            refreshInterviews(opportunityId);
        runSteps(opportunityId, panelId, rest);
    });
}

void PanelActions::replacePanel(const QString &opportunityId, const QString &panelId, const api::Panel &panel)
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
    readPanel(opportunityId, panelId, [this](const std::optional<api::Panel> &panel, const QString &error) {
        setBusy(false);
        if (panel)
            Q_EMIT loaded(*panel);
        else
            Q_EMIT failed(error);
    });
}

void PanelActions::readPanel(
    const QString &opportunityId, const QString &panelId,
    std::function<void(const std::optional<api::Panel> &, const QString &error)> done)
{
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
        .onFinished(this, [found, done](const api::Result<api::PagerSummary> &r) {
            if (!r.ok())
                done(std::nullopt, r.error().userText());
            else if (!*found)
                done(std::nullopt, tr("This interview panel no longer exists."));
            else
                done(*found, {});
        });
}

} // namespace lever::models
