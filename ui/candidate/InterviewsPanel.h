#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace lever::models {
class CandidateModel;
}

namespace lever::api {
struct Panel;
}

namespace lever::ui {

// The opportunity's interview panels, upcoming then past, with interviewers and their responses.
// Panels the API created get Reschedule and Cancel; panels scheduled in Lever are read-only and say so
// (Lever lets the API change only what it created).
class InterviewsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit InterviewsPanel(models::CandidateModel &model, QWidget *parent = nullptr);

    // Whether the API may change this panel.
    static bool isEditable(const api::Panel &panel);
    // "Export to Calendar (.ics)…" without its file dialog: writes every interview not cancelled to
    // `path` and shows the outcome beside the button.
    bool exportCalendarTo(const QString &path);
    QString exportStatus() const;

Q_SIGNALS:
    void scheduleRequested();
    void rescheduleRequested(const QString &panelId);
    void cancelPanelRequested(const QString &panelId);

private:
    void rebuild();
    QWidget *panelBox(const api::Panel &panel, bool past);
    QString candidateName() const;
    void showExportResult(bool ok, const QString &message);

    models::CandidateModel &m_model;
    QPushButton *m_schedule;
    QPushButton *m_exportIcs;
    QLabel *m_exportStatus;
    QLabel *m_empty;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
};

} // namespace lever::ui
