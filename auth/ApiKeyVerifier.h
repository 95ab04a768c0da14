#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;

namespace lever::auth {

// Checks an API key with one cheap call (GET {base}/users?limit=100, HTTP Basic with the key as user
// name) before it is saved, and returns the active users so the account's acting user can be chosen.
class ApiKeyVerifier : public QObject
{
    Q_OBJECT
public:
    struct User
    {
        QString id;
        QString name;
        QString email;
        QString accessRole;
    };
    enum class Outcome {
        Ok,
        Refused,      // 401: the key is unknown or revoked
        MissingScope, // 403: the key works but lacks users:read:admin
        Network,      // no answer (refused connection, unknown host, TLS, time-out)
        InsecureUrl,  // http:// to another machine, or not a web address
        BadResponse,  // an answer, but not Lever's
    };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Ok;
        QString message;
        QList<User> users; // active users, first page (up to 100)
        bool hasMoreUsers = false;
        bool ok() const { return outcome == Outcome::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    explicit ApiKeyVerifier(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~ApiKeyVerifier() override;

    // `baseUrl` is the API root (".../v1"); `done` runs once, later, if `context` is still alive.
    void verify(const QUrl &baseUrl, const QString &apiKey, QObject *context, Callback done);

private:
    QNetworkAccessManager *m_nam = nullptr;
};

} // namespace lever::auth
