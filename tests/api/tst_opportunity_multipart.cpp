// POST /opportunities as multipart/form-data through the API layer: the form fields it writes, a
// create with a resume, parse and files against the sandbox, and a lost answer never sent twice.
#include "ClientTestKit.h"
#include "resources/OpportunityMultipart.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever::api;
using lever::test::SandboxFixture;

class TestOpportunityMultipart : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formFieldsUseLeversBrackets();
    void createsWithResumeAndFiles();
    void refusesWithoutAWayToNameThePerson();
    void lostAnswerIsNotResent();
};

void TestOpportunityMultipart::formFieldsUseLeversBrackets()
{
    NewOpportunity o;
    o.name = u"Ana Ruiz"_s;
    o.emails = {u"a@x.example"_s, u"b@x.example"_s};
    o.phones = {Phone{u"mobile"_s, u"+1 555 0100"_s}};
    o.posting = u"p1"_s;
    o.archived = Archived{u"r1"_s, 42};
    const auto fields = OpportunityMultipart::formFields(o.toJson());
    auto has = [&fields](const QByteArray &name, const QString &value) {
        return fields.contains(QPair<QByteArray, QString>(name, value));
    };
    QVERIFY(has("name", u"Ana Ruiz"_s));
    QVERIFY(has("emails[]", u"a@x.example"_s));
    QVERIFY(has("emails[]", u"b@x.example"_s));
    QVERIFY(has("phones[0][type]", u"mobile"_s));
    QVERIFY(has("phones[0][value]", u"+1 555 0100"_s));
    QVERIFY(has("postings[]", u"p1"_s));
    QVERIFY(has("archived[reason]", u"r1"_s));
    QVERIFY(has("archived[archivedAt]", u"42"_s));
    // An empty name (a resume is to fill it in) is left out, not sent empty.
    NewOpportunity blank;
    QVERIFY(OpportunityMultipart::formFields(blank.toJson()).isEmpty());
}

void TestOpportunityMultipart::createsWithResumeAndFiles()
{
    SandboxFixture f;
    auto client = lever::test::makeClient(f);
    client->setActingUserId(f.firstUserId());
    NewOpportunity o;
    o.headline = u"Staff engineer"_s;
    o.tags = {u"Meetup"_s};
    const Attachment resume{u"Ana Ruiz.txt"_s, "Ana Ruiz\nana.ruiz@example.com\n+49 30 1234 5678\n",
                            "text/plain"};
    const Attachment letter{u"letter.txt"_s, "Dear team", "text/plain"};
    std::optional<Result<CreatedOpportunity>> result;
    OpportunityMultipart(*client)
        .create(o, {.parse = true}, resume, {letter})
        .then(this, [&](const Result<CreatedOpportunity> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->ok(), result->ok() ? "" : qPrintable(result->error().userText()));
    const Opportunity &created = result->value().opportunity;
    QCOMPARE(created.name, u"Ana Ruiz"_s); // read from the resume
    QCOMPARE(created.emails, QStringList{u"ana.ruiz@example.com"_s});
    QCOMPARE(created.headline, u"Staff engineer"_s);
    const auto resumes = f.get(u"/opportunities/"_s + created.id + u"/resumes"_s).list();
    QCOMPARE(resumes.size(), 1);
    QCOMPARE(resumes.first().toObject().value(u"file"_s).toObject().value(u"name"_s).toString(),
             u"Ana Ruiz.txt"_s);
    QCOMPARE(f.get(u"/opportunities/"_s + created.id + u"/files"_s).list().size(), 2);
}

void TestOpportunityMultipart::refusesWithoutAWayToNameThePerson()
{
    SandboxFixture f;
    auto client = lever::test::makeClient(f);
    client->setActingUserId(f.firstUserId());
    std::optional<Result<CreatedOpportunity>> result;
    // A resume without parse=true cannot name anyone: refused before anything is sent.
    OpportunityMultipart(*client)
        .create({}, {}, Attachment{u"cv.txt"_s, "Ana Ruiz", "text/plain"}, {})
        .then(this, [&](const Result<CreatedOpportunity> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->error().category(), ApiError::Category::Invalid);
    QVERIFY(lever::test::requestsTo(f, u"/opportunities"_s, "POST").isEmpty());
    result.reset();
    NewOpportunity big; // named fields, not designated initializers: -Wextra wants every member of those
    big.name = u"Big"_s;
    OpportunityMultipart(*client)
        .create(big, {}, Attachment{u"cv.pdf"_s, QByteArray(31 * 1024 * 1024, 'x')}, {})
        .then(this, [&](const Result<CreatedOpportunity> &r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->error().userText().contains(u"30 MB"_s));
}

void TestOpportunityMultipart::lostAnswerIsNotResent()
{
    SandboxFixture f;
    auto client = lever::test::makeClient(f);
    client->setActingUserId(f.firstUserId());
    QCOMPARE(lever::test::controlFaults(f, "POST",
                                        {{u"method"_s, u"POST"_s},
                                         {u"path"_s, u"^/opportunities$"_s},
                                         {u"lostAnswer"_s, true},
                                         {u"count"_s, 1}}),
             204);
    std::optional<Result<CreatedOpportunity>> result;
    NewOpportunity once;
    once.name = u"Once Only"_s;
    once.emails = {u"once@example.com"_s};
    OpportunityMultipart(*client)
        .create(once, {}, Attachment{u"cv.txt"_s, QByteArray(300000, 'x'), "text/plain"}, {})
        .then(this, [&](const Result<CreatedOpportunity> &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
    QVERIFY(!result->ok());
    QVERIFY(result->error().mayHaveBeenApplied());
    QTest::qWait(200);
    QCOMPARE(lever::test::requestsTo(f, u"/opportunities"_s, "POST").size(), 1);
    // It was applied: Lever has the candidate once.
    QCOMPARE(f.get(u"/opportunities?email=once@example.com"_s).list().size(), 1);
}

QTEST_GUILESS_MAIN(TestOpportunityMultipart)
#include "tst_opportunity_multipart.moc"
