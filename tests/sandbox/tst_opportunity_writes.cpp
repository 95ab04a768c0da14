// Editing opportunities: PUT /opportunities/:id, stage moves and the tag, source and link edits.
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
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
} // namespace

class TestOpportunityWrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void update();
    void updateRefusals();
    void stageMove();
    void stageMoveKeepsArchived();
    void stageRefusals();
    void tagsAndSources();
    void linksFollowTheContact();
    void listEditRefusals();
    void confidentialNeedsAccess();
    void hostileBodiesNeverFail();
};

void TestOpportunityWrites::update()
{
    SandboxFixture f;
    auto &events = f.recordEvents();
    qint64 now = f.sandbox().context().now();
    f.sandbox().context().clock = [&now] { return now; };
    const QJsonObject a =
        f.post(u"/opportunities"_s,
               QJsonObject{{u"name"_s, u"Mary Jackson"_s}, {u"emails"_s, QJsonArray{u"mj@example.com"_s}}})
            .data();
    const QJsonObject b =
        f.post(u"/opportunities"_s,
               QJsonObject{{u"name"_s, u"Mary Jackson"_s}, {u"emails"_s, QJsonArray{u"mj@example.com"_s}}})
            .data();
    QCOMPARE(b.value(u"contact"_s), a.value(u"contact"_s));
    events.clear();
    now += 60000;
    const QString owner = f.userWithRole(u"team member"_s).value(u"id"_s).toString();
    const QString follower = f.userWithRole(u"interviewer"_s).value(u"id"_s).toString();
    auto r = f.put(u"/opportunities/"_s + a.value(u"id"_s).toString(),
                   QJsonObject{{u"name"_s, u"Mary W. Jackson"_s},
                               {u"headline"_s, u"Engineer at NACA"_s},
                               {u"location"_s, u"Hampton"_s},
                               {u"owner"_s, owner},
                               {u"followers"_s, QJsonArray{follower, owner}}});
    QCOMPARE(r.status, 200);
    const QJsonObject updated = r.data();
    QVERIFY(SandboxFixture::shapeProblems(updated, SandboxFixture::opportunityShape()).isEmpty());
    QCOMPARE(updated.value(u"name"_s).toString(), u"Mary W. Jackson"_s);
    QCOMPARE(updated.value(u"headline"_s).toString(), u"Engineer at NACA"_s);
    QCOMPARE(updated.value(u"location"_s).toString(), u"Hampton"_s);
    QCOMPARE(updated.value(u"owner"_s).toString(), owner);
    QCOMPARE(strings(updated.value(u"followers"_s)), (QStringList{follower, owner}));
    QCOMPARE(updated.value(u"updatedAt"_s).toInteger(), now);
    QCOMPARE(updated.value(u"stage"_s), a.value(u"stage"_s));
    // Person-level fields reach the other opportunity of the contact; owner stays per opportunity.
    r = f.get(u"/opportunities/"_s + b.value(u"id"_s).toString());
    QCOMPARE(r.data().value(u"name"_s).toString(), u"Mary W. Jackson"_s);
    QCOMPARE(r.data().value(u"location"_s).toString(), u"Hampton"_s);
    QCOMPARE(r.data().value(u"updatedAt"_s).toInteger(), now);
    QCOMPARE(r.data().value(u"owner"_s), b.value(u"owner"_s));
    r = f.get(u"/contacts/"_s + a.value(u"contact"_s).toString());
    QCOMPARE(r.data().value(u"headline"_s).toString(), u"Engineer at NACA"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).name, u"contactUpdated"_s);

    // Owner only: no contact change, no event; updatedAt still moves.
    events.clear();
    now += 1000;
    r = f.put(u"/opportunities/"_s + a.value(u"id"_s).toString(), QJsonObject{{u"owner"_s, f.firstUserId()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"owner"_s).toString(), f.firstUserId());
    QCOMPARE(r.data().value(u"updatedAt"_s).toInteger(), now);
    QVERIFY(events.isEmpty());
}

void TestOpportunityWrites::updateRefusals()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    const QString path = u"/opportunities/"_s + id;
    auto r = f.put(path, QJsonObject{{u"stage"_s, u"offer"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"stage"_s));
    r = f.put(path, QJsonObject{});
    QCOMPARE(r.status, 400);
    r = f.put(path, QJsonObject{{u"owner"_s, u"nobody"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"owner"_s));
    r = f.put(path, QJsonObject{{u"followers"_s, u"everyone"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"followers"_s));
    r = f.put(path, QJsonObject{{u"name"_s, QJsonArray{}}});
    QCOMPARE(r.status, 400);
    r = f.put(path, QJsonObject{{u"headline"_s, QString(300, u'h')}});
    QCOMPARE(r.status, 400);
    QCOMPARE(f.put(u"/opportunities/nope"_s, QJsonObject{{u"name"_s, u"X"_s}}).status, 404);
    const QString readOnly = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, true);
    QCOMPARE(f.put(path, QJsonObject{{u"name"_s, u"X"_s}}, readOnly).status, 403);
    // Nothing changed on the way.
    QCOMPARE(f.get(path).data().value(u"name"_s).toString(), u"Test Person"_s);
}

void TestOpportunityWrites::stageMove()
{
    SandboxFixture f;
    auto &events = f.recordEvents();
    qint64 now = f.sandbox().context().now();
    f.sandbox().context().clock = [&now] { return now; };
    const QJsonObject opp = f.seedOpportunity();
    const QString id = opp.value(u"id"_s).toString();
    const QList<QJsonObject> stages = f.sandbox().context().docs.all(u"stage"_s);
    const QString screen = stages.at(4).value(u"id"_s).toString();
    const QString mover = f.userWithRole(u"team member"_s).value(u"id"_s).toString();
    now += 3600000;
    auto r =
        f.put(u"/opportunities/"_s + id + u"/stage?perform_as="_s + mover, QJsonObject{{u"stage"_s, screen}});
    QCOMPARE(r.status, 200);
    const QJsonObject moved = r.data();
    QVERIFY(SandboxFixture::shapeProblems(moved, SandboxFixture::opportunityShape()).isEmpty());
    QCOMPARE(moved.value(u"stage"_s).toString(), screen);
    QCOMPARE(moved.value(u"lastAdvancedAt"_s).toInteger(), now);
    QCOMPARE(moved.value(u"updatedAt"_s).toInteger(), now);
    const QJsonArray changes = moved.value(u"stageChanges"_s).toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(
        changes.at(1).toObject(),
        (QJsonObject{
            {u"toStageId"_s, screen}, {u"toStageIndex"_s, 4}, {u"updatedAt"_s, now}, {u"userId"_s, mover}}));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).name, u"candidateStageChange"_s);
    QCOMPARE(events.at(0).data, (QJsonObject{{u"opportunityId"_s, id},
                                             {u"candidateId"_s, id},
                                             {u"contactId"_s, opp.value(u"contact"_s)},
                                             {u"fromStageId"_s, u"applicant-new"_s},
                                             {u"toStageId"_s, screen}}));
    // The board's filter sees it in the new column.
    QCOMPARE(f.get(u"/opportunities?stage_id="_s + screen).list().size(), 1);
    // Moving to the current stage changes nothing.
    r = f.put(u"/opportunities/"_s + id + u"/stage"_s, QJsonObject{{u"stage"_s, screen}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"stageChanges"_s).toArray().size(), 2);
    QCOMPARE(events.size(), 1);
}

void TestOpportunityWrites::stageMoveKeepsArchived()
{
    SandboxFixture f;
    const QJsonObject archived{{u"reason"_s, u"some-reason"_s}, {u"archivedAt"_s, 1000}};
    const QString id = f.seedOpportunity(QJsonObject{{u"archived"_s, archived}}).value(u"id"_s).toString();
    const auto r = f.put(u"/opportunities/"_s + id + u"/stage"_s, QJsonObject{{u"stage"_s, u"offer"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"stage"_s).toString(), u"offer"_s);
    QCOMPARE(r.data().value(u"archived"_s).toObject(), archived);
    QCOMPARE(f.get(u"/opportunities?archived=true&stage_id=offer"_s).list().size(), 1);
}

void TestOpportunityWrites::stageRefusals()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    const QString path = u"/opportunities/"_s + id + u"/stage"_s;
    auto r = f.put(path, QJsonObject{{u"stage"_s, u"no-such-stage"_s}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"stage no-such-stage was not found"_s));
    QCOMPARE(f.put(path, QJsonObject{}).status, 400);
    QCOMPARE(f.put(path, QJsonObject{{u"stage"_s, 4}}).status, 400);
    QCOMPARE(f.put(u"/opportunities/nope/stage"_s, QJsonObject{{u"stage"_s, u"offer"_s}}).status, 404);
    const QString readOnly = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, true);
    QCOMPARE(f.put(path, QJsonObject{{u"stage"_s, u"offer"_s}}, readOnly).status, 403);
    QCOMPARE(f.send("POST", f.apiUrl(path), "{}", f.basicAuth()).status, 405);
    QCOMPARE(f.get(u"/opportunities/"_s + id).data().value(u"stage"_s).toString(), u"applicant-new"_s);
}

void TestOpportunityWrites::tagsAndSources()
{
    SandboxFixture f;
    const QString id =
        f.seedOpportunity(QJsonObject{{u"tags"_s, QJsonArray{u"Rust"_s}}}).value(u"id"_s).toString();
    const QString base = u"/opportunities/"_s + id;
    auto r = f.post(base + u"/addTags"_s, QJsonObject{{u"tags"_s, QJsonArray{u"Go"_s, u"Rust"_s, u"go"_s}}});
    QCOMPARE(r.status, 200);
    QVERIFY(SandboxFixture::shapeProblems(r.data(), SandboxFixture::opportunityShape()).isEmpty());
    QCOMPARE(strings(r.data().value(u"tags"_s)), (QStringList{u"Rust"_s, u"Go"_s, u"go"_s}));
    r = f.post(base + u"/addTags"_s, QJsonObject{{u"tags"_s, QJsonArray{u"Go"_s}}});
    QCOMPARE(strings(r.data().value(u"tags"_s)).size(), 3);
    r = f.post(base + u"/removeTags"_s, QJsonObject{{u"tags"_s, QJsonArray{u"Rust"_s, u"Absent"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(strings(r.data().value(u"tags"_s)), (QStringList{u"Go"_s, u"go"_s}));
    QCOMPARE(f.get(u"/opportunities?tag=Go"_s).list().size(), 1);
    QCOMPARE(f.get(u"/opportunities?tag=Rust"_s).list().size(), 0);

    r = f.post(base + u"/addSources"_s,
               QJsonObject{{u"sources"_s, QJsonArray{u"Referral"_s, u"Job board"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(strings(r.data().value(u"sources"_s)), (QStringList{u"Referral"_s, u"Job board"_s}));
    r = f.post(base + u"/removeSources"_s, QJsonObject{{u"sources"_s, QJsonArray{u"Referral"_s}}});
    QCOMPARE(strings(r.data().value(u"sources"_s)), QStringList{u"Job board"_s});
    QCOMPARE(f.get(u"/opportunities?source=Job%20board"_s).list().size(), 1);
    QCOMPARE(f.get(base).data().value(u"sources"_s), r.data().value(u"sources"_s));
}

void TestOpportunityWrites::linksFollowTheContact()
{
    SandboxFixture f;
    auto &events = f.recordEvents();
    const QJsonObject body{{u"name"_s, u"Edsger Dijkstra"_s},
                           {u"emails"_s, QJsonArray{u"ewd@example.com"_s}}};
    const QString a = f.post(u"/opportunities"_s, body).data().value(u"id"_s).toString();
    const QJsonObject second = f.post(u"/opportunities"_s, body).data();
    const QString b = second.value(u"id"_s).toString();
    const QString other = f.post(u"/opportunities"_s, QJsonObject{{u"name"_s, u"Someone Else"_s}})
                              .data()
                              .value(u"id"_s)
                              .toString();
    events.clear();
    auto r = f.post(
        u"/opportunities/"_s + a + u"/addLinks"_s,
        QJsonObject{{u"links"_s, QJsonArray{u"https://example.com/ewd"_s, u"https://example.org/x"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(strings(r.data().value(u"links"_s)).size(), 2);
    QCOMPARE(strings(f.get(u"/opportunities/"_s + b).data().value(u"links"_s)).size(), 2);
    QCOMPARE(strings(f.get(u"/contacts/"_s + second.value(u"contact"_s).toString()).data().value(u"links"_s))
                 .size(),
             2);
    QCOMPARE(f.get(u"/opportunities/"_s + other).data().value(u"links"_s).toArray().size(), 0);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).name, u"contactUpdated"_s);

    r = f.post(u"/opportunities/"_s + b + u"/removeLinks"_s,
               QJsonObject{{u"links"_s, QJsonArray{u"https://example.org/x"_s}}});
    QCOMPARE(r.status, 200);
    QCOMPARE(strings(r.data().value(u"links"_s)), QStringList{u"https://example.com/ewd"_s});
    QCOMPARE(strings(f.get(u"/opportunities/"_s + a).data().value(u"links"_s)),
             QStringList{u"https://example.com/ewd"_s});
    // Adding what is there changes nothing and announces nothing.
    events.clear();
    r = f.post(u"/opportunities/"_s + b + u"/addLinks"_s,
               QJsonObject{{u"links"_s, QJsonArray{u"https://example.com/ewd"_s}}});
    QCOMPARE(r.status, 200);
    QVERIFY(events.isEmpty());
}

void TestOpportunityWrites::listEditRefusals()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    const QString base = u"/opportunities/"_s + id;
    const QList<QPair<QString, QString>> routes = {
        {u"/addTags"_s, u"tags"_s},          {u"/removeTags"_s, u"tags"_s}, {u"/addSources"_s, u"sources"_s},
        {u"/removeSources"_s, u"sources"_s}, {u"/addLinks"_s, u"links"_s},  {u"/removeLinks"_s, u"links"_s}};
    const QString readOnly = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, true);
    for (const auto &[route, field] : routes) {
        const QString path = base + route;
        for (const QJsonObject &body :
             {QJsonObject{{field, QJsonArray{}}}, QJsonObject{{field, QJsonArray{u""_s}}},
              QJsonObject{{field, u"one"_s}}, QJsonObject{{field, QJsonArray{1}}},
              QJsonObject{{field, QJsonArray{QString(5000, u'x')}}},
              QJsonObject{{u"other"_s, QJsonArray{u"x"_s}}}}) {
            const auto r = f.post(path, body);
            QVERIFY2(r.status == 400,
                     qPrintable(route + u" accepted "_s + QString::fromUtf8(r.body.left(200))));
            QVERIFY(r.json.value(u"message"_s).toString().contains(field));
        }
        QCOMPARE(f.post(u"/opportunities/nope"_s + route, QJsonObject{{field, QJsonArray{u"x"_s}}}).status,
                 404);
        QCOMPARE(f.post(path, QJsonObject{{field, QJsonArray{u"x"_s}}}, readOnly).status, 403);
    }
    const QJsonObject after = f.get(base).data();
    QCOMPARE(after.value(u"tags"_s).toArray().size(), 0);
    QCOMPARE(after.value(u"links"_s).toArray().size(), 0);
}

void TestOpportunityWrites::confidentialNeedsAccess()
{
    SandboxFixture f;
    const QString id =
        f.seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}}).value(u"id"_s).toString();
    const QString plain = f.sandbox().createApiKey({u"opportunities:write:admin"_s}, false);
    const QString base = u"/opportunities/"_s + id;
    QCOMPARE(f.put(base + u"/stage"_s, QJsonObject{{u"stage"_s, u"offer"_s}}, plain).status, 403);
    QCOMPARE(f.put(base, QJsonObject{{u"name"_s, u"X"_s}}, plain).status, 403);
    QCOMPARE(f.post(base + u"/addTags"_s, QJsonObject{{u"tags"_s, QJsonArray{u"x"_s}}}, plain).status, 403);
    QCOMPARE(f.put(base + u"/archived"_s, QJsonObject{{u"reason"_s, QJsonValue()}}, plain).status, 403);
    // With access it works.
    QCOMPARE(f.put(base + u"/stage"_s, QJsonObject{{u"stage"_s, u"offer"_s}}).status, 200);
}

void TestOpportunityWrites::hostileBodiesNeverFail()
{
    SandboxFixture f;
    const QJsonObject opp = f.seedOpportunity();
    const QString id = opp.value(u"id"_s).toString();
    const QString base = u"/opportunities/"_s + id;
    const QList<QPair<QByteArray, QString>> routes = {
        {"POST", u"/opportunities"_s},   {"PUT", base},
        {"PUT", base + u"/stage"_s},     {"PUT", base + u"/archived"_s},
        {"POST", base + u"/addTags"_s},  {"POST", base + u"/removeSources"_s},
        {"POST", base + u"/addLinks"_s}, {"PUT", u"/contacts/"_s + opp.value(u"contact"_s).toString()},
    };
    const QStringList keys = {u"name"_s,      u"headline"_s,        u"location"_s,     u"emails"_s,
                              u"phones"_s,    u"links"_s,           u"tags"_s,         u"sources"_s,
                              u"origin"_s,    u"owner"_s,           u"followers"_s,    u"postings"_s,
                              u"createdAt"_s, u"archived"_s,        u"contact"_s,      u"stage"_s,
                              u"reason"_s,    u"cleanInterviews"_s, u"requisitionId"_s};
    const QList<QJsonValue> values = {123,
                                      -1.5,
                                      true,
                                      QJsonObject{},
                                      QJsonObject{{u"name"_s, QJsonArray{}}},
                                      QJsonArray{},
                                      QJsonArray{QJsonValue()},
                                      QJsonArray{QJsonObject{}},
                                      QJsonArray{QJsonArray{u"x"_s}},
                                      u""_s,
                                      QString(20000, u'x'),
                                      u"\u0000\u202e"_s};
    auto headers = f.basicAuth();
    headers.insert("Content-Type", "application/json");
    for (const auto &[method, path] : routes) {
        for (const QByteArray &raw : {QByteArray(), QByteArray("null"), QByteArray("7"), QByteArray("\"s\""),
                                      QByteArray("{\"name\":"), QByteArray(200, '{')}) {
            const auto r = f.send(method, f.apiUrl(path), raw, headers);
            QVERIFY2(r.status >= 400 && r.status < 500, qPrintable(path + u' ' + QString::number(r.status)));
        }
        for (const QString &key : keys) {
            for (const QJsonValue &value : values) {
                const auto r =
                    f.send(method, f.apiUrl(path),
                           QJsonDocument(QJsonObject{{key, value}}).toJson(QJsonDocument::Compact), headers);
                QVERIFY2(r.status > 0 && r.status < 500,
                         qPrintable(path + u' ' + key + u" -> "_s + QString::number(r.status)));
                QVERIFY(r.status < 300 || !r.json.value(u"message"_s).toString().isEmpty());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestOpportunityWrites)
#include "tst_opportunity_writes.moc"
