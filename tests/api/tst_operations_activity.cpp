// Every typed call of the API layer round-tripped against the sandbox, part 2: panels, interviews,
// feedback, notes, files, uploads, resumes, offers, referrals, EEO, audit events, webhooks. Pending
// like tst_operations.cpp, for the same reason.
#include "OperationsKit.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever::api;
using namespace lever::test;

class TestOperationsActivity : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void panelsAndInterviews();
    void feedback();
    void notes();
    void filesAndResumes();
    void offersReferralsEeo();
    void auditEvents();
    void webhooks();

private:
    QString createPosting(const QString &title) { return lever::test::createPosting(*m_client, title); }
    QString createOpportunity(const QString &email)
    {
        return lever::test::createOpportunity(*m_client, email);
    }

    std::unique_ptr<SandboxFixture> m_f;
    std::unique_ptr<Client> m_client;
    QString m_user;
};

void TestOperationsActivity::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>();
    m_client = lever::test::makeClient(*m_f);
    m_user = m_f->firstUserId();
    m_client->setActingUserId(m_user);
}

void TestOperationsActivity::cleanupTestCase()
{
    m_client.reset();
    m_f.reset();
}

void TestOperationsActivity::panelsAndInterviews()
{
    const QString opp = createOpportunity(u"panel@example.com"_s);
    Interview first;
    first.subject = u"Technical"_s;
    first.note = u"Systems design"_s;
    first.interviewers = {Interview::Interviewer{m_user, {}, {}, {}, {}}};
    first.date = QDateTime::currentMSecsSinceEpoch() + 86400000;
    first.duration = 60;
    Panel panel;
    panel.timezone = u"Europe/Berlin"_s;
    panel.interviews = {first};
    const auto created = await(m_client->panels().create(opp, panel));
    REQUIRE_OK(created);
    Panel saved = created.value();
    QVERIFY(saved.externallyManaged);
    QCOMPARE(saved.interviews.size(), 1);
    QCOMPARE(saved.interviews.first().interviewers.first().responseStatus.value_or(QString()),
             u"needsAction"_s);
    QCOMPARE(valueOf(collect(m_client->panels().list(opp))).size(), 1);
    QCOMPARE(valueOf(collect(m_client->panels().listAll(opp))).size(), 1);

    // Reschedule: keep the first interview (by id), add a second.
    Interview second = first;
    second.subject = u"Culture"_s;
    second.date += 3600000;
    saved.interviews.first().subject = u"Technical (moved)"_s;
    saved.interviews.append(second);
    const auto updated = await(m_client->panels().update(opp, saved.id, saved));
    REQUIRE_OK(updated);
    QCOMPARE(updated.value().interviews.size(), 2);
    QCOMPARE(updated.value().interviews.first().id, saved.interviews.first().id);

    const auto interviews = collect(m_client->interviews().list(opp));
    REQUIRE_OK(interviews);
    QCOMPARE(interviews.value().size(), 2);
    Interview extra = first;
    extra.panel = saved.id;
    extra.subject = u"Extra"_s;
    const auto added = await(m_client->interviews().create(opp, extra));
    REQUIRE_OK(added);
    QCOMPARE(added.value().panel, saved.id);
    const auto got = await(m_client->interviews().get(opp, added.value().id));
    REQUIRE_OK(got);
    QCOMPARE(got.value().subject, u"Extra"_s);
    Interview changed = got.value();
    changed.duration = 45;
    const auto put = await(m_client->interviews().update(opp, changed.id, changed));
    REQUIRE_OK(put);
    QCOMPARE(put.value().duration, 45);
    REQUIRE_OK(await(m_client->interviews().remove(opp, changed.id)));
    REQUIRE_OK(await(m_client->panels().remove(opp, saved.id)));
    QCOMPARE(valueOf(collect(m_client->panels().list(opp))).size(), 0);
    QCOMPARE(valueOf(collect(m_client->interviews().list(opp))).size(), 0);
}

void TestOperationsActivity::feedback()
{
    const QString opp = createOpportunity(u"feedback@example.com"_s);
    const auto templates = collect(m_client->feedback().templates());
    REQUIRE_OK(templates);
    QVERIFY(!templates.value().isEmpty());
    FeedbackTemplate chosen;
    for (const FeedbackTemplate &t : templates.value()) {
        for (const FeedbackField &f : t.fields)
            chosen = (f.type == u"score-system"_s && chosen.id.isEmpty()) ? t : chosen;
    }
    QVERIFY(!chosen.id.isEmpty());
    const auto one = await(m_client->feedback().getTemplate(chosen.id));
    REQUIRE_OK(one);
    QCOMPARE(one.value().fields.size(), chosen.fields.size());

    FeedbackDraft draft;
    draft.baseTemplateId = chosen.id;
    QString score;
    for (const FeedbackField &f : chosen.fields) {
        if (f.type == u"score-system"_s) {
            score = f.options.first().text;
            draft.fieldValues.append({f.id, score});
        }
    }
    const auto created = await(m_client->feedback().create(opp, draft));
    REQUIRE_OK(created);
    QCOMPARE(created.value().baseTemplateId, chosen.id);
    QCOMPARE(created.value().score(), score);
    QCOMPARE(created.value().user.id, m_user);
    QCOMPARE(valueOf(collect(m_client->feedback().list(opp))).size(), 1);
    const auto got = await(m_client->feedback().get(opp, created.value().id));
    REQUIRE_OK(got);
    draft.completedAt = QDateTime::currentMSecsSinceEpoch() - 1000;
    const auto updated = await(m_client->feedback().update(opp, got.value().id, draft));
    REQUIRE_OK(updated);
    QVERIFY(updated.value().completedAt);
    REQUIRE_OK(await(m_client->feedback().remove(opp, got.value().id)));
    QCOMPARE(categoryOf(await(m_client->feedback().get(opp, got.value().id))), u"NotFound"_s);
}

void TestOperationsActivity::notes()
{
    const QString opp = createOpportunity(u"notes@example.com"_s);
    const auto created =
        await(m_client->notes().create(opp, NoteDraft{u"Strong systems background"_s, false, 3, {}, {}}));
    REQUIRE_OK(created);
    const QString id = created.value().id;
    QCOMPARE(created.value().value(), u"Strong systems background"_s);
    const auto reply = await(m_client->notes().create(opp, NoteDraft{u"Agreed"_s, {}, {}, {}, {}}, id));
    REQUIRE_OK(reply);
    const auto got = await(m_client->notes().get(opp, id));
    REQUIRE_OK(got);
    QCOMPARE(got.value().fields.size(), 2); // the note and its threaded comment
    QVERIFY(valueOf(collect(m_client->notes().list(opp))).size() >= 1);
    const auto updated = await(m_client->notes().update(opp, id, NoteDraft{u"Edited"_s, true, {}, {}, {}}));
    REQUIRE_OK(updated);
    QVERIFY(updated.value().secret);
    QCOMPARE(categoryOf(await(m_client->notes().create(opp, NoteDraft{u"x"_s, {}, 9, {}, {}}))),
             u"Invalid"_s);
    REQUIRE_OK(await(m_client->notes().remove(opp, id)));
    QCOMPARE(categoryOf(await(m_client->notes().get(opp, id))), u"NotFound"_s);
}

void TestOperationsActivity::filesAndResumes()
{
    const QString opp = createOpportunity(u"files@example.com"_s);
    const QByteArray content = "Curriculum vitae\nC++, Qt\n";
    const auto uploaded = await(m_client->files().upload(opp, u"cv.txt"_s, content, "text/plain"));
    REQUIRE_OK(uploaded);
    const File file = uploaded.value();
    QCOMPARE(file.size, content.size());
    QCOMPARE(file.ext, u"txt"_s);
    QCOMPARE(valueOf(collect(m_client->files().list(opp))).size(), 1);
    QCOMPARE(valueOf(await(m_client->files().get(opp, file.id))).name, u"cv.txt"_s);
    const auto bytes = await(m_client->files().downloadBytes(opp, file.id));
    REQUIRE_OK(bytes);
    QCOMPARE(bytes.value(), content);
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    const auto written = await(m_client->files().download(opp, file.id, &sink));
    REQUIRE_OK(written);
    QCOMPARE(sink.data(), content);
    QBuffer device;
    device.setData("streamed upload");
    device.open(QIODevice::ReadOnly);
    const auto streamed = await(m_client->files().upload(opp, u"notes.txt"_s, &device, "text/plain"));
    REQUIRE_OK(streamed);
    REQUIRE_OK(await(m_client->files().removeById(streamed.value().id)));
    // The spec's top-level forms reach the same file.
    QCOMPARE(valueOf(collect(m_client->files().listAll(opp))).size(), 1);
    QCOMPARE(valueOf(await(m_client->files().getById(file.id))).id, file.id);
    QBuffer byId;
    byId.open(QIODevice::WriteOnly);
    REQUIRE_OK(await(m_client->files().downloadById(file.id, &byId)));
    QCOMPARE(byId.data(), content);
    REQUIRE_OK(await(m_client->files().remove(opp, file.id)));
    QCOMPARE(categoryOf(await(m_client->files().get(opp, file.id))), u"NotFound"_s);

    const auto temporary =
        await(m_client->files().uploadTemporary(u"cover.txt"_s, "Dear team", "text/plain"));
    REQUIRE_OK(temporary);
    QCOMPARE(temporary.value().size, 9);
    QVERIFY(temporary.value().expiresAt);

    const QString resumeId = u"resume-1"_s;
    m_f->seedDocument(u"resume"_s, opp,
                      QJsonObject{{u"id"_s, resumeId},
                                  {u"createdAt"_s, 1},
                                  {u"file"_s, QJsonObject{{u"name"_s, u"cv.pdf"_s},
                                                          {u"ext"_s, u"pdf"_s},
                                                          {u"downloadUrl"_s, u"x"_s},
                                                          {u"uploadedAt"_s, 1},
                                                          {u"status"_s, u"processed"_s},
                                                          {u"size"_s, 0}}},
                                  {u"parsedData"_s, QJsonObject{{u"positions"_s, QJsonArray{}},
                                                                {u"schools"_s, QJsonArray{}}}}});
    const auto resumes = collect(m_client->files().resumes(opp));
    REQUIRE_OK(resumes);
    QCOMPARE(resumes.value().size(), 1);
    QCOMPARE(valueOf(await(m_client->files().resume(opp, resumeId))).file.name, u"cv.pdf"_s);
    QBuffer resumeSink;
    resumeSink.open(QIODevice::WriteOnly);
    // Seeded without bytes: the route answers, whether with the (empty) file or a refusal.
    const auto download = await(m_client->files().downloadResume(opp, resumeId, &resumeSink));
    QVERIFY2(download.ok() || download.error().httpStatus() >= 400, qPrintable(download.errorString()));
}

void TestOperationsActivity::offersReferralsEeo()
{
    const QString opp = createOpportunity(u"offers@example.com"_s);
    m_f->seedDocument(u"offer"_s, opp,
                      QJsonObject{{u"id"_s, u"offer-1"_s},
                                  {u"createdAt"_s, 1},
                                  {u"status"_s, u"sent"_s},
                                  {u"creator"_s, m_user},
                                  {u"fields"_s, QJsonArray{QJsonObject{{u"text"_s, u"Salary"_s},
                                                                       {u"identifier"_s, u"salary_amount"_s},
                                                                       {u"value"_s, 70000}}}},
                                  {u"signatures"_s, QJsonObject{}},
                                  {u"approved"_s, true},
                                  {u"approvedAt"_s, 1},
                                  {u"sentAt"_s, 2},
                                  {u"sentDocument"_s, QJsonValue()},
                                  {u"signedDocument"_s, QJsonValue()},
                                  {u"posting"_s, QJsonValue()},
                                  {u"opportunityId"_s, opp}});
    const auto offers = collect(m_client->offers().forOpportunity(opp));
    REQUIRE_OK(offers);
    QCOMPARE(offers.value().size(), 1);
    QCOMPARE(offers.value().first().field(u"salary_amount"_s).toInt(), 70000);
    QCOMPARE(valueOf(collect(m_client->offers().list(opp))).size(), 1);

    m_f->seedDocument(u"referral"_s, opp,
                      QJsonObject{{u"id"_s, u"ref-1"_s},
                                  {u"type"_s, u"referral"_s},
                                  {u"text"_s, u"Referral"_s},
                                  {u"instructions"_s, u""_s},
                                  {u"fields"_s, QJsonArray{}},
                                  {u"baseTemplateId"_s, u"t"_s},
                                  {u"user"_s, m_user},
                                  {u"referrer"_s, m_user},
                                  {u"stage"_s, QJsonValue()},
                                  {u"createdAt"_s, 1},
                                  {u"completedAt"_s, 2}});
    QCOMPARE(valueOf(collect(m_client->referrals().forOpportunity(opp))).size(), 1);
    QCOMPARE(valueOf(collect(m_client->referrals().list(opp))).size(), 1);

    m_f->seedDocument(u"eeo_response"_s, opp,
                      QJsonObject{{u"id"_s, u"eeo-1"_s},
                                  {u"opportunityId"_s, opp},
                                  {u"applicationId"_s, u"a"_s},
                                  {u"contact"_s, u"c"_s},
                                  {u"posting"_s, u"p"_s},
                                  {u"applicationTitle"_s, u"T"_s},
                                  {u"appliedAt"_s, 1},
                                  {u"currentStage"_s, u"lead-new"_s},
                                  {u"applicationArchiveReason"_s, QJsonValue()},
                                  {u"applicationArchivedAt"_s, QJsonValue()},
                                  {u"applicationArchivedBy"_s, QJsonValue()},
                                  {u"origin"_s, u"applied"_s},
                                  {u"sources"_s, QJsonArray{}},
                                  {u"opportunityOwner"_s, m_user},
                                  {u"hiringManager"_s, QJsonValue()},
                                  {u"hiredDate"_s, QJsonValue()},
                                  {u"eeoResponseSource"_s, u"application"_s},
                                  {u"eeoSurveyRespondedAt"_s, 2},
                                  {u"gender"_s, u"Decline to self-identify"_s}});
    const auto anonymous = collect(m_client->eeo().responses());
    REQUIRE_OK(anonymous);
    QCOMPARE(anonymous.value().size(), 1);
    QVERIFY(!anonymous.value().first().id);
    const auto pii = collect(m_client->eeo().responsesWithPii());
    REQUIRE_OK(pii);
    QCOMPARE(pii.value().first().opportunityId.value_or(QString()), opp);
}

void TestOperationsActivity::auditEvents()
{
    User draft;
    draft.name = u"Audited"_s;
    draft.email = u"audited@example.com"_s;
    REQUIRE_OK(await(m_client->users().create(draft)));
    AuditEventFilter filter;
    filter.types = {u"user.created"_s};
    const auto events = collect(m_client->auditEvents().list(filter));
    REQUIRE_OK(events);
    QVERIFY(!events.value().isEmpty());
    for (const AuditEvent &e : events.value())
        QCOMPARE(e.type, u"user.created"_s);
}

void TestOperationsActivity::webhooks()
{
    Webhook w;
    w.event = u"candidateHired"_s;
    w.url = u"https://example.com/hooks/hired"_s;
    w.origins = {u"applied"_s};
    const auto created = await(m_client->webhooks().create(w));
    REQUIRE_OK(created);
    QVERIFY(created.value().signatureToken); // shown once
    const auto listed = collect(m_client->webhooks().list());
    REQUIRE_OK(listed);
    QCOMPARE(listed.value().size(), 1);
    QVERIFY(!listed.value().first().signatureToken);
    Webhook changed = created.value();
    changed.url = u"https://example.com/hooks/hired-2"_s;
    const auto updated = await(m_client->webhooks().update(changed.id, changed));
    REQUIRE_OK(updated);
    QCOMPARE(updated.value().url, changed.url);
    changed.url = u"https://example.com/hooks/hired-3"_s;
    const auto bulk = await(m_client->webhooks().updateAll({changed}));
    REQUIRE_OK(bulk);
    QCOMPARE(bulk.value().first().url, changed.url);
    w.event = u"noSuchEvent"_s;
    QCOMPARE(categoryOf(await(m_client->webhooks().create(w))), u"Invalid"_s);
    REQUIRE_OK(await(m_client->webhooks().remove(changed.id)));
    QCOMPARE(valueOf(collect(m_client->webhooks().list())).size(), 0);
}

QTEST_GUILESS_MAIN(TestOperationsActivity)
#include "tst_operations_activity.moc"
