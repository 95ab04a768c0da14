// The sandbox's request pipeline: auth, routing errors, paging, filters, rate limit, faults.
#include "OpportunityStore.h"
#include "RateLimiter.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

class TestCore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unauthenticatedIsRefused();
    void unknownRouteAndMethod();
    void listShapeAndPaging();
    void badPagingParameters();
    void filters();
    void pagingWhileWriting();
    void rateLimitBurstThenRecovery();
    void injectedFaults();
    void malformedBodies();
    void oversizedBodySentInFullGetsItsAnswer();
    void oversizedBodyRefusedBeforeItArrives();
};

void TestCore::unauthenticatedIsRefused()
{
    SandboxFixture f;
    auto r = f.send("GET", f.apiUrl(u"/opportunities"_s));
    QCOMPARE(r.status, 401);
    QVERIFY(!r.json.value(u"code"_s).toString().isEmpty());
    QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
    r = f.get(u"/opportunities"_s, u"not-a-real-key-at-all"_s);
    QCOMPARE(r.status, 401);
    r = f.send("GET", f.apiUrl(u"/opportunities"_s), {}, {{"Authorization", "Bearer garbage"}});
    QCOMPARE(r.status, 401);
}

void TestCore::unknownRouteAndMethod()
{
    SandboxFixture f;
    auto r = f.get(u"/no_such_thing"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"ResourceNotFound"_s);
    r = f.send("PATCH", f.apiUrl(u"/opportunities"_s), {}, f.basicAuth());
    QCOMPARE(r.status, 405);
    r = f.get(u"/opportunities/does-not-exist"_s);
    QCOMPARE(r.status, 404);
    // Odd characters in ids are data.
    r = f.get(u"/opportunities/%27%3B%20DROP%20TABLE%20opportunities%3B--"_s);
    QCOMPARE(r.status, 404);
    r = f.get(u"/opportunities/..%2F..%2Fetc%2Fpasswd"_s);
    QCOMPARE(r.status, 404);
}

void TestCore::listShapeAndPaging()
{
    SandboxFixture f;
    QSet<QString> seeded;
    for (int i = 0; i < 250; ++i)
        seeded.insert(f.seedOpportunity().value(u"id"_s).toString());
    auto r = f.get(u"/opportunities?limit=100"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 100);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    const QJsonObject first = r.list().at(0).toObject();
    QVERIFY(first.value(u"archived"_s).isNull());
    QVERIFY(first.value(u"createdAt"_s).isDouble());
    QVERIFY(first.value(u"stageChanges"_s).isArray());

    QSet<QString> seen;
    QString next;
    int pages = 0;
    do {
        r = f.get(u"/opportunities?limit=100"_s + (next.isEmpty() ? QString() : u"&offset="_s + next));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.list()) {
            const QString id = v.toObject().value(u"id"_s).toString();
            QVERIFY2(!seen.contains(id), "a record was repeated");
            seen.insert(id);
        }
        next = r.json.value(u"next"_s).toString();
        ++pages;
        QCOMPARE(r.json.value(u"hasNext"_s).toBool(), !next.isEmpty());
    } while (!next.isEmpty());
    QCOMPARE(pages, 3);
    QCOMPARE(seen, seeded);
}

void TestCore::badPagingParameters()
{
    SandboxFixture f;
    QCOMPARE(f.get(u"/opportunities?limit=0"_s).status, 400);
    QCOMPARE(f.get(u"/opportunities?limit=101"_s).status, 400);
    QCOMPARE(f.get(u"/opportunities?limit=abc"_s).status, 400);
    auto r = f.get(u"/opportunities?offset=bogus"_s);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"Invalid offset token"_s));
    QCOMPARE(f.get(u"/opportunities?created_at_start=yesterday"_s).status, 400);
    QCOMPARE(f.get(u"/opportunities?archived=maybe"_s).status, 400);
}

void TestCore::filters()
{
    SandboxFixture f;
    const QString a =
        f.seedOpportunity(QJsonObject{{u"tags"_s, QJsonArray{u"Rust"_s}}, {u"origin"_s, u"sourced"_s}})
            .value(u"id"_s)
            .toString();
    const QString b =
        f.seedOpportunity(
             QJsonObject{{u"stage"_s, u"offer"_s},
                         {u"emails"_s, QJsonArray{u"b@example.com"_s}},
                         {u"archived"_s, QJsonObject{{u"reason"_s, u"r1"_s}, {u"archivedAt"_s, 1000}}}})
            .value(u"id"_s)
            .toString();
    const QString c =
        f.seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}}).value(u"id"_s).toString();
    auto ids = [&](const QString &query) {
        QStringList out;
        const auto r = f.get(u"/opportunities?"_s + query);
        for (const QJsonValue &v : r.list())
            out.append(v.toObject().value(u"id"_s).toString());
        return out;
    };
    QCOMPARE(ids(u"tag=Rust"_s), QStringList{a});
    QCOMPARE(ids(u"origin=sourced"_s), QStringList{a});
    QCOMPARE(ids(u"stage_id=offer"_s), QStringList{b});
    QCOMPARE(ids(u"email=b%40example.com"_s), QStringList{b});
    QCOMPARE(ids(u"archived=true"_s), QStringList{b});
    QCOMPARE(ids(u"archived=false"_s), QStringList{a});
    QCOMPARE(ids(u"archive_reason_id=r1"_s), QStringList{b});
    QCOMPARE(ids(u"confidentiality=confidential"_s), QStringList{c});
    QCOMPARE(ids(u"confidentiality=all"_s).size(), 3);
    QCOMPARE(ids(u"tag=Rust&tag=Nope&stage_id=applicant-new"_s), QStringList{a});

    // Without confidential access: refused.
    const QString plain = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    QCOMPARE(f.get(u"/opportunities?confidentiality=confidential"_s, plain).status, 403);
    QCOMPARE(f.get(u"/opportunities/"_s + c, plain).status, 403);
    QCOMPARE(f.get(u"/opportunities/"_s + a, plain).status, 200);
    // Without the scope: refused.
    const QString postingsOnly = f.sandbox().createApiKey({u"postings:read:admin"_s}, false);
    QCOMPARE(f.get(u"/opportunities"_s, postingsOnly).status, 403);

    // expand replaces ids by objects; include narrows the fields.
    auto r = f.get(u"/opportunities/"_s + a + u"?expand=stage&expand=owner"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"stage"_s).toObject().value(u"text"_s).toString(), u"New applicant"_s);
    QVERIFY(r.data().value(u"owner"_s).toObject().contains(u"email"_s));
    r = f.get(u"/opportunities?include=followers&limit=1"_s);
    const QJsonObject narrowed = r.list().at(0).toObject();
    QVERIFY(narrowed.contains(u"followers"_s));
    QVERIFY(!narrowed.contains(u"emails"_s));
    QCOMPARE(f.get(u"/opportunities?expand=password"_s).status, 400);
}

void TestCore::pagingWhileWriting()
{
    SandboxFixture f;
    QSet<QString> before;
    QList<QJsonObject> all;
    for (int i = 0; i < 1200; ++i) {
        all.append(f.seedOpportunity());
        before.insert(all.last().value(u"id"_s).toString());
    }
    QSet<QString> seen;
    QString next;
    int page = 0;
    do {
        const auto r =
            f.get(u"/opportunities?limit=100"_s + (next.isEmpty() ? QString() : u"&offset="_s + next));
        QCOMPARE(r.status, 200);
        for (const QJsonValue &v : r.list()) {
            const QString id = v.toObject().value(u"id"_s).toString();
            QVERIFY2(!seen.contains(id), "repeated while writing");
            seen.insert(id);
        }
        next = r.json.value(u"next"_s).toString();
        // Between pages: update records already sent and still to come, and insert new ones.
        QJsonObject early = all.at(page * 7 % all.size());
        early.insert(u"updatedAt"_s, f.sandbox().context().now());
        early.insert(u"headline"_s, u"Updated"_s);
        f.sandbox().context().opportunities.save(early);
        QJsonObject late = all.at(all.size() - 1 - page);
        late.insert(u"updatedAt"_s, f.sandbox().context().now());
        f.sandbox().context().opportunities.save(late);
        f.seedOpportunity();
        ++page;
    } while (!next.isEmpty());
    QVERIFY2(before - seen == QSet<QString>{}, "a record present before paging was skipped");
}

void TestCore::rateLimitBurstThenRecovery()
{
    auto options = SandboxFixture::testOptions();
    options.rateLimit = true;
    options.rate = 10;
    options.burst = 20;
    SandboxFixture f(options);
    // Fire 40 requests at once, without waiting for answers in between.
    QNetworkAccessManager nam;
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 40; ++i) {
        QNetworkRequest req(f.apiUrl(u"/stages"_s));
        const auto auth = f.basicAuth();
        req.setRawHeader("Authorization", auth.value("Authorization"));
        replies.append(nam.get(req));
    }
    int ok = 0, limited = 0;
    for (QNetworkReply *reply : replies) {
        if (!reply->isFinished())
            QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 20000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 429) {
            ++limited;
            QVERIFY(reply->hasRawHeader("Retry-After"));
            QVERIFY(reply->rawHeader("Retry-After").toInt() >= 1);
        } else if (status == 200 || status == 404) {
            ++ok;
        }
        reply->deleteLater();
    }
    QVERIFY2(limited > 0, "a burst of 40 must exceed a bucket of 20");
    QVERIFY(ok >= 20);
    // Recovery: after a pause the bucket refills.
    QTest::qWait(1100);
    QVERIFY(f.get(u"/opportunities?limit=1"_s).status != 429);
}

void TestCore::injectedFaults()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    auto ctl = f.basicAuth();
    ctl.insert("Content-Type", "application/json");
    const QUrl faults(f.sandbox().origin() + u"/_sandbox/faults"_s);
    auto r = f.send("POST", faults,
                    R"({"method":"GET","path":"^/opportunities/[^/]+$","status":500,"count":1})", ctl);
    QCOMPARE(r.status, 204);
    QCOMPARE(f.get(u"/opportunities/"_s + id).status, 500);
    QCOMPARE(f.get(u"/opportunities/"_s + id).status, 200);
    // Qt retries a request once when a kept-alive connection drops, so drop more than once.
    r = f.send("POST", faults, R"({"path":"^/opportunities$","drop":true,"count":10})", ctl);
    QCOMPARE(r.status, 204);
    r = f.get(u"/opportunities"_s);
    QCOMPARE(r.status, 0);
    QVERIFY(r.networkError != QNetworkReply::NoError);
    QCOMPARE(f.send("DELETE", faults, {}, f.basicAuth()).status, 204);
    QCOMPARE(f.get(u"/opportunities"_s).status, 200);
    // The control API needs the admin key.
    QCOMPARE(f.send("DELETE", faults, {}, {}).status, 401);
    const auto log = f.send("GET", QUrl(f.sandbox().origin() + u"/_sandbox/requests"_s), {}, f.basicAuth());
    // Dropped requests never reach the pipeline; the three answered ones are logged in order.
    QCOMPARE(log.list().size(), 3);
    QCOMPARE(log.list().at(0).toObject().value(u"status"_s).toInt(), 500);
    QCOMPARE(log.list().at(1).toObject().value(u"status"_s).toInt(), 200);
}

void TestCore::malformedBodies()
{
    SandboxFixture f;
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "application/json");
    const QUrl url(f.sandbox().origin() + u"/_sandbox/rate-limit"_s);
    QCOMPARE(f.send("PUT", url, "{not json", headers).status, 400);
    QCOMPARE(f.send("PUT", url, "[1,2]", headers).status, 400);
    QCOMPARE(f.send("PUT", url, QByteArray(10000, '[') + QByteArray(10000, ']'), headers).status, 400);
    QCOMPARE(f.send("PUT", url, "\"" + QByteArray(2 * 1024 * 1024, 'a') + "\"", headers).status, 413);
}

void TestCore::oversizedBodySentInFullGetsItsAnswer()
{
    // A client that sends its whole 40 MB body (as QNetworkAccessManager does) still reads the 413
    // with Lever's {code, message}, rather than a reset connection.
    SandboxFixture f;
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "application/json");
    const auto reply = f.send("POST", f.apiUrl(u"/opportunities?perform_as="_s + f.firstUserId()),
                              QByteArray(40 * 1024 * 1024, 'x'), headers);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.json.value(u"code"_s).toString(), u"PayloadTooLarge"_s);
    QVERIFY(!reply.json.value(u"message"_s).toString().isEmpty());
    // The server goes on answering.
    QCOMPARE(f.get(u"/stages"_s).status, 200);
}

void TestCore::oversizedBodyRefusedBeforeItArrives()
{
    SandboxFixture f;
    auto exchange = [&](const QByteArray &bytes) -> QByteArray {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, f.sandbox().port());
        socket.write(bytes);
        QByteArray answer;
        // The server runs in this thread: wait with the event loop turning. The body announced is never
        // sent in full, so only an early answer can arrive.
        for (int i = 0; i < 200 && !answer.contains("\r\n\r\n"); ++i) {
            QTest::qWait(50);
            answer += socket.readAll();
        }
        return answer;
    };
    const QByteArray auth = f.basicAuth().value("Authorization");
    QByteArray answer = exchange("POST /v1/opportunities HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth +
                                 "\r\nContent-Type: application/json\r\nContent-Length: 500000000\r\n\r\n" +
                                 QByteArray(4096, 'x'));
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("\"code\""));
    answer = exchange("GET /v1/stages HTTP/1.1\r\nHost: x\r\nX-Padding: " + QByteArray(100 * 1024, 'p'));
    QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
    // Two requests with bodies on one kept-alive connection: the guard keeps its place between them.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, f.sandbox().port());
    const QByteArray body = R"({"rate":10,"burst":20,"enabled":false})";
    const QByteArray request =
        "PUT /_sandbox/rate-limit HTTP/1.1\r\nHost: x\r\nAuthorization: " + auth +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
        "\r\n\r\n" + body;
    socket.write(request + request);
    QByteArray both;
    QTRY_VERIFY_WITH_TIMEOUT((both += socket.readAll()).count("HTTP/1.1 204") == 2, 10000);
}

QTEST_GUILESS_MAIN(TestCore)
#include "tst_core.moc"
