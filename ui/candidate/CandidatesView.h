#pragma once

#include <QWidget>

class QLabel;
class QTabWidget;

namespace lever::models {
class Session;
}

namespace lever::ui {

class CandidatePage;

// The main window's "Candidates" view: a tab per open candidate (several at once). Closing a tab
// with an unsent note, feedback or contact edit asks first.
class CandidatesView : public QWidget
{
    Q_OBJECT
public:
    explicit CandidatesView(models::Session &session, QWidget *parent = nullptr);

    CandidatePage *page(const QString &opportunityId) const;
    CandidatePage *currentPage() const;
    int pageCount() const;
    // Whether any open page holds a note, feedback or contact edit not sent yet.
    bool hasUnsentInput() const;
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    // Opens the candidate in a new tab, or focuses its tab when already open.
    void openCandidate(const QString &opportunityId);
    // Closes the tab at `index` (asks first when something typed would be lost).
    void closeTab(int index);

Q_SIGNALS:
    void scheduleRequested(const QString &opportunityId);
    void rescheduleRequested(const QString &opportunityId, const QString &panelId);
    void cancelPanelRequested(const QString &opportunityId, const QString &panelId);

private:
    models::Session &m_session;
    QTabWidget *m_tabs;
    QLabel *m_empty;
};

} // namespace lever::ui
