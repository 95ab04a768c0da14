#include "OAuthClients.h"

#include "Authenticator.h"
#include "DocumentStore.h"
#include "JwtCodec.h"
#include "SandboxContext.h"
#include "SandboxError.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace lever::sandbox {

namespace {
const QString kKind = u"oauth_client"_s;

QString randomClientId()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

bool isLoopbackHost(const QString &host)
{
    return host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s;
}

// A redirect URI a client may register or send: absolute http(s), a host, no user info, no fragment
// (RFC 6749 §3.1.2).
std::optional<QUrl> parseRedirect(const QString &uri)
{
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasFragment() || !url.userInfo().isEmpty())
        return std::nullopt;
    if (url.scheme() != u"http"_s && url.scheme() != u"https"_s)
        return std::nullopt;
    return url;
}
} // namespace

OAuthClients::OAuthClients(SandboxContext &ctx)
    : m_ctx(ctx)
{}

QStringList OAuthClients::loopbackCallbacks()
{
    return {u"http://127.0.0.1/callback"_s, u"http://localhost/callback"_s, u"http://[::1]/callback"_s};
}

void OAuthClients::ensureBuiltins()
{
    const QList<QJsonObject> clients = m_ctx.docs.all(kKind);
    for (const QJsonObject &doc : clients) {
        const QString builtin = doc.value(u"builtin"_s).toString();
        if (builtin == u"confidential"_s)
            m_confidentialId = doc.value(u"id"_s).toString();
        else if (builtin == u"public"_s)
            m_publicId = doc.value(u"id"_s).toString();
    }
    if (m_publicId.isEmpty())
        m_publicId = create(u"Lever Console"_s, false, loopbackCallbacks(), u"public"_s, nullptr);
    if (m_confidentialId.isEmpty()) {
        m_confidentialId = create(u"Sandbox integration"_s, true, loopbackCallbacks(), u"confidential"_s,
                                  &m_confidentialSecret);
        return;
    }
    // Re-minted at every start: the old secret was printed by a previous run and is not kept anywhere.
    QJsonObject doc = *m_ctx.docs.get(kKind, m_confidentialId);
    m_confidentialSecret = Authenticator::randomSecret();
    doc.insert(u"secretHash"_s, Authenticator::hash(m_confidentialSecret));
    doc.insert(u"secretCreatedAt"_s, m_ctx.now());
    m_ctx.docs.put(kKind, m_confidentialId, {}, doc);
}

QString OAuthClients::registerClient(const QString &name, bool confidential, const QStringList &redirectUris,
                                     QString *secret)
{
    if (redirectUris.isEmpty())
        throw SandboxError::badRequest(u"A client needs at least one redirect URI"_s);
    for (const QString &uri : redirectUris) {
        if (!parseRedirect(uri))
            throw SandboxError::badRequest(u"Redirect URI "_s + uri +
                                           u" must be an absolute http(s) URL without fragment"_s);
    }
    QString minted;
    const QString id = create(name, confidential, redirectUris, {}, &minted);
    if (secret)
        *secret = minted;
    return id;
}

QString OAuthClients::create(const QString &name, bool confidential, const QStringList &redirectUris,
                             const QString &builtin, QString *secret)
{
    const QString id = randomClientId();
    QJsonObject doc{{u"id"_s, id},
                    {u"name"_s, name},
                    {u"type"_s, confidential ? u"confidential"_s : u"public"_s},
                    {u"redirectUris"_s, QJsonArray::fromStringList(redirectUris)},
                    {u"builtin"_s, builtin.isEmpty() ? QJsonValue() : QJsonValue(builtin)},
                    {u"createdAt"_s, m_ctx.now()}};
    if (confidential) {
        const QString plain = Authenticator::randomSecret();
        doc.insert(u"secretHash"_s, Authenticator::hash(plain));
        doc.insert(u"secretCreatedAt"_s, m_ctx.now());
        if (secret)
            *secret = plain;
    }
    m_ctx.docs.put(kKind, id, {}, doc);
    return id;
}

std::optional<OAuthClients::Client> OAuthClients::find(const QString &clientId) const
{
    if (clientId.isEmpty())
        return std::nullopt;
    const auto doc = m_ctx.docs.get(kKind, clientId);
    if (!doc)
        return std::nullopt;
    Client c;
    c.id = clientId;
    c.name = doc->value(u"name"_s).toString();
    c.confidential = doc->value(u"type"_s).toString() == u"confidential"_s;
    c.secretHash = doc->value(u"secretHash"_s).toString();
    const QJsonArray uris = doc->value(u"redirectUris"_s).toArray();
    for (const QJsonValue &uri : uris)
        c.redirectUris.append(uri.toString());
    return c;
}

bool OAuthClients::secretMatches(const Client &client, const QString &secret)
{
    if (!client.confidential || secret.isEmpty() || client.secretHash.isEmpty())
        return false;
    return JwtCodec::constantTimeEquals(Authenticator::hash(secret).toLatin1(), client.secretHash.toLatin1());
}

bool OAuthClients::redirectAllowed(const Client &client, const QString &redirectUri)
{
    const auto url = parseRedirect(redirectUri);
    if (!url)
        return false;
    for (const QString &registered : client.redirectUris) {
        if (registered == redirectUri)
            return true;
        const auto reg = parseRedirect(registered);
        // Native apps listen on an ephemeral port, so a registered loopback URI without a port matches
        // any port; scheme, host, path and query must still be identical.
        if (!reg || reg->scheme() != u"http"_s || !isLoopbackHost(reg->host()) || reg->port() != -1)
            continue;
        if (url->scheme() == u"http"_s &&
            url->adjusted(QUrl::RemovePort).toString(QUrl::FullyEncoded) == reg->toString(QUrl::FullyEncoded))
            return true;
    }
    return false;
}

} // namespace lever::sandbox
