#include "SessionSecretStore.h"

namespace lever::auth {

SessionSecretStore::~SessionSecretStore()
{
    // Overwrite before release so the secrets do not linger in freed memory longer than needed.
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        it->fill(QChar(0));
}

void SessionSecretStore::write(const QString &accountId, Kind kind, const QString &secret, QObject *context,
                               Callback done)
{
    m_secrets.insert(keyFor(accountId, kind), secret);
    deliver(context, done, Result{});
}

void SessionSecretStore::read(const QString &accountId, Kind kind, QObject *context, Callback done)
{
    const auto it = m_secrets.constFind(keyFor(accountId, kind));
    Result result;
    if (it == m_secrets.constEnd())
        result.status = Result::NotFound;
    else
        result.secret = *it;
    deliver(context, done, result);
}

void SessionSecretStore::remove(const QString &accountId, Kind kind, QObject *context, Callback done)
{
    m_secrets.remove(keyFor(accountId, kind));
    deliver(context, done, Result{});
}

} // namespace lever::auth
