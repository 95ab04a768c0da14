#pragma once

#include "Account.h"
#include "SecretStore.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QSettings;

namespace lever::auth {

// The saved accounts, in QSettings (group "accounts"; non-secret fields only), and which one was opened
// last. Removing an account also removes its secrets and its local data folder.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    // `secrets` is where remove() deletes the account's secrets; `settings` defaults to QSettings().
    explicit AccountStore(SecretStore *secrets, QSettings *settings = nullptr, QObject *parent = nullptr);
    ~AccountStore() override;

    QList<Account> list() const; // in the order they were added
    std::optional<Account> find(const QString &id) const;
    std::optional<Account> findByName(const QString &name) const; // case-insensitive

    // Saves a new account with a fresh uuid (an id already set is ignored); nullopt and `error` set when
    // the account is invalid or its name is taken.
    std::optional<Account> add(Account account, QString *error = nullptr);
    bool update(const Account &account, QString *error = nullptr);
    // Forgets the account and its data folder at once, then deletes its secrets; `done` reports the
    // secrets' removal (an Unavailable keychain leaves them behind, and says so).
    void remove(const QString &id, QObject *context, SecretStore::Callback done);

    QString lastAccountId() const;
    // Records that the account was opened now; it becomes the last account.
    void markOpened(const QString &id);

    // QStandardPaths::AppLocalDataLocation + "/accounts/<id>": caches and other local data of the account.
    static QString dataFolder(const QString &id);

Q_SIGNALS:
    void accountsChanged();

private:
    QStringList ids() const;
    void write(const Account &account);
    QString nameTaken(const Account &account) const;

    SecretStore *m_secrets = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings = nullptr;
};

} // namespace lever::auth
