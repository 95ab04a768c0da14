#include "AppController.h"

#include "AccountStore.h"
#include "ApiKeyVerifier.h"
#include "AppLog.h"
#include "DemoSandbox.h"
#include "LeverApi.h"
#include "RoutingSecretStore.h"
#include "SessionSecretStore.h"
#include "TokenRefresher.h"
#include "Workspace.h"
#include "cache/LocalCache.h"
#include "common/Confirm.h"
#include "shell/MainWindow.h"
#include "shell/StatusBar.h"
#include "signin/SignInDialog.h"

#include <QUuid>

using namespace Qt::StringLiterals;
using lever::auth::Account;
using lever::auth::SecretStore;
using Kind = lever::auth::SecretStore::Kind;

namespace lever::app {

AppController::AppController(auth::SecretStore *persistentSecrets, QObject *parent)
    : QObject(parent)
    , m_session(new auth::SessionSecretStore(this))
    , m_secrets(new auth::RoutingSecretStore(persistentSecrets, m_session, this))
    , m_accounts(new auth::AccountStore(m_secrets, nullptr, this))
    , m_refresher(new auth::TokenRefresher(m_secrets, nullptr, this))
    , m_demo(new DemoSandbox(this))
    , m_window(std::make_unique<ui::MainWindow>(m_accounts, m_secrets))
{
    // For queued connections and QSignalSpy on the integration signals.
    qRegisterMetaType<lever::api::Client *>();
    qRegisterMetaType<lever::auth::Account>();
    ui::MainWindow *w = m_window.get();
    connect(w, &ui::MainWindow::accountSwitchRequested, this, &AppController::openAccount);
    connect(w, &ui::MainWindow::addAccountRequested, this, [this] { showSignIn(); });
    connect(w, &ui::MainWindow::signInRequested, this, [this](const QString &id) {
        if (const auto account = m_accounts->find(id))
            showSignIn(*account);
        else
            showSignIn();
    });
    connect(w, &ui::MainWindow::aboutToForgetAccount, this, [this](const QString &id) {
        if (m_account && m_account->id == id) {
            closeWorkspace();
            ++m_generation;
        }
    });
    connect(w, &ui::MainWindow::signedOut, this, [this](const QString &id) { afterForget(id, false); });
    connect(w, &ui::MainWindow::accountRemoved, this, [this](const QString &id) { afterForget(id, true); });
    connect(w, &ui::MainWindow::resetDemoRequested, this, &AppController::resetDemo);
    // The models and views of a signed-in account; connected first, so views exist when others hear it.
    connect(this, &AppController::workspaceReady, this, [this](api::Client *client, const Account &account) {
        delete m_workspace;
        m_workspace = new Workspace(*client, account, *m_window, this);
    });
    w->setCloseGuard([this](std::function<void(bool)> done) {
        if (m_workspace)
            m_workspace->requestClose(std::move(done));
        else
            done(true);
    });
    connect(m_demo, &DemoSandbox::ready, this, &AppController::onDemoReady);
    connect(m_demo, &DemoSandbox::failed, this, &AppController::onDemoFailed);
}

AppController::~AppController()
{
    closeWorkspace();
    m_window.reset();
}

api::Client *AppController::client() const
{
    return m_client;
}

ui::SignInDialog *AppController::signInDialog() const
{
    return m_signIn;
}

void AppController::start(const CommandLine &commandLine)
{
    m_window->applySettings(ui::ShellSettings::load());
    m_window->show();
    if (commandLine.demo) {
        startDemo();
    } else if (!commandLine.baseUrl.isEmpty()) {
        openEphemeral(commandLine.baseUrl, commandLine.apiKey);
    } else if (!commandLine.accountName.isEmpty()) {
        if (const auto account = m_accounts->findByName(commandLine.accountName))
            open(*account);
        else
            showSignIn();
    } else if (const auto last = m_accounts->find(m_accounts->lastAccountId())) {
        open(*last);
    } else if (!m_accounts->list().isEmpty()) {
        open(m_accounts->list().constFirst()); // saved, but never opened (or the last one was removed)
    } else {
        showSignIn();
    }
}

void AppController::openAccount(const QString &accountId)
{
    if (const auto account = m_accounts->find(accountId))
        open(*account);
}

void AppController::open(const Account &account)
{
    closeWorkspace();
    const int generation = ++m_generation;
    Q_UNUSED(generation);
    m_account = account;
    m_window->setCurrentAccount(account);
    m_keychainState = m_secrets->isSessionOnly(account.id) ? tr("Kept in memory for this session only")
                                                           : tr("In the system keychain");
    if (account.environment == Account::Environment::Demo &&
        (m_demo->state() != DemoSandbox::State::Running || m_demo->baseUrl() != account.baseUrl)) {
        setOverview(tr("Starting the demo sandbox…"), false);
        startDemo();
        return;
    }
    setOverview(tr("Reading the saved sign-in…"), false);
    loadSecrets(account);
}

void AppController::loadSecrets(const Account &account)
{
    QList<Kind> kinds;
    if (account.authMethod == Account::AuthMethod::ApiKey)
        kinds = {Kind::ApiKey};
    else
        kinds = {Kind::AccessToken, Kind::RefreshToken};
    if (account.authMethod == Account::AuthMethod::OAuth && account.hasClientSecret)
        kinds.append(Kind::ClientSecret);
    readSecrets(account, kinds, {}, m_generation);
}

void AppController::readSecrets(const Account &account, QList<Kind> kinds, QHash<Kind, QString> found,
                                int generation)
{
    if (kinds.isEmpty()) {
        buildClient(account, found);
        return;
    }
    const Kind kind = kinds.takeFirst();
    m_secrets->read(account.id, kind, this, [=, this](const SecretStore::Result &r) mutable {
        if (generation != m_generation)
            return; // another account is being opened by now
        const bool required = kind == Kind::ApiKey || kind == Kind::AccessToken;
        if (r.ok()) {
            found.insert(kind, r.secret);
        } else if (r.status != SecretStore::Result::NotFound || required) {
            // (A public OAuth client has no secret, a token without offline_access no refresh token.)
            if (r.status == SecretStore::Result::Unavailable)
                m_keychainState = r.message;
            const QString reason =
                r.status == SecretStore::Result::NotFound
                    ? tr("Sign in to %1: no saved sign-in was found for it.").arg(account.name)
                    : tr("The saved sign-in of %1 could not be read: %2").arg(account.name, r.message);
            setOverview(reason, false);
            showSignIn(account, reason);
            return;
        }
        readSecrets(account, kinds, found, generation);
    });
}

void AppController::buildClient(const Account &account, const QHash<Kind, QString> &secrets)
{
    std::shared_ptr<api::Credentials> credentials;
    if (account.authMethod == Account::AuthMethod::ApiKey) {
        credentials = std::make_shared<api::ApiKeyCredentials>(secrets.value(Kind::ApiKey));
    } else {
        api::OAuthToken token;
        token.accessToken = secrets.value(Kind::AccessToken);
        token.refreshToken = secrets.value(Kind::RefreshToken);
        const auth::TokenRefresher::Client tokenClient{account.tokenUrl(), account.oauthClientId,
                                                       secrets.value(Kind::ClientSecret)};
        // Refreshes go through TokenRefresher, which stores the rotated refresh token before answering.
        auto refresher = [this, id = account.id,
                          tokenClient](const QString &refreshToken,
                                       std::function<void(std::optional<api::OAuthToken>)> done) {
            m_refresher->refresh(
                id, tokenClient, refreshToken, this, [this, done](const auth::TokenRefresher::Result &r) {
                    if (!r.tokens.isValid()) {
                        done(std::nullopt);
                        return;
                    }
                    if (r.failure == auth::TokenRefresher::Failure::StoreFailed)
                        m_window->showError(
                            tr("The renewed sign-in could not be saved; it works until you quit."),
                            r.message);
                    api::OAuthToken t;
                    t.accessToken = r.tokens.accessToken;
                    t.refreshToken = r.tokens.refreshToken;
                    t.expiresAt = QDateTime::fromMSecsSinceEpoch(r.tokens.expiresAt);
                    done(t);
                });
        };
        const QString key = u"oauth:"_s + account.oauthClientId + u':' + account.actingUserId;
        credentials = std::make_shared<api::OAuthCredentials>(key, token, refresher);
    }
    m_client = new api::Client(account.apiBaseUrl(), credentials, this);
    m_client->setActingUserId(account.actingUserId);
    connect(m_client, &api::Client::reauthenticationRequired, this, [this] {
        // Every request refused meanwhile (the sync, the views) says so again: ask once, since a new
        // dialog would cancel the browser sign-in the user may be in the middle of.
        if (!m_account || (m_signIn && m_signIn->isVisible()))
            return;
        // The window and its views stay; the dialog signs in again to the same account.
        m_window->showError(tr("Your sign-in has expired. Sign in again to continue."));
        showSignIn(*m_account,
                   tr("Your sign-in to %1 expired or was revoked. Sign in again; your window stays "
                      "as it is.")
                       .arg(m_account->name));
    });
    if (m_accounts->find(account.id))
        m_accounts->markOpened(account.id);
    qCInfo(lcApp) << "signed in to account" << account.id;
    setOverview(tr("Connecting…"), true);
    m_window->shellStatusBar()->clearError();
    Q_EMIT workspaceReady(m_client, account);
    // The views were added by workspaceReady's receivers; open the one the settings ask for.
    const QString preferred = ui::ShellSettings::load().defaultView;
    if (!preferred.isEmpty())
        m_window->showView(preferred);
    checkConnection();
}

void AppController::checkConnection()
{
    QPointer<api::Client> client = m_client;
    auto done = [this, client](const QString &error) {
        if (client != m_client)
            return;
        setOverview(error.isEmpty() ? tr("Connected") : error, true);
        if (!error.isEmpty())
            m_window->showError(tr("Lever did not answer as expected."), error);
        Q_EMIT connectionChecked(error);
    };
    if (!m_account->actingUserId.isEmpty()) {
        m_client->users()
            .get(m_account->actingUserId)
            .then(this, [this, done](const api::Result<api::User> &r) {
                if (r.ok() && m_account && m_account->actingUserName != r.value().name) {
                    m_account->actingUserName = r.value().name;
                    if (m_accounts->find(m_account->id))
                        m_accounts->update(*m_account);
                }
                done(r.ok() ? QString() : r.error().userText());
            });
        return;
    }
    m_client->users()
        .list({}, api::Priority::Interactive)
        .onFinished(this, [done](const api::Result<api::PagerSummary> &r) {
            done(r.ok() ? QString() : r.error().userText());
        });
}

void AppController::closeWorkspace()
{
    if (!m_client)
        return;
    api::Client *client = m_client;
    Q_EMIT workspaceClosing(client);
    delete m_workspace; // its views first, then its session: both before the client
    m_workspace = nullptr;
    m_window->clearViews();
    m_client = nullptr;
    delete client;
}

void AppController::setOverview(const QString &connection, bool signedIn)
{
    ui::AccountOverview::Info info;
    if (m_account)
        info.account = *m_account;
    info.signedIn = signedIn;
    info.sessionOnly = m_account && m_secrets->isSessionOnly(m_account->id);
    info.connection = connection;
    info.keychain = m_keychainState;
    m_window->setOverviewInfo(info);
}

void AppController::showSignIn(const std::optional<Account> &account, const QString &reason)
{
    if (m_signIn)
        m_signIn->close();
    auto *dialog = new ui::SignInDialog(m_accounts, m_secrets, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (account)
        dialog->setAccount(*account, reason);
    dialog->setDemoOffered(!account && m_accounts->list().isEmpty());
    connect(dialog, &ui::SignInDialog::signedIn, this, [this](const Account &signedIn) {
        // Signing in again to the open OAuth account (its refresh token died): new tokens into the same
        // client, so the workspace, its views and their state survive.
        auto *oauth = m_client ? dynamic_cast<api::OAuthCredentials *>(&m_client->credentials()) : nullptr;
        if (oauth && m_account && m_account->id == signedIn.id &&
            signedIn.authMethod == Account::AuthMethod::OAuth &&
            m_account->actingUserId == signedIn.actingUserId) {
            resumeWithNewTokens(signedIn);
            return;
        }
        open(signedIn);
    });
    connect(dialog, &ui::SignInDialog::demoRequested, this, &AppController::startDemo);
    m_signIn = dialog;
    dialog->open();
}

void AppController::resumeWithNewTokens(const Account &account)
{
    m_account = account;
    auto token = std::make_shared<api::OAuthToken>();
    auto readRefresh = [this, token, account,
                        client = QPointer<api::Client>(m_client)](const SecretStore::Result &r) {
        token->refreshToken = r.secret;
        auto *oauth = client ? dynamic_cast<api::OAuthCredentials *>(&client->credentials()) : nullptr;
        if (!oauth || client != m_client)
            return;
        oauth->setToken(*token);
        qCInfo(lcApp) << "signed in again to account" << account.id;
        m_window->shellStatusBar()->clearError();
        checkConnection();
    };
    m_secrets->read(account.id, Kind::AccessToken, this,
                    [this, token, account, readRefresh](const SecretStore::Result &r) {
                        token->accessToken = r.secret;
                        m_secrets->read(account.id, Kind::RefreshToken, this, readRefresh);
                    });
}

void AppController::afterForget(const QString &accountId, bool removed)
{
    if (!m_account || m_account->id != accountId) {
        if (!m_account && !removed)
            showSignIn(m_accounts->find(accountId), tr("You signed out. Sign in again to continue."));
        return;
    }
    const Account was = *m_account;
    m_account.reset();
    if (!removed) {
        showSignIn(m_accounts->find(accountId),
                   tr("You signed out of %1. Sign in again to continue.").arg(was.name));
        return;
    }
    const QList<Account> rest = m_accounts->list();
    if (!rest.isEmpty())
        open(rest.constFirst());
    else
        showSignIn();
}

void AppController::startDemo()
{
    m_demoWanted = true;
    if (m_demo->state() == DemoSandbox::State::Running) {
        onDemoReady();
        return;
    }
    m_window->setBackgroundStatus(tr("Starting the demo sandbox…"));
    m_window->setBackgroundBusy(true);
    m_demo->start();
}

void AppController::resetDemo()
{
    closeWorkspace();
    ++m_generation;
    for (Account a : m_accounts->list()) {
        if (a.environment == Account::Environment::Demo) {
            a.actingUserId.clear(); // chosen again from the new data
            a.actingUserName.clear();
            m_accounts->update(a);
        }
    }
    m_demoWanted = true;
    setOverview(tr("Resetting the demo data…"), false);
    m_window->setBackgroundStatus(tr("Resetting the demo data…"));
    m_window->setBackgroundBusy(true);
    m_demo->reset();
}

void AppController::onDemoReady()
{
    m_window->setBackgroundStatus({});
    // New demo data has new ids: a local copy of the old data would be resumed as if it were current.
    if (m_demo->startedFresh()) {
        for (const Account &a : m_accounts->list()) {
            if (a.environment == Account::Environment::Demo)
                models::LocalCache::removeFiles(auth::AccountStore::dataFolder(a.id));
        }
    }
    if (!m_demoWanted)
        return;
    m_demoWanted = false;
    std::optional<Account> demo;
    const QList<Account> list = m_accounts->list();
    for (const Account &a : list) {
        if (a.environment == Account::Environment::Demo) {
            demo = a;
            break;
        }
    }
    if (!demo) {
        Account fresh;
        fresh.environment = Account::Environment::Demo;
        fresh.authMethod = Account::AuthMethod::ApiKey;
        fresh.baseUrl = m_demo->baseUrl();
        fresh.name = tr("Demo");
        for (int n = 2; m_accounts->findByName(fresh.name); ++n)
            fresh.name = tr("Demo %1").arg(n);
        QString error;
        demo = m_accounts->add(fresh, &error);
        if (!demo) {
            onDemoFailed(error);
            return;
        }
    }
    demo->baseUrl = m_demo->baseUrl();
    m_accounts->update(*demo);
    // The key is minted anew at every start of the sandbox: memory is the right place for it.
    m_secrets->setSessionOnly(demo->id, true);
    const QString key = m_demo->apiKey();
    m_secrets->write(demo->id, Kind::ApiKey, key, this, [this, demo, key](const SecretStore::Result &r) {
        if (!r.ok()) {
            onDemoFailed(r.message);
            return;
        }
        if (!demo->actingUserId.isEmpty()) {
            open(*demo);
            return;
        }
        // A demo key belongs to no one: act as the demo company's first super admin.
        auto *verifier = new auth::ApiKeyVerifier(nullptr, this);
        verifier->verify(m_demo->baseUrl(), key, this,
                         [this, demo, verifier](const auth::ApiKeyVerifier::Result &v) {
                             verifier->deleteLater();
                             if (!v.ok()) {
                                 onDemoFailed(v.message);
                                 return;
                             }
                             Account a = *demo;
                             for (const auth::ApiKeyVerifier::User &u : v.users) {
                                 if (a.actingUserId.isEmpty() || u.accessRole == u"super admin"_s) {
                                     a.actingUserId = u.id;
                                     a.actingUserName = u.name;
                                     if (u.accessRole == u"super admin"_s)
                                         break;
                                 }
                             }
                             m_accounts->update(a);
                             open(a);
                         });
    });
}

void AppController::onDemoFailed(const QString &message)
{
    m_demoWanted = false;
    m_window->setBackgroundStatus({});
    m_window->showError(tr("The demo could not start."), message);
    if (m_account && m_account->environment == Account::Environment::Demo)
        setOverview(message, false);
    ui::Confirm::inform(m_window.get(), tr("The demo could not start"), message, true);
}

void AppController::openEphemeral(const QUrl &baseUrl, const QString &apiKey)
{
    Account a;
    a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    a.name = baseUrl.host();
    a.environment = Account::Environment::Custom;
    a.baseUrl = baseUrl;
    a.authMethod = Account::AuthMethod::ApiKey;
    m_secrets->setSessionOnly(a.id, true);
    m_secrets->write(a.id, Kind::ApiKey, apiKey, this, [this, a](const SecretStore::Result &) { open(a); });
}

} // namespace lever::app
