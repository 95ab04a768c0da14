#include "SignInDialog.h"

#include "AccountStore.h"
#include "BrowserWaitPage.h"
#include "Client.h"
#include "FormWidgets.h"
#include "KeychainPage.h"
#include "OAuthFlow.h"
#include "RoutingSecretStore.h"
#include "UiLog.h"
#include "shell/AccountOverview.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::auth::Account;
using lever::auth::ApiKeyVerifier;
using lever::auth::OAuthFlow;
using lever::auth::SecretStore;
using Kind = lever::auth::SecretStore::Kind;

namespace lever::ui {

using form::button;
using form::edit;
using form::wrapped;

SignInDialog::SignInDialog(auth::AccountStore *accounts, auth::RoutingSecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_verifier(new ApiKeyVerifier(nullptr, this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In to Lever"));
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"signInPages"_s);
    // In the order of Page.
    m_pages->addWidget(new QWidget(m_pages));
    m_waiting = new BrowserWaitPage(m_pages);
    m_pages->addWidget(m_waiting);
    m_pages->addWidget(new QWidget(m_pages));
    m_keychain = new KeychainPage(m_pages);
    m_pages->addWidget(m_keychain);
    buildForm(m_pages->widget(int(Page::Form)));
    buildUsers(m_pages->widget(int(Page::ActingUser)));
    connect(m_waiting, &BrowserWaitPage::cancelRequested, this, [this] {
        if (m_flow)
            m_flow->cancel(); // ends in failed(Cancelled): back to the form
    });
    connect(m_keychain, &KeychainPage::backRequested, this, &SignInDialog::backFromKeychain);
    connect(m_keychain, &KeychainPage::retryRequested, this, &SignInDialog::save);
    connect(m_keychain, &KeychainPage::sessionOnlyRequested, this, [this] {
        m_sessionOnly = true;
        save();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    setMinimumWidth(520);
    updateForm();
    setPage(Page::Form);
}

SignInDialog::~SignInDialog() = default;

QStringList SignInDialog::oauthScopes()
{
    // Read and write on what the console shows and changes; offline_access is added by OAuthFlow.
    static const char *const resources[] = {
        "opportunities",   "applications", "postings", "requisitions", "requisition_fields", "stages",
        "archive_reasons", "tags",         "sources",  "users",        "interviews",         "panels",
        "notes",           "feedback",     "files",    "offers",       "referrals",          "contact"};
    QStringList scopes;
    for (const char *r : resources) {
        scopes.append(QString::fromLatin1(r) + u":read:admin"_s);
        scopes.append(QString::fromLatin1(r) + u":write:admin"_s);
    }
    return scopes;
}

void SignInDialog::buildForm(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    m_tryDemo = button(tr("Try the Demo — no Lever account needed"), page, u"signInTryDemo"_s);
    m_tryDemo->setToolTip(tr("Starts the built-in sandbox with made-up candidates and signs in to it."));
    QFont bold = m_tryDemo->font();
    bold.setBold(true);
    m_tryDemo->setFont(bold);
    m_tryDemo->setMinimumHeight(40);
    m_tryDemo->hide();
    connect(m_tryDemo, &QPushButton::clicked, this, [this] {
        Q_EMIT demoRequested();
        accept();
    });
    layout->addWidget(m_tryDemo);

    m_reason = wrapped(QString(), page, u"signInReason"_s);
    m_reason->hide();
    layout->addWidget(m_reason);

    auto *form = new QFormLayout;
    m_environment = new QComboBox(page);
    m_environment->setObjectName(u"signInEnvironment"_s);
    m_environment->setAccessibleName(tr("Environment"));
    m_environment->addItem(tr("Lever"), int(Account::Environment::Production));
    m_environment->addItem(tr("Lever sandbox"), int(Account::Environment::LeverSandbox));
    m_environment->addItem(tr("Demo (built-in sandbox)"), int(Account::Environment::Demo));
    m_environment->addItem(tr("Custom server"), int(Account::Environment::Custom));
    form->addRow(tr("&Environment:"), m_environment);

    m_baseUrl = edit(page, u"signInBaseUrl"_s, tr("API address"));
    m_baseUrl->setPlaceholderText(u"https://lever.example.com/v1"_s);
    form->addRow(tr("API &address:"), m_baseUrl);

    m_name = edit(page, u"signInName"_s, tr("Account name"));
    m_name->setPlaceholderText(tr("e.g. Acme recruiting"));
    form->addRow(tr("Account &name:"), m_name);

    m_methodRow = new QWidget(page);
    auto *methods = new QHBoxLayout(m_methodRow);
    methods->setContentsMargins(0, 0, 0, 0);
    m_methodOAuth = new QRadioButton(tr("Sign in with the &browser (OAuth)"), m_methodRow);
    m_methodOAuth->setObjectName(u"signInMethodOAuth"_s);
    m_methodOAuth->setAccessibleName(tr("Sign in with the browser"));
    m_methodApiKey = new QRadioButton(tr("API &key"), m_methodRow);
    m_methodApiKey->setObjectName(u"signInMethodApiKey"_s);
    m_methodApiKey->setAccessibleName(tr("API key"));
    m_methodOAuth->setChecked(true);
    methods->addWidget(m_methodOAuth);
    methods->addWidget(m_methodApiKey);
    methods->addStretch(1);
    form->addRow(tr("Method:"), m_methodRow);
    // One form for every row, so labels line up; rows of the other method are hidden, not removed.
    m_clientId = edit(page, u"signInClientId"_s, tr("OAuth client id"));
    m_clientId->setPlaceholderText(tr("from your Lever app registration"));
    form->addRow(tr("&Client id:"), m_clientId);
    m_clientSecret = edit(page, u"signInClientSecret"_s, tr("OAuth client secret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("optional"));
    form->addRow(tr("Client &secret:"), m_clientSecret);
    m_apiKey = edit(page, u"signInApiKey"_s, tr("API key"));
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setPlaceholderText(tr("Settings › Integrations and API › API Credentials"));
    form->addRow(tr("API &key:"), m_apiKey);
    m_form = form;
    layout->addLayout(form);

    m_error = wrapped(QString(), page, u"signInError"_s);
    m_error->setAccessibleName(tr("Sign-in error"));
    m_error->setStyleSheet(u"QLabel { color: #b3261e; }"_s);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = button(tr("Cancel"), page, u"signInCancel"_s);
    m_submit = button(tr("Sign In"), page, u"signInSubmit"_s);
    m_submit->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);

    connect(m_environment, &QComboBox::currentIndexChanged, this, &SignInDialog::updateForm);
    // A name the user typed is theirs; a suggested one follows the environment.
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_name->setProperty("suggested", false); });
    connect(m_methodOAuth, &QRadioButton::toggled, this, &SignInDialog::updateForm);
    connect(m_submit, &QPushButton::clicked, this, &SignInDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &SignInDialog::reject);
}

void SignInDialog::buildUsers(QWidget *page)
{
    auto *layout = new QVBoxLayout(page);
    m_usersText =
        wrapped(tr("The key works. Lever does not tie a key to a person: choose who you are, so that "
                   "changes are made in your name."),
                page, u"signInUsersText"_s);
    layout->addWidget(m_usersText);
    m_users = new QListWidget(page);
    m_users->setObjectName(u"signInUsers"_s);
    m_users->setAccessibleName(tr("Lever users"));
    layout->addWidget(m_users, 1);
    auto *buttons = new QHBoxLayout;
    auto *back = button(tr("&Back"), page, u"signInUsersBack"_s);
    connect(back, &QPushButton::clicked, this, [this] { setPage(Page::Form); });
    m_useUser = button(tr("&Continue"), page, u"signInUseUser"_s);
    m_useUser->setDefault(true);
    connect(m_useUser, &QPushButton::clicked, this, &SignInDialog::chooseUser);
    connect(m_users, &QListWidget::itemDoubleClicked, this, &SignInDialog::chooseUser);
    connect(m_users, &QListWidget::currentRowChanged, this,
            [this](int row) { m_useUser->setEnabled(row >= 0); });
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_useUser);
    layout->addLayout(buttons);
}

void SignInDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(int(page));
    m_pages->widget(int(page))->setEnabled(true);
    if (page == Page::Form)
        m_name->isEnabled() && m_name->text().isEmpty() ? m_name->setFocus() : m_submit->setFocus();
}

SignInDialog::Page SignInDialog::page() const
{
    return Page(m_pages->currentIndex());
}

QString SignInDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInDialog::setAccount(const Account &account, const QString &reason)
{
    m_account = account;
    m_existing = !account.id.isEmpty();
    m_environment->setCurrentIndex(m_environment->findData(int(account.environment)));
    m_baseUrl->setText(account.baseUrl.toString());
    m_name->setText(account.name);
    (account.authMethod == Account::AuthMethod::OAuth ? m_methodOAuth : m_methodApiKey)->setChecked(true);
    m_clientId->setText(account.oauthClientId);
    m_environment->setEnabled(!m_existing);
    m_name->setEnabled(!m_existing);
    m_baseUrl->setEnabled(!m_existing || account.environment != Account::Environment::Demo);
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    updateForm();
}

void SignInDialog::setDemoOffered(bool offered)
{
    m_tryDemo->setVisible(offered);
}

void SignInDialog::updateForm()
{
    const auto env = Account::Environment(m_environment->currentData().toInt());
    const bool demo = env == Account::Environment::Demo && !m_existing;
    const bool custom =
        env == Account::Environment::Custom || (env == Account::Environment::Demo && m_existing);
    const bool oauth = m_methodOAuth->isChecked();
    m_form->setRowVisible(m_baseUrl, custom);
    m_form->setRowVisible(m_name, !demo);
    m_form->setRowVisible(m_methodRow, !demo);
    m_form->setRowVisible(m_clientId, !demo && oauth);
    m_form->setRowVisible(m_clientSecret, !demo && oauth);
    m_form->setRowVisible(m_apiKey, !demo && !oauth);
    m_submit->setText(demo    ? tr("Start the Demo")
                      : oauth ? tr("Sign In with the Browser")
                              : tr("Check the Key"));
    if (m_name->text().isEmpty() || m_name->property("suggested").toBool()) {
        const QString suggestion = env == Account::Environment::Custom
                                       ? QUrl(m_baseUrl->text().trimmed()).host()
                                       : AccountOverview::environmentText(env);
        if (!m_existing) {
            m_name->setText(suggestion);
            m_name->setProperty("suggested", true);
        }
    }
}

Account SignInDialog::accountFromForm() const
{
    Account a = m_account;
    a.environment = Account::Environment(m_environment->currentData().toInt());
    a.name = m_name->text().trimmed();
    if (a.environment == Account::Environment::Custom || a.environment == Account::Environment::Demo)
        a.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    else
        a.baseUrl = QUrl();
    a.authMethod = m_methodOAuth->isChecked() ? Account::AuthMethod::OAuth : Account::AuthMethod::ApiKey;
    a.oauthClientId = a.authMethod == Account::AuthMethod::OAuth ? m_clientId->text().trimmed() : QString();
    a.hasClientSecret = a.authMethod == Account::AuthMethod::OAuth && !m_clientSecret->text().isEmpty();
    return a;
}

void SignInDialog::showFormError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    setPage(Page::Form);
    if (!text.isEmpty())
        qCInfo(lcUi) << "sign-in error shown";
}

void SignInDialog::submit()
{
    const auto env = Account::Environment(m_environment->currentData().toInt());
    if (env == Account::Environment::Demo && !m_existing) {
        Q_EMIT demoRequested();
        accept();
        return;
    }
    Account account = accountFromForm();
    // Account::validate covers Custom URLs; the API layer's rule is the same, checked here on what is sent.
    QString problem = account.validate();
    if (problem.isEmpty() && env == Account::Environment::Custom && !account.baseUrl.isValid())
        problem = tr("Enter the API address, such as https://lever.example.com/v1.");
    if (problem.isEmpty())
        problem = api::Client::checkBaseUrl(account.apiBaseUrl());
    if (problem.isEmpty()) {
        const auto same = m_accounts->findByName(account.name);
        if (same && same->id != account.id)
            problem = tr("An account named “%1” exists already: choose another name.").arg(account.name);
    }
    if (problem.isEmpty() && account.authMethod == Account::AuthMethod::ApiKey &&
        m_apiKey->text().trimmed().isEmpty())
        problem = tr("Enter the API key.");
    if (!problem.isEmpty()) {
        showFormError(problem);
        return;
    }
    showFormError({});
    m_account = account;
    m_tokens = {};
    const int generation = ++m_generation;
    m_pages->widget(int(Page::Form))->setEnabled(false);
    if (account.authMethod == Account::AuthMethod::OAuth) {
        startOAuth(account);
        return;
    }
    m_submit->setText(tr("Checking…"));
    m_verifier->verify(account.apiBaseUrl(), m_apiKey->text().trimmed(), this,
                       [this, generation](const ApiKeyVerifier::Result &result) {
                           if (generation == m_generation)
                               onKeyVerified(result);
                       });
}

void SignInDialog::onKeyVerified(const ApiKeyVerifier::Result &result)
{
    updateForm();
    if (!result.ok()) {
        showFormError(result.message);
        return;
    }
    m_users->clear();
    for (const ApiKeyVerifier::User &u : result.users) {
        QString text = u.email.isEmpty() ? u.name : tr("%1 <%2>").arg(u.name, u.email);
        if (!u.accessRole.isEmpty())
            text = tr("%1 · %2").arg(text, u.accessRole);
        auto *item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, u.id);
        item->setData(Qt::UserRole + 1, u.name);
        item->setToolTip(u.accessRole);
        m_users->addItem(item);
        if (u.id == m_account.actingUserId)
            m_users->setCurrentItem(item);
    }
    m_useUser->setEnabled(m_users->currentRow() >= 0);
    if (result.hasMoreUsers)
        m_usersText->setToolTip(tr("Only the first 100 active users are listed."));
    setPage(Page::ActingUser);
    // No one is preselected (focus would pick the first row): writes are made as whoever is chosen here.
    if (m_users->currentRow() >= 0)
        m_users->setFocus();
}

void SignInDialog::chooseUser()
{
    QListWidgetItem *item = m_users->currentItem();
    if (!item)
        return;
    m_account.actingUserId = item->data(Qt::UserRole).toString();
    m_account.actingUserName = item->data(Qt::UserRole + 1).toString();
    m_pages->widget(int(Page::ActingUser))->setEnabled(false);
    save();
}

void SignInDialog::startOAuth(const Account &account)
{
    stopOAuth();
    OAuthFlow::Config config;
    config.authorizeUrl = account.authorizeUrl();
    config.tokenUrl = account.tokenUrl();
    config.clientId = account.oauthClientId;
    config.clientSecret = m_clientSecret->text();
    config.scopes = oauthScopes();
    config.audience = account.audience();
    // QDesktopServices is the seam: tests answer it with QDesktopServices::setUrlHandler.
    m_flow = new OAuthFlow(
        config, [](const QUrl &url) { return QDesktopServices::openUrl(url); }, nullptr, this);
    m_flow->setTimeout(m_oauthTimeout);
    connect(m_flow, &OAuthFlow::authorizationUrlReady, m_waiting, &BrowserWaitPage::setAuthorizeUrl);
    connect(m_flow, &OAuthFlow::succeeded, this, [this](const auth::TokenSet &tokens) {
        m_tokens = tokens;
        // The acting user is whoever consented in the browser (the token's user claim).
        if (m_account.actingUserId != tokens.userId)
            m_account.actingUserName.clear();
        m_account.actingUserId = tokens.userId;
        m_flow->deleteLater();
        save();
    });
    connect(m_flow, &OAuthFlow::failed, this,
            [this](OAuthFlow::Failure kind, const QString &message) { onOAuthFailed(int(kind), message); });
    m_waiting->reset();
    setPage(Page::Waiting);
    m_flow->start();
}

void SignInDialog::onOAuthFailed(int kindValue, const QString &message)
{
    const auto kind = OAuthFlow::Failure(kindValue);
    if (kind == OAuthFlow::Failure::BrowserUnavailable) {
        // Not the end: the address still works when pasted into a browser.
        m_waiting->setBrowserFailed();
        return;
    }
    if (m_flow)
        m_flow->deleteLater();
    updateForm();
    switch (kind) {
    case OAuthFlow::Failure::Cancelled:
        showFormError(tr("Sign-in cancelled."));
        break;
    case OAuthFlow::Failure::Denied:
        showFormError(tr("Access was declined in the browser. Sign in again and choose Allow to use Lever "
                         "Console with this account."));
        break;
    case OAuthFlow::Failure::TimedOut:
        showFormError(tr("No answer came from the browser in time. Try again."));
        break;
    default:
        showFormError(message.isEmpty() ? tr("Sign-in failed.") : message);
        break;
    }
}

void SignInDialog::stopOAuth()
{
    if (m_flow) {
        m_flow->disconnect(this);
        if (m_flow->isRunning())
            m_flow->cancel();
        m_flow->deleteLater();
    }
}

void SignInDialog::save()
{
    m_pages->widget(int(Page::Keychain))->setEnabled(false);
    Account account = m_account;
    QString error;
    if (account.id.isEmpty()) {
        const auto added = m_accounts->add(account, &error);
        if (!added) {
            updateForm();
            showFormError(error);
            return;
        }
        m_account = *added;
        m_addedId = added->id;
    }
    m_secrets->setSessionOnly(m_account.id, m_sessionOnly);
    QList<QPair<Kind, QString>> secrets;
    if (m_account.authMethod == Account::AuthMethod::ApiKey) {
        secrets.append({Kind::ApiKey, m_apiKey->text().trimmed()});
    } else {
        secrets.append({Kind::AccessToken, m_tokens.accessToken});
        if (!m_tokens.refreshToken.isEmpty())
            secrets.append({Kind::RefreshToken, m_tokens.refreshToken});
        if (!m_clientSecret->text().isEmpty())
            secrets.append({Kind::ClientSecret, m_clientSecret->text()});
    }
    writeNext(secrets);
}

void SignInDialog::writeNext(QList<QPair<Kind, QString>> secrets)
{
    if (secrets.isEmpty()) {
        finishSaving();
        return;
    }
    const auto [kind, secret] = secrets.takeFirst();
    const int generation = m_generation;
    m_secrets->write(
        m_account.id, kind, secret, this, [this, secrets, generation](const SecretStore::Result &r) {
            if (generation != m_generation)
                return;
            if (r.status == SecretStore::Result::Unavailable) {
                m_keychain->setMessage(r.message);
                setPage(Page::Keychain);
                return;
            }
            if (!r.ok()) {
                updateForm();
                showFormError(tr("The sign-in could not be saved in the keychain: %1").arg(r.message));
                return;
            }
            writeNext(secrets);
        });
}

void SignInDialog::finishSaving()
{
    QString error;
    if (!m_accounts->update(m_account, &error)) {
        updateForm();
        showFormError(error);
        return;
    }
    m_addedId.clear();
    qCInfo(lcUi) << "signed in:" << m_account.id << (m_sessionOnly ? "(this session only)" : "");
    Q_EMIT signedIn(m_account);
    accept();
}

void SignInDialog::backFromKeychain()
{
    ++m_generation;
    if (!m_addedId.isEmpty()) {
        // Saved a moment ago by this dialog: not signed in after all, so it goes again (input stays).
        m_accounts->remove(m_addedId, this, [](const SecretStore::Result &) {});
        m_account.id.clear();
        m_addedId.clear();
    }
    updateForm();
    showFormError(m_account.authMethod == Account::AuthMethod::OAuth
                      ? tr("Not signed in: the keychain did not answer. Sign in again when it runs.")
                      : tr("Not signed in: the keychain did not answer."));
}

void SignInDialog::reject()
{
    ++m_generation;
    stopOAuth();
    if (!m_addedId.isEmpty()) {
        m_accounts->remove(m_addedId, this, [](const SecretStore::Result &) {});
        m_addedId.clear();
    }
    QDialog::reject();
}

} // namespace lever::ui
