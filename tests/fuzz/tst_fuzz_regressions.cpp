// Inputs the libFuzzer targets (fuzz/, scripts/fuzz.sh) found crashing or undefined, fed through the same
// entry points, plus hostile inputs per parser (deep nesting, huge numbers, invalid UTF-8, truncation):
// each must get a clear refusal or a sane value, never a crash. The normal build has no sanitizers, so the
// tests check the answers the fixes give; the fuzz build (ASan + UBSan) checks the rest.
#include "BodyReader.h"
#include "HtmlWhitelist.h"
#include "JsonReader.h"
#include "MultipartParser.h"
#include "Page.h"
#include "Parsers.h"
#include "Request.h"
#include "RetryPolicy.h"
#include "SandboxError.h"
#include "SandboxFixture.h"
#include "cache/RecordCodec.h"
#include "cache/ReferenceCodec.h"
#include "postings/PostingDraftStore.h"
#include "postings/PostingHtml.h"
#include "types/Opportunity.h"
#include "types/Posting.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
constexpr qint64 kIntMax = std::numeric_limits<int>::max();

QByteArray nested(int depth, const QByteArray &inner = "1")
{
    return QByteArray(depth, '[') + inner + QByteArray(depth, ']');
}

// The status of the SandboxError `read` throws, 0 when it returns.
template <class F> int refusal(F &&read)
{
    try {
        read();
    } catch (const sandbox::SandboxError &e) {
        return e.status();
    }
    return 0;
}
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Defects the fuzzers found.
    void retryAfterHugeSeconds();
    void retryAfterTrailingComma();
    void jsonIntegerOutOfRange();
    void bodyReaderIntegerAtTwoToThe63();
    void postingDraftHugeUpdatedAt();
    void uploadPartWithoutBody();
    // Hostile inputs per parser.
    void apiHostileAnswers();
    void sandboxHostileBodies();
    void multipartHostileBodies();
    void htmlHostileMarkup();
    void cacheHostileRows();
};

// fuzz_api_types, crash-229e62a9: a Retry-After of 9223372036854775807 seconds overflowed `seconds * 1000`
// (signed overflow), and a date in the year 9999 would have overflowed the Pacer's nanoseconds.
void TestFuzzRegressions::retryAfterHugeSeconds()
{
    using api::RetryPolicy;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1700000000000LL, QTimeZone::utc());
    QCOMPARE(RetryPolicy::parseRetryAfter("9223372036854775807", now), std::optional<qint64>(kIntMax));
    QCOMPARE(RetryPolicy::parseRetryAfter("2147484", now), std::optional<qint64>(kIntMax));
    QCOMPARE(RetryPolicy::parseRetryAfter("2147483", now), std::optional<qint64>(2147483000));
    QCOMPARE(RetryPolicy::parseRetryAfter("120", now), std::optional<qint64>(120000));
    QCOMPARE(RetryPolicy::parseRetryAfter("Fri, 31 Dec 9999 23:59:59 GMT", now),
             std::optional<qint64>(kIntMax));
    RetryPolicy policy;
    RetryPolicy::Failure failure;
    failure.method = "GET";
    failure.httpStatus = 429;
    failure.retryAfter = "9223372036854775807";
    const auto delay = policy.retryDelayMs(failure, 1);
    QVERIFY(delay);
    QVERIFY2(*delay >= kIntMax && *delay <= kIntMax + kIntMax / 10 + 50, qPrintable(QString::number(*delay)));
}

// fuzz_api_types, crash-495e6f2b ("z`,"): Qt 6.4's HTTP-date parser reads two characters past the first
// comma as a C string; with the comma last that is past the end of the header (heap over-read in strlen).
void TestFuzzRegressions::retryAfterTrailingComma()
{
    using api::RetryPolicy;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(1700000000000LL, QTimeZone::utc());
    QVERIFY(!RetryPolicy::parseRetryAfter(QByteArray("z`,"), now));
    QVERIFY(!RetryPolicy::parseRetryAfter(QByteArray("x,"), now));
    QVERIFY(!RetryPolicy::parseRetryAfter(QByteArray(","), now));
    QVERIFY(!RetryPolicy::parseRetryAfter(QByteArray("Wed, 21 Oct 2015,"), now)); // first comma is not last
    QCOMPARE(RetryPolicy::parseRetryAfter("Tue, 14 Nov 2023 22:13:50 GMT", now),
             std::optional<qint64>(30000));
}

// A seed of fuzz_api_types ({"duration": 1e308}): JsonReader converted the double to qint64 before checking
// its range (undefined for 1e300). Now it is the usual "expected an integer" error naming the path.
void TestFuzzRegressions::jsonIntegerOutOfRange()
{
    for (const char *number : {"1e300", "-1e300", "9223372036854775808", "1.5", "9007199254740993e3"}) {
        const QByteArray body = QByteArray(R"({"data":{"id":"o1","createdAt":)") + number + "}}";
        const api::Job::Parsed parsed = api::Parsers::data<api::Opportunity>()(body, 200);
        QVERIFY2(parsed.error, number);
        QVERIFY2(parsed.error->message().contains(u"createdAt: expected an integer"_s),
                 qPrintable(parsed.error->message()));
    }
    const QByteArray nestedBody =
        R"({"data":[{"id":"o1","stageChanges":[{"toStageId":"s","updatedAt":-1e308}]}],
                                     "hasNext":false})";
    QString error;
    QVERIFY(!api::Page<api::Opportunity>::fromJson(nestedBody, &error));
    QVERIFY2(error.contains(u"data[0].stageChanges[0].updatedAt: expected an integer"_s), qPrintable(error));
    const auto ok =
        api::Opportunity::fromJson(QJsonObject{{u"id"_s, u"o"_s}, {u"createdAt"_s, 9007199254740992.0}});
    QVERIFY(ok);
    QCOMPARE(ok->createdAt, 9007199254740992LL);
}

// fuzz_sandbox_request, crash-f1f3785c ("date": 9.2233720368547758e18 read as an integer up to INT64_MAX):
// double(INT64_MAX) rounds up to 2^63, so 2^63 passed the range check and its conversion was undefined.
void TestFuzzRegressions::bodyReaderIntegerAtTwoToThe63()
{
    using sandbox::BodyReader;
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    const BodyReader body(QJsonObject{{u"big"_s, 9223372036854775808.0},
                                      {u"below"_s, 9223372036854774784.0}, // the largest double below 2^63
                                      {u"low"_s, -9223372036854775808.0},
                                      {u"huge"_s, 1e300}});
    QCOMPARE(refusal([&] { (void)body.integer(u"big"_s, 0, kMax); }), 400);
    QCOMPARE(refusal([&] { (void)body.integer(u"huge"_s, kMin, kMax); }), 400);
    QCOMPARE(body.integer(u"below"_s, 0, kMax), std::optional<qint64>(9223372036854774784LL));
    QCOMPARE(body.integer(u"low"_s, kMin, kMax), std::optional<qint64>(kMin));
    QCOMPARE(refusal([&] { (void)body.integer(u"big"_s, 1, 4); }), 400);
}

// fuzz_posting_draft, crash-23479a01: a draft file with "updatedAt": 1e300 was converted to qint64
// unchecked. The draft still loads; the impossible updatedAt is left out.
void TestFuzzRegressions::postingDraftHugeUpdatedAt()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const models::PostingDraftStore store(folder.path());
    const QString key = models::PostingDraftStore::newKey();
    models::PostingDraftStore::Draft empty;
    empty.key = key;
    QVERIFY(store.save(empty));
    const auto write = [&](const QByteArray &content) {
        QFile file(store.filePath(key));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    };
    write(R"({"key":"new","savedAt":"2026-07-01T10:00:00.000Z","updatedAt":1e300,"form":{"text":"T","lists":)"
          R"([{"text":"L","content":"<li>x</li>"},7],"salaryMin":"abc","tags":"notalist"},"base":[]})");
    auto draft = store.load(key);
    QVERIFY(draft);
    QVERIFY(!draft->updatedAt);
    QCOMPARE(draft->form.string(u"text"_s), u"T"_s);
    QCOMPARE(draft->form.lists().size(), 2); // the 7 reads as an empty list entry
    (void)draft->form.toUpdateDraft(draft->base).toJson();

    write(R"({"key":"new","updatedAt":-1e300,"form":{}})");
    draft = store.load(key);
    QVERIFY(draft);
    QVERIFY(!draft->updatedAt);
    write(R"({"key":"new","updatedAt":1782864000000,"form":{}})");
    draft = store.load(key);
    QVERIFY(draft);
    QCOMPARE(draft->updatedAt, std::optional<qint64>(1782864000000LL));
    for (const QByteArray &broken : {QByteArray(R"({"key":"new","form":{"text":"T")"),
                                     QByteArray("\xff\xfe\x00"), QByteArray(), nested(5000)}) {
        write(broken);
        QVERIFY(!store.load(key));
    }
}

// fuzz_sandbox_handle, crash-f6145526 (POST /v1/uploads): a file part whose header block runs straight into
// the closing delimiter got null data, stored as SQL NULL, which file_blobs.content refuses: a 500. It is an
// empty file now, like an empty part framed the usual way.
void TestFuzzRegressions::uploadPartWithoutBody()
{
    const QByteArray type = "multipart/form-data; boundary=b";
    const QByteArray body =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n--b--\r\n";
    const auto parts = sandbox::MultipartParser::parse(type, body);
    QCOMPARE(parts.size(), 1);
    QVERIFY(parts.first().data.isEmpty());
    QVERIFY(!parts.first().data.isNull());

    test::SandboxFixture fixture;
    auto headers = fixture.basicAuth();
    headers.insert("Content-Type", type);
    const QString opportunity = fixture.seedOpportunity().value(u"id"_s).toString();
    for (const QString &path : {u"/uploads"_s, QString(u"/opportunities/"_s + opportunity + u"/files"_s)}) {
        const auto reply = fixture.send("POST", fixture.apiUrl(path), body, headers);
        QVERIFY2(reply.status == 200 || reply.status == 201,
                 qPrintable(path + QString::fromUtf8(reply.body)));
    }
    // The input as the fuzzer found it: a second, normal part after the empty one.
    const QByteArray found = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                             "tent-type: multipart/form-data; boundary=b\r\n\r\n--b\r\n"
                             "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\n"
                             "h\xecleo\r\n--b--\r\n";
    const auto reply = fixture.send("POST", fixture.apiUrl(u"/uploads"_s), found, headers);
    QVERIFY2(reply.status == 200 || reply.status == 201, reply.body.constData());
}

void TestFuzzRegressions::apiHostileAnswers()
{
    // Deep nesting: Qt's parser refuses it (DeepNesting); the answer is a parse error, not a crash.
    const QByteArray deep = R"({"data":)" + nested(100000) + "}";
    QString error;
    QVERIFY(!api::Page<api::Posting>::fromJson(deep, &error));
    QVERIFY(api::Parsers::data<api::Posting>()(deep, 200).error);
    // Invalid UTF-8 is malformed JSON: a parse error.
    const QByteArray invalid = "{\"data\":{\"id\":\"\xff\xfe\xc0\x80\"}}";
    const auto parsed = api::Parsers::data<api::Posting>()(invalid, 200);
    QVERIFY(parsed.error);
    QVERIFY2(parsed.error->message().contains(u"malformed JSON"_s), qPrintable(parsed.error->message()));
    // Wrong types everywhere: every one named.
    const auto wrong = api::Opportunity::fromJson(
        QJsonDocument::fromJson(R"({"id":7,"followers":"u1","stageChanges":[3],"archived":[]})").object(),
        &error);
    QVERIFY(!wrong);
    QVERIFY2(error.contains(u"id: expected a string"_s) &&
                 error.contains(u"followers: expected an array"_s) &&
                 error.contains(u"stageChanges[0]: expected an object"_s),
             qPrintable(error));
}

void TestFuzzRegressions::sandboxHostileBodies()
{
    sandbox::Request request;
    request.body = "{\"a\":" + nested(100000) + "}";
    QCOMPARE(refusal([&] { (void)request.jsonBody(); }), 400);
    request.body = "{\"a\":\"\xff\xfe\xed\xa0\x80\",\"n\":1e999}";
    QCOMPARE(refusal([&] { (void)request.jsonBody(); }), 400);
    request.body = "{\"a\":\"unterminated";
    QCOMPARE(refusal([&] { (void)request.jsonBody(); }), 400);
    request.query = {{u"updated_at_start"_s, u"99999999999999999999"_s}, {u"archived"_s, u"\uFFFD"_s}};
    QCOMPARE(refusal([&] { (void)request.epochMsQuery(u"updated_at_start"_s); }), 400);
    QCOMPARE(refusal([&] { (void)request.boolQuery(u"archived"_s); }), 400);
    const sandbox::BodyReader body(QJsonObject{{u"t"_s, 1e300}, {u"s"_s, QString(300, u'x')}});
    QCOMPARE(refusal([&] { (void)body.timestamp(u"t"_s); }), 400);
    QCOMPARE(refusal([&] { (void)body.string(u"s"_s); }), 400);
}

void TestFuzzRegressions::multipartHostileBodies()
{
    using sandbox::MultipartParser;
    const QByteArray type = "multipart/form-data; boundary=b";
    const QByteArray part =
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nhello";
    // Truncated: no closing boundary, headers that never end, nothing after the boundary.
    QCOMPARE(refusal([&] { (void)MultipartParser::parse(type, part); }), 400);
    QCOMPARE(refusal([&] { (void)MultipartParser::parse(type, "--b\r\nContent-Disposition: form-da"); }),
             400);
    QCOMPARE(refusal([&] { (void)MultipartParser::parse(type, "--b"); }), 400);
    QCOMPARE(refusal([&] { (void)MultipartParser::parse(type, QByteArray()); }), 400);
    // Boundaries: missing, empty, too long, unquoted at the end.
    QCOMPARE(refusal([&] { (void)MultipartParser::boundary("multipart/form-data"); }), 400);
    QCOMPARE(refusal([&] { (void)MultipartParser::boundary("multipart/form-data; boundary="); }), 400);
    QCOMPARE(refusal([&] {
                 (void)MultipartParser::boundary("multipart/form-data; boundary=" + QByteArray(71, 'a'));
             }),
             400);
    QCOMPARE(refusal([&] { (void)MultipartParser::boundary("multipart/form-data; boundary=\""); }), 400);
    // Headers over 8 KB, and an unterminated quoted name.
    QCOMPARE(refusal([&] {
                 (void)MultipartParser::parse(type,
                                              "--b\r\nX: " + QByteArray(20000, 'a') + "\r\n\r\nx\r\n--b--");
             }),
             400);
    QCOMPARE(refusal([&] {
                 (void)MultipartParser::parse(
                     type, "--b\r\nContent-Disposition: form-data; name=\"a\r\n\r\nx\r\n--b--");
             }),
             400);
    // Invalid UTF-8 in a file name is read as Latin-1; the part still parses.
    const auto parts = MultipartParser::parse(
        type,
        "--b\r\nContent-Disposition: form-data; name=\"f\"; filename=\"\xff\xfe.txt\"\r\n\r\nx\r\n--b--\r\n");
    QCOMPARE(parts.size(), 1);
    QCOMPARE(parts.first().fileName.value_or(QString()), QString::fromLatin1("\xff\xfe.txt"));
    QCOMPARE(parts.first().data, QByteArray("x"));
}

void TestFuzzRegressions::htmlHostileMarkup()
{
    using sandbox::HtmlWhitelist;
    const QString deep = QString(u"<div>"_s).repeated(5000) + u"x"_s + QString(u"</div>"_s).repeated(5000);
    QCOMPARE(HtmlWhitelist::plainText(deep, HtmlWhitelist::Profile::Description, u"d"_s), u"x"_s);
    for (const QString &bad : {u"<div"_s, u"<a href=\""_s, u"</"_s, u"<div><b></div>"_s, u"<!--"_s,
                               u"<div style=\"font-size\">x</div>"_s}) {
        QCOMPARE(refusal([&] {
                     (void)HtmlWhitelist::plainText(bad, HtmlWhitelist::Profile::Description, u"d"_s);
                 }),
                 400);
    }
    const QString entities = u"&#x110000;&#xD800;&#0;&#x;&#;&amp"_s;
    QCOMPARE(HtmlWhitelist::plainText(entities, HtmlWhitelist::Profile::List, u"d"_s), entities);
    const QString invalid = QString::fromUtf8("<div>\xff\xfe\xed\xa0\x80</div>");
    QVERIFY(!HtmlWhitelist::plainText(invalid, HtmlWhitelist::Profile::Description, u"d"_s).isEmpty());
    using models::PostingHtml;
    QVERIFY(PostingHtml::check(invalid, PostingHtml::Profile::Description).isEmpty());
    const QString deepText = QString(u"<div>"_s).repeated(500) + u"x"_s + QString(u"</div>"_s).repeated(500);
    QVERIFY(PostingHtml::normalize(deepText, PostingHtml::Profile::Description).contains(u"x"_s));
    QVERIFY(!PostingHtml::check(u"<script><img src=x>"_s, PostingHtml::Profile::List).isEmpty());
}

void TestFuzzRegressions::cacheHostileRows()
{
    using models::RecordCodec;
    using models::ReferenceCodec;
    models::OpportunityRecord record;
    record.id = u"opp-1"_s;
    record.name = u"Zoë"_s;
    record.tags = {u"a"_s, u"b"_s};
    const QByteArray row = RecordCodec::encode(record);
    QVERIFY(RecordCodec::decode(row));
    // Every truncation, and one byte too many, is refused.
    for (qsizetype n = 0; n < row.size(); ++n)
        QVERIFY2(!RecordCodec::decode(QByteArrayView(row).first(n)), qPrintable(QString::number(n)));
    QVERIFY(!RecordCodec::decode(QByteArray(row + '\0')));
    // A string length past the end, a list count far beyond the limit, a negative count.
    QByteArray longString = row;
    longString[1] = '\x7f';
    QVERIFY(!RecordCodec::decode(longString));
    const qsizetype tagCount =
        row.indexOf(QByteArray(QByteArray::fromHex("00000002") + QByteArray::fromHex("00000001") + 'a'));
    QVERIFY(tagCount > 0);
    for (const QByteArray &count : {QByteArray::fromHex("7fffffff"), QByteArray::fromHex("ffffffff")}) {
        QByteArray bad = row;
        bad.replace(tagCount, 4, count);
        QVERIFY(!RecordCodec::decode(bad));
    }
    // Invalid UTF-8 decodes to replacement characters, and the row still round-trips.
    models::OpportunityRecord odd = record;
    QByteArray invalid = RecordCodec::encode(odd);
    invalid.replace("opp-1", "\xff\xfe\xc0\x80\xed");
    RecordCodec::Decoder decoder;
    const auto decoded = decoder.decode(invalid);
    QVERIFY(decoded);
    QVERIFY(RecordCodec::decode(RecordCodec::encode(*decoded)));

    QVERIFY(!ReferenceCodec::stages(nested(100000)));
    QVERIFY(!ReferenceCodec::stages(R"([{"id":"s1"},7])"));
    QVERIFY(!ReferenceCodec::users(R"([{"id":""}])"));
    QVERIFY(!ReferenceCodec::postings(R"({"id":"p"})"));
    const auto users =
        ReferenceCodec::users(R"([{"id":"u","name":"\ud800 x","deactivated":1,"more":[[[]]]}])");
    QVERIFY(users);
    QCOMPARE(users->size(), 1);
    QVERIFY(ReferenceCodec::users(ReferenceCodec::encode(*users)));
}

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"
