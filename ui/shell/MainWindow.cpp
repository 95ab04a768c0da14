#include "MainWindow.h"

#include "AboutDialog.h"
#include "AccountStore.h"
#include "OfflineBanner.h"
#include "SecretStore.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "StatusBar.h"
#include "UiLog.h"
#include "common/Confirm.h"
#include "common/StackSizing.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QStackedWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using lever::auth::Account;

namespace lever::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kGroupRole = Qt::UserRole + 2; // the heading a view goes under ("Admin")
}

MainWindow::MainWindow(auth::AccountStore *accounts, auth::SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Lever Console"));
    m_initialStyle = QApplication::style()->name();

    auto *central = new QWidget(this);
    central->setObjectName(u"centralArea"_s);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_offlineBanner = new OfflineBanner(central);
    column->addWidget(m_offlineBanner);
    auto *row = new QHBoxLayout;
    column->addLayout(row, 1);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(u"navigation"_s);
    m_nav->setAccessibleName(tr("Views"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(150);
    m_nav->setFrameShape(QFrame::NoFrame);
    // Roomy entries, as in a side bar rather than a list box; colours stay the palette's (dark themes).
    m_nav->setSpacing(2);
    m_nav->setStyleSheet(u"QListWidget#navigation::item { padding: 6px 10px; }"_s);
    m_nav->hide(); // entries exist only for added views
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(u"viewStack"_s);
    m_overview = new AccountOverview(m_stack);
    m_stack->addWidget(m_overview);
    // Only the view shown sets the window's minimum size.
    keepSizedToCurrentPage(m_stack);
    connect(m_overview, &AccountOverview::signInRequested, this,
            [this] { Q_EMIT signInRequested(m_current ? m_current->id : QString()); });
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int rowIndex) {
        if (const QListWidgetItem *item = m_nav->item(rowIndex))
            showView(item->data(kIdRole).toString()); // a heading has no id: nothing happens
    });

    m_status = new StatusBar(this);
    setStatusBar(m_status);

    auto *bar = addToolBar(tr("Account"));
    bar->setObjectName(u"accountToolBar"_s);
    bar->setMovable(false);
    auto *label = new QLabel(tr("Account:"), bar);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addWidget(label);
    m_switcher = new QComboBox(bar);
    m_switcher->setObjectName(u"accountSwitcher"_s);
    m_switcher->setAccessibleName(tr("Account"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumWidth(200);
    label->setBuddy(m_switcher);
    bar->addWidget(m_switcher);
    connect(m_switcher, &QComboBox::activated, this, &MainWindow::onSwitcherActivated);

    buildMenus();
    bar->addSeparator();
    bar->addAction(m_newCandidate);
    if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(m_newCandidate)))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_accounts, &auth::AccountStore::accountsChanged, this, &MainWindow::rebuildSwitcher);
    rebuildSwitcher();
    setCurrentAccount(std::nullopt);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    auto action = [this](QMenu *menu, const QString &objectName, const QString &text,
                         const QKeySequence &shortcut = {}) {
        QAction *a = menu->addAction(text);
        a->setObjectName(objectName);
        if (!shortcut.isEmpty())
            a->setShortcut(shortcut);
        return a;
    };
    // Standard keys are empty on some platforms (Preferences, Quit outside KDE/GNOME): fall back to the
    // usual.
    auto standard = [](QKeySequence::StandardKey key, const QString &fallback) {
        const QKeySequence sequence(key);
        return sequence.isEmpty() ? QKeySequence(fallback) : sequence;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"menuFile"_s);
    m_newCandidate = action(file, u"actionNewCandidate"_s, tr("&New Candidate…"), QKeySequence(u"Ctrl+N"_s));
    m_newCandidate->setIcon(QIcon::fromTheme(u"contact-new"_s, style()->standardIcon(QStyle::SP_FileIcon)));
    m_newCandidate->setToolTip(tr("Add a candidate (Ctrl+N); or drop a resume on the board"));
    connect(m_newCandidate, &QAction::triggered, this, &MainWindow::newCandidateRequested);
    file->addSeparator();
    connect(action(file, u"actionAddAccount"_s, tr("&Add Account…"), QKeySequence(u"Ctrl+Shift+N"_s)),
            &QAction::triggered, this, &MainWindow::addAccountRequested);
    m_switchMenu = file->addMenu(tr("S&witch Account"));
    m_switchMenu->setObjectName(u"menuSwitchAccount"_s);
    m_signOut = action(file, u"actionSignOut"_s, tr("&Sign Out"));
    connect(m_signOut, &QAction::triggered, this, &MainWindow::signOut);
    m_remove = action(file, u"actionRemoveAccount"_s, tr("&Remove Account…"));
    connect(m_remove, &QAction::triggered, this, [this] {
        if (m_current)
            removeAccount(m_current->id);
    });
    file->addSeparator();
    m_export = action(file, u"actionExport"_s, tr("&Export…"), QKeySequence(u"Ctrl+E"_s));
    connect(m_export, &QAction::triggered, this, &MainWindow::exportRequested);
    file->addSeparator();
    m_resetDemo = action(file, u"actionResetDemo"_s, tr("Reset &Demo Data…"));
    connect(m_resetDemo, &QAction::triggered, this, [this] {
        Confirm::ask(this,
                     {tr("Reset the demo data?"),
                      tr("Every change made in the demo is lost: the demo sandbox restarts with fresh demo "
                         "data."),
                      tr("Reset")},
                     [this](bool yes) {
                         if (yes)
                             Q_EMIT resetDemoRequested();
                     });
    });
    file->addSeparator();
    connect(
        action(file, u"actionSettings"_s, tr("Se&ttings…"), standard(QKeySequence::Preferences, u"Ctrl+,"_s)),
        &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *quit = action(file, u"actionQuit"_s, tr("&Quit"), standard(QKeySequence::Quit, u"Ctrl+Q"_s));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"menuView"_s);
    m_refresh = action(view, u"actionRefresh"_s, tr("&Refresh"), standard(QKeySequence::Refresh, u"F5"_s));
    connect(m_refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    m_showOverview =
        action(view, u"actionAccountOverview"_s, tr("&Account Overview"), QKeySequence(u"Ctrl+0"_s));
    connect(m_showOverview, &QAction::triggered, this, &MainWindow::showOverview);
    view->addSeparator();
    m_search = action(view, u"actionSearch"_s, tr("&Search Everything…"), QKeySequence(u"Ctrl+K"_s));
    connect(m_search, &QAction::triggered, this, &MainWindow::searchRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"menuHelp"_s);
    connect(action(help, u"actionShortcuts"_s, tr("&Keyboard Shortcuts"), QKeySequence(u"Ctrl+/"_s)),
            &QAction::triggered, this, &MainWindow::openShortcuts);
    QAction *about = action(help, u"actionAbout"_s, tr("&About Lever Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::openAbout);
}

void MainWindow::addView(const QString &id, const QString &title, const QIcon &icon, QWidget *view,
                         const QString &group)
{
    if (QWidget *old = m_views.take(id)) {
        m_stack->removeWidget(old);
        old->deleteLater();
        m_viewOrder.removeAll(id);
        delete m_nav->takeItem(navigationRow(id));
    }
    view->setParent(m_stack);
    m_stack->addWidget(view);
    applyCurrentPageSizing(m_stack);
    m_views.insert(id, view);
    m_viewOrder.append(id);
    auto *item = new QListWidgetItem(icon, title);
    // The side bar grows to the longest title ("Stellenanforderungen"), within reason.
    const int needed = m_nav->fontMetrics().horizontalAdvance(title) + m_nav->iconSize().width() + 48;
    if (needed > m_nav->width())
        m_nav->setFixedWidth(qMin(needed, 260));
    item->setData(kIdRole, id);
    item->setData(kGroupRole, group);
    item->setToolTip(title);
    // A view without a group goes before the first heading; one with a group after its heading's
    // last view, the heading made when the group's first view arrives.
    int at = m_nav->count();
    if (group.isEmpty()) {
        for (int row = 0; row < m_nav->count(); ++row) {
            if (m_nav->item(row)->data(kIdRole).toString().isEmpty()) {
                at = row;
                break;
            }
        }
    } else {
        int heading = -1;
        for (int row = 0; row < m_nav->count(); ++row) {
            const QListWidgetItem *other = m_nav->item(row);
            if (other->data(kGroupRole).toString() != group)
                continue;
            if (other->data(kIdRole).toString().isEmpty())
                heading = row;
            at = row + 1;
        }
        if (heading < 0) {
            auto *header = new QListWidgetItem(group);
            header->setFlags(Qt::ItemIsEnabled); // a heading: not selectable, never current
            header->setData(kGroupRole, group);
            QFont font = header->font();
            font.setBold(true);
            header->setFont(font);
            header->setForeground(palette().color(QPalette::PlaceholderText));
            m_nav->addItem(header);
            at = m_nav->count();
        }
    }
    m_nav->insertItem(at, item);
    m_nav->show();
    // The first view replaces the overview; later ones wait to be chosen.
    if (m_viewOrder.size() == 1)
        showView(id);
    updateActions();
}

QString MainWindow::viewTitle(const QString &id) const
{
    const int row = navigationRow(id);
    return row < 0 ? QString() : m_nav->item(row)->text();
}

int MainWindow::navigationRow(const QString &id) const
{
    for (int row = 0; row < m_nav->count(); ++row) {
        if (!id.isEmpty() && m_nav->item(row)->data(kIdRole).toString() == id)
            return row;
    }
    return -1;
}

void MainWindow::clearViews()
{
    const QStringList ids = m_viewOrder;
    m_nav->clear();
    m_viewOrder.clear();
    for (const QString &id : ids) {
        QWidget *v = m_views.take(id);
        m_stack->removeWidget(v);
        v->deleteLater();
    }
    m_nav->hide();
    showOverview();
}

bool MainWindow::showView(const QString &id)
{
    QWidget *v = m_views.value(id);
    if (!v)
        return false;
    m_stack->setCurrentWidget(v);
    const int row = navigationRow(id);
    if (m_nav->currentRow() != row) {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(row);
    }
    Q_EMIT currentViewChanged(id);
    return true;
}

void MainWindow::showOverview()
{
    m_stack->setCurrentWidget(m_overview);
    const QSignalBlocker block(m_nav);
    m_nav->setCurrentRow(-1);
    m_nav->clearSelection();
    Q_EMIT currentViewChanged(QString());
}

QString MainWindow::currentViewId() const
{
    return m_views.key(m_stack->currentWidget());
}

void MainWindow::setCurrentAccount(const std::optional<Account> &account)
{
    m_current = account;
    rebuildSwitcher();
    if (account) {
        m_status->setAccount(account->name, AccountOverview::environmentText(account->environment),
                             account->environment == Account::Environment::Demo);
        setWindowTitle(tr("%1 — Lever Console").arg(account->name));
    } else {
        m_status->setAccount({}, {}, false);
        setWindowTitle(tr("Lever Console"));
    }
    updateActions();
}

void MainWindow::setOverviewInfo(const AccountOverview::Info &info)
{
    m_overview->setInfo(info);
}

void MainWindow::rebuildSwitcher()
{
    const QSignalBlocker block(m_switcher);
    m_switcher->clear();
    m_switchMenu->clear();
    QList<Account> list = m_accounts->list();
    if (m_current && !m_accounts->find(m_current->id))
        list.append(*m_current); // e.g. the session-only account of --base-url
    for (const Account &a : list) {
        // The demo's name says what it is; others show where they sign in to.
        const QString label =
            a.environment == Account::Environment::Demo
                ? a.name
                : tr("%1 (%2)").arg(a.name, AccountOverview::environmentText(a.environment));
        m_switcher->addItem(label, a.id);
        QAction *entry = m_switchMenu->addAction(label);
        entry->setObjectName(u"actionSwitchTo_"_s + a.id);
        entry->setCheckable(true);
        entry->setChecked(m_current && m_current->id == a.id);
        connect(entry, &QAction::triggered, this, [this, id = a.id] {
            if (!m_current || m_current->id != id)
                Q_EMIT accountSwitchRequested(id);
        });
    }
    m_switchMenu->setEnabled(!list.isEmpty());
    m_switcher->setCurrentIndex(m_current ? m_switcher->findData(m_current->id) : -1);
    m_switcher->setPlaceholderText(tr("Not signed in"));
}

void MainWindow::onSwitcherActivated(int index)
{
    const QString id = m_switcher->itemData(index).toString();
    if (!id.isEmpty() && (!m_current || m_current->id != id))
        Q_EMIT accountSwitchRequested(id);
}

void MainWindow::updateActions()
{
    const bool saved = m_current && m_accounts->find(m_current->id).has_value();
    m_signOut->setEnabled(m_current.has_value());
    m_remove->setEnabled(saved);
    const bool demo = m_current && m_current->environment == Account::Environment::Demo;
    m_resetDemo->setVisible(demo);
    m_resetDemo->setEnabled(demo);
    m_refresh->setEnabled(m_current.has_value());
    m_export->setEnabled(m_current.has_value());
    m_newCandidate->setEnabled(m_current.has_value());
    m_search->setEnabled(m_current.has_value());
}

void MainWindow::signOut()
{
    if (!m_current)
        return;
    forgetSecrets(m_current->id, tr("Signed out of %1.").arg(m_current->name), false);
}

void MainWindow::removeAccount(const QString &accountId)
{
    const std::optional<Account> account = m_accounts->find(accountId);
    if (!account)
        return;
    Confirm::ask(
        this,
        {tr("Remove the account “%1”?").arg(account->name),
         tr("Its saved sign-in (in the system keychain) and the data kept on this computer for it are "
            "deleted. Nothing changes in Lever."),
         tr("Remove Account")},
        [this, accountId, name = account->name](bool yes) {
            if (yes)
                forgetSecrets(accountId, tr("The account %1 was removed.").arg(name), true);
        });
}

void MainWindow::forgetSecrets(const QString &accountId, const QString &doneText, bool removeAccount)
{
    Q_EMIT aboutToForgetAccount(accountId);
    if (m_current && m_current->id == accountId) {
        clearViews();
        setCurrentAccount(std::nullopt);
        m_overview->setInfo({});
    }
    auto finished = [this, accountId, doneText, removeAccount](const auth::SecretStore::Result &r) {
        if (!r.ok())
            showError(tr("The saved sign-in could not be deleted from the keychain."), r.message);
        else
            m_status->showMessage(doneText, 10000);
        qCInfo(lcUi) << (removeAccount ? "account removed:" : "signed out:") << accountId;
        if (removeAccount)
            Q_EMIT accountRemoved(accountId);
        else
            Q_EMIT signedOut(accountId);
    };
    if (removeAccount) {
        m_accounts->remove(accountId, this, finished);
        return;
    }
    // Sign-out keeps the account's settings but not what was kept for it locally.
    QDir folder(auth::AccountStore::dataFolder(accountId));
    if (folder.exists() && !folder.removeRecursively())
        qCWarning(lcUi) << "could not delete the data folder of account" << accountId;
    m_secrets->removeAll(accountId, this, finished);
}

void MainWindow::setBackgroundStatus(const QString &text)
{
    m_status->setBackgroundStatus(text);
}

void MainWindow::setBackgroundBusy(bool busy)
{
    m_status->setBackgroundBusy(busy);
}

void MainWindow::setInteractiveWaiting(bool waiting)
{
    m_status->setInteractiveWaiting(waiting);
}

void MainWindow::showError(const QString &text, const QString &details)
{
    m_status->showError(text, details);
}

void MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openSettings()
{
    QList<QPair<QString, QString>> views;
    for (int i = 0; i < m_nav->count(); ++i) {
        if (const QString id = m_nav->item(i)->data(kIdRole).toString(); !id.isEmpty())
            views.append({id, m_nav->item(i)->text()});
    }
    auto *dialog = new SettingsDialog(views, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_localData.size)
        dialog->setLocalData(m_localData.size(), m_localData.clear);
    connect(dialog, &SettingsDialog::applied, this, [this](const ShellSettings &s) {
        applySettings(s);
        Q_EMIT settingsApplied(s);
    });
    dialog->open();
}

void MainWindow::openShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applySettings(const ShellSettings &settings)
{
    // "Follow the system" keeps the platform style and palette; otherwise Fusion's own light palette.
    if (settings.followSystemTheme) {
        if (QApplication::style()->name() != m_initialStyle) {
            QApplication::setStyle(m_initialStyle);
            QApplication::setPalette(QApplication::style()->standardPalette());
        }
    } else if (QApplication::style()->name() != u"fusion"_s) {
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
}

} // namespace lever::ui

namespace lever::ui {

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeGuard || m_closeAllowed) {
        QMainWindow::closeEvent(event);
        return;
    }
    // The guard may answer at once or after asking the user. A later "yes" closes the window again
    // (queued: QWidget::close() refuses to nest inside a close already under way).
    struct Answer
    {
        bool pending = true;
        std::optional<bool> now;
    };
    auto answer = std::make_shared<Answer>();
    m_closeGuard([self = QPointer<MainWindow>(this), answer](bool ok) {
        if (answer->pending) {
            answer->now = ok;
            return;
        }
        if (!self || !ok)
            return;
        QMetaObject::invokeMethod(
            self,
            [self] {
                self->m_closeAllowed = true;
                self->close();
                self->m_closeAllowed = false;
            },
            Qt::QueuedConnection);
    });
    answer->pending = false;
    if (answer->now.value_or(false))
        QMainWindow::closeEvent(event);
    else
        event->ignore();
}

} // namespace lever::ui
