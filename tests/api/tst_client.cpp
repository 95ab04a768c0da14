// The Client against a real in-process sandbox over loopback HTTP: URL policy, paging, pacing under
// the sandbox's rate limit, retries under injected faults, POST safety, priorities, cancellation,
// stale offset tokens, time-outs, perform_as and log redaction.
#include "ClientTestKit.h"
#include "LeverApi.h"
#include "RateLimiter.h"
#include "RawHttpServer.h"

#include <QBuffer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace lever::api;
using lever::test::SandboxFixture;
using lever::test::RawHttpServer;
using lever::test::makeClient;
using lever::test::fastOptions;
using lever::test::requestsTo;

class TestClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusesPlainHttpOffLoopback();
    void readsEveryPage();
    void burstStaysUnderTheRateLimit();
    void fullReadUnderFaults();
    void getRetriesServiceUnavailable();
    void postIsNotRetriedBlindly();
    void postIsRetriedOnRateLimit();
    void interactiveGoesFirst();
    void queuedCallCanBeReprioritised();
    void destroyedContextCancelsQueued();
    void destroyedContextAbortsInFlight();
    void cancelFinishesOnce();
    void closingTheClientFinishesCalls();
    void pagerPauseResumeKeepsToken();
    void invalidOffsetTokenRestarts();
    void restartsOnlyOnce();
    void offsetTokensGoBackVerbatim();
    void timeoutIsReported();
    void performAsOnWrites();
    void wrongKeyIsAuthError();
    void largeAnswersParseOffThread();
    void downloadStreamsWithProgress();
    void uploadIsMultipart();
    void logsNeverShowSecrets();
};

void TestClient::refusesPlainHttpOffLoopback()
{
    QVERIFY(Client::checkBaseUrl(QUrl(u"https://api.lever.co/v1"_s)).isEmpty());
    QVERIFY(Client::checkBaseUrl(QUrl(u"http://127.0.0.1:8080/v1"_s)).isEmpty());
    QVERIFY(Client::checkBaseUrl(QUrl(u"http://127.4.5.6/v1"_s)).isEmpty());
    QVERIFY(Client::checkBaseUrl(QUrl(u"http://localhost:1/v1"_s)).isEmpty());
    QVERIFY(Client::checkBaseUrl(QUrl(u"http://[::1]:1/v1"_s)).isEmpty());
    QVERIFY(!Client::checkBaseUrl(QUrl(u"http://api.lever.co/v1"_s)).isEmpty());
    QVERIFY(!Client::checkBaseUrl(QUrl(u"http://10.0.0.1/v1"_s)).isEmpty());
    QVERIFY(!Client::checkBaseUrl(QUrl(u"http://127.0.0.1.evil.example/v1"_s)).isEmpty());
    QVERIFY(!Client::checkBaseUrl(QUrl(u"ftp://127.0.0.1/v1"_s)).isEmpty());
    QVERIFY(!Client::checkBaseUrl(QUrl(u"not a url"_s)).isEmpty());

    RawHttpServer server([](const QByteArray &, const QByteArray &, const QByteArray &) {
        return RawHttpServer::Answer{200, R"({"data":{"id":"x"}})", {}};
    });
    // Names a public host over http: nothing may be sent, to it or anywhere.
    Client client(QUrl(u"http://api.lever.co/v1"_s), std::make_shared<ApiKeyCredentials>(u"secret"_s));
    QVERIFY(!client.isValid());
    QVERIFY(client.configurationError().contains(u"https://"_s));
    std::optional<Result<Opportunity>> result;
    client.opportunities().get(u"x"_s).then(this, [&](const Result<Opportunity> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().category(), ApiError::Category::Invalid);
    QCOMPARE(result->error().message(), client.configurationError());
    QVERIFY(server.requestLines().isEmpty());
}

void TestClient::readsEveryPage()
{
    SandboxFixture f;
    QSet<QString> seeded;
    for (int i = 0; i < 1050; ++i)
        seeded.insert(f.seedOpportunity().value(u"id"_s).toString());
    auto client = makeClient(f);
    QSet<QString> seen;
    int duplicates = 0;
    QList<PagerProgress> progress;
    std::optional<Result<PagerSummary>> done;
    client->opportunities()
        .list()
        .onPage(this,
                [&](const QList<Opportunity> &page, const PagerProgress &p) {
                    for (const Opportunity &o : page)
                        duplicates += seen.contains(o.id) ? 1 : 0, seen.insert(o.id);
                    progress.append(p);
                })
        .onFinished(this, [&](const Result<PagerSummary> &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 60000);
    QVERIFY2(done->ok(), qPrintable(done->errorString()));
    QCOMPARE(done->value().pages, 11);
    QCOMPARE(done->value().items, 1050);
    QCOMPARE(duplicates, 0);
    QCOMPARE(seen, seeded);
    // Streamed page by page, with progress.
    QCOMPARE(progress.size(), 11);
    QCOMPARE(progress.first().items, 100);
    QVERIFY(progress.first().hasNext);
    QVERIFY(!progress.last().hasNext);
    const auto log = requestsTo(f, u"/opportunities"_s);
    QCOMPARE(log.size(), 11);
    for (const auto &e : log)
        QVERIFY2(e.path.contains(u"limit=100"_s), qPrintable(e.path));
    QCOMPARE(client->activeCalls(), 0);
}

void TestClient::burstStaysUnderTheRateLimit()
{
    auto options = SandboxFixture::testOptions();
    options.rateLimit = true;
    options.rate = 10;
    options.burst = 20;
    SandboxFixture f(options);
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    auto client = makeClient(f);
    int ok = 0, failed = 0;
    for (int i = 0; i < 100; ++i) {
        client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) {
            if (r.ok())
                ++ok;
            else
                ++failed, qWarning() << r.error().toString();
        });
    }
    QTRY_VERIFY_WITH_TIMEOUT(ok + failed == 100, 60000);
    QCOMPARE(ok, 100);
    const auto log = requestsTo(f, u"/opportunities/"_s);
    QCOMPARE(log.size(), 100); // not one retry was needed
    QCOMPARE(lever::test::countStatus(log, 429), 0);
    QCOMPARE(client->pacer().started(), 100);
}

void TestClient::fullReadUnderFaults()
{
    SandboxFixture f;
    QSet<QString> seeded;
    for (int i = 0; i < 1000; ++i)
        seeded.insert(f.seedOpportunity().value(u"id"_s).toString());
    QCOMPARE(lever::test::controlFaults(f, "PUT", {{u"failRate"_s, 0.1}, {u"dropRate"_s, 0.05}, {u"latencyMs"_s, 5}}),
             204);
    auto client = makeClient(f);
    QHash<QString, int> seen;
    std::optional<Result<PagerSummary>> done;
    OpportunityFilter filter;
    client->opportunities()
        .list(filter, Priority::Background, 40)
        .onPage(this, [&](const QList<Opportunity> &page, const PagerProgress &) {
            for (const Opportunity &o : page)
                ++seen[o.id];
        })
        .onFinished(this, [&](const Result<PagerSummary> &r) { done = r; });
    QTRY_VERIFY_WITH_TIMEOUT(done.has_value(), 120000);
    QVERIFY2(done->ok(), qPrintable(done->errorString()));
    QCOMPARE(done->value().restarts, 0);
    QCOMPARE(seen.size(), seeded.size());
    for (auto it = seen.begin(); it != seen.end(); ++it)
        QVERIFY2(it.value() == 1, "a record was delivered twice");
    QCOMPARE(QSet<QString>(seen.keyBegin(), seen.keyEnd()), seeded);
    // The faults did happen and were absorbed by retries.
    const auto log = requestsTo(f, u"/opportunities"_s);
    const int failures = lever::test::countStatus(log, 500) + lever::test::countStatus(log, 503);
    QVERIFY2(failures > 0, "no fault was injected: the test proves nothing");
    QCOMPARE(lever::test::countStatus(log, 200), 25);
}

void TestClient::getRetriesServiceUnavailable()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(lever::test::controlFaults(f, "POST", {{u"method"_s, u"GET"_s},
                                                    {u"path"_s, u"^/opportunities/[^/]+$"_s},
                                                    {u"status"_s, 503},
                                                    {u"count"_s, 2}}),
             204);
    auto client = makeClient(f);
    std::optional<Result<Opportunity>> result;
    Call<Opportunity> call = client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) {
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->ok(), qPrintable(result->errorString()));
    QCOMPARE(result->value().id, id);
    QCOMPARE(call.attempts(), 3);
    const auto log = requestsTo(f, u"/opportunities/"_s);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).status, 503);
    QCOMPARE(log.at(2).status, 200);

    // Five failures in a row: given up after maxAttempts, with Lever's code and message.
    QCOMPARE(lever::test::controlFaults(f, "POST", {{u"path"_s, u"^/opportunities/[^/]+$"_s}, {u"status"_s, 500}}),
             204);
    result.reset();
    call = client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QCOMPARE(result->error().category(), ApiError::Category::Server);
    QCOMPARE(result->error().httpStatus(), 500);
    QCOMPARE(result->error().code(), u"InternalServerError"_s);
    QVERIFY(!result->error().mayHaveBeenApplied()); // a read changes nothing
    QCOMPARE(call.attempts(), fastOptions().retry.maxAttempts);
}

void TestClient::postIsNotRetriedBlindly()
{
    SandboxFixture f;
    // The rule fires before routing, so it works on POST /opportunities whatever that route does.
    QCOMPARE(lever::test::controlFaults(f, "POST", {{u"method"_s, u"POST"_s},
                                                    {u"path"_s, u"^/opportunities$"_s},
                                                    {u"status"_s, 500},
                                                    {u"count"_s, 5}}),
             204);
    auto client = makeClient(f);
    client->setActingUserId(f.firstUserId());
    NewOpportunity candidate;
    candidate.name = u"Ada Lovelace"_s;
    candidate.emails = {u"ada@example.com"_s};
    std::optional<Result<CreatedOpportunity>> result;
    Call<CreatedOpportunity> call =
        client->opportunities().create(candidate).then(this, [&](const Result<CreatedOpportunity> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error().category(), ApiError::Category::Server);
    QVERIFY(result->error().mayHaveBeenApplied());
    QVERIFY(result->error().userText().contains(u"may or may not have been saved"_s));
    QCOMPARE(call.attempts(), 1);
    // Give a (wrong) retry every chance to happen, then count what reached the sandbox.
    QTest::qWait(300);
    const auto posts = requestsTo(f, u"/opportunities"_s, "POST");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().status, 500);

    // A connection dropped under a POST: not retried either, and reported as maybe applied.
    QCOMPARE(lever::test::controlFaults(f, "DELETE", {}), 204);
    QCOMPARE(lever::test::controlFaults(f, "POST", {{u"method"_s, u"POST"_s},
                                                    {u"path"_s, u"^/opportunities$"_s},
                                                    {u"drop"_s, true},
                                                    {u"count"_s, 10}}),
             204);
    result.reset();
    call = client->opportunities().create(candidate).then(this, [&](const Result<CreatedOpportunity> &r) {
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QCOMPARE(result->error().category(), ApiError::Category::Network);
    QVERIFY(result->error().mayHaveBeenApplied());
    QCOMPARE(call.attempts(), 1);
}

void TestClient::postIsRetriedOnRateLimit()
{
    auto options = SandboxFixture::testOptions();
    options.rateLimit = true;
    options.rate = 1;
    options.burst = 1;
    SandboxFixture f(options);
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    // A client pacer more generous than the server, so the server's limit is what stops it.
    auto clientOptions = fastOptions();
    clientOptions.pacer.rate = 100;
    clientOptions.pacer.burst = 5;
    auto client = makeClient(f, clientOptions);
    client->setActingUserId(f.firstUserId());
    bool first = false;
    client->opportunities().get(id).then(this, [&](const Result<Opportunity> &) { first = true; });
    QTRY_VERIFY(first);
    NewOpportunity candidate;
    candidate.name = u"Grace Hopper"_s;
    std::optional<Result<CreatedOpportunity>> result;
    Call<CreatedOpportunity> call =
        client->opportunities().create(candidate).then(this, [&](const Result<CreatedOpportunity> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    // Lever refuses a rate-limited request before doing anything: retrying it is safe.
    const auto posts = requestsTo(f, u"/opportunities"_s, "POST");
    QCOMPARE(posts.size(), 2);
    QCOMPARE(posts.at(0).status, 429);
    QVERIFY(posts.at(1).status != 429);
    QCOMPARE(call.attempts(), 2);
    // The retry waited for the server's Retry-After (at least a second).
    QVERIFY(posts.at(1).at - posts.at(0).at >= 900);
    if (!result->ok())
        QVERIFY(!result->error().mayHaveBeenApplied()); // today the route answers 4xx: a clear refusal
}

void TestClient::interactiveGoesFirst()
{
    SandboxFixture f;
    const QString background = f.seedOpportunity().value(u"id"_s).toString();
    const QString interactive = f.seedOpportunity().value(u"id"_s).toString();
    auto options = fastOptions();
    options.pacer.rate = 20;
    options.pacer.burst = 1;
    auto client = makeClient(f, options);
    QSignalSpy waiting(&client->pacer(), &Pacer::interactiveWaitingChanged);
    QSignalSpy queue(&client->pacer(), &Pacer::queueChanged);
    int done = 0;
    for (int i = 0; i < 8; ++i)
        client->opportunities().get(background).setPriority(Priority::Background).then(this, [&](const auto &) {
            ++done;
        });
    QTest::qWait(10); // the background calls are now queued in the pacer (one is on the wire)
    QVERIFY(client->pacer().queued(Priority::Background) >= 6);
    client->opportunities().get(interactive).then(this, [&](const auto &) { ++done; });
    QTRY_VERIFY_WITH_TIMEOUT(done == 9, 30000);
    const auto log = requestsTo(f, u"/opportunities/"_s);
    QCOMPARE(log.size(), 9);
    qsizetype position = -1;
    for (qsizetype i = 0; i < log.size(); ++i) {
        if (log.at(i).path.startsWith(u"/opportunities/"_s + interactive))
            position = i;
    }
    // At most the background requests already started when it arrived went before it.
    QVERIFY2(position >= 0 && position <= 2, qPrintable(QString::number(position)));
    QVERIFY(waiting.size() >= 2);
    QCOMPARE(waiting.first().first().toBool(), true);
    QCOMPARE(waiting.last().first().toBool(), false);
    QVERIFY(!queue.isEmpty());
    QCOMPARE(client->pacer().queuedTotal(), 0);
}

void TestClient::queuedCallCanBeReprioritised()
{
    SandboxFixture f;
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids.append(f.seedOpportunity().value(u"id"_s).toString());
    auto options = fastOptions();
    options.pacer.rate = 20;
    options.pacer.burst = 1;
    auto client = makeClient(f, options);
    int done = 0;
    QList<Call<Opportunity>> calls;
    for (const QString &id : ids)
        calls.append(client->opportunities().get(id).setPriority(Priority::Background).then(this, [&](const auto &) {
            ++done;
        }));
    QTest::qWait(10);
    calls.last().setPriority(Priority::Interactive);
    QCOMPARE(calls.last().priority(), Priority::Interactive);
    QTRY_VERIFY_WITH_TIMEOUT(done == 6, 30000);
    const auto log = requestsTo(f, u"/opportunities/"_s);
    QVERIFY2(log.at(1).path.startsWith(u"/opportunities/"_s + ids.last()), qPrintable(log.at(1).path));
}

void TestClient::destroyedContextCancelsQueued()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    auto options = fastOptions();
    options.pacer.rate = 5;
    options.pacer.burst = 1;
    auto client = makeClient(f, options);
    auto *context = new QObject;
    int ran = 0;
    for (int i = 0; i < 5; ++i)
        client->opportunities().get(id).then(context, [&](const auto &) { ++ran; });
    QTRY_VERIFY(client->pacer().queuedTotal() == 4); // one sent, four waiting for tokens
    delete context;
    QCOMPARE(client->pacer().queuedTotal(), 0); // dropped from the queue at once
    QTest::qWait(1200);                         // long enough for the pacer to have sent them all
    QCOMPARE(ran, 0);
    QVERIFY(requestsTo(f, u"/opportunities/"_s).size() <= 1);
    QCOMPARE(client->activeCalls(), 0);
}

void TestClient::destroyedContextAbortsInFlight()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(lever::test::controlFaults(f, "PUT", {{u"latencyMs"_s, 400}}), 204);
    auto client = makeClient(f);
    auto *context = new QObject;
    bool ran = false;
    client->opportunities().get(id).then(context, [&](const auto &) { ran = true; });
    QTRY_VERIFY(client->pacer().inFlight() == 1);
    delete context;
    QCOMPARE(client->pacer().inFlight(), 0); // aborted, its connection freed
    QTest::qWait(700);
    QVERIFY(!ran);
    QCOMPARE(client->activeCalls(), 0);
}

void TestClient::cancelFinishesOnce()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    auto client = makeClient(f);
    int calls = 0;
    std::optional<ApiError> error;
    Call<Opportunity> call = client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) {
        ++calls;
        if (!r.ok())
            error = r.error();
    });
    call.cancel();
    call.cancel();
    QTest::qWait(200);
    QCOMPARE(calls, 1);
    QCOMPARE(error->category(), ApiError::Category::Cancelled);
    QVERIFY(!error->mayHaveBeenApplied());
    QVERIFY(call.isFinished());
    QVERIFY(requestsTo(f, u"/opportunities/"_s).isEmpty());
}

void TestClient::closingTheClientFinishesCalls()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    auto options = fastOptions();
    options.pacer.rate = 1;
    options.pacer.burst = 1;
    auto client = makeClient(f, options);
    int cancelled = 0, other = 0;
    for (int i = 0; i < 3; ++i)
        client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) {
            (!r.ok() && r.error().category() == ApiError::Category::Cancelled) ? ++cancelled : ++other;
        });
    QTest::qWait(20);
    client.reset();
    QTest::qWait(100);
    QCOMPARE(cancelled + other, 3);
    QVERIFY(cancelled >= 2);
}

void TestClient::pagerPauseResumeKeepsToken()
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

void TestClient::invalidOffsetTokenRestarts()
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
        .onPage(this, [&](const QList<Opportunity> &page, const PagerProgress &) {
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

void TestClient::restartsOnlyOnce()
{
    // A server whose every token goes stale: the pager starts over once, then gives up.
    RawHttpServer server([](const QByteArray &line, const QByteArray &, const QByteArray &) {
        if (line.contains("offset="))
            return RawHttpServer::Answer{400, R"({"code":"BadRequestError","message":"Invalid offset token"})", {}};
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

void TestClient::offsetTokensGoBackVerbatim()
{
    // Real Lever tokens are already percent-encoded JSON; the docs show dotted ones; '+' must not
    // become a space nor '%2C' a comma.
    const QList<QByteArray> tokens = {"%5B3%2C1491435120000%2C%22a6070140-2f6e-4d1b-9d0e-5f3a%22%5D",
                                      "0.1414895548650.a6070140-2f6e-4d1b", "a+b%2Cc%252F"};
    int served = 0;
    RawHttpServer server([&](const QByteArray &, const QByteArray &, const QByteArray &) {
        const int i = served++;
        const bool more = i < tokens.size();
        QByteArray body = R"({"data":[{"id":")" + QByteArray::number(i) + R"("}],"hasNext":)" +
                          (more ? "true" : "false");
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

void TestClient::timeoutIsReported()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(lever::test::controlFaults(f, "PUT", {{u"latencyMs"_s, 1500}}), 204);
    auto options = fastOptions();
    options.timeoutMs = 250;
    options.retry.maxAttempts = 2;
    auto client = makeClient(f, options);
    client->setActingUserId(f.firstUserId());
    std::optional<Result<Opportunity>> read;
    Call<Opportunity> call = client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(read->error().category(), ApiError::Category::Timeout);
    QCOMPARE(call.attempts(), 2); // a read is retried after a time-out
    QVERIFY(!read->error().userText().isEmpty());

    // A write that timed out may have been applied, and is not retried.
    std::optional<Result<Opportunity>> write;
    Call<Opportunity> tags = client->opportunities().addTags(id, {u"Rust"_s}).then(this, [&](const Result<Opportunity> &r) {
        write = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(write.has_value(), 30000);
    QCOMPARE(write->error().category(), ApiError::Category::Timeout);
    QVERIFY(write->error().mayHaveBeenApplied());
    QCOMPARE(tags.attempts(), 1);
}

void TestClient::performAsOnWrites()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    auto client = makeClient(f);
    // Required and not set: refused before sending.
    std::optional<Result<CreatedOpportunity>> refused;
    NewOpportunity candidate;
    candidate.name = u"Ada"_s;
    client->opportunities().create(candidate).then(this, [&](const auto &r) { refused = r; });
    QTRY_VERIFY(refused.has_value());
    QCOMPARE(refused->error().category(), ApiError::Category::Invalid);
    QVERIFY(refused->error().message().contains(u"perform_as"_s));
    QVERIFY(requestsTo(f, u"/opportunities"_s, "POST").isEmpty());

    // Optional: sent once an acting user is set, never twice.
    int finished = 0;
    client->opportunities().moveToStage(id, u"offer"_s).then(this, [&](const auto &) { ++finished; });
    client->setActingUserId(f.firstUserId());
    QTRY_COMPARE(finished, 1);
    client->opportunities().moveToStage(id, u"offer"_s).then(this, [&](const auto &) { ++finished; });
    client->opportunities().get(id).then(this, [&](const auto &) { ++finished; });
    QTRY_COMPARE(finished, 3);
    const auto writes = requestsTo(f, u"/opportunities/"_s, "PUT");
    QCOMPARE(writes.size(), 2);
    // The acting user was set before the first call started, so it went with it too.
    QCOMPARE(writes.at(0).path, u"/opportunities/"_s + id + u"/stage?perform_as="_s + f.firstUserId());
    QCOMPARE(writes.at(1).path, u"/opportunities/"_s + id + u"/stage?perform_as="_s + f.firstUserId());
    const auto reads = requestsTo(f, u"/opportunities/"_s, "GET");
    QCOMPARE(reads.size(), 1);
    QVERIFY(!reads.first().path.contains(u"perform_as"_s)); // reads never carry it
}

void TestClient::wrongKeyIsAuthError()
{
    SandboxFixture f;
    auto client = makeClient(f, fastOptions(), u"not-a-key"_s);
    std::optional<Result<Opportunity>> result;
    Call<Opportunity> call = client->opportunities().get(u"x"_s).then(this, [&](const auto &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().category(), ApiError::Category::Auth);
    QCOMPARE(result->error().httpStatus(), 401);
    QCOMPARE(call.attempts(), 1); // an API key cannot be refreshed: no replay

    // Scope missing: Forbidden; unknown id: NotFound.
    auto limited = makeClient(f, fastOptions(), f.sandbox().createApiKey({u"postings:read:admin"_s}, false));
    result.reset();
    limited->opportunities().get(u"x"_s).then(this, [&](const auto &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().category(), ApiError::Category::Forbidden);
    auto full = makeClient(f);
    result.reset();
    full->opportunities().get(u"no-such-id"_s).then(this, [&](const auto &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().category(), ApiError::Category::NotFound);
    QCOMPARE(result->error().code(), u"ResourceNotFound"_s);
}

void TestClient::largeAnswersParseOffThread()
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
    // A cancelled call whose answer is being parsed never calls back.
    auto *context = new QObject;
    bool ran = false;
    client->opportunities().list().onPage(context, [&](const auto &, const auto &) { ran = true; });
    QTRY_VERIFY(client->pacer().inFlight() == 1);
    delete context;
    QTest::qWait(300);
    QVERIFY(!ran);
}

void TestClient::downloadStreamsWithProgress()
{
    QByteArray content(200 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < content.size(); ++i)
        content[i] = char(i * 31 % 251);
    RawHttpServer server([&](const QByteArray &line, const QByteArray &, const QByteArray &) {
        if (line.contains("/files/missing/"))
            return RawHttpServer::Answer{422, R"({"code":"UnprocessableEntityError","message":"processing failed"})", {}};
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

void TestClient::uploadIsMultipart()
{
    RawHttpServer server([](const QByteArray &, const QByteArray &, const QByteArray &) {
        return RawHttpServer::Answer{201, R"({"data":{"id":"f-1","name":"cv.pdf","ext":"pdf","size":11,)"
                                          R"("downloadUrl":"x","uploadedAt":1,"status":"processed"}})", {}};
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
    QCOMPARE(server.requestLines().first(), QByteArray("POST /v1/opportunities/o-1/files?perform_as=u-1 HTTP/1.1"));
    QVERIFY(server.requestHeaders().first().toLower().contains("content-type: multipart/form-data; boundary="));
    const QByteArray body = server.requestBodies().first();
    QVERIFY2(body.contains("name=\"file\"; filename=\"cv \\\"final\\\"  .pdf\""), body.constData());
    QVERIFY(body.contains("Content-Type: application/pdf"));
    QVERIFY(body.contains("\r\n\r\nhello world\r\n"));

    // Over Lever's 30 MB limit: refused without sending.
    std::optional<Result<File>> big;
    client.files().upload(u"o-1"_s, u"big.bin"_s, QByteArray(FileResource::kMaxFileBytes + 1, 'x')).then(this, [&](const auto &r) {
        big = r;
    });
    QTRY_VERIFY(big.has_value());
    QCOMPARE(big->error().category(), ApiError::Category::Invalid);
    QCOMPARE(server.requestLines().size(), 1);
}

namespace {
QStringList g_messages;
void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArray(context.category) == "lever.api")
        g_messages.append(message);
}
} // namespace

void TestClient::logsNeverShowSecrets()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    QLoggingCategory::setFilterRules(u"lever.api.debug=true"_s);
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    {
        auto client = makeClient(f);
        auto wrong = makeClient(f, fastOptions(), u"wrong-key-value-123"_s);
        int done = 0;
        client->opportunities().get(id).then(this, [&](const auto &) { ++done; });
        client->opportunities().get(u"missing"_s).then(this, [&](const auto &) { ++done; });
        wrong->opportunities().get(id).then(this, [&](const auto &) { ++done; });
        QTRY_COMPARE(done, 3);
    }
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(u"lever.api.debug=false"_s);
    QVERIFY(g_messages.size() >= 3);
    const QString basic = QString::fromLatin1(QByteArray(f.apiKey().toUtf8() + ':').toBase64());
    for (const QString &m : std::as_const(g_messages)) {
        QVERIFY2(!m.contains(f.apiKey()), qPrintable(m));
        QVERIFY2(!m.contains(u"wrong-key-value-123"_s), qPrintable(m));
        QVERIFY2(!m.contains(basic), qPrintable(m));
        QVERIFY2(!m.contains(u"Authorization"_s, Qt::CaseInsensitive), qPrintable(m));
    }
    // What is logged: method, path, status, duration, attempt.
    const QString expected = u"GET /opportunities/"_s + id + u" 200 "_s;
    bool found = false;
    for (const QString &m : std::as_const(g_messages))
        found = found || (m.contains(expected) && m.contains(u"ms attempt 1"_s));
    QVERIFY2(found, qPrintable(g_messages.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
