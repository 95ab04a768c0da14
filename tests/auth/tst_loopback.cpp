// LoopbackReceiver: bound to 127.0.0.1 only, accepts the one redirect with the right state, survives
// hostile input, and stops listening once done.
#include "LoopbackReceiver.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::auth::LoopbackReceiver;

namespace {
struct Answer
{
    int status = 0;
    QByteArray body;
    QByteArray raw;
};

// Sends raw bytes and reads until the receiver closes the connection. Waits with the event loop
// running, since the receiver lives on this thread.
Answer rawRequest(quint16 port, const QByteArray &bytes, const QHostAddress &host = QHostAddress::LocalHost)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray raw;
    (void)QTest::qWaitFor(
        [&] {
            raw += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        15000);
    raw += socket.readAll();
    Answer a;
    a.raw = raw;
    if (raw.startsWith("HTTP/1.1 "))
        a.status = raw.mid(9, 3).toInt();
    a.body = raw.mid(raw.indexOf("\r\n\r\n") + 4);
    return a;
}

Answer get(quint16 port, const QByteArray &target)
{
    return rawRequest(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
}

bool canConnect(quint16 port, const QHostAddress &host = QHostAddress::LocalHost)
{
    QTcpSocket socket;
    socket.connectToHost(host, port);
    return socket.waitForConnected(3000);
}
} // namespace

class TestLoopback : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bindsLoopbackOnly();
    void acceptsMatchingStateOnce();
    void wrongStateIsIgnored();
    void errorRedirects();
    void otherPathsAndMethods();
    void hostileInput();
    void closeStopsListening();
};

void TestLoopback::bindsLoopbackOnly()
{
    for (const QHostAddress &address : {QHostAddress(QHostAddress::Any), QHostAddress(QHostAddress::AnyIPv4),
                                        QHostAddress(QHostAddress::LocalHostIPv6),
                                        QHostAddress(u"127.0.0.2"_s), QHostAddress(u"192.168.1.10"_s)}) {
        LoopbackReceiver r;
        QString error;
        QVERIFY2(!r.listen(u"state"_s, address, &error), qPrintable(address.toString()));
        QVERIFY(error.contains(u"127.0.0.1"_s));
        QVERIFY(!r.isListening());
    }
    LoopbackReceiver r;
    QVERIFY(!r.listen(QString()));
    QVERIFY(r.listen(u"state"_s));
    QCOMPARE(r.address(), QHostAddress(QHostAddress::LocalHost));
    QVERIFY(r.port() > 0);
    QCOMPARE(r.redirectUri().toString(),
             QString(u"http://127.0.0.1:"_s + QString::number(r.port()) + u"/callback"_s));
    // Not reachable over IPv6 loopback, let alone another interface.
    QVERIFY(!canConnect(r.port(), QHostAddress::LocalHostIPv6));
    QVERIFY(!r.listen(u"again"_s));
}

void TestLoopback::acceptsMatchingStateOnce()
{
    LoopbackReceiver r;
    QVERIFY(r.listen(u"s-1"_s));
    QSignalSpy received(&r, &LoopbackReceiver::received);
    // A browser (QNetworkAccessManager) follows the redirect.
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(r.redirectUri().toString() + u"?code=abc%2Bdef&state=s-1&extra=1"_s)));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"text/html"_s));
    const QByteArray page = reply->readAll();
    QVERIFY(page.contains("You are signed in"));
    QVERIFY(page.contains("return to Lever Console"));
    QVERIFY(!page.contains("abc"));
    reply->deleteLater();
    QCOMPARE(received.size(), 1);
    const auto redirect = received.at(0).at(0).value<LoopbackReceiver::Redirect>();
    QCOMPARE(redirect.code, u"abc+def"_s);
    QVERIFY(redirect.error.isEmpty());
    QVERIFY(!r.isListening());
    QVERIFY(!canConnect(r.port()));
}

void TestLoopback::wrongStateIsIgnored()
{
    LoopbackReceiver r;
    QVERIFY(r.listen(u"right"_s));
    QSignalSpy received(&r, &LoopbackReceiver::received);
    QSignalSpy rejected(&r, &LoopbackReceiver::rejected);
    for (const QByteArray &target :
         {"/callback?code=x&state=wrong"_ba, "/callback?code=x"_ba, "/callback?code=x&state="_ba,
          "/callback?code=x&state=righ"_ba, "/callback?code=x&state=right&state=right"_ba,
          "/callback?code=x&state=RIGHT"_ba}) {
        const Answer a = get(r.port(), target);
        QVERIFY2(a.status == 400, target.constData());
        QVERIFY(a.body.contains("not valid"));
    }
    QCOMPARE(rejected.size(), 6);
    QCOMPARE(received.size(), 0);
    QVERIFY(r.isListening());
    QCOMPARE(get(r.port(), "/callback?state=right&code=real").status, 200);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.at(0).at(0).value<LoopbackReceiver::Redirect>().code, u"real"_s);
}

void TestLoopback::errorRedirects()
{
    {
        LoopbackReceiver r;
        QVERIFY(r.listen(u"st"_s));
        QSignalSpy received(&r, &LoopbackReceiver::received);
        const Answer a =
            get(r.port(), "/callback?error=access_denied&error_description=No%20thanks&state=st");
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("Sign-in cancelled"));
        const auto redirect = received.at(0).at(0).value<LoopbackReceiver::Redirect>();
        QCOMPARE(redirect.error, u"access_denied"_s);
        QCOMPARE(redirect.errorDescription, u"No thanks"_s);
    }
    {
        LoopbackReceiver r;
        QVERIFY(r.listen(u"st"_s));
        QSignalSpy received(&r, &LoopbackReceiver::received);
        const Answer a =
            get(r.port(),
                "/callback?error=server_error&error_description=%3Cscript%3Ealert(1)%3C/script%3E&state=st");
        QCOMPARE(a.status, 200);
        QVERIFY(a.body.contains("Sign-in failed"));
        QVERIFY(!a.body.contains("<script>"));
        QVERIFY(a.body.contains("&lt;script&gt;"));
        QCOMPARE(received.at(0).at(0).value<LoopbackReceiver::Redirect>().error, u"server_error"_s);
    }
    {
        // The right state but neither code nor error: a broken server, reported as an error.
        LoopbackReceiver r;
        QVERIFY(r.listen(u"st"_s));
        QSignalSpy received(&r, &LoopbackReceiver::received);
        QCOMPARE(get(r.port(), "/callback?state=st").status, 200);
        QCOMPARE(received.at(0).at(0).value<LoopbackReceiver::Redirect>().error, u"invalid_request"_s);
    }
}

void TestLoopback::otherPathsAndMethods()
{
    LoopbackReceiver r;
    QVERIFY(r.listen(u"st"_s));
    QSignalSpy received(&r, &LoopbackReceiver::received);
    QCOMPARE(get(r.port(), "/").status, 404);
    QCOMPARE(get(r.port(), "/favicon.ico").status, 404);
    QCOMPARE(get(r.port(), "/callback/?code=x&state=st").status, 404);
    QCOMPARE(get(r.port(), "/callbackx?code=x&state=st").status, 404);
    QCOMPARE(get(r.port(), "/../callback?code=x&state=st").status, 404);
    const Answer post =
        rawRequest(r.port(), "POST /callback?code=x&state=st HTTP/1.1\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(post.status, 405);
    QVERIFY(post.raw.contains("Allow: GET"));
    QCOMPARE(rawRequest(r.port(), "HEAD /callback?code=x&state=st HTTP/1.1\r\n\r\n").status, 405);
    QCOMPARE(received.size(), 0);
    QVERIFY(r.isListening());
}

void TestLoopback::hostileInput()
{
    LoopbackReceiver r;
    QVERIFY(r.listen(u"st"_s));
    QSignalSpy received(&r, &LoopbackReceiver::received);
    const QList<QByteArray> garbage = {
        "\r\n\r\n"_ba,
        "GARBAGE\r\n\r\n"_ba,
        "GET\r\n\r\n"_ba,
        "GET /callback?state=st&code=x\r\n\r\n"_ba,           // no version
        "GET /callback?state=st&code=x HTTP/2\r\n\r\n"_ba,    // not HTTP/1.x
        "GET callback?state=st&code=x HTTP/1.1\r\n\r\n"_ba,   // not origin-form
        "GET  /callback?state=st&code=x HTTP/1.1\r\n\r\n"_ba, // extra space
        "GET /callback?state=%ZZ&code=%&%%=%% HTTP/1.1\r\n\r\n"_ba,
        "GET /callback?state=%00st&code=x HTTP/1.1\r\n\r\n"_ba,
        QByteArray("GET /callback?state=s\0t&code=x HTTP/1.1\r\n\r\n", 44),
        "GET /callback?state=%C3%28&code=%FF%FE HTTP/1.1\r\n\r\n"_ba,
        "GET /callback?&&&=&==&state HTTP/1.1\r\n\r\n"_ba,
        "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n"_ba, // a TLS hello
    };
    for (const QByteArray &bytes : garbage) {
        const Answer a = rawRequest(r.port(), bytes);
        QVERIFY2(a.status == 400 || a.status == 404, bytes.toPercentEncoding().constData());
    }
    // Oversized request heads: 431, the connection closed, memory bounded.
    const QByteArray huge = "GET /callback?state=" + QByteArray(200 * 1024, 'a') + " HTTP/1.1\r\n\r\n";
    QCOMPARE(rawRequest(r.port(), huge).status, 431);
    const QByteArray headers = "GET /callback?state=x HTTP/1.1\r\n" + QByteArray(64 * 1024, 'h');
    QCOMPARE(rawRequest(r.port(), headers).status, 431);
    // Many idle connections: extra ones are dropped, and the listener still answers afterwards.
    QList<QTcpSocket *> idle;
    for (int i = 0; i < 40; ++i) {
        auto *s = new QTcpSocket(this);
        s->connectToHost(QHostAddress::LocalHost, r.port());
        QVERIFY(s->waitForConnected(3000));
        s->write("GET /call");
        idle.append(s);
    }
    QTest::qWait(200);
    qDeleteAll(idle);
    QTest::qWait(100);
    // A half-sent request then a disconnect.
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, r.port());
        QVERIFY(s.waitForConnected(3000));
        s.write("GET /callback?state=st&co");
        s.flush();
        s.abort();
    }
    QTest::qWait(50);
    QCOMPARE(received.size(), 0);
    QVERIFY(r.isListening());
    QCOMPARE(get(r.port(), "/callback?state=st&code=ok").status, 200);
    QCOMPARE(received.size(), 1);
    // Once done, nothing more is accepted.
    QVERIFY(!canConnect(r.port()));
}

void TestLoopback::closeStopsListening()
{
    LoopbackReceiver r;
    QVERIFY(r.listen(u"st"_s));
    const quint16 port = r.port();
    QVERIFY(canConnect(port));
    r.close();
    QVERIFY(!r.isListening());
    QVERIFY(!canConnect(port));
}

QTEST_GUILESS_MAIN(TestLoopback)
#include "tst_loopback.moc"
