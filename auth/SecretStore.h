#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace lever::auth {

// Where an account's secrets live: an asynchronous store of one secret per (account, kind). Callbacks run
// on the store's thread, later (never inside the call), and only while their context object is alive.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Kind { ApiKey, AccessToken, RefreshToken, ClientSecret };
    Q_ENUM(Kind)

    struct Result
    {
        enum Status {
            Ok,
            NotFound,    // read: nothing stored under that key
            Unavailable, // no keychain answers (none installed, not running, locked); message says how to fix
            Failed,      // the keychain answered with an error
        };
        Status status = Ok;
        QString secret; // read only
        QString message;
        bool ok() const { return status == Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void write(const QString &accountId, Kind kind, const QString &secret, QObject *context,
                       Callback done) = 0;
    virtual void read(const QString &accountId, Kind kind, QObject *context, Callback done) = 0;
    // Removing a secret that is not there succeeds.
    virtual void remove(const QString &accountId, Kind kind, QObject *context, Callback done) = 0;
    // Removes every kind for the account, one after the other; reports the first failure, if any.
    virtual void removeAll(const QString &accountId, QObject *context, Callback done);

    static QList<Kind> allKinds()
    {
        return {Kind::ApiKey, Kind::AccessToken, Kind::RefreshToken, Kind::ClientSecret};
    }
    static QString kindName(Kind kind); // apiKey, accessToken, refreshToken, clientSecret
    static QString keyFor(const QString &accountId, Kind kind) { return accountId + u'/' + kindName(kind); }

protected:
    // Calls `done` from the event loop, if `context` is still alive by then.
    static void deliver(QObject *context, const Callback &done, const Result &result);

private:
    void removeNext(const QString &accountId, QList<Kind> kinds, Result first, Callback done);
};

} // namespace lever::auth
