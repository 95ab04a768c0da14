#pragma once

#include "Account.h"
#include "AccountOverview.h"
#include "ShellSettings.h"

#include <QHash>
#include <QMainWindow>
#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace lever::auth {
class AccountStore;
class SecretStore;
} // namespace lever::auth

namespace lever::ui {

class OfflineBanner;
class StatusBar;

// The application window: account switcher, navigation between the views added with addView(), the
// account overview (shown while no view is added), menus and the status bar. It owns sign-out and account
// removal (secrets, data folder); signing in and building the workspace is the application's part.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `accounts` and `secrets` are not owned and must outlive the window.
    MainWindow(auth::AccountStore *accounts, auth::SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The extension point for views: a navigation entry appears for each added view (the window takes
    // ownership). Adding an id again replaces that view. The first view added is shown.
    // `group`: the side bar's heading the view goes under ("Admin"); views without one come first.
    void addView(const QString &id, const QString &title, const QIcon &icon, QWidget *view,
                 const QString &group = {});
    // Removes and deletes every added view (e.g. before switching accounts).
    void clearViews();
    // Shows an added view; false (and nothing changes) for an unknown id.
    bool showView(const QString &id);
    void showOverview();
    QString currentViewId() const; // empty while the overview is shown
    QStringList viewIds() const { return m_viewOrder; }
    // The side bar row of a view (group headings are rows too); -1 when there is none.
    int navigationRow(const QString &id) const;
    QWidget *view(const QString &id) const { return m_views.value(id); }
    // The title the side bar shows for a view; empty for an unknown id.
    QString viewTitle(const QString &id) const;

    // The account in use (nullopt: none); an account not in the store (e.g. from --base-url) is listed
    // in the switcher for as long as it is current.
    void setCurrentAccount(const std::optional<auth::Account> &account);
    std::optional<auth::Account> currentAccount() const { return m_current; }
    void setOverviewInfo(const AccountOverview::Info &info);
    AccountOverview *overview() const { return m_overview; }
    StatusBar *shellStatusBar() const { return m_status; }
    OfflineBanner *offlineBanner() const { return m_offlineBanner; }
    QComboBox *accountSwitcher() const { return m_switcher; }

    void applySettings(const ShellSettings &settings);
    // Asked before the window closes (views with unsaved edits prompt there); the guard calls `done(true)`
    // to let it close, `done(false)` to keep it open. Cleared with an empty function.
    using CloseGuard = std::function<void(std::function<void(bool)> done)>;
    void setCloseGuard(CloseGuard guard) { m_closeGuard = std::move(guard); }
    // The signed-in account's local data, for Settings: its size on disk and how to clear it. Empty
    // functions (the default) when no account's data is open.
    struct LocalDataHooks
    {
        std::function<qint64()> size;
        std::function<void()> clear;
    };
    void setLocalDataHooks(LocalDataHooks hooks) { m_localData = std::move(hooks); }

public Q_SLOTS:
    void setBackgroundStatus(const QString &text);
    void setBackgroundBusy(bool busy);
    void setInteractiveWaiting(bool waiting);
    void showError(const QString &text, const QString &details = {});

    // File › Sign out: forgets the current account's secrets and local data; the account stays listed.
    void signOut();
    // File › Remove account…: asks first, then removes the account, its secrets and its data folder.
    void removeAccount(const QString &accountId);
    void openAbout();
    void openSettings();
    void openShortcuts();

Q_SIGNALS:
    void accountSwitchRequested(const QString &accountId);
    void addAccountRequested();
    // The overview's "Sign In…": to the shown account (not signed in), or a new one when `accountId` is
    // empty.
    void signInRequested(const QString &accountId);
    // Before the account's secrets and data go: whoever uses them lets go now (the workspace closes).
    void aboutToForgetAccount(const QString &accountId);
    void signedOut(const QString &accountId);
    void accountRemoved(const QString &accountId);
    void refreshRequested();
    // File › Export… (Ctrl+E): the workspace opens its export dialog.
    void exportRequested();
    // File › New Candidate… (Ctrl+N, also on the toolbar): the workspace opens the form.
    void newCandidateRequested();
    // View › Search Everything… (Ctrl+K): the workspace opens its search palette.
    void searchRequested();
    void resetDemoRequested(); // confirmed already
    void settingsApplied(const lever::ui::ShellSettings &settings);
    void currentViewChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void rebuildSwitcher();
    void updateActions();
    void onSwitcherActivated(int index);
    void forgetSecrets(const QString &accountId, const QString &doneText, bool removeAccount);

    auth::AccountStore *m_accounts = nullptr;
    auth::SecretStore *m_secrets = nullptr;
    std::optional<auth::Account> m_current;
    LocalDataHooks m_localData;
    OfflineBanner *m_offlineBanner = nullptr;

    QComboBox *m_switcher = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    AccountOverview *m_overview = nullptr;
    StatusBar *m_status = nullptr;
    QHash<QString, QWidget *> m_views;
    CloseGuard m_closeGuard;
    bool m_closeAllowed = false;
    QStringList m_viewOrder;

    QMenu *m_switchMenu = nullptr;
    QAction *m_signOut = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_resetDemo = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_export = nullptr;
    QAction *m_newCandidate = nullptr;
    QAction *m_showOverview = nullptr;
    QAction *m_search = nullptr;
    QString m_initialStyle;
};

} // namespace lever::ui
