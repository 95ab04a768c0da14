#include "Account.h"

#include "AuthHttp.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace lever::auth {

namespace {
QUrl originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

QUrl withPath(const QUrl &origin, const QString &path)
{
    QUrl url = origin;
    url.setPath(path);
    return url;
}
} // namespace

QUrl Account::apiBaseUrl() const
{
    switch (environment) {
    case Environment::Production:
        return QUrl(u"https://api.lever.co/v1"_s);
    case Environment::LeverSandbox:
        return QUrl(u"https://api.sandbox.lever.co/v1"_s);
    case Environment::Demo:
    case Environment::Custom:
        break;
    }
    return baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment |
                            QUrl::RemoveUserInfo);
}

QUrl Account::authorizeUrl() const
{
    switch (environment) {
    case Environment::Production:
        return QUrl(u"https://auth.lever.co/authorize"_s);
    case Environment::LeverSandbox:
        return QUrl(u"https://sandbox-lever.auth0.com/authorize"_s);
    case Environment::Demo:
    case Environment::Custom:
        break;
    }
    return withPath(originOf(baseUrl), u"/authorize"_s);
}

QUrl Account::tokenUrl() const
{
    switch (environment) {
    case Environment::Production:
        return QUrl(u"https://auth.lever.co/oauth/token"_s);
    case Environment::LeverSandbox:
        return QUrl(u"https://sandbox-lever.auth0.com/oauth/token"_s);
    case Environment::Demo:
    case Environment::Custom:
        break;
    }
    return withPath(originOf(baseUrl), u"/oauth/token"_s);
}

QString Account::audience() const
{
    return apiBaseUrl().toString() + u'/';
}

QString Account::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("Give the account a name.");
    if (!id.isEmpty() && QUuid::fromString(id).isNull())
        return tr("The account id is not a uuid.");
    if (environment == Environment::Demo || environment == Environment::Custom) {
        if (baseUrl.isEmpty())
            return tr("Enter the API address, such as https://lever.example.com/v1.");
        const QString reason = AuthHttp::insecureUrlReason(baseUrl);
        if (!reason.isEmpty())
            return reason;
    }
    if (authMethod == AuthMethod::OAuth && oauthClientId.trimmed().isEmpty())
        return tr("Enter the OAuth client id of your registered Lever application.");
    return {};
}

QString Account::environmentName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return u"production"_s;
    case Environment::LeverSandbox:
        return u"leverSandbox"_s;
    case Environment::Demo:
        return u"demo"_s;
    case Environment::Custom:
        return u"custom"_s;
    }
    return {};
}

std::optional<Account::Environment> Account::environmentFromName(const QString &name)
{
    for (Environment e :
         {Environment::Production, Environment::LeverSandbox, Environment::Demo, Environment::Custom}) {
        if (environmentName(e) == name)
            return e;
    }
    return std::nullopt;
}

QString Account::authMethodName(AuthMethod method)
{
    return method == AuthMethod::OAuth ? u"oauth"_s : u"apiKey"_s;
}

std::optional<Account::AuthMethod> Account::authMethodFromName(const QString &name)
{
    if (name == u"oauth"_s)
        return AuthMethod::OAuth;
    if (name == u"apiKey"_s)
        return AuthMethod::ApiKey;
    return std::nullopt;
}

} // namespace lever::auth
