#pragma once

#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

namespace lever::test {

// Plays both the browser (consent page, form post, 302) and the OAuth client (token endpoint, bearer
// calls) against a SandboxFixture, so tests can drive the sandbox's authorization server over HTTP.
// Header-only: the test support library lists its sources explicitly.
class OAuthBrowser
{
public:
    using Params = QList<QPair<QString, QString>>;
    using Reply = SandboxFixture::Reply;

    struct Flow
    {
        QString clientId;
        QString clientSecret; // confidential clients only
        QString redirectUri = QStringLiteral("http://127.0.0.1:53682/callback");
        QString scope = QStringLiteral("opportunities:read:admin users:read:admin offline_access");
        QString state = QStringLiteral("st-\u00e9 a+b/c=d&e?f%");
        QString verifier = randomVerifier();
        bool pkce = true;
        QString userId; // empty: the preselected user
    };

    // What a browser reads from the consent page.
    struct ConsentForm
    {
        QString method;
        QString action;
        QString requestId;
        QStringList userIds;
        QStringList decisions;
    };

    explicit OAuthBrowser(SandboxFixture &fixture)
        : m_f(fixture)
    {}

    Flow publicFlow() const
    {
        Flow flow;
        flow.clientId = m_f.sandbox().publicClientId();
        return flow;
    }

    Flow confidentialFlow() const
    {
        Flow flow;
        flow.clientId = m_f.sandbox().clientId();
        flow.clientSecret = m_f.sandbox().clientSecret();
        flow.pkce = false;
        return flow;
    }

    Params authorizeParams(const Flow &flow) const
    {
        Params params{{QStringLiteral("client_id"), flow.clientId},
                      {QStringLiteral("redirect_uri"), flow.redirectUri},
                      {QStringLiteral("response_type"), QStringLiteral("code")},
                      {QStringLiteral("state"), flow.state},
                      {QStringLiteral("scope"), flow.scope},
                      {QStringLiteral("audience"), QString(m_f.sandbox().baseUrl().toString() + u'/')},
                      {QStringLiteral("prompt"), QStringLiteral("consent")}};
        if (flow.pkce)
            params += {{QStringLiteral("code_challenge"), challengeOf(flow.verifier)},
                       {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
        return params;
    }

    QUrl authorizeUrl(const Params &params) const
    {
        return QUrl::fromEncoded(m_f.sandbox().origin().toLatin1() + "/authorize?" + formEncode(params));
    }

    Reply authorizePage(const Flow &flow) { return m_f.send("GET", authorizeUrl(authorizeParams(flow))); }

    Reply postForm(const QString &path, const Params &params, QHash<QByteArray, QByteArray> headers = {})
    {
        headers.insert("Content-Type", "application/x-www-form-urlencoded");
        return m_f.send("POST", QUrl(m_f.sandbox().origin() + path), formEncode(params), headers);
    }

    Reply decide(const ConsentForm &form, const QString &userId, const QString &decision)
    {
        return postForm(form.action.isEmpty() ? QStringLiteral("/authorize") : form.action,
                        {{QStringLiteral("request_id"), form.requestId},
                         {QStringLiteral("user_id"), userId},
                         {QStringLiteral("decision"), decision}});
    }

    // GET the consent page, POST the decision; returns the answer to the POST (a 302 when all is well).
    Reply consent(const Flow &flow, const QString &decision)
    {
        const ConsentForm form = parseConsent(authorizePage(flow).body);
        return decide(form, flow.userId.isEmpty() ? form.userIds.value(0) : flow.userId, decision);
    }

    // The code of an approved consent (empty when something failed).
    QString approvedCode(const Flow &flow)
    {
        return queryValue(consent(flow, QStringLiteral("approve")).headers.value("location"),
                          QStringLiteral("code"));
    }

    Reply exchange(const Flow &flow, const QString &code)
    {
        Params params{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("redirect_uri"), flow.redirectUri},
                      {QStringLiteral("client_id"), flow.clientId}};
        if (!flow.clientSecret.isEmpty())
            params.append({QStringLiteral("client_secret"), flow.clientSecret});
        if (flow.pkce)
            params.append({QStringLiteral("code_verifier"), flow.verifier});
        return postForm(QStringLiteral("/oauth/token"), params);
    }

    // The whole flow; the token answer's JSON, or an empty object when a step failed.
    QJsonObject signIn(const Flow &flow)
    {
        const Reply token = exchange(flow, approvedCode(flow));
        return token.status == 200 ? token.json : QJsonObject();
    }

    QString accessToken(const Flow &flow)
    {
        return signIn(flow).value(QStringLiteral("access_token")).toString();
    }

    Reply refresh(const Flow &flow, const QString &token, const QString &scope = {})
    {
        Params params{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                      {QStringLiteral("refresh_token"), token},
                      {QStringLiteral("client_id"), flow.clientId}};
        if (!flow.clientSecret.isEmpty())
            params.append({QStringLiteral("client_secret"), flow.clientSecret});
        if (!scope.isEmpty())
            params.append({QStringLiteral("scope"), scope});
        return postForm(QStringLiteral("/oauth/token"), params);
    }

    Reply bearerGet(const QString &path, const QString &token)
    {
        return m_f.send("GET", m_f.apiUrl(path), {}, {{"Authorization", "Bearer " + token.toLatin1()}});
    }

    int auditCount(const QString &type) const
    {
        int n = 0;
        const QList<QJsonObject> events = m_f.sandbox().context().docs.all(QStringLiteral("audit_event"));
        for (const QJsonObject &e : events)
            n += e.value(QStringLiteral("type")).toString() == type;
        return n;
    }

    static QByteArray formEncode(const Params &params)
    {
        QByteArray out;
        for (const auto &[k, v] : params) {
            if (!out.isEmpty())
                out += '&';
            out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
        }
        return out;
    }

    static QString randomVerifier()
    {
        quint32 words[12];
        QRandomGenerator::global()->fillRange(words);
        return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(words), sizeof(words))
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    static QString challengeOf(const QString &verifier)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }

    // Header (0) or claims (1) of a JWT.
    static QJsonObject jwtPart(const QString &token, int index)
    {
        const QByteArray part = token.toLatin1().split('.').value(index);
        return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
    }

    static ConsentForm parseConsent(const QByteArray &body)
    {
        const QString html = QString::fromUtf8(body);
        ConsentForm form;
        static const QRegularExpression formTag(
            QStringLiteral("<form method=\"([^\"]+)\" action=\"([^\"]+)\">"));
        static const QRegularExpression hidden(
            QStringLiteral("<input type=\"hidden\" name=\"request_id\" value=\"([^\"]+)\">"));
        static const QRegularExpression option(QStringLiteral("<option value=\"([^\"]+)\""));
        static const QRegularExpression button(
            QStringLiteral("<button type=\"submit\" name=\"decision\" value=\"([^\"]+)\">"));
        const auto tag = formTag.match(html);
        form.method = tag.captured(1);
        form.action = tag.captured(2);
        form.requestId = hidden.match(html).captured(1);
        for (auto it = option.globalMatch(html); it.hasNext();)
            form.userIds.append(it.next().captured(1));
        for (auto it = button.globalMatch(html); it.hasNext();)
            form.decisions.append(it.next().captured(1));
        return form;
    }

    static QUrlQuery queryOf(const QByteArray &location) { return QUrlQuery(QUrl::fromEncoded(location)); }
    static QString queryValue(const QByteArray &location, const QString &name)
    {
        return queryOf(location).queryItemValue(name, QUrl::FullyDecoded);
    }

private:
    SandboxFixture &m_f;
};

} // namespace lever::test
