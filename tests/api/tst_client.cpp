// The Client against a real in-process sandbox over loopback HTTP: URL policy, paging, pacing under
// the sandbox's rate limit, retries under injected faults, POST safety, time-outs, perform_as, errors
// and log redaction.
#include "ClientTestKit.h"
#include "LeverApi.h"
#include "RawHttpServer.h"

#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever::api;
using lever::test::fastOptions;
using lever::test::makeClient;
using lever::test::RawHttpServer;
using lever::test::requestsTo;
using lever::test::SandboxFixture;

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
    void timeoutIsReported();
    void performAsOnWrites();
    void wrongKeyIsAuthError();
    void logsNeverShowSecrets();
    void redirectElsewhereIsNotFollowed();
};

void TestClient::redirectElsewhereIsNotFollowed()
{
    // Lever (here a mock) answering with a redirect to another origin: the credentials must not follow.
    RawHttpServer elsewhere([](const QByteArray &, const QByteArray &, const QByteArray &) {
        return RawHttpServer::Answer{200, R"({"data":[],"hasNext":false})", {}};
    });
    const QByteArray target = elsewhere.baseUrl().toString().toUtf8() + "/stages";
    RawHttpServer lever([&](const QByteArray &, const QByteArray &, const QByteArray &) {
        return RawHttpServer::Answer{302, "{}", {{"Location", target}}};
    });
    Client client(lever.baseUrl(), std::make_shared<ApiKeyCredentials>(u"key-that-stays-home"_s),
                  fastOptions());
    for (const QByteArray &method : {QByteArray("GET"), QByteArray("POST")}) {
        std::optional<bool> ok;
        if (method == "GET") {
            client.catalog().stages().onFinished(this, [&](const Result<PagerSummary> &r) { ok = r.ok(); });
        } else {
            client.setActingUserId(u"u1"_s);
            client.opportunities().addTags(u"o1"_s, {u"x"_s}).then(this, [&](const Result<Opportunity> &r) {
                ok = r.ok();
            });
        }
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 20000);
        QVERIFY2(!*ok, method.constData());
    }
    QVERIFY(!lever.requestLines().isEmpty());
    QVERIFY2(elsewhere.requestLines().isEmpty(), elsewhere.requestLines().join('\n').constData());
}

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
    QCOMPARE(lever::test::controlFaults(f, "PUT",
                                        {{u"failRate"_s, 0.1}, {u"dropRate"_s, 0.05}, {u"latencyMs"_s, 5}}),
             204);
    auto client = makeClient(f);
    QHash<QString, int> seen;
    std::optional<Result<PagerSummary>> done;
    OpportunityFilter filter;
    client->opportunities()
        .list(filter, Priority::Background, 40)
        .onPage(this,
                [&](const QList<Opportunity> &page, const PagerProgress &) {
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
    QCOMPARE(lever::test::controlFaults(f, "POST",
                                        {{u"method"_s, u"GET"_s},
                                         {u"path"_s, u"^/opportunities/[^/]+$"_s},
                                         {u"status"_s, 503},
                                         {u"count"_s, 2}}),
             204);
    auto client = makeClient(f);
    std::optional<Result<Opportunity>> result;
    Call<Opportunity> call =
        client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY2(result->ok(), qPrintable(result->errorString()));
    QCOMPARE(result->value().id, id);
    QCOMPARE(call.attempts(), 3);
    const auto log = requestsTo(f, u"/opportunities/"_s);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).status, 503);
    QCOMPARE(log.at(2).status, 200);

    // Five failures in a row: given up after maxAttempts, with Lever's code and message.
    QCOMPARE(
        lever::test::controlFaults(f, "POST", {{u"path"_s, u"^/opportunities/[^/]+$"_s}, {u"status"_s, 500}}),
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
    QCOMPARE(lever::test::controlFaults(f, "POST",
                                        {{u"method"_s, u"POST"_s},
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
    Call<CreatedOpportunity> call = client->opportunities().create(candidate).then(
        this, [&](const Result<CreatedOpportunity> &r) { result = r; });
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
    QCOMPARE(lever::test::controlFaults(f, "POST",
                                        {{u"method"_s, u"POST"_s},
                                         {u"path"_s, u"^/opportunities$"_s},
                                         {u"drop"_s, true},
                                         {u"count"_s, 10}}),
             204);
    result.reset();
    call = client->opportunities().create(candidate).then(
        this, [&](const Result<CreatedOpportunity> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QCOMPARE(result->error().category(), ApiError::Category::Network);
    QVERIFY(result->error().mayHaveBeenApplied());
    QCOMPARE(call.attempts(), 1);

    // Applied, then the connection closed before the answer: Qt's HTTP layer resends a request whose
    // connection closes while it waits for the answer, whatever the method, so a POST must go out in
    // a way it cannot repeat. Several rounds, on fresh and on reused connections.
    QCOMPARE(lever::test::controlFaults(f, "DELETE", {}), 204);
    f.sandbox().requestLog().clear();
    const auto read = [&] {
        bool done = false;
        client->catalog().stages().onFinished(this, [&](const Result<PagerSummary> &) { done = true; });
        QTRY_VERIFY(done);
    };
    for (int round = 0; round < 6; ++round) {
        read(); // a closed connection marks Lever unreachable, and then a POST is not even sent
        QVERIFY(client->isReachable());
        QCOMPARE(lever::test::controlFaults(f, "POST",
                                            {{u"method"_s, u"POST"_s},
                                             {u"path"_s, u"^/opportunities$"_s},
                                             {u"lostAnswer"_s, true},
                                             {u"count"_s, 1}}),
                 204);
        result.reset();
        call = client->opportunities().create(candidate).then(
            this, [&](const Result<CreatedOpportunity> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().category(), ApiError::Category::Network);
        QVERIFY(result->error().mayHaveBeenApplied());
        QTest::qWait(100);
        QCOMPARE(requestsTo(f, u"/opportunities"_s, "POST").size(), round + 1);
    }
    // The same for a file upload (a multipart body).
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    const QString files = u"/opportunities/"_s + id + u"/files"_s;
    read();
    QCOMPARE(lever::test::controlFaults(f, "POST",
                                        {{u"method"_s, u"POST"_s},
                                         {u"path"_s, u"/files$"_s},
                                         {u"lostAnswer"_s, true},
                                         {u"count"_s, 1}}),
             204);
    std::optional<Result<File>> uploaded;
    client->files()
        .upload(id, u"cv.txt"_s, QByteArray(200000, 'x'), "text/plain")
        .then(this, [&](const Result<File> &r) { uploaded = r; });
    QTRY_VERIFY_WITH_TIMEOUT(uploaded.has_value(), 30000);
    QVERIFY(!uploaded->ok());
    QVERIFY(uploaded->error().mayHaveBeenApplied());
    QTest::qWait(100);
    QCOMPARE(requestsTo(f, files, "POST").size(), 1);
    // And with no fault, the upload goes through whole.
    read();
    uploaded.reset();
    client->files()
        .upload(id, u"cv2.txt"_s, QByteArray(200000, 'y'), "text/plain")
        .then(this, [&](const Result<File> &r) { uploaded = r; });
    QTRY_VERIFY_WITH_TIMEOUT(uploaded.has_value(), 30000);
    QVERIFY2(uploaded->ok(), qPrintable(uploaded->ok() ? QString() : uploaded->error().toString()));
    QCOMPARE(uploaded->value().size, 200000);
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
    Call<CreatedOpportunity> call = client->opportunities().create(candidate).then(
        this, [&](const Result<CreatedOpportunity> &r) { result = r; });
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
    Call<Opportunity> call =
        client->opportunities().get(id).then(this, [&](const Result<Opportunity> &r) { read = r; });
    QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 30000);
    QCOMPARE(read->error().category(), ApiError::Category::Timeout);
    QCOMPARE(call.attempts(), 2); // a read is retried after a time-out
    QVERIFY(!read->error().userText().isEmpty());

    // A write that timed out may have been applied, and is not retried.
    std::optional<Result<Opportunity>> write;
    Call<Opportunity> tags =
        client->opportunities().addTags(id, {u"Rust"_s}).then(this, [&](const Result<Opportunity> &r) {
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

    // An empty id never turns into another route (PUT /opportunities/{id}/stage -> PUT /opportunities/stage).
    std::optional<Result<Opportunity>> noId;
    client->opportunities().moveToStage(QString(), u"offer"_s).then(this, [&](const auto &r) { noId = r; });
    QTRY_VERIFY(noId.has_value());
    QCOMPARE(noId->error().category(), ApiError::Category::Invalid);
    QCOMPARE(requestsTo(f, u"/opportunities"_s, "PUT").size(), 2);
}

void TestClient::wrongKeyIsAuthError()
{
    SandboxFixture f;
    auto client = makeClient(f, fastOptions(), u"not-a-key"_s);
    std::optional<Result<Opportunity>> result;
    Call<Opportunity> call =
        client->opportunities().get(u"x"_s).then(this, [&](const auto &r) { result = r; });
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
