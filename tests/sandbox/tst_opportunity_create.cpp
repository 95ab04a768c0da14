// Creating opportunities: POST /opportunities (plain, deduplicated, with a posting) and its refusals.
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
QStringList strings(const QJsonValue &array)
{
    QStringList out;
    const QJsonArray items = array.toArray();
    for (const QJsonValue &v : items)
        out.append(v.toString());
    return out;
}

QJsonObject seedPosting(SandboxFixture &f, const QString &id)
{
    return f.seedDocument(u"posting"_s, {},
                          QJsonObject{{u"id"_s, id},
                                      {u"text"_s, u"Senior Backend Engineer"_s},
                                      {u"state"_s, u"published"_s},
                                      {u"confidentiality"_s, u"non-confidential"_s},
                                      {u"owner"_s, f.firstUserId()},
                                      {u"hiringManager"_s, QJsonValue()},
                                      {u"categories"_s, QJsonObject{{u"team"_s, u"Platform"_s},
                                                                    {u"department"_s, u"Engineering"_s},
                                                                    {u"location"_s, u"Berlin"_s},
                                                                    {u"commitment"_s, u"Full-time"_s},
                                                                    {u"level"_s, QJsonValue()}}}});
}
} // namespace

class TestOpportunityCreate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_shared = std::make_unique<SandboxFixture>(); }
    void cleanupTestCase() { m_shared.reset(); }
    void createPlain();
    void createDeduped();
    void createWithPosting();
    void createRefusesBadBodies_data();
    void createRefusesBadBodies();
    void createNeedsScope();
    void createOnConfidentialPosting();

private:
    std::unique_ptr<SandboxFixture> m_shared; // for the table-driven refusals
};

void TestOpportunityCreate::createPlain()
{
    SandboxFixture f;
    auto &events = f.recordEvents();
    const QString recruiter = f.userWithRole(u"team member"_s).value(u"id"_s).toString();
    const QJsonObject body{
        {u"name"_s, u"Ada Lovelace"_s},
        {u"headline"_s, u"Analyst at Engines Ltd"_s},
        {u"location"_s, u"London"_s},
        {u"emails"_s, QJsonArray{u"ada@example.com"_s}},
        {u"phones"_s, QJsonArray{QJsonObject{{u"type"_s, u"mobile"_s}, {u"value"_s, u"+44 20 7946 0000"_s}}}},
        {u"links"_s, QJsonArray{u"https://example.com/ada"_s}},
        {u"tags"_s, QJsonArray{u"Math"_s, u"Math"_s, u"  Poetry "_s}},
        {u"sources"_s, QJsonArray{u"LinkedIn"_s}},
        {u"origin"_s, u"sourced"_s},
    };
    auto r = f.post(u"/opportunities?perform_as="_s + recruiter, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"deduped"_s), QJsonValue(false));
    const QJsonObject opp = r.data();
    const QStringList problems = SandboxFixture::shapeProblems(opp, SandboxFixture::opportunityShape());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QCOMPARE(opp.value(u"name"_s).toString(), u"Ada Lovelace"_s);
    QCOMPARE(opp.value(u"stage"_s).toString(), u"lead-new"_s);
    QCOMPARE(strings(opp.value(u"tags"_s)), (QStringList{u"Math"_s, u"Poetry"_s}));
    QCOMPARE(opp.value(u"owner"_s).toString(), recruiter);
    QCOMPARE(opp.value(u"sourcedBy"_s).toString(), recruiter);
    QVERIFY(strings(opp.value(u"followers"_s)).contains(recruiter));
    QVERIFY(opp.value(u"archived"_s).isNull());
    QCOMPARE(opp.value(u"applications"_s).toArray().size(), 0);
    QCOMPARE(opp.value(u"confidentiality"_s).toString(), u"non-confidential"_s);
    const QJsonArray changes = opp.value(u"stageChanges"_s).toArray();
    QCOMPARE(changes.size(), 1);
    const QJsonObject first = changes.at(0).toObject();
    QCOMPARE(first.value(u"toStageId"_s).toString(), u"lead-new"_s);
    QCOMPARE(first.value(u"toStageIndex"_s).toInt(), 0);
    QCOMPARE(first.value(u"userId"_s).toString(), recruiter);
    QVERIFY(first.value(u"updatedAt"_s).isDouble());
    const QString id = opp.value(u"id"_s).toString();
    QCOMPARE(opp.value(u"urls"_s).toObject().value(u"show"_s).toString(),
             f.sandbox().origin() + u"/candidates/"_s + id);

    // Stored as answered.
    r = f.get(u"/opportunities/"_s + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data(), opp);
    // The contact was created with the person's details.
    const QString contactId = opp.value(u"contact"_s).toString();
    r = f.get(u"/contacts/"_s + contactId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"name"_s).toString(), u"Ada Lovelace"_s);
    QCOMPARE(r.data().value(u"location"_s).toObject().value(u"name"_s).toString(), u"London"_s);
    QCOMPARE(strings(r.data().value(u"links"_s)), QStringList{u"https://example.com/ada"_s});
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).name, u"contactCreated"_s);
    QCOMPARE(events.at(0).data, (QJsonObject{{u"contactId"_s, contactId}}));

    // expand works on writes too.
    r = f.post(u"/opportunities?expand=owner"_s, QJsonObject{{u"name"_s, u"Grace Hopper"_s}});
    QCOMPARE(r.status, 201);
    QVERIFY(r.data().value(u"owner"_s).toObject().contains(u"accessRole"_s));
    QCOMPARE(f.post(u"/opportunities?expand=password"_s, QJsonObject{{u"name"_s, u"X"_s}}).status, 400);
}

void TestOpportunityCreate::createDeduped()
{
    SandboxFixture f;
    auto &events = f.recordEvents();
    auto r = f.post(u"/opportunities"_s, QJsonObject{{u"name"_s, u"Alan Turing"_s},
                                                     {u"emails"_s, QJsonArray{u"alan@example.com"_s}}});
    QCOMPARE(r.status, 201);
    const QJsonObject first = r.data();
    const QString contact = first.value(u"contact"_s).toString();

    // Same email (other case), another name: the person is known.
    r = f.post(u"/opportunities"_s,
               QJsonObject{{u"name"_s, u"A. M. Turing"_s},
                           {u"emails"_s, QJsonArray{u"ALAN@example.com"_s, u"turing@example.org"_s}},
                           {u"phones"_s, QJsonArray{QJsonObject{{u"value"_s, u"555-0199"_s}}}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"deduped"_s), QJsonValue(true));
    const QJsonObject second = r.data();
    QVERIFY(second.value(u"id"_s) != first.value(u"id"_s));
    QCOMPARE(second.value(u"contact"_s).toString(), contact);
    QCOMPARE(second.value(u"name"_s).toString(), u"Alan Turing"_s);
    QCOMPARE(strings(second.value(u"emails"_s)),
             (QStringList{u"alan@example.com"_s, u"turing@example.org"_s}));
    QCOMPARE(second.value(u"phones"_s).toArray().at(0).toObject().value(u"type"_s).toString(), u"other"_s);
    // The earlier opportunity shows the merged details too.
    r = f.get(u"/opportunities/"_s + first.value(u"id"_s).toString());
    QCOMPARE(strings(r.data().value(u"emails"_s)).size(), 2);

    // By contact id.
    r = f.post(u"/opportunities"_s, QJsonObject{{u"contact"_s, contact}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json.value(u"deduped"_s), QJsonValue(true));
    QCOMPARE(r.data().value(u"name"_s).toString(), u"Alan Turing"_s);
    r = f.get(u"/opportunities?contact_id="_s + contact);
    QCOMPARE(r.list().size(), 3);

    QStringList names;
    for (const SandboxFixture::Event &e : std::as_const(events))
        names.append(e.name);
    QCOMPARE(names, (QStringList{u"contactCreated"_s, u"contactUpdated"_s}));
}

void TestOpportunityCreate::createWithPosting()
{
    SandboxFixture f;
    auto &events = f.recordEvents();
    seedPosting(f, u"posting-1"_s);
    const qint64 created = f.sandbox().context().now() - 5 * 86400000LL;
    const QString reason = [&] {
        const auto reasons = f.sandbox().context().docs.all(u"archive_reason"_s);
        for (const QJsonObject &r : reasons) {
            if (r.value(u"type"_s).toString() == u"non-hired"_s &&
                r.value(u"status"_s).toString() == u"active"_s)
                return r.value(u"id"_s).toString();
        }
        return QString();
    }();
    auto r = f.post(u"/opportunities"_s, QJsonObject{{u"name"_s, u"Katherine Johnson"_s},
                                                     {u"emails"_s, QJsonArray{u"kj@example.com"_s}},
                                                     {u"tags"_s, QJsonArray{u"Berlin"_s, u"Orbits"_s}},
                                                     {u"stage"_s, u"applicant-new"_s},
                                                     {u"origin"_s, u"applied"_s},
                                                     {u"postings"_s, QJsonArray{u"posting-1"_s}},
                                                     {u"createdAt"_s, created},
                                                     {u"archived"_s, QJsonObject{{u"reason"_s, reason}}}});
    QCOMPARE(r.status, 201);
    const QJsonObject opp = r.data();
    const QString id = opp.value(u"id"_s).toString();
    QCOMPARE(strings(opp.value(u"tags"_s)),
             (QStringList{u"Berlin"_s, u"Orbits"_s, u"Senior Backend Engineer"_s, u"Engineering"_s,
                          u"Platform"_s, u"Full-time"_s}));
    QCOMPARE(opp.value(u"createdAt"_s).toInteger(), created);
    QCOMPARE(opp.value(u"lastAdvancedAt"_s).toInteger(), created);
    QCOMPARE(opp.value(u"stageChanges"_s).toArray().at(0).toObject().value(u"toStageIndex"_s).toInt(), 3);
    QVERIFY(opp.value(u"sourcedBy"_s).isNull());
    QCOMPARE(opp.value(u"archived"_s).toObject().value(u"reason"_s).toString(), reason);
    const QStringList apps = strings(opp.value(u"applications"_s));
    QCOMPARE(apps.size(), 1);

    r = f.get(u"/opportunities/"_s + id + u"/applications"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 1);
    const QJsonObject app = r.list().at(0).toObject();
    QCOMPARE(app.value(u"id"_s).toString(), apps.first());
    QCOMPARE(app.value(u"type"_s).toString(), u"user"_s);
    QCOMPARE(app.value(u"posting"_s).toString(), u"posting-1"_s);
    QCOMPARE(app.value(u"opportunityId"_s).toString(), id);
    QCOMPARE(app.value(u"candidateId"_s).toString(), id);
    QCOMPARE(app.value(u"postingOwner"_s).toString(), f.firstUserId());
    QCOMPARE(app.value(u"user"_s).toString(), f.firstUserId());
    QCOMPARE(app.value(u"archived"_s).toObject().value(u"reason"_s).toString(), reason);

    // Indexed by posting (archived, so under archived_posting_id).
    r = f.get(u"/opportunities?archived_posting_id=posting-1"_s);
    QCOMPARE(r.list().size(), 1);

    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1).name, u"applicationCreated"_s);
    QCOMPARE(events.at(1).data, (QJsonObject{{u"opportunityId"_s, id},
                                             {u"candidateId"_s, id},
                                             {u"contactId"_s, opp.value(u"contact"_s)},
                                             {u"applicationId"_s, apps.first()},
                                             {u"postingId"_s, u"posting-1"_s}}));

    // perform_as_posting_owner acts as the posting's owner.
    const QString other = f.userWithRole(u"team member"_s).value(u"id"_s).toString();
    r = f.post(u"/opportunities?perform_as_posting_owner=true&perform_as="_s + other,
               QJsonObject{{u"name"_s, u"Dorothy Vaughan"_s}, {u"postings"_s, QJsonArray{u"posting-1"_s}}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"stageChanges"_s).toArray().at(0).toObject().value(u"userId"_s).toString(),
             f.firstUserId());
}

void TestOpportunityCreate::createRefusesBadBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no name") << QByteArray(R"({"emails":["a@example.com"]})") << u"name"_s;
    QTest::newRow("name number") << QByteArray(R"({"name":42})") << u"name"_s;
    QTest::newRow("name empty") << QByteArray(R"({"name":"   "})") << u"name"_s;
    QTest::newRow("name huge") << QByteArray(R"({"name":")" + QByteArray(300, 'x') + R"("})") << u"name"_s;
    QTest::newRow("name newline") << QByteArray(R"({"name":"a\nb"})") << u"name"_s;
    QTest::newRow("emails string") << QByteArray(R"({"name":"A","emails":"a@example.com"})") << u"emails"_s;
    QTest::newRow("emails bad") << QByteArray(R"({"name":"A","emails":["not-an-email"]})") << u"emails"_s;
    QTest::newRow("phones object") << QByteArray(R"({"name":"A","phones":{"value":"1"}})") << u"phones"_s;
    QTest::newRow("phone no value") << QByteArray(R"({"name":"A","phones":[{"type":"home"}]})")
                                    << u"phones[0].value"_s;
    QTest::newRow("phone type") << QByteArray(R"({"name":"A","phones":[{"type":"fax","value":"1"}]})")
                                << u"phones[0].type"_s;
    QTest::newRow("tags empty string") << QByteArray(R"({"name":"A","tags":[""]})") << u"tags[0]"_s;
    QTest::newRow("tags number") << QByteArray(R"({"name":"A","tags":[7]})") << u"tags[0]"_s;
    QTest::newRow("tags huge") << QByteArray(R"({"name":"A","tags":[")" + QByteArray(256, 't') + R"("]})")
                               << u"tags[0]"_s;
    QTest::newRow("sources string") << QByteArray(R"({"name":"A","sources":"LinkedIn"})") << u"sources"_s;
    QTest::newRow("links huge") << QByteArray(R"({"name":"A","links":[")" + QByteArray(3000, 'l') + R"("]})")
                                << u"links[0]"_s;
    QTest::newRow("origin") << QByteArray(R"({"name":"A","origin":"bogus"})") << u"origin"_s;
    QTest::newRow("stage unknown") << QByteArray(R"({"name":"A","stage":"nope"})") << u"not found"_s;
    QTest::newRow("stage number") << QByteArray(R"({"name":"A","stage":3})") << u"stage"_s;
    QTest::newRow("two postings") << QByteArray(R"({"name":"A","postings":["p1","p2"]})") << u"postings"_s;
    QTest::newRow("posting unknown") << QByteArray(R"({"name":"A","postings":["nope"]})") << u"postings[0]"_s;
    QTest::newRow("owner unknown") << QByteArray(R"({"name":"A","owner":"nobody"})") << u"owner"_s;
    QTest::newRow("followers string") << QByteArray(R"({"name":"A","followers":"x"})") << u"followers"_s;
    QTest::newRow("followers unknown")
        << QByteArray(R"({"name":"A","followers":["nobody"]})") << u"followers[0]"_s;
    QTest::newRow("createdAt future")
        << QByteArray(R"({"name":"A","createdAt":99999999999999})") << u"createdAt"_s;
    QTest::newRow("createdAt string")
        << QByteArray(R"({"name":"A","createdAt":"yesterday"})") << u"createdAt"_s;
    QTest::newRow("createdAt fraction") << QByteArray(R"({"name":"A","createdAt":1.5})") << u"createdAt"_s;
    QTest::newRow("archived string") << QByteArray(R"({"name":"A","archived":"yes"})") << u"archived"_s;
    QTest::newRow("archived no reason")
        << QByteArray(R"({"name":"A","archived":{}})") << u"archived.reason"_s;
    QTest::newRow("archived unknown reason")
        << QByteArray(R"({"name":"A","archived":{"reason":"nope"}})") << u"archived.reason"_s;
    QTest::newRow("contact unknown") << QByteArray(R"({"contact":"nope"})") << u"contact"_s;
    QTest::newRow("not json") << QByteArray("{name:") << u"JSON"_s;
    QTest::newRow("array body") << QByteArray("[]") << u"object"_s;
}

void TestOpportunityCreate::createRefusesBadBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    SandboxFixture &f = *m_shared;
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "application/json");
    const auto r = f.send("POST", f.apiUrl(u"/opportunities"_s), body, headers);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    const QString message = r.json.value(u"message"_s).toString();
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QCOMPARE(f.get(u"/opportunities?confidentiality=all"_s).list().size(), 0);
}

void TestOpportunityCreate::createNeedsScope()
{
    SandboxFixture f;
    const QString readOnly = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    const auto r = f.post(u"/opportunities"_s, QJsonObject{{u"name"_s, u"A"_s}}, readOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"opportunities:write:admin"_s));
    // Inactive archive reasons and deactivated users are refused too.
    QString inactive;
    for (const QJsonObject &reason : f.sandbox().context().docs.all(u"archive_reason"_s)) {
        if (reason.value(u"status"_s).toString() == u"inactive"_s)
            inactive = reason.value(u"id"_s).toString();
    }
    auto bad =
        f.post(u"/opportunities"_s,
               QJsonObject{{u"name"_s, u"A"_s}, {u"archived"_s, QJsonObject{{u"reason"_s, inactive}}}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json.value(u"message"_s).toString().contains(u"inactive"_s));
    const QString gone = f.userWithRole(u"team member"_s, true).value(u"id"_s).toString();
    QVERIFY(!gone.isEmpty());
    bad = f.post(u"/opportunities"_s, QJsonObject{{u"name"_s, u"A"_s}, {u"owner"_s, gone}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json.value(u"message"_s).toString().contains(u"deactivated"_s));
    // The multipart form is held to the same rules (tst_opportunity_form covers it in full).
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "multipart/form-data; boundary=xyz");
    bad = f.send("POST", f.apiUrl(u"/opportunities"_s),
                 "--xyz\r\nContent-Disposition: form-data; name=\"name[a][b][c]\"\r\n\r\nA\r\n--xyz--\r\n",
                 headers);
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json.value(u"message"_s).toString().contains(u"name[a][b][c]"_s));
}

void TestOpportunityCreate::createOnConfidentialPosting()
{
    SandboxFixture f;
    QJsonObject posting = seedPosting(f, u"secret-posting"_s);
    posting.insert(u"confidentiality"_s, u"confidential"_s);
    f.seedDocument(u"posting"_s, {}, posting);
    const QJsonObject body{{u"name"_s, u"Quiet Hire"_s}, {u"postings"_s, QJsonArray{u"secret-posting"_s}}};
    const QString plain = f.sandbox().createApiKey({u"opportunities:write:admin"_s}, false);
    QCOMPARE(f.post(u"/opportunities"_s, body, plain).status, 403);
    const auto r = f.post(u"/opportunities"_s, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"confidentiality"_s).toString(), u"confidential"_s);
    QCOMPARE(f.get(u"/opportunities"_s).list().size(), 0);
    QCOMPARE(f.get(u"/opportunities?confidentiality=confidential"_s).list().size(), 1);
    // perform_as_posting_owner needs a posting, and a flag that is true or false.
    auto bad = f.post(u"/opportunities?perform_as_posting_owner=true"_s, QJsonObject{{u"name"_s, u"X"_s}});
    QCOMPARE(bad.status, 400);
    QVERIFY(bad.json.value(u"message"_s).toString().contains(u"perform_as_posting_owner"_s));
    bad = f.post(u"/opportunities?perform_as_posting_owner=maybe"_s, body);
    QCOMPARE(bad.status, 400);
}

QTEST_GUILESS_MAIN(TestOpportunityCreate)
#include "tst_opportunity_create.moc"
