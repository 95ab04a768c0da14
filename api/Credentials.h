#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace lever::api {

// How a Client proves who it is to Lever. Shared (std::shared_ptr) by every Client of one account,
// so a refresh is done once for all of them.
class Credentials : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Who Lever meters: clients whose credentials share a key share one token bucket. Never a secret.
    virtual QString bucketKey() const = 0;
    // The value of the Authorization header.
    virtual QByteArray authorization() const = 0;
    // Bumped whenever the secret changes, so a request that failed with an older one is replayed
    // without another refresh.
    virtual quint64 generation() const { return 0; }
    virtual bool canRefresh() const { return false; }
    // True when the secret is known to be expired and should be refreshed before sending.
    virtual bool isExpired() const { return false; }
    // After a 401 on a request sent with `generation`: refresh once (single flight; concurrent
    // callers wait for the same refresh), then call `done(true)` to replay or `done(false)`.
    // `done` is never called once `context` is destroyed.
    virtual void refresh(quint64 generation, QObject *context, std::function<void(bool ok)> done);

Q_SIGNALS:
    // The refresh failed: the user must sign in again.
    void reauthenticationRequired();
};

} // namespace lever::api
