#include "KeychainSecretStore.h"

#include "AuthLog.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace lever::auth {

namespace {
const char *opName(int op)
{
    static const char *const names[] = {"write", "read", "remove"};
    return names[op];
}

QString unavailableMessage(const QString &detail)
{
    return QCoreApplication::translate(
               "lever::auth::KeychainSecretStore",
               "No keychain is available to keep your credentials (%1). Lever Console stores secrets only in "
               "the system keychain: install and start GNOME Keyring or KWallet (any Secret Service "
               "provider), make sure it is unlocked, and try again. Or sign in for this session only: the "
               "credentials are then kept in memory and forgotten when Lever Console quits.")
        .arg(detail);
}
} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName()
{
    return u"lever-console"_s;
}

void KeychainSecretStore::write(const QString &accountId, Kind kind, const QString &secret, QObject *context,
                                Callback done)
{
    run(Request{Op::Write, keyFor(accountId, kind), secret, context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::read(const QString &accountId, Kind kind, QObject *context, Callback done)
{
    run(Request{Op::Read, keyFor(accountId, kind), {}, context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::remove(const QString &accountId, Kind kind, QObject *context, Callback done)
{
    run(Request{Op::Remove, keyFor(accountId, kind), {}, context, context != nullptr, std::move(done)});
}

void KeychainSecretStore::run(Request request)
{
    QKeychain::Job *job = nullptr;
    switch (request.op) {
    case Op::Write: {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(request.secret);
        job = write;
        break;
    }
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
        break;
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
        break;
    }
    // Never the plaintext file QtKeychain would otherwise use when no keychain answers.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(request.key);
    connect(job, &QKeychain::Job::finished, this,
            [this, request](QKeychain::Job *j) { finished(j, request); });
    job->start();
}

void KeychainSecretStore::finished(QKeychain::Job *job, Request request)
{
    Result result;
    const QKeychain::Error error = job->error();
    switch (error) {
    case QKeychain::NoError:
        if (request.op == Op::Read)
            result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        break;
    case QKeychain::EntryNotFound:
        // Removing what is not there is what the caller wanted.
        result.status = request.op == Op::Remove ? Result::Ok : Result::NotFound;
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        // A missing or stopped Secret Service and a locked wallet all land here (OtherError is what
        // libsecret reports when D-Bus has no Secret Service).
        result.status = Result::Unavailable;
        result.message = unavailableMessage(job->errorString());
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NotImplemented:
        result.status = Result::Failed;
        result.message = tr("The keychain could not %1 the secret: %2")
                             .arg(QString::fromLatin1(opName(int(request.op))), job->errorString());
        break;
    }
    if (result.status == Result::Unavailable && !request.retried) {
        qCInfo(lcAuth) << "keychain unavailable for" << opName(int(request.op)) << "; retrying in"
                       << m_retryDelay.count() << "ms";
        request.retried = true;
        QTimer::singleShot(m_retryDelay, this, [this, request] { run(request); });
        return;
    }
    if (!result.ok() && result.status != Result::NotFound)
        qCWarning(lcAuth) << "keychain" << opName(int(request.op)) << "failed:" << job->errorString();
    else
        qCDebug(lcAuth) << "keychain" << opName(int(request.op)) << "done";
    if (request.done && (!request.hasContext || request.context))
        request.done(result);
}

} // namespace lever::auth
