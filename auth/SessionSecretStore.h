#pragma once

#include "SecretStore.h"

#include <QHash>

namespace lever::auth {

// Secrets kept in memory only, for "sign in for this session only" when no keychain is available:
// nothing reaches the disk, and everything is forgotten when the application quits.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    ~SessionSecretStore() override;

    void write(const QString &accountId, Kind kind, const QString &secret, QObject *context,
               Callback done) override;
    void read(const QString &accountId, Kind kind, QObject *context, Callback done) override;
    void remove(const QString &accountId, Kind kind, QObject *context, Callback done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace lever::auth
