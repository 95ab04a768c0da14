#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>
#include <optional>

namespace lever::auth {

// One place the console signs in to: non-secret settings only (secrets live in a SecretStore).
struct Account
{
    Q_DECLARE_TR_FUNCTIONS(lever::auth::Account)
public:
    enum class Environment { Production, LeverSandbox, Demo, Custom };
    enum class AuthMethod { OAuth, ApiKey };

    QString id; // a uuid, assigned by AccountStore::add
    QString name;
    Environment environment = Environment::Production;
    QUrl baseUrl; // the API root of Demo and Custom (".../v1"); Lever's hosts for the others
    AuthMethod authMethod = AuthMethod::OAuth;
    QString oauthClientId;
    bool hasClientSecret = false; // whether a client secret is in the SecretStore
    QString actingUserId;         // perform_as for writes
    QString actingUserName;
    QDateTime lastOpened;

    // Endpoints: Lever's published hosts (lever-api-notes §4) for Production and LeverSandbox; for Demo
    // and Custom, derived from baseUrl's origin as the built-in sandbox serves them.
    QUrl apiBaseUrl() const;
    QUrl authorizeUrl() const;
    QUrl tokenUrl() const;
    QString audience() const; // the API base with its mandatory trailing slash

    // Empty when the account can be saved; else what is wrong, for the user.
    QString validate() const;

    static QString environmentName(Environment environment);
    static std::optional<Environment> environmentFromName(const QString &name);
    static QString authMethodName(AuthMethod method);
    static std::optional<AuthMethod> authMethodFromName(const QString &name);
};

} // namespace lever::auth
