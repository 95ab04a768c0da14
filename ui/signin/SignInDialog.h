#pragma once

#include "Account.h"
#include "ApiKeyVerifier.h"
#include "SecretStore.h"
#include "TokenSet.h"

#include <QDialog>
#include <QPointer>
#include <chrono>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace lever::auth {
class AccountStore;
class OAuthFlow;
class RoutingSecretStore;
} // namespace lever::auth

namespace lever::ui {

class BrowserWaitPage;
class KeychainPage;

// Signs in to an account: environment, name, OAuth in the system browser or an API key (checked, then the
// acting user chosen), secrets saved to the keychain (or, if there is none, for this session only). Shown
// with open(); ends with signedIn() or demoRequested(), or is simply closed. Input survives every failure.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Form, Waiting, ActingUser, Keychain };
    Q_ENUM(Page)

    SignInDialog(auth::AccountStore *accounts, auth::RoutingSecretStore *secrets, QWidget *parent = nullptr);
    ~SignInDialog() override;

    // Signing in again to a saved account (e.g. its refresh token expired): fields filled in, name and
    // environment fixed, `reason` shown above them.
    void setAccount(const auth::Account &account, const QString &reason = {});
    // Offers the built-in demo prominently (no accounts yet).
    void setDemoOffered(bool offered);
    void setOAuthTimeout(std::chrono::milliseconds timeout) { m_oauthTimeout = timeout; }

    Page page() const;
    QString errorText() const; // the error shown on the form, empty when none
    // The scopes the console asks for in OAuth.
    static QStringList oauthScopes();

Q_SIGNALS:
    // The account is saved and its secrets stored (in memory when `account` is session-only).
    void signedIn(const lever::auth::Account &account);
    void demoRequested();

protected:
    void reject() override;

private:
    void buildForm(QWidget *page);
    void buildUsers(QWidget *page);
    void setPage(Page page);
    void updateForm();
    void submit();
    auth::Account accountFromForm() const;
    void showFormError(const QString &text);
    void startOAuth(const auth::Account &account);
    void onOAuthFailed(int kind, const QString &message);
    void onKeyVerified(const auth::ApiKeyVerifier::Result &result);
    void chooseUser();
    void save();
    void writeNext(QList<QPair<auth::SecretStore::Kind, QString>> secrets);
    void finishSaving();
    void backFromKeychain();
    void stopOAuth();

    auth::AccountStore *m_accounts = nullptr;
    auth::RoutingSecretStore *m_secrets = nullptr;
    auth::ApiKeyVerifier *m_verifier = nullptr;
    QPointer<auth::OAuthFlow> m_flow;
    std::chrono::milliseconds m_oauthTimeout = std::chrono::minutes(5);

    // What is being signed in: the account (id set once saved), and its secrets until they are stored.
    auth::Account m_account;
    bool m_existing = false; // m_account was saved before this dialog
    QString m_addedId;       // saved by this dialog, removed again if the user backs out
    bool m_sessionOnly = false;
    auth::TokenSet m_tokens;
    int m_generation = 0; // ignores answers for an attempt the user has left

    QStackedWidget *m_pages = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_tryDemo = nullptr;
    QComboBox *m_environment = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_methodOAuth = nullptr;
    QRadioButton *m_methodApiKey = nullptr;
    QWidget *m_methodRow = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_clientSecret = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancel = nullptr;

    BrowserWaitPage *m_waiting = nullptr;
    KeychainPage *m_keychain = nullptr;

    QLabel *m_usersText = nullptr;
    QListWidget *m_users = nullptr;
    QPushButton *m_useUser = nullptr;
};

} // namespace lever::ui
