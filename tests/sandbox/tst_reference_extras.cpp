// The real-Lever endpoints outside the spec: deleted postings and applications, disposition stages, the
// apply form and endpoint, posting users and file actions (feedback-template writes: tst_feedback_templates).
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000;

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QStringList idsOf(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out.append(v.toObject().value(u"id"_s).toString());
    return out;
}

} // namespace

class TestReferenceExtras : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void demoDataHasDeletedRecords();
    void deletedPostings();
    void deletedApplications();
    void deletedListsRefuseBadInput();
    void dispositionStages();
    void applyForm();
    void applyCreatesApplication();
    void applyRefusals_data();
    void applyRefusals();
    void applyRefusesPostings();
    void postingUsers();
    void fileActions();

private:
    // A posting created through the API: published in San Francisco (a US posting) unless `state` says.
    QString posting(const QString &state = u"published"_s, const QString &department = u"Engineering"_s);
    // An opportunity applied to `postingId` through POST /opportunities.
    QString candidate(const QString &postingId, const QString &email);
    // A minimal valid apply body for `postingId`, answering its required questions.
    QJsonObject applyBody(const QString &postingId, const QString &email);
    void deleteControl(const QString &path, int expected = 204);

    std::unique_ptr<SandboxFixture> m_f;
    qint64 m_now = 0;
};

void TestReferenceExtras::init()
{
    m_f = std::make_unique<SandboxFixture>();
    m_now = m_f->sandbox().context().now();
    m_f->sandbox().context().clock = [this] { return m_now; };
}

void TestReferenceExtras::cleanup()
{
    m_f.reset();
}

QString TestReferenceExtras::posting(const QString &state, const QString &department)
{
    const auto r = m_f->post(
        u"/postings"_s,
        QJsonObject{{u"text"_s, u"Backend Engineer"_s},
                    {u"state"_s, state},
                    {u"categories"_s, QJsonObject{{u"location"_s, u"San Francisco, United States"_s},
                                                  {u"department"_s, department},
                                                  {u"team"_s, u"Platform"_s}}}});
    if (r.status != 201)
        qWarning() << r.body;
    return r.data().value(u"id"_s).toString();
}

QString TestReferenceExtras::candidate(const QString &postingId, const QString &email)
{
    const auto r = m_f->post(u"/opportunities?perform_as="_s + m_f->firstUserId(),
                             QJsonObject{{u"name"_s, u"Grace Hopper"_s},
                                         {u"emails"_s, QJsonArray{email}},
                                         {u"postings"_s, QJsonArray{postingId}}});
    return r.data().value(u"id"_s).toString();
}

QJsonObject TestReferenceExtras::applyBody(const QString &postingId, const QString &email)
{
    const QJsonObject form = m_f->get(u"/postings/"_s + postingId + u"/apply"_s).data();
    QJsonArray cards;
    for (const QJsonValue &c : form.value(u"customQuestions"_s).toArray()) {
        QJsonArray answers;
        for (const QJsonValue &f : c.toObject().value(u"fields"_s).toArray()) {
            if (f.toObject().value(u"required"_s).toBool())
                answers.append(QJsonObject{
                    {u"id"_s, f.toObject().value(u"id"_s)},
                    {u"value"_s,
                     f.toObject().value(u"options"_s).toArray().at(0).toObject().value(u"text"_s)}});
        }
        cards.append(QJsonObject{{u"id"_s, c.toObject().value(u"id"_s)}, {u"fields"_s, answers}});
    }
    return QJsonObject{
        {u"personalInformation"_s,
         QJsonArray{QJsonObject{{u"name"_s, u"fullName"_s}, {u"value"_s, u"Katherine Johnson"_s}},
                    QJsonObject{{u"name"_s, u"email"_s}, {u"value"_s, email}}}},
        {u"customQuestions"_s, cards}};
}

void TestReferenceExtras::deleteControl(const QString &path, int expected)
{
    const auto r =
        m_f->send("DELETE", QUrl(m_f->sandbox().origin() + u"/_sandbox"_s + path), {}, m_f->basicAuth());
    QVERIFY2(r.status == expected, r.body.constData());
}

void TestReferenceExtras::demoDataHasDeletedRecords()
{
    auto options = SandboxFixture::testOptions();
    options.demoSize = 200;
    options.seed = 11;
    SandboxFixture demo(options);
    auto r = demo.get(u"/postings/deleted"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 3);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);
    for (const QJsonValue &v : r.list()) {
        const QJsonObject p = v.toObject();
        QVERIFY(p.value(u"deletedAt"_s).isDouble());
        QVERIFY(p.value(u"deletedBy"_s).isString());
        QVERIFY(p.value(u"deletedAt"_s).toDouble() > p.value(u"createdAt"_s).toDouble());
        QCOMPARE(demo.get(u"/postings/"_s + p.value(u"id"_s).toString()).status, 404);
    }
    r = demo.get(u"/applications/deleted"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 4);
    for (const QJsonValue &v : r.list()) {
        const QJsonObject a = v.toObject();
        QVERIFY(a.value(u"deletedAt"_s).isDouble());
        // They belonged to live candidates, who no longer list them.
        const auto opp = demo.get(u"/opportunities/"_s + a.value(u"opportunityId"_s).toString());
        QCOMPARE(opp.status, 200);
        QVERIFY(!opp.data().value(u"applications"_s).toArray().contains(a.value(u"id"_s)));
    }
    // Same seed, same deleted records.
    SandboxFixture again(options);
    QCOMPARE(idsOf(again.get(u"/postings/deleted"_s).list()), idsOf(demo.get(u"/postings/deleted"_s).list()));
    QCOMPARE(idsOf(again.get(u"/applications/deleted"_s).list()),
             idsOf(demo.get(u"/applications/deleted"_s).list()));
}

void TestReferenceExtras::deletedPostings()
{
    QCOMPARE(m_f->get(u"/postings/deleted"_s).list().size(), 0);
    const QString first = posting(u"draft"_s);
    const QString second = posting(u"closed"_s);
    const QString withCandidate = posting();
    candidate(withCandidate, u"grace@example.com"_s);

    const qint64 t1 = m_now;
    deleteControl(u"/postings/"_s + first);
    m_now += kDay;
    const QString deleter = m_f->userWithRole(u"admin"_s).value(u"id"_s).toString();
    deleteControl(u"/postings/"_s + second + u"?deleted_by="_s + deleter);
    // Like Lever's UI: a posting with candidates is closed, not deleted.
    deleteControl(u"/postings/"_s + withCandidate, 409);
    deleteControl(u"/postings/"_s + first, 404);

    auto r = m_f->get(u"/postings/deleted"_s);
    QCOMPARE(idsOf(r.list()), (QStringList{first, second}));
    const QJsonObject gone = r.list().at(1).toObject();
    QCOMPARE(qint64(gone.value(u"deletedAt"_s).toDouble()), t1 + kDay);
    QCOMPARE(gone.value(u"deletedBy"_s).toString(), deleter);
    QCOMPARE(gone.value(u"text"_s).toString(), u"Backend Engineer"_s);
    QCOMPARE(r.list().at(0).toObject().value(u"deletedBy"_s).toString(), m_f->firstUserId());
    QCOMPARE(m_f->get(u"/postings/"_s + first).status, 404);
    QVERIFY(!idsOf(m_f->get(u"/postings?state=draft"_s).list()).contains(first));

    // Inclusive time filters.
    const QString at1 = QString::number(t1);
    QCOMPARE(idsOf(m_f->get(u"/postings/deleted?deleted_at_start="_s + QString::number(t1 + 1)).list()),
             QStringList{second});
    QCOMPARE(idsOf(m_f->get(u"/postings/deleted?deleted_at_end="_s + at1).list()), QStringList{first});
    QCOMPARE(idsOf(m_f->get(u"/postings/deleted?deleted_at_start="_s + at1 + u"&deleted_at_end="_s +
                            QString::number(t1 + kDay))
                       .list()),
             (QStringList{first, second}));
    // Paged like every list.
    r = m_f->get(u"/postings/deleted?limit=1"_s);
    QCOMPARE(idsOf(r.list()), QStringList{first});
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    r = m_f->get(u"/postings/deleted?limit=1&offset="_s + r.json.value(u"next"_s).toString());
    QCOMPARE(idsOf(r.list()), QStringList{second});

    const QString noScope = m_f->sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/postings/deleted"_s, noScope).status, 403);
}

void TestReferenceExtras::deletedApplications()
{
    const QString postingId = posting();
    const QString a = candidate(postingId, u"a@example.com"_s);
    const QString b = candidate(postingId, u"b@example.com"_s);
    const QString appA =
        m_f->get(u"/opportunities/"_s + a).data().value(u"applications"_s).toArray().at(0).toString();
    QVERIFY(!appA.isEmpty());
    QCOMPARE(m_f->get(u"/applications/deleted"_s).list().size(), 0);

    const qint64 t1 = m_now;
    deleteControl(u"/opportunities/"_s + a);
    m_now += kDay;
    deleteControl(u"/opportunities/"_s + b);

    auto r = m_f->get(u"/applications/deleted"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 2);
    const QJsonObject first = r.list().at(0).toObject();
    QCOMPARE(first.value(u"id"_s).toString(), appA);
    QCOMPARE(first.value(u"opportunityId"_s).toString(), a);
    QCOMPARE(first.value(u"posting"_s).toString(), postingId);
    QCOMPARE(qint64(first.value(u"deletedAt"_s).toDouble()), t1);
    QCOMPARE(first.value(u"deletedBy"_s).toString(), m_f->firstUserId());

    r = m_f->get(u"/applications/deleted?deleted_at_start="_s + QString::number(t1 + 1));
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject().value(u"opportunityId"_s).toString(), b);
    r = m_f->get(u"/applications/deleted?deleted_at_end="_s + QString::number(t1));
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject().value(u"opportunityId"_s).toString(), a);

    // Applications of confidential candidates stay hidden from keys without confidential access.
    QJsonObject secret = m_f->seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}});
    m_f->seedDocument(u"application"_s, secret.value(u"id"_s).toString(),
                      QJsonObject{{u"id"_s, u"secret-app"_s}, {u"opportunityId"_s, secret.value(u"id"_s)}});
    deleteControl(u"/opportunities/"_s + secret.value(u"id"_s).toString());
    QCOMPARE(m_f->get(u"/applications/deleted"_s).list().size(), 3);
    const QString plain = m_f->sandbox().createApiKey({u"applications:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/applications/deleted"_s, plain).list().size(), 2);
    const QString noScope = m_f->sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/applications/deleted"_s, noScope).status, 403);
}

void TestReferenceExtras::deletedListsRefuseBadInput()
{
    for (const QString &list : {u"/postings/deleted"_s, u"/applications/deleted"_s}) {
        for (const QString &query : {u"?deleted_at_start=yesterday"_s, u"?deleted_at_end=-5"_s, u"?limit=0"_s,
                                     u"?offset=garbage"_s}) {
            const auto r = m_f->get(list + query);
            QVERIFY2(r.status == 400, qPrintable(list + query));
            QVERIFY(r.json.value(u"code"_s).isString() && r.json.value(u"message"_s).isString());
        }
        // POST /postings/deleted reaches the posting update route (a posting called "deleted": 404).
        QCOMPARE(m_f->post(list, QJsonObject{}).status / 100, 4);
    }
}

void TestReferenceExtras::dispositionStages()
{
    const auto r = m_f->get(u"/disposition_stages"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray stages = r.data().value(u"stages"_s).toArray();
    QCOMPARE(idsOf(stages), idsOf(m_f->get(u"/stages"_s).list()));
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const QJsonObject s = stages.at(i).toObject();
        QCOMPARE(s.value(u"rank"_s).toInt(), int(i + 1));
        const QString id = s.value(u"id"_s).toString();
        const QString pipeline = s.value(u"pipeline"_s).toString();
        if (id.startsWith(u"lead-"_s))
            QCOMPARE(pipeline, u"lead"_s);
        else if (id == u"applicant-new"_s)
            QCOMPARE(pipeline, u"applicant"_s);
        else if (id == u"offer"_s)
            QCOMPARE(pipeline, u"offer"_s);
        else
            QCOMPARE(pipeline, u"interview"_s);
        QCOMPARE(s.value(u"hasInterview"_s).toBool(), pipeline == u"interview"_s);
    }
    QCOMPARE(stages.first().toObject().value(u"id"_s).toString(), u"lead-new"_s);
    QCOMPARE(stages.last().toObject().value(u"id"_s).toString(), u"offer"_s);
    const QJsonArray reasons = r.data().value(u"archiveReasons"_s).toArray();
    QCOMPARE(reasons.size(), m_f->get(u"/archive_reasons"_s).list().size());
    QCOMPARE(reasons, m_f->get(u"/archive_reasons"_s).list());
    const QString noScope = m_f->sandbox().createApiKey({u"archive_reasons:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/disposition_stages"_s, noScope).status, 403);
}

void TestReferenceExtras::applyForm()
{
    const QString us = posting();
    auto r = m_f->get(u"/postings/"_s + us + u"/apply"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject form = r.data();
    QCOMPARE(form.value(u"id"_s).toString(), us);
    QCOMPARE(form.value(u"text"_s).toString(), u"Backend Engineer"_s);
    QStringList names;
    for (const QJsonValue &p : form.value(u"personalInformation"_s).toArray())
        names.append(p.toObject().value(u"name"_s).toString());
    QVERIFY(names.contains(u"fullName"_s) && names.contains(u"email"_s) && names.contains(u"resume"_s));
    QVERIFY(form.value(u"eeoQuestions"_s).toObject().contains(u"gender"_s));
    const QJsonArray cards = form.value(u"customQuestions"_s).toArray();
    QCOMPARE(cards.size(), 1);
    // Stable ids: the same form on every read.
    QCOMPARE(m_f->get(u"/postings/"_s + us + u"/apply"_s).data(), form);

    // The EEO survey is asked on US postings only.
    const auto berlin = m_f->post(u"/postings"_s, json(R"({"text": "Designer", "state": "published",
                                  "categories": {"location": "Berlin, Germany", "department": "Design"}})"));
    QCOMPARE(berlin.status, 201);
    const QJsonObject other =
        m_f->get(u"/postings/"_s + berlin.data().value(u"id"_s).toString() + u"/apply"_s).data();
    QVERIFY(!other.contains(u"eeoQuestions"_s));
    QVERIFY(other.value(u"customQuestions"_s).toArray().at(0).toObject().value(u"id"_s) !=
            cards.at(0).toObject().value(u"id"_s));

    QCOMPARE(m_f->get(u"/postings/nope/apply"_s).status, 404);
    const QString noScope = m_f->sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/postings/"_s + us + u"/apply"_s, noScope).status, 403);
}

void TestReferenceExtras::applyCreatesApplication()
{
    const QString postingId = posting();
    const QJsonObject postingDoc = m_f->get(u"/postings/"_s + postingId).data();
    auto &events = m_f->recordEvents();
    const auto upload = m_f->upload(u"/uploads"_s, u"cv.txt"_s, "Katherine Johnson\nMathematician");
    QCOMPARE(upload.status, 201);

    QJsonObject body = applyBody(postingId, u"katherine@example.com"_s);
    body.insert(u"postId"_s, postingId);
    QJsonArray info = body.value(u"personalInformation"_s).toArray();
    info.append(QJsonObject{{u"name"_s, u"phone"_s}, {u"value"_s, u"+1 555 0199"_s}});
    info.append(QJsonObject{{u"name"_s, u"currentCompany"_s}, {u"value"_s, u"NASA"_s}});
    info.append(QJsonObject{{u"name"_s, u"resume"_s}, {u"value"_s, upload.data().value(u"uri"_s)}});
    body.insert(u"personalInformation"_s, info);
    body.insert(u"urls"_s, QJsonArray{QJsonObject{{u"name"_s, u"LinkedIn"_s},
                                                  {u"value"_s, u"https://linkedin.example/in/kj"_s}}});
    body.insert(u"eeoResponses"_s,
                QJsonObject{{u"gender"_s, u"female"_s}, {u"veteran"_s, u"I don't wish to answer"_s}});
    body.insert(u"sources"_s, QJsonArray{u"Jobs page"_s});

    const auto r = m_f->post(u"/postings/"_s + postingId + u"/apply"_s, body);
    QVERIFY2(r.status == 201, r.body.constData());
    const QString applicationId = r.data().value(u"applicationId"_s).toString();
    QVERIFY(!applicationId.isEmpty());

    const auto list = m_f->get(u"/opportunities?posting_id="_s + postingId);
    QCOMPARE(list.list().size(), 1);
    const QJsonObject opp = list.list().at(0).toObject();
    const QString oppId = opp.value(u"id"_s).toString();
    QCOMPARE(opp.value(u"origin"_s).toString(), u"applied"_s);
    QCOMPARE(opp.value(u"stage"_s).toString(), u"applicant-new"_s);
    QCOMPARE(opp.value(u"name"_s).toString(), u"Katherine Johnson"_s);
    QCOMPARE(opp.value(u"headline"_s).toString(), u"NASA"_s);
    QCOMPARE(opp.value(u"owner"_s).toString(), postingDoc.value(u"owner"_s).toString());
    QCOMPARE(opp.value(u"sources"_s).toArray(), QJsonArray{u"Jobs page"_s});
    QVERIFY(opp.value(u"emails"_s).toArray().contains(u"katherine@example.com"_s));
    QVERIFY(opp.value(u"links"_s).toArray().contains(u"https://linkedin.example/in/kj"_s));
    QVERIFY(opp.value(u"tags"_s).toArray().contains(u"Backend Engineer"_s));
    QCOMPARE(opp.value(u"applications"_s).toArray(), QJsonArray{applicationId});

    const QJsonObject app =
        m_f->get(u"/opportunities/"_s + oppId + u"/applications/"_s + applicationId).data();
    QCOMPARE(app.value(u"type"_s).toString(), u"posting"_s);
    QVERIFY(app.value(u"user"_s).isNull());
    QCOMPARE(app.value(u"email"_s).toString(), u"katherine@example.com"_s);
    QCOMPARE(app.value(u"company"_s).toString(), u"NASA"_s);
    QCOMPARE(app.value(u"phone"_s).toObject().value(u"value"_s).toString(), u"+1 555 0199"_s);
    const QJsonArray answered =
        app.value(u"customQuestions"_s).toArray().at(0).toObject().value(u"fields"_s).toArray();
    QCOMPARE(answered.at(0).toObject().value(u"value"_s).toString(), u"Yes"_s);

    const auto resumes = m_f->get(u"/opportunities/"_s + oppId + u"/resumes"_s).list();
    QCOMPARE(resumes.size(), 1);
    QCOMPARE(resumes.at(0).toObject().value(u"file"_s).toObject().value(u"name"_s).toString(), u"cv.txt"_s);
    const auto eeo = m_f->documents(u"eeo_response"_s);
    QCOMPARE(eeo.size(), 1);
    QCOMPARE(eeo.at(0).second.value(u"gender"_s).toString(), u"Female"_s);
    QCOMPARE(eeo.at(0).second.value(u"applicationId"_s).toString(), applicationId);

    bool created = false;
    for (const auto &e : std::as_const(events))
        created |= e.name == u"applicationCreated"_s && e.data.value(u"opportunityId"_s).toString() == oppId;
    QVERIFY(created);

    // The same person applying again is deduplicated onto the same contact.
    const auto again = m_f->post(u"/postings/"_s + postingId + u"/apply"_s,
                                 applyBody(postingId, u"katherine@example.com"_s));
    QCOMPARE(again.status, 201);
    const auto both = m_f->get(u"/opportunities?posting_id="_s + postingId).list();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).toObject().value(u"contact"_s), both.at(1).toObject().value(u"contact"_s));
}

void TestReferenceExtras::applyRefusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("inMessage");
    QTest::newRow("no personal information") << u"drop-personal"_s << u"personalInformation"_s;
    QTest::newRow("no email") << u"no-email"_s << u"email is required"_s;
    QTest::newRow("bad email") << u"bad-email"_s << u"valid email"_s;
    QTest::newRow("unknown personal field") << u"unknown-name"_s << u"the form has no"_s;
    QTest::newRow("personal field twice") << u"twice"_s << u"twice"_s;
    QTest::newRow("required question unanswered") << u"no-answers"_s << u"is required"_s;
    QTest::newRow("answer not an option") << u"bad-option"_s << u"must be one of"_s;
    QTest::newRow("unknown card") << u"unknown-card"_s << u"no question card"_s;
    QTest::newRow("unknown upload") << u"bad-resume"_s << u"upload"_s;
    QTest::newRow("url not http") << u"bad-url"_s << u"http"_s;
    QTest::newRow("unknown eeo question") << u"eeo-key"_s << u"eeoResponses.religion"_s;
    QTest::newRow("eeo answer not an option") << u"eeo-value"_s << u"eeoResponses.gender"_s;
    QTest::newRow("postId of another posting") << u"post-id"_s << u"postId"_s;
    QTest::newRow("unknown top-level key") << u"extra-key"_s << u"cannot be set here"_s;
    QTest::newRow("personalInformation not an array") << u"not-array"_s << u"must be an array"_s;
}

void TestReferenceExtras::applyRefusals()
{
    QFETCH(QString, change);
    QFETCH(QString, inMessage);
    const QString postingId = posting();
    QJsonObject body = applyBody(postingId, u"ada@example.com"_s);
    QJsonArray info = body.value(u"personalInformation"_s).toArray();
    auto nameValue = [](const QString &name, const QJsonValue &value) {
        return QJsonObject{{u"name"_s, name}, {u"value"_s, value}};
    };
    if (change == u"drop-personal"_s)
        body.remove(u"personalInformation"_s);
    else if (change == u"no-email"_s)
        info.removeAt(1);
    else if (change == u"bad-email"_s)
        info.replace(1, nameValue(u"email"_s, u"not-an-email"_s));
    else if (change == u"unknown-name"_s)
        info.append(nameValue(u"favouriteColour"_s, u"blue"_s));
    else if (change == u"twice"_s)
        info.append(nameValue(u"fullName"_s, u"Someone Else"_s));
    else if (change == u"no-answers"_s)
        body.remove(u"customQuestions"_s);
    else if (change == u"bad-option"_s) {
        QJsonObject card = body.value(u"customQuestions"_s).toArray().at(0).toObject();
        QJsonArray fields = card.value(u"fields"_s).toArray();
        QJsonObject field = fields.at(0).toObject();
        field.insert(u"value"_s, u"Maybe"_s);
        fields.replace(0, field);
        card.insert(u"fields"_s, fields);
        body.insert(u"customQuestions"_s, QJsonArray{card});
    } else if (change == u"unknown-card"_s)
        body.insert(u"customQuestions"_s,
                    QJsonArray{QJsonObject{{u"id"_s, u"nope"_s}, {u"fields"_s, QJsonArray()}}});
    else if (change == u"bad-resume"_s)
        info.append(nameValue(u"resume"_s, u"no-such-upload"_s));
    else if (change == u"bad-url"_s)
        body.insert(u"urls"_s, QJsonArray{nameValue(u"LinkedIn"_s, u"javascript:alert(1)"_s)});
    else if (change == u"eeo-key"_s)
        body.insert(u"eeoResponses"_s, QJsonObject{{u"religion"_s, u"None"_s}});
    else if (change == u"eeo-value"_s)
        body.insert(u"eeoResponses"_s, QJsonObject{{u"gender"_s, u"Robot"_s}});
    else if (change == u"post-id"_s)
        body.insert(u"postId"_s, u"another-posting"_s);
    else if (change == u"extra-key"_s)
        body.insert(u"stage"_s, u"offer"_s);
    else if (change == u"not-array"_s)
        body.insert(u"personalInformation"_s, u"Ada"_s);
    if (body.contains(u"personalInformation"_s) && body.value(u"personalInformation"_s).isArray())
        body.insert(u"personalInformation"_s, info);

    const auto r = m_f->post(u"/postings/"_s + postingId + u"/apply"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    QVERIFY2(r.json.value(u"message"_s).toString().contains(inMessage), r.body.constData());
    QCOMPARE(m_f->get(u"/opportunities?posting_id="_s + postingId).list().size(), 0);
}

void TestReferenceExtras::applyRefusesPostings()
{
    const QString draft = posting(u"draft"_s);
    auto r = m_f->post(u"/postings/"_s + draft + u"/apply"_s, applyBody(draft, u"x@example.com"_s));
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"published"_s));
    const QString closed = posting(u"closed"_s);
    QCOMPARE(m_f->post(u"/postings/"_s + closed + u"/apply"_s, applyBody(closed, u"x@example.com"_s)).status,
             400);
    r = m_f->post(u"/postings/nope/apply"_s, applyBody(closed, u"x@example.com"_s));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"ResourceNotFound"_s);
    const QString open = posting();
    const QString readOnly = m_f->sandbox().createApiKey({u"postings:read:admin"_s}, false);
    QCOMPARE(
        m_f->post(u"/postings/"_s + open + u"/apply"_s, applyBody(open, u"x@example.com"_s), readOnly).status,
        403);
    r = m_f->send("POST", m_f->apiUrl(u"/postings/"_s + open + u"/apply"_s), "not json", [this] {
        auto h = m_f->basicAuth();
        h.insert("Content-Type", "application/json");
        return h;
    }());
    QCOMPARE(r.status, 400);
}

void TestReferenceExtras::postingUsers()
{
    const QString owner = m_f->userWithRole(u"team member"_s).value(u"id"_s).toString();
    const QString manager = m_f->userWithRole(u"limited team member"_s).value(u"id"_s).toString();
    const QString follower = m_f->userWithRole(u"interviewer"_s).value(u"id"_s).toString();
    const QString gone = m_f->userWithRole(u"team member"_s, true).value(u"id"_s).toString();
    const QString id = posting();
    auto &ctx = m_f->sandbox().context();
    QJsonObject doc = *ctx.docs.get(u"posting"_s, id);
    doc.insert(u"owner"_s, owner);
    doc.insert(u"hiringManager"_s, manager);
    doc.insert(u"followers"_s, QJsonArray{owner, follower, gone});
    ctx.docs.put(u"posting"_s, id, {}, doc);

    const auto r = m_f->get(u"/postings/"_s + id + u"/users"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"posting"_s).toObject(),
             (QJsonObject{{u"id"_s, id}, {u"text"_s, u"Backend Engineer"_s}}));
    QStringList roleIds;
    for (const QJsonValue &role : r.json.value(u"roles"_s).toArray()) {
        roleIds.append(role.toObject().value(u"id"_s).toString());
        QVERIFY(role.toObject().value(u"isReadOnly"_s).isBool());
    }
    QCOMPARE(roleIds,
             (QStringList{u"posting-owner"_s, u"hiring-manager"_s, u"follower"_s, u"account-admin"_s}));
    const QJsonArray users = r.json.value(u"users"_s).toArray();
    QHash<QString, QStringList> roles;
    for (const QJsonValue &u : users) {
        QStringList held;
        for (const QJsonValue &role : u.toObject().value(u"roles"_s).toArray())
            held.append(role.toString());
        roles.insert(u.toObject().value(u"id"_s).toString(), held);
        QVERIFY(u.toObject().value(u"name"_s).isString());
    }
    QCOMPARE(users.at(0).toObject().value(u"id"_s).toString(), owner);
    QCOMPARE(roles.value(owner), (QStringList{u"posting-owner"_s, u"follower"_s}));
    QCOMPARE(roles.value(manager), QStringList{u"hiring-manager"_s});
    QCOMPARE(roles.value(follower), QStringList{u"follower"_s});
    QCOMPARE(roles.value(m_f->firstUserId()), QStringList{u"account-admin"_s});
    QVERIFY(!roles.contains(gone));

    QCOMPARE(m_f->get(u"/postings/nope/users"_s).status, 404);
    const QString noScope = m_f->sandbox().createApiKey({u"users:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/postings/"_s + id + u"/users"_s, noScope).status, 403);
}

void TestReferenceExtras::fileActions()
{
    const QString opp = m_f->seedOpportunity().value(u"id"_s).toString();
    const QString path = u"/opportunities/"_s + opp;
    QCOMPARE(m_f->get(path + u"/file_actions"_s).list().size(), 0);
    const QString actor = m_f->userWithRole(u"admin"_s).value(u"id"_s).toString();
    const auto file = m_f->upload(path + u"/files?perform_as="_s + actor, u"notes.txt"_s, "hello");
    QCOMPARE(file.status, 201);
    const QString fileId = file.data().value(u"id"_s).toString();
    m_now += 1000;
    QCOMPARE(m_f->del(path + u"/files/"_s + fileId + u"?perform_as="_s + m_f->firstUserId()).status, 204);

    const auto r = m_f->get(path + u"/file_actions"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 2);
    const QJsonObject uploaded = r.list().at(0).toObject();
    QCOMPARE(uploaded.value(u"action"_s).toString(), u"uploaded"_s);
    QCOMPARE(uploaded.value(u"fileId"_s).toString(), fileId);
    QCOMPARE(uploaded.value(u"fileName"_s).toString(), u"notes.txt"_s);
    QCOMPARE(uploaded.value(u"user"_s).toString(), actor);
    const QJsonObject deleted = r.list().at(1).toObject();
    QCOMPARE(deleted.value(u"action"_s).toString(), u"deleted"_s);
    QCOMPARE(deleted.value(u"user"_s).toString(), m_f->firstUserId());
    QCOMPARE(qint64(deleted.value(u"createdAt"_s).toDouble()), m_now);

    QCOMPARE(m_f->get(u"/opportunities/nope/file_actions"_s).status, 404);
    const QString noScope = m_f->sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    QCOMPARE(m_f->get(path + u"/file_actions"_s, noScope).status, 403);
}

QTEST_GUILESS_MAIN(TestReferenceExtras)
#include "tst_reference_extras.moc"
