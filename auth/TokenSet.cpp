#include "TokenSet.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace lever::auth {

TokenSet TokenSet::fromTokenResponse(const QJsonObject &json, qint64 nowMs, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return TokenSet();
    };
    const QJsonValue access = json.value(u"access_token"_s);
    if (!access.isString() || access.toString().isEmpty())
        return fail(u"The token endpoint answered without an access_token."_s);
    const QJsonValue refresh = json.value(u"refresh_token"_s);
    if (!refresh.isUndefined() && !refresh.isNull() && !refresh.isString())
        return fail(u"The token endpoint answered with a refresh_token that is not a string."_s);
    const QJsonValue expiresIn = json.value(u"expires_in"_s);
    if (!expiresIn.isDouble() || expiresIn.toDouble() < 0)
        return fail(u"The token endpoint answered without a valid expires_in."_s);

    TokenSet set;
    set.accessToken = access.toString();
    set.refreshToken = refresh.toString();
    set.expiresAt = nowMs + qint64(expiresIn.toDouble() * 1000);
    set.scopes = json.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    const QJsonObject claims = jwtClaims(set.accessToken);
    set.userId = claims.value(u"https://oauth.lever.co/userId"_s).toString();
    set.accountId = claims.value(u"https://oauth.lever.co/accountId"_s).toString();
    set.clientId = claims.value(u"https://oauth.lever.co/clientId"_s).toString();
    return set;
}

QJsonObject TokenSet::jwtClaims(const QString &token)
{
    const QList<QStringView> parts = QStringView(token).split(u'.');
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return {};
    return QJsonDocument::fromJson(*decoded).object();
}

} // namespace lever::auth
