#pragma once

#include "OAuthBrowser.h"
#include "OAuthFlow.h"
#include "SandboxFixture.h"

#include <QTimer>
#include <QUrlQuery>

namespace lever::test {

// Plays the system browser for an OAuthFlow against a SandboxFixture, over real HTTP: GET the consent
// page, POST the decision, then follow the 302 to the flow's loopback receiver. Header-only test helper.
class BrowserPlayer
{
public:
    explicit BrowserPlayer(SandboxFixture &fixture)
        : m_f(fixture)
    {}

    QString userId; // empty: the first user offered
    QString decision = QStringLiteral("approve");
    bool tamperStateFirst = false; // hit the receiver with a wrong state before the real redirect
    bool followRedirect = true;    // false: stop after the consent decision
    bool openerSucceeds = true;

    QList<QUrl> opened;
    SandboxFixture::Reply consentPage;
    SandboxFixture::Reply decisionReply;
    SandboxFixture::Reply tamperedReply;
    SandboxFixture::Reply callbackReply;
    QByteArray location;
    bool played = false;

    // The opener an OAuthFlow calls: records the URL and plays the browser from the event loop, as a
    // real browser would run beside the application.
    lever::auth::OAuthFlow::Opener opener()
    {
        return [this](const QUrl &url) {
            opened.append(url);
            QTimer::singleShot(0, [this, url] { play(url); });
            return openerSucceeds;
        };
    }

    void play(const QUrl &authorizeUrl)
    {
        consentPage = m_f.send("GET", authorizeUrl);
        const OAuthBrowser::ConsentForm form = OAuthBrowser::parseConsent(consentPage.body);
        const QString user = userId.isEmpty() ? form.userIds.value(0) : userId;
        const QByteArray body = OAuthBrowser::formEncode({{QStringLiteral("request_id"), form.requestId},
                                                          {QStringLiteral("user_id"), user},
                                                          {QStringLiteral("decision"), decision}});
        decisionReply = m_f.send("POST", QUrl(m_f.sandbox().origin() + form.action), body,
                                 {{"Content-Type", "application/x-www-form-urlencoded"}});
        location = decisionReply.headers.value("location");
        played = true;
        if (!followRedirect || location.isEmpty())
            return;
        if (tamperStateFirst) {
            QUrl tampered = QUrl::fromEncoded(location);
            QUrlQuery query(tampered);
            const QString state = query.queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded);
            query.removeAllQueryItems(QStringLiteral("state"));
            query.addQueryItem(QStringLiteral("state"), QString(state + u'x'));
            tampered.setQuery(query);
            tamperedReply = m_f.send("GET", tampered);
        }
        callbackReply = m_f.send("GET", QUrl::fromEncoded(location));
    }

private:
    SandboxFixture &m_f;
};

} // namespace lever::test
