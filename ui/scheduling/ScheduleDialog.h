#pragma once

#include "types/Panel.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QTimeZone>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace lever::models {
class ConflictFinder;
class PanelActions;
class Session;
} // namespace lever::models

namespace lever::ui {

class InterviewEditor;

// Schedules a panel of interviews for one opportunity, or reschedules an API-created one (loadPanel()):
// the panel's IANA zone, its interviews, each time shown in the panel's zone and the user's, inline
// warnings about interviewers already busy then and about a zone unlike the user's, and validation
// before sending. Non-blocking (open()); on failure it stays open with its input and shows the error.
class ScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    ScheduleDialog(models::Session &session, const QString &opportunityId, QWidget *parent = nullptr);
    ~ScheduleDialog() override;

    // Rescheduling: reads the panel at Interactive priority and keeps every field it loaded, since the
    // PUT replaces the whole panel. Panels scheduled in Lever itself are shown but cannot be saved.
    void loadPanel(const QString &panelId);

    QString opportunityId() const { return m_opportunityId; }
    QString panelId() const { return m_panelId; }
    bool isRescheduling() const { return !m_panelId.isEmpty(); }
    QList<InterviewEditor *> editors() const { return m_editors; }
    InterviewEditor *addInterview();
    QComboBox *zoneCombo() const { return m_zone; }
    // The panel as the form now describes it (what save() would send, before validation).
    api::Panel panel() const;
    // Sends the panel after validating it; the Save button calls this.
    void save();
    // After a successful save the dialog stays open with "Export to Calendar (.ics)…" and Close.
    bool isSaved() const { return m_savedPanel.has_value(); }
    // The saved panel's interviews as an .ics file at `path` (the export button without its file dialog).
    bool exportCalendarTo(const QString &path, QString *message = nullptr);

Q_SIGNALS:
    void saved(const QString &panelId);

private:
    QTimeZone panelZone() const;
    InterviewEditor *insertEditor(int index, const api::Interview &interview);
    void removeEditor(InterviewEditor *editor);
    void duplicateEditor(InterviewEditor *editor);
    void renumber();
    void refreshHints();
    void setError(const QString &message);
    void send(const api::Panel &panel);
    void applyLoaded(const api::Panel &panel);
    void loadTemplates();
    void setBusy(bool busy, const QString &status = {});
    void showSaved(const api::Panel &panel);
    QString candidateName() const;

    models::Session &m_session;
    QString m_opportunityId;
    QString m_panelId;
    api::Panel m_base; // what loadPanel() read; fields the form does not show are sent back as they were
    std::unique_ptr<models::ConflictFinder> m_conflicts;
    models::PanelActions *m_actions = nullptr;
    QList<QPair<QString, QString>> m_templates;
    bool m_pastConfirmed = false;
    bool m_saveAllowed = true;
    bool m_reloadQueued = false;

    QLabel *m_heading = nullptr;
    QComboBox *m_zone = nullptr;
    QLabel *m_zoneWarning = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_list = nullptr;
    QList<InterviewEditor *> m_editors;
    QPushButton *m_add = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_exportIcs = nullptr;
    std::optional<api::Panel> m_savedPanel;
};

} // namespace lever::ui
