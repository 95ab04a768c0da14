#pragma once

#include "types/Panel.h"

#include <QObject>
#include <QPointer>
#include <QString>

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
    // PUT replaces the whole panel: `panel` must carry every field loaded (see load()).
    void reschedule(const QString &opportunityId, const QString &panelId, const api::Panel &panel);
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

    Session &m_session;
    bool m_busy = false;
};

} // namespace lever::models
