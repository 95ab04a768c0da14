#pragma once

#include <QStatusBar>

class QLabel;
class QProgressBar;
class QToolButton;

namespace lever::ui {

// The main window's status bar: background work (sync progress), whether user actions are waiting on the
// network, the last error until it is dismissed or replaced, and the account with its environment.
class StatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit StatusBar(QWidget *parent = nullptr);

    QString backgroundStatus() const;
    bool isInteractiveWaiting() const;
    QString errorText() const; // empty when no error is shown
    QString accountText() const;
    bool isDemoBadgeVisible() const;

public Q_SLOTS:
    // E.g. "Syncing 4,200 of 18,000 opportunities…"; an empty text hides it.
    void setBackgroundStatus(const QString &text);
    // The busy indicator: on while background work (a sync) runs; the text may stay after it ends.
    void setBackgroundBusy(bool busy);
    // Shows (true) or hides that the user's own actions are waiting for an answer.
    void setInteractiveWaiting(bool waiting);
    // Stays until dismissed or replaced; `details` (optional) becomes the tooltip.
    void showError(const QString &text, const QString &details = {});
    void clearError();
    // The signed-in account and its environment ("Demo" gets a badge of its own).
    void setAccount(const QString &accountName, const QString &environmentText, bool demo);

private:
    QLabel *m_background = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_waiting = nullptr;
    QLabel *m_error = nullptr;
    QToolButton *m_dismiss = nullptr;
    QLabel *m_account = nullptr;
    QLabel *m_demo = nullptr;
};

} // namespace lever::ui
