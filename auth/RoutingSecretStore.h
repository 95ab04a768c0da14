#pragma once

#include "SecretStore.h"

#include <QSet>

namespace lever::auth {

// The console's one SecretStore: secrets of accounts signed in "for this session only" (no keychain, the
// demo, --base-url) go to a memory store, everything else to the persistent store (the OS keychain).
class RoutingSecretStore : public SecretStore
{
    Q_OBJECT
public:
    // Neither store is owned; both must outlive this one.
    RoutingSecretStore(SecretStore *persistent, SecretStore *session, QObject *parent = nullptr);
    ~RoutingSecretStore() override;

    // From now on the account's secrets live in memory only (and are forgotten when the app quits).
    void setSessionOnly(const QString &accountId, bool sessionOnly);
    bool isSessionOnly(const QString &accountId) const { return m_sessionOnly.contains(accountId); }

    SecretStore *persistent() const { return m_persistent; }
    SecretStore *session() const { return m_session; }

    void write(const QString &accountId, Kind kind, const QString &secret, QObject *context,
               Callback done) override;
    void read(const QString &accountId, Kind kind, QObject *context, Callback done) override;
    // Removes from both stores, so a secret left behind by an earlier sign-in goes too.
    void remove(const QString &accountId, Kind kind, QObject *context, Callback done) override;

private:
    SecretStore *storeFor(const QString &accountId) const;

    SecretStore *m_persistent = nullptr;
    SecretStore *m_session = nullptr;
    QSet<QString> m_sessionOnly;
};

} // namespace lever::auth
