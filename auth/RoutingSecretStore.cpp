#include "RoutingSecretStore.h"

namespace lever::auth {

RoutingSecretStore::RoutingSecretStore(SecretStore *persistent, SecretStore *session, QObject *parent)
    : SecretStore(parent)
    , m_persistent(persistent)
    , m_session(session)
{}

RoutingSecretStore::~RoutingSecretStore() = default;

void RoutingSecretStore::setSessionOnly(const QString &accountId, bool sessionOnly)
{
    if (sessionOnly)
        m_sessionOnly.insert(accountId);
    else
        m_sessionOnly.remove(accountId);
}

SecretStore *RoutingSecretStore::storeFor(const QString &accountId) const
{
    return m_sessionOnly.contains(accountId) ? m_session : m_persistent;
}

void RoutingSecretStore::write(const QString &accountId, Kind kind, const QString &secret, QObject *context,
                               Callback done)
{
    storeFor(accountId)->write(accountId, kind, secret, context, std::move(done));
}

void RoutingSecretStore::read(const QString &accountId, Kind kind, QObject *context, Callback done)
{
    storeFor(accountId)->read(accountId, kind, context, std::move(done));
}

void RoutingSecretStore::remove(const QString &accountId, Kind kind, QObject *context, Callback done)
{
    // Both copies go. A session-only account reports the memory store's answer (the keychain may be the
    // very thing that is missing) and clears any keychain leftover of an earlier sign-in on the side.
    if (m_sessionOnly.contains(accountId)) {
        m_persistent->remove(accountId, kind, this, [](const Result &) {});
        m_session->remove(accountId, kind, context, std::move(done));
        return;
    }
    m_session->remove(accountId, kind, this, [](const Result &) {});
    m_persistent->remove(accountId, kind, context, std::move(done));
}

} // namespace lever::auth
