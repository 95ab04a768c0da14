#pragma once

#include "SecretStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace lever::auth {

// Secrets in the OS keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Manager), service "lever-console", key "<accountId>/<kind>". Never falls back to a file: when
// no keychain answers, the result is Unavailable with a message that says how to fix it.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT
public:
    static constexpr auto kDefaultRetryDelay = std::chrono::seconds(3);

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static QString serviceName();
    // A keychain that does not answer is asked once more after this delay (wallets often start late).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    void write(const QString &accountId, Kind kind, const QString &secret, QObject *context,
               Callback done) override;
    void read(const QString &accountId, Kind kind, QObject *context, Callback done) override;
    void remove(const QString &accountId, Kind kind, QObject *context, Callback done) override;

private:
    enum class Op { Write, Read, Remove };
    struct Request
    {
        Op op;
        QString key;
        QString secret;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback done;
        bool retried = false;
    };
    void run(Request request);
    void finished(QKeychain::Job *job, Request request);

    std::chrono::milliseconds m_retryDelay = kDefaultRetryDelay;
};

} // namespace lever::auth
