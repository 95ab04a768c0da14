// RetryPolicy (the one place retries are decided) and ApiError (categories and recruiter texts).
#include "ApiError.h"
#include "RetryPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever::api;

class TestErrors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfterForms();
    void backoffGrowsWithJitterAndCap();
    void whatIsRetried();
    void mayHaveBeenApplied();
    void categoriesFromStatus();
    void errorBodies();
    void userTexts();
};

void TestErrors::retryAfterForms()
{
    const QDateTime now = QDateTime::fromString(u"2015-10-21T07:28:00Z"_s, Qt::ISODate);
    QCOMPARE(RetryPolicy::parseRetryAfter("3", now), std::optional<qint64>(3000));
    QCOMPARE(RetryPolicy::parseRetryAfter(" 0 ", now), std::optional<qint64>(0));
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now),
             std::optional<qint64>(30000));
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed Oct 21 07:28:05 2015", now),
             std::optional<qint64>(5000)); // asctime
    QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now),
             std::optional<qint64>(0)); // past
    QVERIFY(!RetryPolicy::parseRetryAfter("", now));
    QVERIFY(!RetryPolicy::parseRetryAfter("-5", now));
    QVERIFY(!RetryPolicy::parseRetryAfter("soon", now));
}

void TestErrors::backoffGrowsWithJitterAndCap()
{
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 1000;
    for (int i = 0; i < 200; ++i) {
        const qint64 first = p.backoffMs(1);
        QVERIFY(first >= 50 && first <= 100);
        const qint64 third = p.backoffMs(3);
        QVERIFY(third >= 200 && third <= 400);
        const qint64 capped = p.backoffMs(12);
        QVERIFY(capped >= 500 && capped <= 1000);
    }
    // Jitter: not every delay is the same.
    QSet<qint64> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(p.backoffMs(4));
    QVERIFY(seen.size() > 5);
}

void TestErrors::whatIsRetried()
{
    RetryPolicy p;
    p.maxAttempts = 5;
    const auto failure = [](const char *method, int status,
                            QNetworkReply::NetworkError error = QNetworkReply::NoError, bool timedOut = false,
                            QByteArray retryAfter = {}) {
        return RetryPolicy::Failure{method, status, error, timedOut, retryAfter};
    };
    // 429 and 503: every method, Retry-After honoured.
    QVERIFY(p.retryDelayMs(failure("POST", 429), 1));
    QVERIFY(p.retryDelayMs(failure("POST", 503), 1));
    const auto after = p.retryDelayMs(failure("GET", 429, QNetworkReply::NoError, false, "2"), 1);
    QVERIFY(after && *after >= 2000 && *after <= 2300);
    // Idempotent methods: network errors, time-outs and 5xx too.
    for (const char *m : {"GET", "PUT", "DELETE"}) {
        QVERIFY(p.retryDelayMs(failure(m, 500), 1));
        QVERIFY(p.retryDelayMs(failure(m, 502), 1));
        QVERIFY(p.retryDelayMs(failure(m, 0, QNetworkReply::RemoteHostClosedError), 1));
        QVERIFY(p.retryDelayMs(failure(m, 0, QNetworkReply::OperationCanceledError, true), 1));
    }
    // POST: never blindly.
    QVERIFY(!p.retryDelayMs(failure("POST", 500), 1));
    QVERIFY(!p.retryDelayMs(failure("POST", 0, QNetworkReply::RemoteHostClosedError), 1));
    QVERIFY(!p.retryDelayMs(failure("POST", 0, QNetworkReply::OperationCanceledError, true), 1));
    // Client errors are final.
    for (int status : {400, 401, 403, 404, 409, 422})
        QVERIFY(!p.retryDelayMs(failure("GET", status), 1));
    // Bounded attempts.
    QVERIFY(p.retryDelayMs(failure("GET", 429), 4));
    QVERIFY(!p.retryDelayMs(failure("GET", 429), 5));
}

void TestErrors::mayHaveBeenApplied()
{
    using F = RetryPolicy::Failure;
    QVERIFY(RetryPolicy::mayHaveBeenApplied(F{"POST", 0, QNetworkReply::RemoteHostClosedError, false, {}}));
    QVERIFY(RetryPolicy::mayHaveBeenApplied(F{"POST", 500, QNetworkReply::NoError, false, {}}));
    QVERIFY(RetryPolicy::mayHaveBeenApplied(F{"PUT", 0, QNetworkReply::TimeoutError, true, {}}));
    QVERIFY(!RetryPolicy::mayHaveBeenApplied(F{"POST", 400, QNetworkReply::NoError, false, {}}));
    QVERIFY(!RetryPolicy::mayHaveBeenApplied(F{"POST", 429, QNetworkReply::NoError, false, {}}));
    QVERIFY(!RetryPolicy::mayHaveBeenApplied(F{"GET", 0, QNetworkReply::RemoteHostClosedError, false, {}}));
}

void TestErrors::categoriesFromStatus()
{
    using C = ApiError::Category;
    QCOMPARE(ApiError::categoryForStatus(400), C::Invalid);
    QCOMPARE(ApiError::categoryForStatus(401), C::Auth);
    QCOMPARE(ApiError::categoryForStatus(403), C::Forbidden);
    QCOMPARE(ApiError::categoryForStatus(404), C::NotFound);
    QCOMPARE(ApiError::categoryForStatus(408), C::Timeout);
    QCOMPARE(ApiError::categoryForStatus(409), C::Conflict);
    QCOMPARE(ApiError::categoryForStatus(413), C::Invalid);
    QCOMPARE(ApiError::categoryForStatus(422), C::Invalid);
    QCOMPARE(ApiError::categoryForStatus(429), C::RateLimited);
    QCOMPARE(ApiError::categoryForStatus(500), C::Server);
    QCOMPARE(ApiError::categoryForStatus(503), C::Server);
}

void TestErrors::errorBodies()
{
    ApiError e =
        ApiError::fromHttp(404, R"({"code":"ResourceNotFound","message":"stages abc was not found"})");
    QCOMPARE(e.code(), u"ResourceNotFound"_s);
    QCOMPARE(e.message(), u"stages abc was not found"_s);
    QCOMPARE(e.httpStatus(), 404);
    e = ApiError::fromHttp(400, R"({"error":"invalid_grant","error_description":"expired"})");
    QCOMPARE(e.code(), u"invalid_grant"_s);
    QCOMPARE(e.message(), u"expired"_s);
    e = ApiError::fromHttp(502, "<html>Bad gateway</html>");
    QCOMPARE(e.category(), ApiError::Category::Server);
    QVERIFY(e.message().contains(u"502"_s));
    QVERIFY(e.toString().contains(u"Server 502"_s));
}

void TestErrors::userTexts()
{
    using C = ApiError::Category;
    QSet<QString> texts;
    for (C c : {C::Network, C::Timeout, C::Auth, C::Forbidden, C::NotFound, C::Invalid, C::Conflict,
                C::RateLimited, C::Server, C::Cancelled, C::Parse}) {
        const ApiError e(c, u"detail"_s);
        QVERIFY(!e.userText().isEmpty());
        QVERIFY(!ApiError::categoryName(c).isEmpty());
        texts.insert(e.userText());
    }
    QCOMPARE(texts.size(), 11); // one sentence per category
    // Lever's own message explains a refused change; a maybe-applied write says so.
    QVERIFY(ApiError(C::Invalid, u"stage x not found"_s).userText().contains(u"stage x not found"_s));
    ApiError maybe(C::Network, u"reset"_s);
    maybe.setMayHaveBeenApplied(true);
    QVERIFY(maybe.userText().contains(u"may or may not"_s));
}

QTEST_GUILESS_MAIN(TestErrors)
#include "tst_errors.moc"
