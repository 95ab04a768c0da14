#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace lever::models {
class CandidateModel;
class CandidateWrites;
class Session;
} // namespace lever::models

namespace lever::ui {

class CandidateHeader;
class FeedbackPanel;
class FilesPanel;
class InterviewsPanel;
class NotesPanel;
class TimelinePanel;

// One candidate's detail page: the header band, then tabs for the timeline, notes, feedback,
// interviews, files, and applications & offers. A file dropped on the page is uploaded. Its data is
// read at Interactive priority when the page is created.
class CandidatePage : public QWidget
{
    Q_OBJECT
public:
    CandidatePage(models::Session &session, const QString &opportunityId, QWidget *parent = nullptr);
    ~CandidatePage() override;

    QString opportunityId() const { return m_id; }
    // The candidate's name once known ("Loading…" before).
    QString title() const;
    // A note, feedback or contact edit typed but not sent: closing asks first.
    bool hasUnsentInput() const;

    models::CandidateModel &model() { return *m_model; }
    models::CandidateWrites &writes() { return *m_writes; }
    CandidateHeader *header() const { return m_header; }
    NotesPanel *notes() const { return m_notes; }
    FeedbackPanel *feedback() const { return m_feedback; }
    FilesPanel *files() const { return m_files; }
    InterviewsPanel *interviews() const { return m_interviews; }
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const;

public Q_SLOTS:
    // After the scheduling dialog saved: read the panels again.
    void reloadInterviews();

Q_SIGNALS:
    void titleChanged(const QString &title);
    void scheduleRequested(const QString &opportunityId);
    void rescheduleRequested(const QString &opportunityId, const QString &panelId);
    void cancelPanelRequested(const QString &opportunityId, const QString &panelId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showStatus(const QString &text, bool error = false);

    models::Session &m_session;
    QString m_id;
    models::CandidateModel *m_model;
    models::CandidateWrites *m_writes;
    CandidateHeader *m_header;
    QLabel *m_status;
    QTabWidget *m_tabs;
    TimelinePanel *m_timeline;
    NotesPanel *m_notes;
    FeedbackPanel *m_feedback;
    InterviewsPanel *m_interviews;
    FilesPanel *m_files;
};

} // namespace lever::ui
