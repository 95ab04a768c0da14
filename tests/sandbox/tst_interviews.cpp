// Scheduling: interviews under /opportunities/:id/interviews and how they keep their panel in step.
#include "SchedulingScenario.h"

#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;
using lever::test::SchedulingScenario;

namespace {
constexpr qint64 kHour = SchedulingScenario::kHour;
constexpr qint64 kDay = SchedulingScenario::kDay;
} // namespace

class TestInterviews : public QObject, private lever::test::SchedulingTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void interviewCrud();
    void deletingLastInterviewDeletesPanel();
    void scopesAndNotFound();
};

void TestInterviews::init()
{
    setUp();
}

void TestInterviews::cleanup()
{
    tearDown();
}

void TestInterviews::interviewCrud()
{
    const SchedulingScenario::Opportunity s = seed();
    const QStringList users = activeUsers();
    auto r = m_f->post(u"/opportunities/"_s + s.opp + u"/panels"_s,
                       panelBody({interview(u"One"_s, m_base, 60, {users.at(12)})}));
    const QString panelId = r.data().value(u"id"_s).toString();
    const QString first =
        r.data().value(u"interviews"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    const QString templ =
        m_f->sandbox().context().docs.all(u"feedback_template"_s).at(1).value(u"id"_s).toString();
    m_s->events.clear();

    // Create: needs the panel.
    QJsonObject body = interview(u"Added"_s, m_base - kHour, 30, {users.at(13)});
    QCOMPARE(m_f->post(u"/opportunities/"_s + s.opp + u"/interviews"_s, body).status, 400);
    body.insert(u"panel"_s, u"no-such-panel"_s);
    QCOMPARE(m_f->post(u"/opportunities/"_s + s.opp + u"/interviews"_s, body).status, 400);
    body.insert(u"panel"_s, panelId);
    QJsonArray people{QJsonObject{{u"id"_s, users.at(13)}, {u"feedbackTemplate"_s, templ}}};
    body.insert(u"interviewers"_s, people);
    r = m_f->post(u"/opportunities/"_s + s.opp + u"/interviews"_s + asUser(), body);
    QCOMPARE(r.status, 201);
    const QJsonObject created = r.data();
    const QString id = created.value(u"id"_s).toString();
    QCOMPARE(created.value(u"panel"_s).toString(), panelId);
    QCOMPARE(created.value(u"subject"_s).toString(), u"Added"_s);
    QCOMPARE(created.value(u"user"_s).toString(), m_actor);
    QCOMPARE(
        created.value(u"interviewers"_s).toArray().at(0).toObject().value(u"feedbackTemplate"_s).toString(),
        templ);
    QCOMPARE(created.value(u"timezone"_s).toString(), u"America/Los_Angeles"_s);
    QCOMPARE(m_s->events.size(), 1);
    QCOMPARE(m_s->events.at(0).name, u"interviewCreated"_s);
    QCOMPARE(m_s->events.at(0).data.value(u"interviewId"_s).toString(), id);

    // The panel follows, start moves earlier.
    r = m_f->get(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId);
    QCOMPARE(r.status, 200);
    QCOMPARE(ids(r.data().value(u"interviews"_s).toArray()), QStringList({first, id}));
    QCOMPARE(r.data().value(u"start"_s).toDouble(), double(m_base - kHour));

    r = m_f->get(u"/opportunities/"_s + s.opp + u"/interviews/"_s + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data(), created);

    // PUT replaces the whole interview: omitted fields fall back to their defaults.
    QJsonObject replacement{{u"subject"_s, u"Updated"_s},
                            {u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, users.at(14)}}}},
                            {u"date"_s, m_base + kDay},
                            {u"duration"_s, 45}};
    m_s->events.clear();
    r = m_f->put(u"/opportunities/"_s + s.opp + u"/interviews/"_s + id + asUser(), replacement);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"id"_s).toString(), id);
    QCOMPARE(r.data().value(u"subject"_s).toString(), u"Updated"_s);
    QCOMPARE(r.data().value(u"note"_s).toString(), QString());
    QCOMPARE(r.data().value(u"duration"_s).toDouble(), 45.0);
    QCOMPARE(r.data().value(u"interviewers"_s).toArray().at(0).toObject().value(u"id"_s).toString(),
             users.at(14));
    QCOMPARE(
        r.data().value(u"interviewers"_s).toArray().at(0).toObject().value(u"feedbackTemplate"_s).toString(),
        u"no-feedback"_s);
    QCOMPARE(r.data().value(u"createdAt"_s), created.value(u"createdAt"_s));
    QCOMPARE(m_s->events.size(), 1);
    QCOMPARE(m_s->events.at(0).name, u"interviewUpdated"_s);
    r = m_f->get(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId);
    QCOMPARE(r.data().value(u"interviews"_s).toArray().at(1).toObject().value(u"subject"_s).toString(),
             u"Updated"_s);
    QCOMPARE(r.data().value(u"end"_s).toDouble(), double(m_base + kDay + 45 * 60000));

    // Moving it to another panel, or a body with bad values, is refused.
    QJsonObject moved = replacement;
    moved.insert(u"panel"_s, u"other"_s);
    QCOMPARE(m_f->put(u"/opportunities/"_s + s.opp + u"/interviews/"_s + id, moved).status, 400);
    QJsonObject zero = replacement;
    zero.insert(u"duration"_s, 0);
    QCOMPARE(m_f->put(u"/opportunities/"_s + s.opp + u"/interviews/"_s + id, zero).status, 400);

    // Delete one of two: the panel stays with the other.
    m_s->events.clear();
    r = m_f->del(u"/opportunities/"_s + s.opp + u"/interviews/"_s + id + asUser());
    QCOMPARE(r.status, 204);
    QCOMPARE(m_s->events.size(), 1);
    QCOMPARE(m_s->events.at(0).name, u"interviewDeleted"_s);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/interviews/"_s + id).status, 404);
    r = m_f->get(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId);
    QCOMPARE(ids(r.data().value(u"interviews"_s).toArray()), QStringList{first});
    QCOMPARE(r.data().value(u"start"_s).toDouble(), double(m_base));
}

void TestInterviews::deletingLastInterviewDeletesPanel()
{
    const SchedulingScenario::Opportunity s = seed();
    auto r = m_f->post(u"/opportunities/"_s + s.opp + u"/panels"_s,
                       panelBody({interview(u"Only"_s, m_base, 60, {activeUsers().at(12)})}));
    const QString panelId = r.data().value(u"id"_s).toString();
    const QString only = r.data().value(u"interviews"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    r = m_f->del(u"/opportunities/"_s + s.opp + u"/interviews/"_s + only);
    QCOMPARE(r.status, 204);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/panels/"_s + panelId).status, 404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/panels"_s).list().size(), 0);
    QCOMPARE(m_f->sandbox().context().docs.count(u"interview"_s), 0);
}

void TestInterviews::scopesAndNotFound()
{
    const SchedulingScenario::Opportunity s = seed();
    const SchedulingScenario::Opportunity other = seed();
    const QStringList users = activeUsers();
    auto r = m_f->post(u"/opportunities/"_s + s.opp + u"/panels"_s,
                       panelBody({interview(u"One"_s, m_base, 60, {users.at(12)})}));
    const QString panelId = r.data().value(u"id"_s).toString();
    const QString interviewId =
        r.data().value(u"interviews"_s).toArray().at(0).toObject().value(u"id"_s).toString();

    const QString readOnly = m_f->sandbox().createApiKey({u"interviews:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/interviews"_s, readOnly).status, 200);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/interviews/"_s + interviewId, readOnly).status, 200);
    QJsonObject add = interview(u"x"_s, m_base, 30, {users.at(12)});
    add.insert(u"panel"_s, panelId);
    r = m_f->post(u"/opportunities/"_s + s.opp + u"/interviews"_s, add, readOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"interviews:write:admin"_s));
    QCOMPARE(m_f->put(u"/opportunities/"_s + s.opp + u"/interviews/"_s + interviewId, add, readOnly).status,
             403);
    QCOMPARE(m_f->del(u"/opportunities/"_s + s.opp + u"/interviews/"_s + interviewId, readOnly).status, 403);
    // The panels scope does not open interviews.
    const QString panelsOnly =
        m_f->sandbox().createApiKey({u"panels:read:admin"_s, u"panels:write:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/interviews"_s, panelsOnly).status, 403);
    QCOMPARE(m_f->del(u"/opportunities/"_s + s.opp + u"/interviews/"_s + interviewId, panelsOnly).status,
             403);

    QCOMPARE(m_f->get(u"/opportunities/nope/interviews"_s).status, 404);
    QCOMPARE(m_f->post(u"/opportunities/nope/interviews"_s, add).status, 404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + s.opp + u"/interviews/nope"_s).status, 404);
    QCOMPARE(m_f->put(u"/opportunities/"_s + s.opp + u"/interviews/nope"_s, add).status, 404);
    QCOMPARE(m_f->del(u"/opportunities/"_s + s.opp + u"/interviews/nope"_s).status, 404);
    // Ids of another opportunity's records are not found under this one, nor usable there.
    QCOMPARE(m_f->get(u"/opportunities/"_s + other.opp + u"/interviews/"_s + interviewId).status, 404);
    QCOMPARE(m_f->del(u"/opportunities/"_s + other.opp + u"/interviews/"_s + interviewId).status, 404);
    QCOMPARE(m_f->post(u"/opportunities/"_s + other.opp + u"/interviews"_s, add).status, 400);
    // Confidential opportunities need confidential access.
    const QString secret = m_f->seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}})
                               .value(u"id"_s)
                               .toString();
    QCOMPARE(m_f->get(u"/opportunities/"_s + secret + u"/interviews"_s, readOnly).status, 403);

    // Bodies that are not JSON objects.
    auto headers = m_f->basicAuth();
    headers.insert("Content-Type", "application/json");
    r = m_f->send("PUT", m_f->apiUrl(u"/opportunities/"_s + s.opp + u"/interviews/"_s + interviewId), "",
                  headers);
    QCOMPARE(r.status, 400);
    r = m_f->send("POST", m_f->apiUrl(u"/opportunities/"_s + s.opp + u"/interviews"_s), "\"panel\"", headers);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
}

QTEST_GUILESS_MAIN(TestInterviews)
#include "tst_interviews.moc"
