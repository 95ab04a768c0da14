#pragma once

#include "types/Panel.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace lever::models {

class Session;

// The scheduling writes of one opportunity's panels (create, reschedule, cancel) and the read of one
// panel before it is rescheduled, all at Interactive priority. Each ends in exactly one signal: success,
// or failed() with a text a recruiter can read. After a write the opportunity's interviews are read
// again, so cards and conflict warnings see the new times.
class PanelActions : public QObject
{
    Q_OBJECT
public:
    explicit PanelActions(Session &session, QObject *parent = nullptr);

    void create(const QString &opportunityId, const api::Panel &panel);
    // `base` is the panel as loaded (load()), `panel` as edited. When only interviews changed, each changed
    // one is written on its own (PanelChanges); otherwise a PUT replaces the whole panel, so `panel` must
    // carry every field loaded. rescheduled() answers the panel as Lever then holds it.
    void reschedule(const QString &opportunityId, const QString &panelId, const api::Panel &base,
                    const api::Panel &panel);
    // Deletes an API-created panel with its interviews.
    void cancelPanel(const QString &opportunityId, const QString &panelId);
    // Reads the opportunity's panels and answers the one asked for (loaded() or failed()).
    void load(const QString &opportunityId, const QString &panelId);

    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void created(const QString &panelId, const lever::api::Panel &panel);
    void rescheduled(const QString &panelId, const lever::api::Panel &panel);
    void cancelled(const QString &panelId);
    void loaded(const lever::api::Panel &panel);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void refreshInterviews(const QString &opportunityId);
    void replacePanel(const QString &opportunityId, const QString &panelId, const api::Panel &panel);
    // Runs `steps` one after another (each calls its continuation with an error text, empty when it went
    // well), then reads the panel back.
    using Step = std::function<void(std::function<void(const QString &)>)>;
    void runSteps(const QString &opportunityId, const QString &panelId, QList<Step> steps);
    // The opportunity's panels read at Interactive priority; `done` gets the one asked for, or an error.
    void readPanel(const QString &opportunityId, const QString &panelId,
                   std::function<void(const std::optional<api::Panel> &, const QString &error)> done);

    Session &m_session;
    bool m_busy = false;
};

} // namespace lever::models
