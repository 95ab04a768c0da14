// Paging and transfers: pause/resume with the kept token, the one restart on "Invalid offset token",
// offset tokens sent back byte for byte, large pages parsed off the UI thread, downloads streamed
// into a QIODevice with progress, multipart uploads.
#include "ClientTestKit.h"
#include "FaultInjector.h"
#include "LeverApi.h"
#include "RawHttpServer.h"

#include <QBuffer>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace lever::api;
using lever::test::fastOptions;
using lever::test::makeClient;
using lever::test::RawHttpServer;
using lever::test::requestsTo;
using lever::test::SandboxFixture;

class TestPager : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pagerPauseResumeKeepsToken();
    void invalidOffsetTokenRestarts();
    void restartsOnlyOnce();
    void endlessPagingIsStopped_data();
    void endlessPagingIsStopped();
    void offsetTokensGoBackVerbatim();
    void largeAnswersParseOffThread();
    void downloadStreamsWithProgress();
    void uploadIsMultipart();
};

void TestPager::pagerPauseResumeKeepsToken()
{
    SandboxFixture f;
    for (int i = 0; i < 300; ++i)
        f.seedOpportunity();
    auto client = makeClient(f);
    qint64 items = 0;
    bool finished = false;
    Pager<Opportunity> pager = client->opportunities().list({}, Priority::Background, 50);
    pager.onPage(this, [&](const QList<Opportunity> &page, const PagerProgress &p) {
        items += page.size();
        if (p.pages == 2)
            pager.pause();
    });
    pager.onFinished(this, [&](const Result<PagerSummary> &r) { finished = r.ok(); });
    QTRY_COMPARE(items, 100);
    QTest::qWait(300);
    QCOMPARE(items, 100); // paused: nothing more was asked for
    QCOMPARE(pager.core()->state(), PagerCore::State::Paused);
    const QString token = pager.core()->nextToken();
    QVERIFY(!token.isEmpty());
    QCOMPARE(requestsTo(f, u"/opportunities"_s).size(), 2);
    pager.resume();
    QTRY_VERIFY_WITH_TIMEOUT(finished, 30000);
    QCOMPARE(items, 300);
    // It went on from the kept token: the third request carried it.
    const auto log = requestsTo(f, u"/opportunities"_s);
    QCOMPARE(log.size(), 6);
    QVERIFY(log.at(2).path.contains(u"offset="_s));

    // A saved token continues a read later, in another pager.
    qint64 rest = 0;
    bool again = false;
    client->opportunities()
        .list({}, Priority::Background, 50)
        .startFrom(token)
        .onPage(this, [&](const QList<Opportunity> &page, const PagerProgress &) { rest += page.size(); })
        .onFinished(this, [&](const Result<PagerSummary> &r) { again = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(again, 30000);
    QCOMPARE(rest, 200);
}

void TestPager::invalidOffsetTokenRestarts()
{
    SandboxFixture f;
    QSet<QString> seeded;
    for (int i = 0; i < 250; ++i)
        seeded.insert(f.seedOpportunity().value(u"id"_s).toString());
    auto client = makeClient(f);
    QSet<QString> seen;
    int restarts = 0;
    std::optional<Result<PagerSummary>> done;
    client->opportunities()
        .list()
        .startFrom(u"stale-token-from-last-week"_s)
        .onRestart(this, [&] { ++restarts, seen.clear(); })
        .onPage(this,
                [&](const QList<Opportunity> &page, const PagerProgress &) {
                    for (const Opportunity &o : page)
                        seen.insert(o.id);
                })
        .onFinished(this, [&](const Result<PagerSummary> &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
    QVERIFY2(done->ok(), qPrintable(done->errorString()));
    QCOMPARE(restarts, 1);
    QCOMPARE(done->value().restarts, 1);
    QCOMPARE(done->value().pages, 3);
    QCOMPARE(seen, seeded);
    const auto log = requestsTo(f, u"/opportunities"_s);
    QCOMPARE(log.first().status, 400);
    QVERIFY(!log.at(1).path.contains(u"offset"_s));
}

void TestPager::restartsOnlyOnce()
{
    // A server whose every token goes stale: the pager starts over once, then gives up.
    RawHttpServer server([](const QByteArray &line, const QByteArray &, const QByteArray &) {
        if (line.contains("offset="))
            return RawHttpServer::Answer{
                400, R"({"code":"BadRequestError","message":"Invalid offset token"})", {}};
        return RawHttpServer::Answer{200, R"({"data":[{"id":"a"}],"hasNext":true,"next":"t1"})", {}};
    });
    Client client(server.baseUrl(), std::make_shared<ApiKeyCredentials>(u"k"_s), fastOptions());
    int pages = 0, restarts = 0;
    std::optional<Result<PagerSummary>> done;
    client.opportunities()
        .list()
        .onRestart(this, [&] { ++restarts; })
        .onPage(this, [&](const QList<Opportunity> &, const PagerProgress &) { ++pages; })
        .onFinished(this, [&](const Result<PagerSummary> &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
    QVERIFY(!done->ok());
    QCOMPARE(done->error().category(), ApiError::Category::Invalid);
    QVERIFY(done->error().message().contains(u"Invalid offset token"_s));
    QCOMPARE(restarts, 1);
    QCOMPARE(pages, 2);
    QCOMPARE(server.requestLines().size(), 4);
}

void TestPager::endlessPagingIsStopped_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("reason");
    // Every page full and "more" with a fresh token: stopped at the page limit for postings.
    QTest::newRow("fresh tokens forever") << u"fresh"_s << int(PagerCore::kMaxPages) << u"more than"_s;
    QTest::newRow("the same token again") << u"repeat"_s << 2 << u"same page token"_s;
    QTest::newRow("an empty page claiming more") << u"empty"_s << 2 << u"empty page"_s;
}

void TestPager::endlessPagingIsStopped()
{
    QFETCH(QString, server);
    QFETCH(int, requests);
    QFETCH(QString, reason);
    int served = 0;
    RawHttpServer http([&](const QByteArray &, const QByteArray &, const QByteArray &) {
        const int n = ++served;
        const QByteArray token =
            server == u"repeat"_s ? QByteArray("t") : QByteArray("t" + QByteArray::number(n));
        const QByteArray data = server == u"empty"_s && n > 1
                                    ? QByteArray("[]")
                                    : QByteArray(R"([{"id":"p)" + QByteArray::number(n) + R"("}])");
        return RawHttpServer::Answer{
            200, QByteArray(R"({"data":)" + data + R"(,"hasNext":true,"next":")" + token + R"("})"), {}};
    });
    // A local mock, not Lever: no need to keep to Lever's 10 requests a second (a fresh credential
    // gets a pacer of its own).
    auto options = fastOptions();
    options.pacer.rate = 1000;
    options.pacer.burst = 1000;
    Client client(http.baseUrl(), std::make_shared<ApiKeyCredentials>(u"k-%1"_s.arg(server)), options);
    std::optional<Result<PagerSummary>> done;
    client.postings().list().onFinished(this, [&](const Result<PagerSummary> &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 120000);
    QVERIFY(!done->ok());
    QCOMPARE(done->error().category(), ApiError::Category::Parse);
    QVERIFY2(done->error().message().contains(reason), qPrintable(done->error().message()));
    QCOMPARE(int(http.requestLines().size()), requests);
    // A clear error for the user, too.
    QVERIFY(!done->error().userText().isEmpty());
}

void TestPager::offsetTokensGoBackVerbatim()
{
    // Real Lever tokens are already percent-encoded JSON; the docs show dotted ones; '+' must not
    // become a space nor '%2C' a comma.
    const QList<QByteArray> tokens = {"%5B3%2C1491435120000%2C%22a6070140-2f6e-4d1b-9d0e-5f3a%22%5D",
                                      "0.1414895548650.a6070140-2f6e-4d1b", "a+b%2Cc%252F"};
    int served = 0;
    RawHttpServer server([&](const QByteArray &, const QByteArray &, const QByteArray &) {
        const int i = served++;
        const bool more = i < tokens.size();
        QByteArray body =
            R"({"data":[{"id":")" + QByteArray::number(i) + R"("}],"hasNext":)" + (more ? "true" : "false");
        if (more)
            body += R"(,"next":")" + tokens.at(i) + '"';
        return RawHttpServer::Answer{200, body + '}', {}};
    });
    Client client(server.baseUrl(), std::make_shared<ApiKeyCredentials>(u"k"_s), fastOptions());
    std::optional<Result<PagerSummary>> done;
    client.opportunities().list().onFinished(this, [&](const Result<PagerSummary> &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
    QVERIFY2(done->ok(), qPrintable(done->errorString()));
    QCOMPARE(done->value().pages, 4);
    const auto &lines = server.requestLines();
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QByteArray("GET /v1/opportunities?limit=100 HTTP/1.1"));
    for (int i = 0; i < tokens.size(); ++i)
        QCOMPARE(lines.at(i + 1), "GET /v1/opportunities?limit=100&offset=" + tokens.at(i) + " HTTP/1.1");
    // Tokens travel in Pager state as they came; only characters that cannot stand in a query change.
    QCOMPARE(PagerCore::tokenForQuery(u"a b#c&d"_s), QByteArray("a%20b%23c%26d"));
}

void TestPager::largeAnswersParseOffThread()
{
    SandboxFixture f;
    for (int i = 0; i < 300; ++i)
        f.seedOpportunity();
    auto options = fastOptions();
    options.offThreadParseBytes = 1024; // every page goes through the pool
    auto client = makeClient(f, options);
    qint64 items = 0;
    bool wrongThread = false;
    std::optional<Result<PagerSummary>> done;
    client->opportunities()
        .list()
        .onPage(this,
                [&](const QList<Opportunity> &page, const PagerProgress &) {
                    items += page.size();
                    wrongThread = wrongThread || QThread::currentThread() != thread();
                })
        .onFinished(this, [&](const Result<PagerSummary> &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
    QVERIFY(done->ok());
    QCOMPARE(items, 300);
    QVERIFY(!wrongThread);
    // A call cancelled while its answer is on the way never calls back. The answer is held back
    // 300 ms, so the request is surely seen in flight (an in-process answer can come and go between
    // two polls of QTRY).
    f.sandbox().faults().setLatencyMs(300);
    auto *context = new QObject;
    bool ran = false;
    client->opportunities().list().onPage(context, [&](const auto &, const auto &) { ran = true; });
    QTRY_VERIFY(client->pacer().inFlight() == 1);
    delete context;
    QTest::qWait(600);
    QVERIFY(!ran);
}

void TestPager::downloadStreamsWithProgress()
{
    QByteArray content(200 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i * 31 % 251);
    RawHttpServer server([&](const QByteArray &line, const QByteArray &, const QByteArray &) {
        if (line.contains("/files/missing/"))
            return RawHttpServer::Answer{
                422, R"({"code":"UnprocessableEntityError","message":"processing failed"})", {}};
        return RawHttpServer::Answer{200, content, {}};
    });
    Client client(server.baseUrl(), std::make_shared<ApiKeyCredentials>(u"k"_s), fastOptions());
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    std::optional<Result<qint64>> done;
    qint64 lastProgress = 0;
    client.files()
        .download(u"opp 1"_s, u"file/1"_s, &sink)
        .onProgress(this, [&](qint64 received, qint64) { lastProgress = received; })
        .then(this, [&](const Result<qint64> &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
    QVERIFY2(done->ok(), qPrintable(done->errorString()));
    QCOMPARE(done->value(), content.size());
    QCOMPARE(sink.data(), content);
    QCOMPARE(lastProgress, content.size());
    // Ids are single path segments, percent-encoded.
    QCOMPARE(server.requestLines().first(),
             QByteArray("GET /v1/opportunities/opp%201/files/file%2F1/download HTTP/1.1"));

    std::optional<Result<qint64>> failed;
    QBuffer other;
    other.open(QIODevice::WriteOnly);
    client.files().download(u"o"_s, u"missing"_s, &other).then(this, [&](const auto &r) { failed = r; });
    QTRY_VERIFY(failed.has_value());
    QCOMPARE(failed->error().httpStatus(), 422);
    QCOMPARE(failed->error().category(), ApiError::Category::Invalid);
    QVERIFY(other.data().isEmpty()); // an error body never lands in the file
}

void TestPager::uploadIsMultipart()
{
    RawHttpServer server([](const QByteArray &, const QByteArray &, const QByteArray &) {
        return RawHttpServer::Answer{201,
                                     R"({"data":{"id":"f-1","name":"cv.pdf","ext":"pdf","size":11,)"
                                     R"("downloadUrl":"x","uploadedAt":1,"status":"processed"}})",
                                     {}};
    });
    Client client(server.baseUrl(), std::make_shared<ApiKeyCredentials>(u"k"_s), fastOptions());
    client.setActingUserId(u"u-1"_s);
    std::optional<Result<File>> done;
    client.files()
        .upload(u"o-1"_s, u"cv \"final\"\r\n.pdf"_s, QByteArray("hello world"), "application/pdf")
        .then(this, [&](const Result<File> &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 30000);
    QVERIFY2(done->ok(), qPrintable(done->errorString()));
    QCOMPARE(done->value().id, u"f-1"_s);
    QCOMPARE(server.requestLines().first(),
             QByteArray("POST /v1/opportunities/o-1/files?perform_as=u-1 HTTP/1.1"));
    QVERIFY(
        server.requestHeaders().first().toLower().contains("content-type: multipart/form-data; boundary="));
    const QByteArray body = server.requestBodies().first();
    QVERIFY2(body.contains("name=\"file\"; filename=\"cv \\\"final\\\"  .pdf\""), body.constData());
    QVERIFY(body.contains("Content-Type: application/pdf"));
    QVERIFY(body.contains("\r\n\r\nhello world\r\n"));

    // Over Lever's 30 MB limit: refused without sending.
    std::optional<Result<File>> big;
    client.files()
        .upload(u"o-1"_s, u"big.bin"_s, QByteArray(FileResource::kMaxFileBytes + 1, 'x'))
        .then(this, [&](const auto &r) { big = r; });
    QTRY_VERIFY(big.has_value());
    QCOMPARE(big->error().category(), ApiError::Category::Invalid);
    QCOMPARE(server.requestLines().size(), 1);
}

QTEST_GUILESS_MAIN(TestPager)
#include "tst_pager.moc"
