#include "SecretStore.h"

#include <QCoreApplication>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace lever::auth {

QString SecretStore::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ApiKey:
        return u"apiKey"_s;
    case Kind::AccessToken:
        return u"accessToken"_s;
    case Kind::RefreshToken:
        return u"refreshToken"_s;
    case Kind::ClientSecret:
        return u"clientSecret"_s;
    }
    return {};
}

void SecretStore::deliver(QObject *context, const Callback &done, const Result &result)
{
    if (!done)
        return;
    // A destroyed context cancels the single shot, so the callback never outlives its receiver.
    QTimer::singleShot(0, context ? context : QCoreApplication::instance(), [done, result] { done(result); });
}

void SecretStore::removeAll(const QString &accountId, QObject *context, Callback done)
{
    // The store itself is the context of the inner steps: the sequence finishes even if the caller
    // went away, and only the final callback depends on `context`.
    Callback guarded = [guard = QPointer<QObject>(context), hadContext = context != nullptr,
                        done = std::move(done)](const Result &r) {
        if (done && (!hadContext || guard))
            done(r);
    };
    removeNext(accountId, allKinds(), Result(), std::move(guarded));
}

void SecretStore::removeNext(const QString &accountId, QList<Kind> kinds, Result first, Callback done)
{
    // An unavailable keychain will not answer the next kinds either: stop rather than wait for each.
    if (kinds.isEmpty() || first.status == Result::Unavailable)
        return deliver(this, done, first);
    const Kind kind = kinds.takeFirst();
    remove(accountId, kind, this, [this, accountId, kinds, first, done](const Result &r) {
        Result next = first;
        if (first.ok() && !r.ok())
            next = r;
        removeNext(accountId, kinds, next, done);
    });
}

} // namespace lever::auth
