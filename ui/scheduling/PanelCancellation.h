#pragma once

#include <QString>

class QWidget;

namespace lever::models {
class PanelActions;
class Session;
} // namespace lever::models

namespace lever::ui {

// Cancels an API-created interview panel after asking the user (ui::Confirm); a failure is shown with
// Confirm::inform. Answers the PanelActions doing it (owned by `parent`, deleted once it has finished or
// the user said no), so callers can follow cancelled() / failed(); null when `parent` is null.
models::PanelActions *cancelPanel(models::Session &session, const QString &opportunityId,
                                  const QString &panelId, QWidget *parent);

} // namespace lever::ui
