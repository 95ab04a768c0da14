#pragma once

#include "Account.h"
#include "CommandLine.h"
#include "SecretStore.h"

#include <QObject>
#include <QPointer>
#include <memory>
#include <optional>

namespace lever::api {
class Client;
}
namespace lever::auth {
class AccountStore;
class RoutingSecretStore;
class SessionSecretStore;
class TokenRefresher;
} // namespace lever::auth
namespace lever::ui {
class MainWindow;
class SignInDialog;
} // namespace lever::ui

namespace lever::app {

class DemoSandbox;
class Workspace;

// The console's wiring: opens an account (the last one, --account, --base-url or the demo), loads its
// secrets, builds the api::Client, and hands it over through workspaceReady(), where the models and views
// are created. Signing in again, switching, sign-out and the demo's life go through here too.
class AppController : public QObject
{
    Q_OBJECT
public:
    // `persistentSecrets` is where saved sign-ins live (the app passes a KeychainSecretStore; tests another
    // store); not owned.
    explicit AppController(auth::SecretStore *persistentSecrets, QObject *parent = nullptr);
    ~AppController() override;

    // Shows the window and opens the account the command line or the last session asks for.
    void start(const CommandLine &commandLine);

    ui::MainWindow *window() const { return m_window.get(); }
    auth::AccountStore *accounts() const { return m_accounts; }
    auth::RoutingSecretStore *secrets() const { return m_secrets; }
    DemoSandbox *demo() const { return m_demo; }
    api::Client *client() const;
    std::optional<auth::Account> currentAccount() const { return m_account; }
    // The models session and views of the signed-in account; null while none is.
    Workspace *workspace() const { return m_workspace; }
    // The sign-in dialog while one is open (tests drive it).
    ui::SignInDialog *signInDialog() const;

    void openAccount(const QString &accountId);
    void startDemo();
    void resetDemo();
    // The sign-in dialog, for a new account (`account` empty) or to sign in again to one.
    void showSignIn(const std::optional<auth::Account> &account = std::nullopt, const QString &reason = {});

Q_SIGNALS:
    // The integration hook: a signed-in client for `account` (acting user set). Create the models session
    // and add the views (MainWindow::addView) here. The client lives until workspaceClosing().
    void workspaceReady(lever::api::Client *client, const lever::auth::Account &account);
    // The client is about to be deleted (switch, sign-out, removal, reset, quit): let go of it now.
    void workspaceClosing(lever::api::Client *client);
    // The connection check after sign-in finished: `error` empty when Lever answered.
    void connectionChecked(const QString &error);

private:
    void open(const auth::Account &account);
    void loadSecrets(const auth::Account &account);
    void readSecrets(const auth::Account &account, QList<auth::SecretStore::Kind> kinds,
                     QHash<auth::SecretStore::Kind, QString> found, int generation);
    void buildClient(const auth::Account &account, const QHash<auth::SecretStore::Kind, QString> &secrets);
    void closeWorkspace();
    void checkConnection();
    void onDemoReady();
    void onDemoFailed(const QString &message);
    void openEphemeral(const QUrl &baseUrl, const QString &apiKey);
    void setOverview(const QString &connection, bool signedIn);
    void afterForget(const QString &accountId, bool removed);
    void resumeWithNewTokens(const auth::Account &account);

    auth::SessionSecretStore *m_session = nullptr;
    auth::RoutingSecretStore *m_secrets = nullptr;
    auth::AccountStore *m_accounts = nullptr;
    auth::TokenRefresher *m_refresher = nullptr;
    DemoSandbox *m_demo = nullptr;
    Workspace *m_workspace = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<ui::SignInDialog> m_signIn;
    QPointer<api::Client> m_client;
    std::optional<auth::Account> m_account;
    QString m_keychainState;
    bool m_demoWanted = false; // open the demo account once the sandbox is ready
    int m_generation = 0;      // drops secret reads for an account no longer being opened
};

} // namespace lever::app
