#include "Authenticator.h"

#include "DocumentStore.h"
#include "Request.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

Authenticator::Authenticator(SandboxContext &ctx)
    : m_ctx(ctx)
{}

QString Authenticator::hash(const QString &secret)
{
    return QString::fromLatin1(QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString Authenticator::randomSecret(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString Authenticator::createApiKey(const QSet<QString> &scopes, bool confidentialAccess,
                                    const QString &userId, const QString &label, const QString &fixedKey)
{
    const QString key = fixedKey.isEmpty() ? randomSecret() : fixedKey;
    m_keyCache.clear();
    const QString id = hash(key);
    QJsonArray scopeList;
    QStringList sorted(scopes.begin(), scopes.end());
    sorted.sort();
    for (const QString &s : std::as_const(sorted))
        scopeList.append(s);
    m_ctx.docs.put(u"api_key"_s, id, {},
                   QJsonObject{{u"id"_s, id},
                               {u"label"_s, label},
                               {u"scopes"_s, scopeList},
                               {u"confidentialAccess"_s, confidentialAccess},
                               {u"userId"_s, userId},
                               {u"createdAt"_s, m_ctx.now()}});
    return key;
}

QString Authenticator::basicUser(const Request &request)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Basic "))
        return {};
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    return QString::fromUtf8(colon >= 0 ? decoded.left(colon) : decoded);
}

bool Authenticator::isAdmin(const Request &request) const
{
    const QString key = basicUser(request);
    return !key.isEmpty() && hash(key) == m_adminKeyHash;
}

Principal Authenticator::authenticate(const Request &request) const
{
    const QByteArray header = request.header("authorization");
    if (header.isEmpty())
        throw SandboxError(
            401, u"UnauthorizedError"_s,
            u"Authentication required: send an API key with HTTP Basic or an OAuth bearer token"_s);
    if (header.startsWith("Bearer ")) {
        const QByteArray token = header.mid(7).trimmed();
        if (m_ctx.verifyBearer) {
            if (auto principal = m_ctx.verifyBearer(token))
                return *principal;
        }
        throw SandboxError(401, u"UnauthorizedError"_s, u"The access token is invalid or has expired"_s);
    }
    if (const auto cached = m_keyCache.constFind(header); cached != m_keyCache.constEnd())
        return *cached;
    const QString key = basicUser(request);
    if (key.isEmpty())
        throw SandboxError(401, u"UnauthorizedError"_s, u"Unsupported authorization scheme"_s);
    const auto doc = m_ctx.docs.get(u"api_key"_s, hash(key));
    if (!doc || doc->value(u"revokedAt"_s).isDouble())
        throw SandboxError(401, u"UnauthorizedError"_s, u"Invalid API key"_s);
    Principal p;
    p.kind = Principal::Kind::ApiKey;
    p.credentialId = doc->value(u"id"_s).toString();
    p.userId = doc->value(u"userId"_s).toString();
    p.confidentialAccess = doc->value(u"confidentialAccess"_s).toBool();
    const QJsonArray scopes = doc->value(u"scopes"_s).toArray();
    for (const QJsonValue &s : scopes)
        p.scopes.insert(s.toString());
    if (m_keyCache.size() > 1024)
        m_keyCache.clear();
    m_keyCache.insert(header, p);
    return p;
}

} // namespace lever::sandbox
