// Scheduling: panels, nested under opportunities and at the spec's top level.
#include "SchedulingScenario.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;
using lever::test::SchedulingScenario;

namespace {
constexpr qint64 kHour = SchedulingScenario::kHour;
constexpr qint64 kDay = SchedulingScenario::kDay;
} // namespace

class TestPanels : public QObject, private lever::test::SchedulingTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void scheduleTwoInterviews();
    void rescheduleKeepsAddsAndDrops();
    void cancelDeletesPanelAndInterviews();
    void uiCreatedPanelIsRefused();
    void invalidBodies_data();
    void invalidBodies();
    void topLevelPanelRoutes();
    void scopesAndNotFound();
};

void TestPanels::init()
{
    setUp();
}

void TestPanels::cleanup()
{
    tearDown();
}

void TestPanels::scheduleTwoInterviews()
{
    const SchedulingScenario::Opportunity s = seed();
    const QStringList users = activeUsers();
    auto r = m_f->post(u"/opportunities/"_s + s.opp + u"/panels"_s + asUser(),
                       panelBody({interview(u"Technical"_s, m_base, 60, {users.at(12), users.at(13)}),
                                  interview(u"Culture"_s, m_base + 2 * kHour, 45, {users.at(14)})}));
    QCOMPARE(r.status, 201);
    const QJsonObject panel = r.data();
    QVERIFY(!panel.value(u"id"_s).toString().isEmpty());
    QCOMPARE(panel.value(u"externallyManaged"_s).toBool(), true);
    QCOMPARE(panel.value(u"timezone"_s).toString(), u"America/Los_Angeles"_s);
    QCOMPARE(panel.value(u"start"_s).toDouble(), double(m_base));
    QCOMPARE(panel.value(u"end"_s).toDouble(), double(m_base + 2 * kHour + 45 * 60000));
    QCOMPARE(panel.value(u"stage"_s).toString(), u"applicant-new"_s);
    QCOMPARE(panel.value(u"user"_s).toString(), m_actor);
    QVERIFY(panel.value(u"canceledAt"_s).isNull());
    QVERIFY(panel.value(u"note"_s).isNull());
    QVERIFY(panel.value(u"externalUrl"_s).isNull());
    QCOMPARE(panel.value(u"feedbackReminder"_s).toString(), u"daily"_s);
    QVERIFY(panel.value(u"createdAt"_s).isDouble());
    // Default applications: the active ones only.
    QCOMPARE(panel.value(u"applications"_s).toArray(), QJsonArray{s.activeApp});
    const QJsonArray entries = panel.value(u"interviews"_s).toArray();
    QCOMPARE(entries.size(), 2);
    const QJsonObject first = entries.at(0).toObject();
    QVERIFY(!first.value(u"id"_s).toString().isEmpty());
    QCOMPARE(first.value(u"subject"_s).toString(), u"Technical"_s);
    QCOMPARE(first.value(u"note"_s).toString(), u"Bring the exercise"_s);
    QCOMPARE(first.value(u"duration"_s).toDouble(), 60.0);
    QCOMPARE(first.value(u"date"_s).toDouble(), double(m_base));
    QVERIFY(first.value(u"location"_s).isNull());
    QCOMPARE(first.value(u"feedbackTemplate"_s).toString(), u"no-feedback"_s);
    QCOMPARE(first.value(u"feedbackReminder"_s).toString(), u"frequently"_s);
    const QJsonArray people = first.value(u"interviewers"_s).toArray();
    QCOMPARE(people.size(), 2);
    const QJsonObject person = people.at(0).toObject();
    const auto user = m_f->sandbox().context().docs.get(u"user"_s, users.at(12));
    QCOMPARE(person.value(u"id"_s).toString(), users.at(12));
    QCOMPARE(person.value(u"name"_s), user->value(u"name"_s));
    QCOMPARE(person.value(u"email"_s), user->value(u"email"_s));
    QCOMPARE(person.value(u"responseStatus"_s).toString(), u"needsAction"_s);
    QCOMPARE(person.value(u"feedbackTemplate"_s).toString(), u"no-feedback"_s);

    // Every interview is also an interview document of the opportunity.
    r = m_f->get(u"/opportunities/"_s + s.opp + u"/interviews"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);
    QCOMPARE(ids(r.list()), ids(entries));
    const QJsonObject doc = r.list().at(0).toObject();
    QCOMPARE(doc.value(u"panel"_s).toString(), panel.value(u"id"_s).toString());
    QCOMPARE(doc.value(u"opportunityId"_s).toString(), s.opp);
    QCOMPARE(doc.value(u"timezone"_s).toString(), u"America/Los_Angeles"_s);
    QCOMPARE(doc.value(u"user"_s).toString(), m_actor);
    QCOMPARE(doc.value(u"stage"_s).toString(), u"applicant-new"_s);
    QCOMPARE(doc.value(u"postings"_s).toArray(), QJsonArray{s.posting});
    QCOMPARE(doc.value(u"feedbackForms"_s).toArray(), QJsonArray());
    QVERIFY(doc.value(u"canceledAt"_s).isNull());
    QVERIFY(doc.value(u"gcalEventUrl"_s).isNull());
    QVERIFY(doc.value(u"createdAt"_s).isDouble());
    QVERIFY(!doc.value(u"interviewers"_s).toArray().at(0).toObject().contains(u"responseStatus"_s));
    QCOMPARE(doc.value(u"interviewers"_s).toArray().at(0).toObject().value(u"email"_s),
             user->value(u"email"_s));

    r = m_f->get(u"/opportunities/"_s + s.opp + u"/panels"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject(), panel);

    QCOMPARE(m_s->events.size(), 2);
    for (const SchedulingScenario::Event &e : std::as_const(m_s->events)) {
        QCOMPARE(e.name, u"interviewCreated"_s);
        QCOMPARE(e.data.value(u"opportunityId"_s).toString(), s.opp);
        QCOMPARE(e.data.value(u"candidateId"_s).toString(), s.opp);
        QCOMPARE(e.data.value(u"contactId"_s).toString(), s.contact);
        QCOMPARE(e.data.value(u"panelId"_s).toString(), panel.value(u"id"_s).toString());
    }
    QCOMPARE(QStringList({m_s->events.at(0).data.value(u"interviewId"_s).toString(),
                          m_s->events.at(1).data.value(u"interviewId"_s).toString()}),
             ids(entries));

    // Explicit values instead of defaults.
    QJsonObject custom = interview(u"Design review"_s, m_base, 30, {users.at(12)});
    custom.insert(u"location"_s, u"Room 4"_s);
    custom.insert(u"feedbackReminder"_s, u"none"_s);
    QJsonObject body = panelBody({custom});
    body.insert(u"applications"_s, QJsonArray{s.archivedApp});
    body.insert(u"note"_s, u"Panel note"_s);
    body.insert(u"externalUrl"_s, u"https://meet.example.com/abc"_s);
    body.insert(u"feedbackReminder"_s, u"once"_s);
    r = m_f->post(u"/opportunities/"_s + s.opp + u"/panels"_s, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"applications"_s).toArray(), QJsonArray{s.archivedApp});
    QCOMPARE(r.data().value(u"note"_s).toString(), u"Panel note"_s);
    QCOMPARE(r.data().value(u"externalUrl"_s).toString(), u"https://meet.example.com/abc"_s);
    QCOMPARE(r.data().value(u"feedbackReminder"_s).toString(), u"once"_s);
    const QJsonObject entry = r.data().value(u"interviews"_s).toArray().at(0).toObject();
    QCOMPARE(entry.value(u"location"_s).toString(), u"Room 4"_s);
    QCOMPARE(entry.value(u"feedbackReminder"_s).toString(), u"none"_s);
    // Without perform_as the credential's user schedules.
    QCOMPARE(r.data().value(u"user"_s).toString(), m_f->firstUserId());
}

void TestPanels::rescheduleKeepsAddsAndDrops()
{
    const SchedulingScenario::Opportunity s = seed();
    const QStringList users = activeUsers();
    auto r = m_f->post(u"/opportunities/"_s + s.opp + u"/panels"_s + asUser(),
                       panelBody({interview(u"One"_s, m_base, 60, {users.at(12)}),
                                  interview(u"Two"_s, m_base + kHour, 60, {users.at(13)})}));
    QCOMPARE(r.status, 201);
    const QString panelId = r.data().value(u"id"_s).toString();
    const QStringList before = ids(r.data().value(u"interviews"_s).toArray());
    const qint64 createdAt = qint64(r.data().value(u"createdAt"_s).toDouble());
    // Pretend the first interviewer accepted: a same-time edit keeps it, a reschedule asks again.
    {
        auto &docs = m_f->sandbox().context().docs;
        QJsonObject stored = *docs.get(u"panel"_s, panelId);
        QJsonArray entries = stored.value(u"interviews"_s).toArray();
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries.at(i).toObject();
            QJsonArray people = e.value(u"interviewers"_s).toArray();
            QJsonObject p = people.at(0).toObject();
            p.insert(u"responseStatus"_s, u"accepted"_s);
            people.replace(0, p);
            e.insert(u"interviewers"_s, people);
            entries.replace(i, e);
        }
        stored.insert(u"interviews"_s, entries);
        docs.put(u"panel"_s, panelId, s.opp, stored);
    }
    m_s->events.clear();

    QJsonObject kept = interview(u"One, moved"_s, m_base + kDay, 90, {users.at(12), users.at(15)});
    kept.insert(u"id"_s, before.at(0));
    const QJsonObject added = interview(u"Three"_s, m_base + kDay + 2 * kHour, 30, {users.at(14)});
    r = m_f->put(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId + asUser(), panelBody({kept, added}));
    QCOMPARE(r.status, 200);
    const QJsonObject panel = r.data();
    QCOMPARE(panel.value(u"id"_s).toString(), panelId);
    QCOMPARE(qint64(panel.value(u"createdAt"_s).toDouble()), createdAt);
    const QJsonArray entries = panel.value(u"interviews"_s).toArray();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value(u"id"_s).toString(), before.at(0));
    QCOMPARE(entries.at(0).toObject().value(u"subject"_s).toString(), u"One, moved"_s);
    const QString newId = entries.at(1).toObject().value(u"id"_s).toString();
    QVERIFY(!newId.isEmpty() && !before.contains(newId));
    QCOMPARE(entries.at(0)
                 .toObject()
                 .value(u"interviewers"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"responseStatus"_s)
                 .toString(),
             u"needsAction"_s);
    QCOMPARE(panel.value(u"start"_s).toDouble(), double(m_base + kDay));
    QCOMPARE(panel.value(u"end"_s).toDouble(), double(m_base + kDay + 2 * kHour + 30 * 60000));

    // Documents follow: kept updated, new created, dropped gone.
    r = m_f->get(u"/opportunities/"_s + s.opp + u"/interviews"_s);
    QCOMPARE(ids(r.list()), QStringList({before.at(0), newId}));
    QCOMPARE(r.list().at(0).toObject().value(u"duration"_s).toDouble(), 90.0);
    QCOMPARE(r.list().at(0).toObject().value(u"interviewers"_s).toArray().size(), 2);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/interviews/"_s + before.at(1)).status, 404);
    QStringList names;
    for (const SchedulingScenario::Event &e : std::as_const(m_s->events))
        names.append(e.name + u':' + e.data.value(u"interviewId"_s).toString());
    names.sort();
    QStringList expected{u"interviewCreated:"_s + newId, u"interviewDeleted:"_s + before.at(1),
                         u"interviewUpdated:"_s + before.at(0)};
    expected.sort();
    QCOMPARE(names, expected);

    // A same-time edit keeps the accepted invitation.
    {
        auto &docs = m_f->sandbox().context().docs;
        QJsonObject stored = *docs.get(u"panel"_s, panelId);
        QJsonArray list = stored.value(u"interviews"_s).toArray();
        QJsonObject e = list.at(0).toObject();
        QJsonArray people = e.value(u"interviewers"_s).toArray();
        QJsonObject p = people.at(0).toObject();
        p.insert(u"responseStatus"_s, u"accepted"_s);
        people.replace(0, p);
        e.insert(u"interviewers"_s, people);
        list.replace(0, e);
        stored.insert(u"interviews"_s, list);
        docs.put(u"panel"_s, panelId, s.opp, stored);
    }
    QJsonObject sameTime = kept;
    sameTime.insert(u"subject"_s, u"Renamed only"_s);
    QJsonObject third = added;
    third.insert(u"id"_s, newId);
    r = m_f->put(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId, panelBody({sameTime, third}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data()
                 .value(u"interviews"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"interviewers"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"responseStatus"_s)
                 .toString(),
             u"accepted"_s);

    // Unknown or repeated interview ids are refused, and nothing changes.
    QJsonObject unknown = added;
    unknown.insert(u"id"_s, u"not-an-interview"_s);
    r = m_f->put(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId, panelBody({unknown}));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"interviews[0].id"_s));
    r = m_f->put(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId, panelBody({third, third}));
    QCOMPARE(r.status, 400);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/interviews"_s).list().size(), 2);
}

void TestPanels::cancelDeletesPanelAndInterviews()
{
    const SchedulingScenario::Opportunity s = seed();
    const QStringList users = activeUsers();
    auto r = m_f->post(u"/opportunities/"_s + s.opp + u"/panels"_s,
                       panelBody({interview(u"One"_s, m_base, 60, {users.at(12)}),
                                  interview(u"Two"_s, m_base + kHour, 60, {users.at(13)})}));
    const QString panelId = r.data().value(u"id"_s).toString();
    m_s->events.clear();
    r = m_f->del(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId + asUser());
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/panels"_s).list().size(), 0);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/interviews"_s).list().size(), 0);
    QCOMPARE(m_s->events.size(), 2);
    QCOMPARE(m_s->events.at(0).name, u"interviewDeleted"_s);
    QCOMPARE(m_f->del(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId).status, 404);
}

void TestPanels::uiCreatedPanelIsRefused()
{
    const SchedulingScenario::Opportunity s = seed();
    const QStringList users = activeUsers();
    const QString panelId = u"ui-panel"_s;
    const QString interviewId = u"ui-interview"_s;
    m_f->seedDocument(u"panel"_s, s.opp,
                      QJsonObject{{u"id"_s, panelId},
                                  {u"externallyManaged"_s, false},
                                  {u"timezone"_s, u"Europe/Berlin"_s},
                                  {u"interviews"_s, QJsonArray{QJsonObject{{u"id"_s, interviewId}}}}});
    m_f->seedDocument(u"interview"_s, s.opp, QJsonObject{{u"id"_s, interviewId}, {u"panel"_s, panelId}});
    const QString path = u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId;
    auto r = m_f->put(path, panelBody({interview(u"x"_s, m_base, 30, {users.at(12)})}));
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"Lever's UI"_s));
    QCOMPARE(m_f->del(path).status, 403);
    QCOMPARE(
        m_f->put(u"/panels/"_s + panelId, panelBody({interview(u"x"_s, m_base, 30, {users.at(12)})})).status,
        403);
    QCOMPARE(m_f->del(u"/panels/"_s + panelId).status, 403);
    // Its interviews cannot be changed either, nor can interviews be added to it.
    const QString ipath = u"/opportunities/"_s + s.opp + u"/interviews/"_s + interviewId;
    r = m_f->put(ipath, interview(u"x"_s, m_base, 30, {users.at(12)}));
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"Lever's UI"_s));
    QCOMPARE(m_f->del(ipath).status, 403);
    QJsonObject add = interview(u"x"_s, m_base, 30, {users.at(12)});
    add.insert(u"panel"_s, panelId);
    QCOMPARE(m_f->post(u"/opportunities/"_s + s.opp + u"/interviews"_s, add).status, 403);
    QVERIFY(m_f->sandbox().context().docs.get(u"panel"_s, panelId));
    QVERIFY(m_s->events.isEmpty());
}

void TestPanels::invalidBodies_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("mentions");
    const qint64 date = 4102444800000LL; // 2100-01-01
    auto base = [date](const QJsonObject &interviewChanges, const QJsonObject &panelChanges) {
        QJsonObject i{{u"subject"_s, u"S"_s},
                      {u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, u"$USER"_s}}}},
                      {u"date"_s, date},
                      {u"duration"_s, 30}};
        for (auto it = interviewChanges.begin(); it != interviewChanges.end(); ++it) {
            if (it.value() == QJsonValue(u"$DROP"_s))
                i.remove(it.key());
            else
                i.insert(it.key(), it.value());
        }
        QJsonObject p{{u"timezone"_s, u"Europe/Berlin"_s}, {u"interviews"_s, QJsonArray{i}}};
        for (auto it = panelChanges.begin(); it != panelChanges.end(); ++it)
            p.insert(it.key(), it.value());
        return p;
    };
    const QJsonValue drop(u"$DROP"_s);
    QTest::newRow("unknown zone") << base({}, {{u"timezone"_s, u"Mars/Olympus_Mons"_s}}) << u"timezone"_s;
    QTest::newRow("zone not a string") << base({}, {{u"timezone"_s, 3}}) << u"timezone"_s;
    QTest::newRow("no zone") << QJsonObject{{u"interviews"_s, base({}, {}).value(u"interviews"_s)}}
                             << u"timezone"_s;
    QTest::newRow("empty interviews") << base({}, {{u"interviews"_s, QJsonArray()}}) << u"interviews"_s;
    QTest::newRow("interviews not an array") << base({}, {{u"interviews"_s, u"soon"_s}}) << u"interviews"_s;
    QTest::newRow("interview not an object")
        << base({}, {{u"interviews"_s, QJsonArray{1}}}) << u"interviews[0]"_s;
    QTest::newRow("unknown interviewer")
        << base({{u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, u"nobody"_s}}}}}, {})
        << u"interviews[0].interviewers[0].id"_s;
    QTest::newRow("deactivated interviewer")
        << base({{u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, u"$DEACTIVATED"_s}}}}}, {})
        << u"interviews[0].interviewers[0].id"_s;
    QTest::newRow("no interviewers") << base({{u"interviewers"_s, QJsonArray()}}, {}) << u"interviewers"_s;
    QTest::newRow("interviewer twice")
        << base({{u"interviewers"_s,
                  QJsonArray{QJsonObject{{u"id"_s, u"$USER"_s}}, QJsonObject{{u"id"_s, u"$USER"_s}}}}},
                {})
        << u"twice"_s;
    QTest::newRow("duration 0") << base({{u"duration"_s, 0}}, {}) << u"duration"_s;
    QTest::newRow("duration fractional") << base({{u"duration"_s, 1.5}}, {}) << u"duration"_s;
    QTest::newRow("duration string") << base({{u"duration"_s, u"60"_s}}, {}) << u"duration"_s;
    QTest::newRow("no duration") << base({{u"duration"_s, drop}}, {}) << u"duration"_s;
    QTest::newRow("no date") << base({{u"date"_s, drop}}, {}) << u"date"_s;
    QTest::newRow("null date") << base({{u"date"_s, QJsonValue()}}, {}) << u"date"_s;
    QTest::newRow("negative date") << base({{u"date"_s, -5}}, {}) << u"date"_s;
    QTest::newRow("huge date") << base({{u"date"_s, 1e300}}, {}) << u"date"_s;
    QTest::newRow("unknown template")
        << base({{u"feedbackTemplate"_s, u"nope"_s}}, {}) << u"feedbackTemplate"_s;
    QTest::newRow("bad reminder") << base({{u"feedbackReminder"_s, u"hourly"_s}}, {})
                                  << u"feedbackReminder"_s;
    QTest::newRow("bad panel reminder")
        << base({}, {{u"feedbackReminder"_s, u"weekly"_s}}) << u"feedbackReminder"_s;
    QTest::newRow("empty applications") << base({}, {{u"applications"_s, QJsonArray()}}) << u"applications"_s;
    QTest::newRow("foreign application")
        << base({}, {{u"applications"_s, QJsonArray{u"someone-elses"_s}}}) << u"applications[0]"_s;
    QTest::newRow("external url") << base({}, {{u"externalUrl"_s, u"javascript:alert(1)"_s}})
                                  << u"externalUrl"_s;
    QTest::newRow("subject object") << base({{u"subject"_s, QJsonObject()}}, {}) << u"subject"_s;
    QTest::newRow("id on a new interview") << base({{u"id"_s, u"mine"_s}}, {}) << u"interviews[0].id"_s;
}

void TestPanels::invalidBodies()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, mentions);
    const SchedulingScenario::Opportunity s = seed();
    QString deactivated;
    const QList<QJsonObject> users = m_f->sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (!u.value(u"deactivatedAt"_s).isNull())
            deactivated = u.value(u"id"_s).toString();
    }
    QByteArray text = QJsonDocument(body).toJson(QJsonDocument::Compact);
    text.replace("$USER", activeUsers().at(12).toUtf8()).replace("$DEACTIVATED", deactivated.toUtf8());
    auto headers = m_f->basicAuth();
    headers.insert("Content-Type", "application/json");
    const auto r = m_f->send("POST", m_f->apiUrl(u"/opportunities/"_s + s.opp + u"/panels"_s), text, headers);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    QVERIFY2(r.json.value(u"message"_s).toString().contains(mentions),
             qPrintable(r.json.value(u"message"_s).toString()));
    QCOMPARE(m_f->sandbox().context().docs.count(u"panel"_s), 0);
    QCOMPARE(m_f->sandbox().context().docs.count(u"interview"_s), 0);
}

void TestPanels::topLevelPanelRoutes()
{
    const SchedulingScenario::Opportunity s = seed();
    const SchedulingScenario::Opportunity other = seed();
    const QStringList users = activeUsers();
    QCOMPARE(m_f->post(u"/panels"_s, panelBody({interview(u"x"_s, m_base, 30, {users.at(12)})})).status, 400);
    QCOMPARE(m_f->post(u"/panels?opportunity_id=missing"_s,
                       panelBody({interview(u"x"_s, m_base, 30, {users.at(12)})}))
                 .status,
             404);
    auto r = m_f->post(u"/panels?opportunity_id="_s + s.opp + u"&perform_as="_s + m_actor,
                       panelBody({interview(u"Top"_s, m_base, 30, {users.at(12)})}));
    QCOMPARE(r.status, 201);
    const QString panelId = r.data().value(u"id"_s).toString();
    QCOMPARE(r.data().value(u"opportunityId"_s).toString(), s.opp);
    QCOMPARE(r.data().value(u"user"_s).toString(), m_actor);
    m_f->post(u"/panels?opportunity_id="_s + other.opp,
              panelBody({interview(u"Other"_s, m_base, 30, {users.at(13)})}));

    r = m_f->get(u"/panels?opportunity_id="_s + s.opp);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.list()), QStringList{panelId});
    r = m_f->get(u"/panels?limit=1"_s);
    QCOMPARE(r.list().size(), 1);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    r = m_f->get(u"/panels"_s);
    QCOMPARE(r.list().size(), 2);
    r = m_f->get(u"/panels/"_s + panelId);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"opportunityId"_s).toString(), s.opp);

    QJsonObject keep = interview(u"Top, moved"_s, m_base + kDay, 30, {users.at(12)});
    keep.insert(u"id"_s, r.data().value(u"interviews"_s).toArray().at(0).toObject().value(u"id"_s));
    r = m_f->put(u"/panels/"_s + panelId, panelBody({keep}));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"interviews"_s).toArray().at(0).toObject().value(u"subject"_s).toString(),
             u"Top, moved"_s);
    QCOMPARE(m_f->del(u"/panels/"_s + panelId).status, 204);
    QCOMPARE(m_f->get(u"/panels/"_s + panelId).status, 404);
    QCOMPARE(m_f->put(u"/panels/"_s + panelId, panelBody({keep})).status, 404);

    // Panels of confidential opportunities stay hidden from keys without confidential access.
    const QString secret = m_f->seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}})
                               .value(u"id"_s)
                               .toString();
    r = m_f->post(u"/panels?opportunity_id="_s + secret,
                  panelBody({interview(u"Secret"_s, m_base, 30, {users.at(12)})}));
    QCOMPARE(r.status, 201);
    const QString secretPanel = r.data().value(u"id"_s).toString();
    const QString plain =
        m_f->sandbox().createApiKey({u"panels:read:admin"_s, u"panels:write:admin"_s}, false);
    r = m_f->get(u"/panels"_s, plain);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(m_f->get(u"/panels/"_s + secretPanel, plain).status, 403);
    QCOMPARE(m_f->get(u"/panels?opportunity_id="_s + secret, plain).status, 403);
    QCOMPARE(m_f->get(u"/opportunities/"_s + secret + u"/panels"_s, plain).status, 403);
    QCOMPARE(m_f->del(u"/panels/"_s + secretPanel, plain).status, 403);
    QCOMPARE(m_f->get(u"/panels"_s).list().size(), 2);
}

void TestPanels::scopesAndNotFound()
{
    const auto s = seed();
    const auto other = seed();
    const QStringList users = activeUsers();
    auto r = m_f->post(u"/opportunities/"_s + s.opp + u"/panels"_s,
                       panelBody({interview(u"One"_s, m_base, 60, {users.at(12)})}));
    const QString panelId = r.data().value(u"id"_s).toString();

    const QString readOnly = m_f->sandbox().createApiKey({u"panels:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/panels"_s, readOnly).status, 200);
    QCOMPARE(m_f->get(u"/panels"_s, readOnly).status, 200);
    r = m_f->post(u"/opportunities/"_s + s.opp + u"/panels"_s,
                  panelBody({interview(u"x"_s, m_base, 60, {users.at(12)})}), readOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"panels:write:admin"_s));
    QCOMPARE(m_f->del(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId, readOnly).status, 403);
    QCOMPARE(m_f->post(u"/panels?opportunity_id="_s + s.opp, panelBody({}), readOnly).status, 403);
    const QString interviewsOnly = m_f->sandbox().createApiKey({u"interviews:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/panels"_s, interviewsOnly).status, 403);
    QCOMPARE(m_f->get(u"/panels"_s, interviewsOnly).status, 403);

    QCOMPARE(m_f->get(u"/opportunities/nope/panels"_s).status, 404);
    QCOMPARE(m_f->post(u"/opportunities/nope/panels"_s, panelBody({})).status, 404);
    QCOMPARE(m_f->put(u"/opportunities/"_s + s.opp + u"/panels/nope"_s, panelBody({})).status, 404);
    QCOMPARE(m_f->del(u"/opportunities/"_s + s.opp + u"/panels/nope"_s).status, 404);
    QCOMPARE(m_f->get(u"/panels/nope"_s).status, 404);
    // A panel of one opportunity is not found under another.
    QCOMPARE(m_f->get(u"/opportunities/"_s + other.opp + u"/panels/"_s + panelId).status, 404);
    QCOMPARE(m_f->del(u"/opportunities/"_s + other.opp + u"/panels/"_s + panelId).status, 404);

    // Bodies that are not JSON objects.
    auto headers = m_f->basicAuth();
    headers.insert("Content-Type", "application/json");
    r = m_f->send("POST", m_f->apiUrl(u"/opportunities/"_s + s.opp + u"/panels"_s), "[1,2]", headers);
    QCOMPARE(r.status, 400);
    r = m_f->send("POST", m_f->apiUrl(u"/opportunities/"_s + s.opp + u"/panels"_s),
                  "{\"timezone\":", headers);
    QCOMPARE(r.status, 400);
    QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestPanels)
#include "tst_panels.moc"
