// Postings: create, read, both update forms, HTML whitelist, salary, state machine, requisition links.
#include "DocumentStore.h"
#include "PostingTestKit.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;
using namespace lever::test::postings;

namespace {

QList<QJsonObject> auditEvents(SandboxFixture &f, const QString &type)
{
    QList<QJsonObject> out;
    const QList<QJsonObject> all = f.sandbox().context().docs.all(u"audit_event"_s);
    for (const QJsonObject &e : all) {
        if (e.value(u"type"_s).toString() == type)
            out.append(e);
    }
    return out;
}

QString deactivatedUser(SandboxFixture &f)
{
    const QList<QJsonObject> users = f.sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (!u.value(u"deactivatedAt"_s).isNull())
            return u.value(u"id"_s).toString();
    }
    return {};
}

} // namespace

class TestPostings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createMinimalDefaults();
    void createFullShape();
    void getAndNotFound();
    void scopes();
    void invalidCreate_data();
    void invalidCreate();
    void htmlAccepted();
    void hostileHtml();
    void partialUpdate();
    void putReplaces();
    void stateTransitions_data();
    void stateTransitions();
    void updateRules();
    void requisitionLinks();
};

void TestPostings::createMinimalDefaults()
{
    SandboxFixture f;
    const auto r = f.post(u"/postings"_s, json(R"({"text": "Backend Engineer"})"));
    QCOMPARE(r.status, 201);
    const QJsonObject p = r.data();
    verifyPostingShape(p);
    QCOMPARE(p.value(u"text"_s).toString(), u"Backend Engineer"_s);
    QCOMPARE(p.value(u"state"_s).toString(), u"draft"_s);
    QCOMPARE(p.value(u"distributionChannels"_s).toArray(), (QJsonArray{u"public"_s, u"internal"_s}));
    QCOMPARE(p.value(u"owner"_s).toString(), f.firstUserId());
    QCOMPARE(p.value(u"user"_s).toString(), f.firstUserId());
    QVERIFY(p.value(u"hiringManager"_s).isNull());
    QCOMPARE(p.value(u"followers"_s).toArray(), QJsonArray{f.firstUserId()});
    QCOMPARE(p.value(u"workplaceType"_s).toString(), u"unspecified"_s);
    QCOMPARE(p.value(u"confidentiality"_s).toString(), u"non-confidential"_s);
    QVERIFY(p.value(u"urls"_s).isNull()); // drafts have no public URLs
    QVERIFY(!p.contains(u"salaryRange"_s));

    const auto events = auditEvents(f, u"posting.created"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().value(u"target"_s).toObject().value(u"id"_s).toString(), idOf(r));

    // perform_as makes another user the creator and default owner.
    const QString other = otherUser(f);
    const auto r2 = f.post(u"/postings?perform_as="_s + other, json(R"({"text": "Designer"})"));
    QCOMPARE(r2.status, 201);
    QCOMPARE(r2.data().value(u"owner"_s).toString(), other);
    QCOMPARE(r2.data().value(u"user"_s).toString(), other);
}

void TestPostings::createFullShape()
{
    SandboxFixture f;
    const QString manager = otherUser(f, u"team member"_s);
    QJsonObject body = json(R"({
        "text": "Senior Qt Engineer", "state": "published", "distributionChannels": ["public"],
        "categories": {"team": "Desktop", "department": "Engineering", "location": "Berlin, Germany",
                       "allLocations": ["Berlin, Germany", "Remote"], "commitment": "Full-time", "level": "Senior"},
        "tags": ["C++", "Qt", "C++"],
        "content": {"descriptionHtml": "<div>Build the <b>console</b>.</div>",
                    "lists": [{"text": "You bring", "content": "<li>C++20</li><li>Qt 6</li>"}],
                    "closingHtml": "<p>Apply now</p>"},
        "workplaceType": "on-site",
        "salaryRange": {"min": 70000, "max": 95000, "currency": "EUR", "interval": "per-year-salary"},
        "salaryDescriptionHtml": "<div>Plus equity</div>"
    })");
    body.insert(u"hiringManager"_s, manager);
    const auto r = f.post(u"/postings"_s, body);
    QCOMPARE(r.status, 201);
    const QJsonObject p = r.data();
    verifyPostingShape(p);
    QCOMPARE(p.value(u"state"_s).toString(), u"published"_s);
    QCOMPARE(p.value(u"distributionChannels"_s).toArray(), QJsonArray{u"public"_s});
    QCOMPARE(p.value(u"hiringManager"_s).toString(), manager);
    QCOMPARE(p.value(u"followers"_s).toArray(), (QJsonArray{f.firstUserId(), manager}));
    QCOMPARE(p.value(u"tags"_s).toArray(), (QJsonArray{u"C++"_s, u"Qt"_s}));
    QCOMPARE(p.value(u"workplaceType"_s).toString(), u"onsite"_s);
    QCOMPARE(p.value(u"country"_s).toString(), u"DE"_s);
    const QJsonObject categories = p.value(u"categories"_s).toObject();
    QCOMPARE(categories.value(u"team"_s).toString(), u"Desktop"_s);
    QCOMPARE(categories.value(u"level"_s).toString(), u"Senior"_s);
    QCOMPARE(categories.value(u"allLocations"_s).toArray(), (QJsonArray{u"Berlin, Germany"_s, u"Remote"_s}));
    const QJsonObject content = p.value(u"content"_s).toObject();
    QCOMPARE(content.value(u"description"_s).toString(), u"Build the console."_s);
    QCOMPARE(content.value(u"closing"_s).toString(), u"Apply now"_s);
    QCOMPARE(content.value(u"lists"_s).toArray().at(0).toObject().value(u"content"_s).toString(),
             u"<li>C++20</li><li>Qt 6</li>"_s);
    const QJsonObject salary = p.value(u"salaryRange"_s).toObject();
    QCOMPARE(salary.value(u"min"_s).toDouble(), 70000.0);
    QCOMPARE(salary.value(u"currency"_s).toString(), u"EUR"_s);
    QCOMPARE(p.value(u"salaryDescription"_s).toString(), u"Plus equity"_s);
    const QJsonObject urls = p.value(u"urls"_s).toObject();
    QCOMPARE(urls.value(u"show"_s).toString(), f.sandbox().origin() + u"/jobs/"_s + idOf(r));
    QVERIFY(urls.value(u"apply"_s).toString().endsWith(u"/apply"_s));
}

void TestPostings::getAndNotFound()
{
    SandboxFixture f;
    const auto created = f.post(u"/postings"_s, json(R"({"text": "Analyst", "tags": ["data"]})"));
    auto r = f.get(u"/postings/"_s + idOf(created));
    QCOMPARE(r.status, 200);
    verifyPostingShape(r.data());
    QCOMPARE(r.data(), created.data());
    r = f.get(u"/postings/no-such-posting"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"ResourceNotFound"_s);
    QCOMPARE(f.post(u"/postings/no-such-posting"_s, json(R"({"text": "x"})")).status, 404);
    QCOMPARE(f.put(u"/postings/no-such-posting"_s, json(R"({"text": "x"})")).status, 404);
    QCOMPARE(f.del(u"/postings/"_s + idOf(created)).status, 405);
}

void TestPostings::scopes()
{
    SandboxFixture f;
    const QString id = idOf(f.post(u"/postings"_s, json(R"({"text": "Analyst"})")));
    const QString readOnly = f.sandbox().createApiKey({u"postings:read:admin"_s}, false);
    const QString none = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    QCOMPARE(f.get(u"/postings"_s, readOnly).status, 200);
    QCOMPARE(f.get(u"/postings/"_s + id, readOnly).status, 200);
    for (const QString &key : {readOnly, none}) {
        const auto r = f.post(u"/postings"_s, json(R"({"text": "x"})"), key);
        QCOMPARE(r.status, 403);
        QVERIFY(r.json.value(u"message"_s).toString().contains(u"postings:write:admin"_s));
        QCOMPARE(f.post(u"/postings/"_s + id, json(R"({"text": "x"})"), key).status, 403);
        QCOMPARE(f.put(u"/postings/"_s + id, json(R"({"text": "x"})"), key).status, 403);
    }
    QCOMPARE(f.get(u"/postings"_s, none).status, 403);
    QCOMPARE(f.get(u"/postings/"_s + id, none).status, 403);
}

void TestPostings::invalidCreate_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const char *body, const QString &message) {
        QTest::newRow(name) << json(body) << message;
    };
    row("text missing", R"({"state": "draft"})", u"text is required"_s);
    row("text blank", R"({"text": "  "})", u"text is required"_s);
    row("text not a string", R"({"text": 12})", u"text must be a string"_s);
    row("bad state", R"({"text": "x", "state": "live"})", u"state must be one of"_s);
    row("bad channel", R"({"text": "x", "distributionChannels": ["everywhere"]})",
        u"distributionChannels may only hold public and internal"_s);
    row("channels not array", R"({"text": "x", "distributionChannels": "public"})",
        u"distributionChannels must be an array of strings"_s);
    row("confidential", R"({"text": "x", "confidentiality": "confidential"})",
        u"Confidential postings cannot be created"_s);
    row("unknown owner", R"({"text": "x", "owner": "nobody"})", u"owner names no user"_s);
    row("tags not array", R"({"text": "x", "tags": "a,b"})", u"tags must be an array of strings"_s);
    row("categories not object", R"({"text": "x", "categories": "Engineering"})",
        u"categories must be an object"_s);
    row("category not string", R"({"text": "x", "categories": {"team": 3}})",
        u"categories.team must be a string"_s);
    row("content not object", R"({"text": "x", "content": []})", u"content must be an object"_s);
    row("bad workplace", R"({"text": "x", "workplaceType": "office"})", u"workplaceType must be one of"_s);
    row("unknown requisition", R"({"text": "x", "requisitionCodes": ["REQ-404"]})",
        u"no requisition has the code REQ-404"_s);
    row("salary partial", R"({"text": "x", "salaryRange": {"min": 1, "max": 2}})",
        u"salaryRange needs min, max, currency and interval together; missing: currency, interval"_s);
    row("salary min > max",
        R"({"text": "x", "salaryRange": {"min": 9, "max": 2, "currency": "USD", "interval": "one-time"}})",
        u"salaryRange.min must not be greater than salaryRange.max"_s);
    row("salary negative",
        R"({"text": "x", "salaryRange": {"min": -1, "max": 2, "currency": "USD", "interval": "one-time"}})",
        u"must not be negative"_s);
    row("salary bad currency",
        R"({"text": "x", "salaryRange": {"min": 1, "max": 2, "currency": "XYZ", "interval": "one-time"}})",
        u"salaryRange.currency must be an ISO 4217 currency code"_s);
    row("salary lower-case currency",
        R"({"text": "x", "salaryRange": {"min": 1, "max": 2, "currency": "usd", "interval": "one-time"}})",
        u"salaryRange.currency must be an ISO 4217 currency code"_s);
    row("salary bad interval",
        R"({"text": "x", "salaryRange": {"min": 1, "max": 2, "currency": "USD", "interval": "yearly"}})",
        u"salaryRange.interval must be one of"_s);
    row("salary min string",
        R"({"text": "x", "salaryRange": {"min": "1", "max": 2, "currency": "USD", "interval": "one-time"}})",
        u"salaryRange.min must be a number"_s);
    row("script tag",
        R"({"text": "x", "content": {"descriptionHtml": "<div>hi</div><script>alert(1)</script>"}})",
        u"content.descriptionHtml: tag <script> is not allowed"_s);
    row("style color",
        R"({"text": "x", "content": {"descriptionHtml": "<span style=\"color: red\">hi</span>"}})",
        u"content.descriptionHtml: style \"color: red\" is not allowed"_s);
    row("font size 13",
        R"({"text": "x", "content": {"descriptionHtml": "<span style=\"font-size: 13px\">hi</span>"}})",
        u"font-size must be one of 10px, 14px, 18px, 24px, 32px"_s);
    row("bad class",
        R"({"text": "x", "content": {"descriptionHtml": "<a class=\"evil\" href=\"https://x.io\">x</a>"}})",
        u"class \"evil\" is not allowed"_s);
    row("javascript href",
        R"({"text": "x", "content": {"descriptionHtml": "<a href=\"javascript:alert(1)\">x</a>"}})",
        u"href \"javascript:alert(1)\" is not allowed"_s);
    row("encoded javascript href",
        R"({"text": "x", "content": {"descriptionHtml": "<a href=\"java&#x09;script:alert(1)\">x</a>"}})",
        u"is not allowed; links must be http, https or mailto URLs"_s);
    row("event handler", R"({"text": "x", "content": {"descriptionHtml": "<div onclick=\"x()\">hi</div>"}})",
        u"attribute onclick on <div> is not allowed"_s);
    row("href on div",
        R"({"text": "x", "content": {"descriptionHtml": "<div href=\"https://x.io\">hi</div>"}})",
        u"attribute href is only allowed on <a>"_s);
    row("unclosed", R"({"text": "x", "content": {"descriptionHtml": "<div>hi"}})",
        u"<div> is never closed"_s);
    row("mismatched", R"({"text": "x", "content": {"descriptionHtml": "<div><b>hi</div></b>"}})",
        u"</div> does not match the open <b>"_s);
    row("stray end", R"({"text": "x", "content": {"descriptionHtml": "hi</b>"}})",
        u"</b> closes an element that is not open"_s);
    row("unterminated", R"({"text": "x", "content": {"descriptionHtml": "<div class=\"postings-link\""}})",
        u"unterminated tag <div>"_s);
    row("comment", R"({"text": "x", "content": {"descriptionHtml": "<!-- hidden --><div>x</div>"}})",
        u"comments, doctypes and processing instructions are not allowed"_s);
    row("closing iframe",
        R"({"text": "x", "content": {"closingHtml": "<iframe src=\"https://x.io\"></iframe>"}})",
        u"content.closingHtml: tag <iframe> is not allowed"_s);
    row("list div", R"({"text": "x", "content": {"lists": [{"text": "A", "content": "<div>no</div>"}]}})",
        u"content.lists[0].content: tag <div> is not allowed"_s);
    row("list item not object", R"({"text": "x", "content": {"lists": ["<li>a</li>"]}})",
        u"content.lists[0] must be an object"_s);
    row("list text missing", R"({"text": "x", "content": {"lists": [{"content": "<li>a</li>"}]}})",
        u"content.lists[0].text is required"_s);
    row("salary description img",
        R"({"text": "x", "salaryDescriptionHtml": "<img src=\"https://x.io/a.png\">"})",
        u"salaryDescriptionHtml: tag <img> is not allowed"_s);
}

void TestPostings::invalidCreate()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);
    SandboxFixture f;
    const auto r = f.post(u"/postings"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    const QString got = r.json.value(u"message"_s).toString();
    QVERIFY2(got.contains(message), qPrintable(got));
    QCOMPARE(f.sandbox().context().docs.count(u"posting"_s), 0);
}

void TestPostings::htmlAccepted()
{
    SandboxFixture f;
    const auto r = f.post(u"/postings"_s, json(R"({"text": "x", "content": {
        "descriptionHtml": "<DIV><b>Hello</b>   <a class=\"postings-link\" href=\"https://example.com/a?b=1&amp;c=2\">site</a></DIV><div><span style=\"font-size: 18px;\">Big</span><br>next<br/>line</div><p>Para<p>Two",
        "closingHtml": "<p>Write to <a href=\"mailto:jobs@example.com\">us</a> &amp; bye</p>",
        "lists": [{"text": "You bring", "content": "<li><i>C++</i><li><u>Qt</u></li>"}]}})"));
    QCOMPARE(r.status, 201);
    const QJsonObject content = r.data().value(u"content"_s).toObject();
    QCOMPARE(content.value(u"description"_s).toString(), u"Hello site\nBig\nnext\nline\nPara\nTwo"_s);
    QCOMPARE(content.value(u"closing"_s).toString(), u"Write to us & bye"_s);

    // Plain text alone is stored with an escaped HTML twin.
    const auto plain =
        f.post(u"/postings"_s, json(R"({"text": "x", "content": {"description": "a < b\nc"}})"));
    QCOMPARE(plain.status, 201);
    const QJsonObject c2 = plain.data().value(u"content"_s).toObject();
    QCOMPARE(c2.value(u"descriptionHtml"_s).toString(), u"<div>a &lt; b</div><div>c</div>"_s);
    QCOMPARE(c2.value(u"description"_s).toString(), u"a < b\nc"_s);

    // The docs' closingPostingHtml spelling is accepted too.
    const auto alias =
        f.post(u"/postings"_s, json(R"({"text": "x", "content": {"closingPostingHtml": "<div>Bye</div>"}})"));
    QCOMPARE(alias.status, 201);
    QCOMPARE(alias.data().value(u"content"_s).toObject().value(u"closingHtml"_s).toString(),
             u"<div>Bye</div>"_s);
}

void TestPostings::hostileHtml()
{
    SandboxFixture f;
    const QString deep = QString(u"<b>"_s).repeated(20000) + u"x"_s + QString(u"</b>"_s).repeated(20000);
    const QStringList inputs = {u"<"_s,
                                u"<<>>"_s,
                                u"</"_s,
                                u"</>"_s,
                                u"<a href=>x</a>"_s,
                                u"<a href='https://x.io' href='https://y.io'>x</a>"_s,
                                u"&#xFFFFFFFF; &#0; &#xD800; &bogus; &"_s,
                                QString(u"<div"_s + QChar(0) + u">x</div>"_s),
                                u"<div title=\"x\">"_s,
                                u"<a href=\"https://x.io\" / >x</a>"_s,
                                u"<A HREF=HTTPS://X.IO>x</A>"_s,
                                u"<span style=\"font-size: 14px; font-size: 32px\">x</span>"_s,
                                u"<span style=\"font-size:14px !important\">x</span>"_s,
                                u"<a href=\"//evil.example\">x</a>"_s,
                                u"<a href=\" https://ok.example \">x</a>"_s,
                                u"\u202Eevil<div>x</div>"_s,
                                deep};
    for (const QString &html : inputs) {
        const auto r =
            f.post(u"/postings"_s, QJsonObject{{u"text"_s, u"x"_s},
                                               {u"content"_s, QJsonObject{{u"descriptionHtml"_s, html}}}});
        QVERIFY2(r.status == 201 || r.status == 400,
                 qPrintable(html.left(60) + u" -> "_s + QString::number(r.status)));
        if (r.status == 400)
            QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
    }
    // Nesting is no problem for the checker; the text survives.
    const auto r =
        f.post(u"/postings"_s,
               QJsonObject{{u"text"_s, u"x"_s}, {u"content"_s, QJsonObject{{u"descriptionHtml"_s, deep}}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"content"_s).toObject().value(u"description"_s).toString(), u"x"_s);
    // Upper-case markup is HTML too.
    QCOMPARE(f.post(u"/postings"_s,
                    QJsonObject{
                        {u"text"_s, u"x"_s},
                        {u"content"_s, QJsonObject{{u"descriptionHtml"_s, u"<A HREF=HTTPS://X.IO>x</A>"_s}}}})
                 .status,
             201);
    QCOMPARE(f.post(u"/postings"_s,
                    QJsonObject{{u"text"_s, u"x"_s},
                                {u"content"_s, QJsonObject{{u"descriptionHtml"_s, u"<SCRIPT>x</SCRIPT>"_s}}}})
                 .status,
             400);
}

void TestPostings::partialUpdate()
{
    SandboxFixture f;
    QJsonObject body =
        json(R"({"text": "Old", "tags": ["a"], "categories": {"team": "T1", "location": "Paris, France"},
        "content": {"descriptionHtml": "<div>Desc</div>", "closingHtml": "<div>Close</div>"},
        "salaryRange": {"min": 1, "max": 2, "currency": "USD", "interval": "per-hour-wage"}})");
    const auto created = f.post(u"/postings"_s, body);
    const QString id = idOf(created);
    QCOMPARE(created.data().value(u"country"_s).toString(), u"FR"_s);

    auto r = f.post(u"/postings/"_s + id, json(R"({"text": "New"})"));
    QCOMPARE(r.status, 200);
    verifyPostingShape(r.data());
    QJsonObject expected = created.data();
    expected.insert(u"text"_s, u"New"_s);
    expected.insert(u"updatedAt"_s, r.data().value(u"updatedAt"_s));
    QCOMPARE(r.data(), expected);

    // Within categories and content only the keys sent change.
    r = f.post(u"/postings/"_s + id, json(R"({"categories": {"department": "D1", "location": "Oslo, Norway"},
        "content": {"closingHtml": "<div>Later</div>"}})"));
    QCOMPARE(r.status, 200);
    const QJsonObject categories = r.data().value(u"categories"_s).toObject();
    QCOMPARE(categories.value(u"team"_s).toString(), u"T1"_s);
    QCOMPARE(categories.value(u"department"_s).toString(), u"D1"_s);
    QCOMPARE(categories.value(u"allLocations"_s).toArray(), QJsonArray{u"Oslo, Norway"_s});
    QCOMPARE(r.data().value(u"country"_s).toString(), u"NO"_s);
    const QJsonObject content = r.data().value(u"content"_s).toObject();
    QCOMPARE(content.value(u"description"_s).toString(), u"Desc"_s);
    QCOMPARE(content.value(u"closing"_s).toString(), u"Later"_s);
    QVERIFY(r.data().contains(u"salaryRange"_s));

    // null clears the salary range; the stored posting is what GET answers.
    r = f.post(u"/postings/"_s + id, json(R"({"salaryRange": null})"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.data().contains(u"salaryRange"_s));
    QCOMPARE(f.get(u"/postings/"_s + id).data(), r.data());

    // Same rules on update: blank text, HTML and salary are checked.
    QCOMPARE(f.post(u"/postings/"_s + id, json(R"({"text": ""})")).status, 400);
    r = f.post(u"/postings/"_s + id, json(R"({"content": {"descriptionHtml": "<script>x</script>"}})"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"<script>"_s));
    r = f.post(u"/postings/"_s + id,
               json(R"({"salaryRange": {"min": 5, "max": 1, "currency": "USD", "interval": "one-time"}})"));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"must not be greater"_s));
    QCOMPARE(f.post(u"/postings/"_s + id, QJsonObject{{u"owner"_s, deactivatedUser(f)}}).status, 400);
    QCOMPARE(f.get(u"/postings/"_s + id).data().value(u"text"_s).toString(), u"New"_s);

    r = f.send("POST", f.apiUrl(u"/postings/"_s + id), "not json", f.basicAuth());
    QCOMPARE(r.status, 400);
}

void TestPostings::putReplaces()
{
    SandboxFixture f;
    const auto created = f.post(u"/postings"_s, json(R"({"text": "Old", "state": "published", "tags": ["a"],
        "workplaceType": "remote", "categories": {"team": "T1"}, "content": {"description": "D"}})"));
    const QString id = idOf(created);
    auto r = f.put(u"/postings/"_s + id, json(R"({"text": "Replaced", "tags": ["b"]})"));
    QCOMPARE(r.status, 200);
    const QJsonObject p = r.data();
    verifyPostingShape(p);
    QCOMPARE(p.value(u"text"_s).toString(), u"Replaced"_s);
    QCOMPARE(p.value(u"tags"_s).toArray(), QJsonArray{u"b"_s});
    QVERIFY(p.value(u"categories"_s).toObject().value(u"team"_s).isNull());
    QCOMPARE(p.value(u"content"_s).toObject().value(u"description"_s).toString(), QString());
    // State, workplace type and owner keep their values when omitted.
    QCOMPARE(p.value(u"state"_s).toString(), u"published"_s);
    QCOMPARE(p.value(u"workplaceType"_s).toString(), u"remote"_s);
    QCOMPARE(p.value(u"owner"_s).toString(), created.data().value(u"owner"_s).toString());
    QCOMPARE(p.value(u"createdAt"_s), created.data().value(u"createdAt"_s));

    r = f.put(u"/postings/"_s + id, json(R"({"tags": ["c"]})"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"text is required"_s);
    r = f.put(u"/postings/"_s + id, json(R"({"text": "x", "state": "draft"})"));
    QCOMPARE(r.status, 400);
}

void TestPostings::stateTransitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    const QStringList all = {u"published"_s, u"internal"_s, u"closed"_s,
                             u"draft"_s,     u"pending"_s,  u"rejected"_s};
    const QHash<QString, QStringList> allowed = {
        {u"draft"_s, all},
        {u"pending"_s, {u"pending"_s, u"published"_s, u"rejected"_s, u"draft"_s}},
        {u"rejected"_s, {u"rejected"_s, u"draft"_s}},
        {u"published"_s, {u"published"_s, u"internal"_s, u"closed"_s}},
        {u"internal"_s, {u"published"_s, u"internal"_s, u"closed"_s}},
        {u"closed"_s, {u"published"_s, u"internal"_s, u"closed"_s}},
    };
    for (const QString &from : all) {
        for (const QString &to : all)
            QTest::newRow(qPrintable(from + u" -> "_s + to))
                << from << to << allowed.value(from).contains(to);
    }
}

void TestPostings::stateTransitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    SandboxFixture f;
    const auto created = f.post(u"/postings"_s, QJsonObject{{u"text"_s, u"x"_s}, {u"state"_s, from}});
    QCOMPARE(created.status, 201);
    const QString id = idOf(created);
    const auto r = f.post(u"/postings/"_s + id, QJsonObject{{u"state"_s, to}});
    if (allowed) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.data().value(u"state"_s).toString(), to);
        QCOMPARE(r.data().value(u"urls"_s).isNull(), to == u"draft"_s);
        const auto events = auditEvents(f, u"posting.state_changed"_s);
        QCOMPARE(events.size(), from == to ? 0 : 1);
        if (from != to) {
            QCOMPARE(events.first().value(u"meta"_s).toObject(),
                     (QJsonObject{{u"from"_s, from}, {u"to"_s, to}}));
        }
    } else {
        QCOMPARE(r.status, 400);
        const QString message = r.json.value(u"message"_s).toString();
        QVERIFY2(message.contains(u"cannot move to "_s + to), qPrintable(message));
        QVERIFY2(message.contains(u"allowed states: "_s), qPrintable(message));
        QCOMPARE(f.get(u"/postings/"_s + id).data().value(u"state"_s).toString(), from);
    }
}

void TestPostings::updateRules()
{
    SandboxFixture f;
    const QString id = idOf(f.post(u"/postings"_s, json(R"({"text": "x", "state": "published"})")));
    auto r = f.post(u"/postings/"_s + id, json(R"({"state": "draft"})"));
    QCOMPARE(r.status, 400);
    QCOMPARE(
        r.json.value(u"message"_s).toString(),
        u"A posting in state published cannot move to draft; allowed states: published, internal, closed"_s);

    // unspecified -> unspecified is fine; once set, never back.
    QCOMPARE(f.post(u"/postings/"_s + id, json(R"({"workplaceType": "unspecified"})")).status, 200);
    r = f.post(u"/postings/"_s + id, json(R"({"workplaceType": "on-site"})"));
    QCOMPARE(r.data().value(u"workplaceType"_s).toString(), u"onsite"_s);
    QCOMPARE(f.post(u"/postings/"_s + id, json(R"({"workplaceType": "hybrid"})")).status, 200);
    r = f.post(u"/postings/"_s + id, json(R"({"workplaceType": "unspecified"})"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(),
             u"workplaceType cannot go back to unspecified once it is set"_s);
    QCOMPARE(f.put(u"/postings/"_s + id, json(R"({"text": "x", "workplaceType": "unspecified"})")).status,
             400);

    // Confidentiality cannot change (sending the current value is fine).
    QCOMPARE(f.post(u"/postings/"_s + id, json(R"({"confidentiality": "non-confidential"})")).status, 200);
    r = f.post(u"/postings/"_s + id, json(R"({"confidentiality": "confidential"})"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"confidentiality cannot be changed"_s);

    // Changing the owner makes them a follower too.
    const QString other = otherUser(f);
    r = f.post(u"/postings/"_s + id, QJsonObject{{u"owner"_s, other}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"owner"_s).toString(), other);
    QVERIFY(r.data().value(u"followers"_s).toArray().contains(other));
}

void TestPostings::requisitionLinks()
{
    SandboxFixture f;
    const auto req = f.post(u"/requisitions"_s,
                            json(R"({"name": "Eng", "requisitionCode": "ENG-1", "headcountTotal": 1})"));
    QCOMPARE(req.status, 201);
    const QString reqId = idOf(req);
    const auto created = f.post(u"/postings"_s, json(R"({"text": "x", "requisitionCodes": ["ENG-1"]})"));
    QCOMPARE(created.status, 201);
    const QString id = idOf(created);
    QCOMPARE(created.data().value(u"requisitionCodes"_s).toArray(), QJsonArray{u"ENG-1"_s});
    QCOMPARE(f.get(u"/requisitions/"_s + reqId).data().value(u"postings"_s).toArray(), QJsonArray{id});
    QCOMPARE(f.post(u"/postings/"_s + id, json(R"({"requisitionCodes": []})")).status, 200);
    QCOMPARE(f.get(u"/requisitions/"_s + reqId).data().value(u"postings"_s).toArray(), QJsonArray{});
}

QTEST_GUILESS_MAIN(TestPostings)
#include "tst_postings.moc"
