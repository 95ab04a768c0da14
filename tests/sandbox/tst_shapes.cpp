// Every endpoint the sandbox serves answers with the key paths and JSON types recorded from the real
// Lever service (tests/data/lever-response-shapes.md), on demo data.
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"
#include "ShapeSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;
using lever::test::ShapeSpec;

class TestShapes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void conforms_data();
    void conforms();
    void unservedEndpointsAreKnown();
    void checkerCatchesDeviations();

private:
    struct Call
    {
        QByteArray method;
        QString path; // below /v1, with query
        QJsonObject body;
    };
    // How to call each recorded endpoint on the demo data; absent ones are not served.
    QHash<QString, std::function<Call()>> calls();
    QString firstId(const QString &kind);
    QString parentOf(const QString &kind, const QString &id);
    QJsonObject firstDoc(const QString &kind, const std::function<bool(const QJsonObject &)> &accept = {});

    std::unique_ptr<SandboxFixture> m_f;
    QList<ShapeSpec::Endpoint> m_endpoints;
};

void TestShapes::initTestCase()
{
    auto options = SandboxFixture::testOptions();
    options.demoSize = 400;
    options.seed = 42;
    m_f = std::make_unique<SandboxFixture>(options);
    m_endpoints = ShapeSpec::load(QStringLiteral(LEVER_TEST_DATA_DIR "/lever-response-shapes.md"));
    QVERIFY(m_endpoints.size() > 60);
}

QString TestShapes::firstId(const QString &kind)
{
    return firstDoc(kind).value(u"id"_s).toString();
}

QString TestShapes::parentOf(const QString &kind, const QString &id)
{
    return m_f->sandbox().context().docs.parentOf(kind, id);
}

QJsonObject TestShapes::firstDoc(const QString &kind, const std::function<bool(const QJsonObject &)> &accept)
{
    const QList<QJsonObject> docs = m_f->sandbox().context().docs.all(kind);
    for (const QJsonObject &doc : docs) {
        if (!accept || accept(doc))
            return doc;
    }
    return {};
}

QHash<QString, std::function<TestShapes::Call()>> TestShapes::calls()
{
    const QString user = m_f->firstUserId();
    const QString asUser = u"?perform_as="_s + user;
    auto activeOpp = [this]() -> QString {
        const auto r = m_f->get(u"/opportunities?archived=false&limit=1"_s);
        return r.list().at(0).toObject().value(u"id"_s).toString();
    };
    auto oppWith = [this](const QString &kind) -> QString {
        const QJsonObject doc = firstDoc(kind);
        return parentOf(kind, doc.value(u"id"_s).toString());
    };
    auto apiPanelInterview = [this]() -> QString {
        const QJsonObject panel = firstDoc(
            u"panel"_s, [](const QJsonObject &p) { return p.value(u"externallyManaged"_s).toBool(); });
        return panel.value(u"interviews"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    };
    const QString phoneScreen =
        firstDoc(u"feedback_template"_s,
                 [](const QJsonObject &t) { return t.value(u"fields"_s).toArray().size() >= 2; })
            .value(u"id"_s)
            .toString();

    QHash<QString, std::function<Call()>> c;
    auto get = [&c](const QString &key, std::function<QString()> path) {
        c.insert(u"GET "_s + key, [path] { return Call{"GET", path(), {}}; });
    };
    get(u"/archive_reasons"_s, []() -> QString { return u"/archive_reasons"_s; });
    get(u"/archive_reasons/{id}"_s,
        [this]() -> QString { return u"/archive_reasons/"_s + firstId(u"archive_reason"_s); });
    get(u"/contacts/{id}"_s, [this]() -> QString { return u"/contacts/"_s + firstId(u"contact"_s); });
    c.insert(u"PUT /contacts/{id}"_s, [this] {
        return Call{"PUT", u"/contacts/"_s + firstId(u"contact"_s),
                    QJsonObject{{u"name"_s, u"Shape Check"_s},
                                {u"emails"_s, QJsonArray{u"shape.check@example.com"_s}},
                                {u"phones"_s, QJsonArray{QJsonObject{{u"value"_s, u"5555550100"_s},
                                                                     {u"type"_s, u"mobile"_s}}}}}};
    });
    get(u"/applications/deleted"_s, []() -> QString {
        return u"/applications/deleted?deleted_at_start=0&deleted_at_end=99999999999999"_s;
    });
    get(u"/disposition_stages"_s, []() -> QString { return u"/disposition_stages"_s; });
    get(u"/eeo/responses"_s, []() -> QString { return u"/eeo/responses"_s; });
    get(u"/eeo/responses/pii"_s, []() -> QString { return u"/eeo/responses/pii"_s; });
    get(u"/feedback_templates"_s, []() -> QString { return u"/feedback_templates"_s; });
    get(u"/feedback_templates/{id}"_s,
        [phoneScreen]() -> QString { return u"/feedback_templates/"_s + phoneScreen; });
    const auto templateBody = [](const QString &text) {
        return QJsonObject{
            {u"text"_s, text},
            {u"instructions"_s, u"Please fill out"_s},
            {u"fields"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"multiple-select"_s},
                                    {u"text"_s, u"Which languages are you comfortable with?"_s},
                                    {u"description"_s, u"Select one or more."_s},
                                    {u"required"_s, false},
                                    {u"options"_s, QJsonArray{QJsonObject{{u"text"_s, u"javascript"_s}},
                                                              QJsonObject{{u"text"_s, u"node"_s}}}}},
                        QJsonObject{{u"type"_s, u"score-system"_s},
                                    {u"text"_s, u"Rating"_s},
                                    {u"description"_s, u"Overall"_s},
                                    {u"required"_s, true}}}}};
    };
    auto newTemplate = [this, templateBody] {
        return m_f->post(u"/feedback_templates"_s, templateBody(u"Shape Template"_s))
            .data()
            .value(u"id"_s)
            .toString();
    };
    c.insert(u"POST /feedback_templates"_s, [templateBody] {
        return Call{"POST", u"/feedback_templates"_s, templateBody(u"Shape Template 3"_s)};
    });
    c.insert(u"PUT /feedback_templates/{id}"_s, [newTemplate, templateBody] {
        return Call{"PUT", u"/feedback_templates/"_s + newTemplate(),
                    templateBody(u"Shape Template Updated"_s)};
    });
    c.insert(u"DELETE /feedback_templates/{id}"_s, [newTemplate] {
        return Call{"DELETE", u"/feedback_templates/"_s + newTemplate(), {}};
    });
    get(u"/opportunities"_s, []() -> QString { return u"/opportunities?limit=100"_s; });
    c.insert(u"POST /opportunities"_s, [this, asUser] {
        const QString posting =
            firstDoc(u"posting"_s,
                     [](const QJsonObject &p) { return p.value(u"state"_s).toString() == u"published"_s; })
                .value(u"id"_s)
                .toString();
        return Call{"POST", u"/opportunities"_s + asUser,
                    QJsonObject{{u"name"_s, u"Shape Candidate"_s},
                                {u"headline"_s, u"Test Headline"_s},
                                {u"phones"_s, QJsonArray{QJsonObject{{u"value"_s, u"(555) 123-4567"_s},
                                                                     {u"type"_s, u"mobile"_s}}}},
                                {u"emails"_s, QJsonArray{u"shape.candidate@example.com"_s}},
                                {u"tags"_s, QJsonArray{u"Test"_s}},
                                {u"sources"_s, QJsonArray{u"LinkedIn"_s}},
                                {u"origin"_s, u"sourced"_s},
                                {u"postings"_s, QJsonArray{posting}}}};
    });
    get(u"/opportunities/deleted"_s, [this]() -> QString {
        // Delete an archived candidate without children, so the other rows keep their data.
        const auto page = m_f->get(u"/opportunities?archived=true&limit=100"_s).list();
        QString victim;
        for (const QJsonValue &v : page) {
            const QString id = v.toObject().value(u"id"_s).toString();
            if (m_f->sandbox().context().docs.children(u"resume"_s, id).isEmpty())
                victim = id;
        }
        m_f->send("DELETE", QUrl(m_f->sandbox().origin() + u"/_sandbox/opportunities/"_s + victim), {},
                  m_f->basicAuth());
        return u"/opportunities/deleted"_s;
    });
    get(u"/opportunities/{id}"_s, [activeOpp]() -> QString { return u"/opportunities/"_s + activeOpp(); });
    for (const auto &[op, field, value] :
         {std::tuple{u"addLinks"_s, u"links"_s, u"https://example.com/seed-link"_s},
          std::tuple{u"addSources"_s, u"sources"_s, u"Shape Source"_s},
          std::tuple{u"addTags"_s, u"tags"_s, u"shape-tag"_s}}) {
        c.insert(u"POST /opportunities/{id}/"_s + op, [=] {
            return Call{"POST", u"/opportunities/"_s + activeOpp() + u'/' + op + asUser,
                        QJsonObject{{field, QJsonArray{value}}}};
        });
    }
    get(u"/opportunities/{id}/applications/{id}"_s, [this]() -> QString {
        const QString app = firstId(u"application"_s);
        return u"/opportunities/"_s + parentOf(u"application"_s, app) + u"/applications/"_s + app;
    });
    c.insert(u"PUT /opportunities/{id}/archived"_s, [this, activeOpp, asUser] {
        const QString reason = firstDoc(u"archive_reason"_s,
                                        [](const QJsonObject &r) {
                                            return r.value(u"type"_s).toString() == u"non-hired"_s &&
                                                   r.value(u"status"_s).toString() == u"active"_s;
                                        })
                                   .value(u"id"_s)
                                   .toString();
        return Call{"PUT", u"/opportunities/"_s + activeOpp() + u"/archived"_s + asUser,
                    QJsonObject{{u"reason"_s, reason}, {u"cleanInterviews"_s, false}}};
    });
    get(u"/opportunities/{id}/feedback"_s, [oppWith]() -> QString {
        return u"/opportunities/"_s + oppWith(u"feedback"_s) + u"/feedback?limit=100"_s;
    });
    c.insert(u"POST /opportunities/{id}/feedback"_s, [activeOpp, asUser, phoneScreen] {
        return Call{"POST", u"/opportunities/"_s + activeOpp() + u"/feedback"_s + asUser,
                    QJsonObject{{u"baseTemplateId"_s, phoneScreen}}};
    });
    get(u"/opportunities/{id}/feedback/{id}"_s, [this]() -> QString {
        const QString id = firstId(u"feedback"_s);
        return u"/opportunities/"_s + parentOf(u"feedback"_s, id) + u"/feedback/"_s + id;
    });
    c.insert(u"PUT /opportunities/{id}/feedback/{id}"_s, [this, activeOpp, asUser, phoneScreen] {
        const QString opp = activeOpp();
        const auto created = m_f->post(u"/opportunities/"_s + opp + u"/feedback"_s + asUser,
                                       QJsonObject{{u"baseTemplateId"_s, phoneScreen}});
        const QJsonArray fields = created.data().value(u"fields"_s).toArray();
        return Call{"PUT",
                    u"/opportunities/"_s + opp + u"/feedback/"_s + created.data().value(u"id"_s).toString() +
                        asUser,
                    QJsonObject{{u"fieldValues"_s,
                                 QJsonArray{QJsonObject{{u"id"_s, fields.at(0).toObject().value(u"id"_s)},
                                                        {u"value"_s, u"3 - Hire"_s}},
                                            QJsonObject{{u"id"_s, fields.at(1).toObject().value(u"id"_s)},
                                                        {u"value"_s, u"Strong technical skills"_s}}}}}};
    });
    get(u"/opportunities/{id}/file_actions"_s, [this, activeOpp, asUser]() -> QString {
        const QString opp = activeOpp();
        m_f->upload(u"/opportunities/"_s + opp + u"/files"_s + asUser, u"shape.txt"_s, "shape check");
        return u"/opportunities/"_s + opp + u"/file_actions"_s;
    });
    get(u"/opportunities/{id}/interviews"_s, [oppWith]() -> QString {
        return u"/opportunities/"_s + oppWith(u"interview"_s) + u"/interviews?limit=100"_s;
    });
    get(u"/opportunities/{id}/interviews/{id}"_s, [this]() -> QString {
        const QString id = firstId(u"interview"_s);
        return u"/opportunities/"_s + parentOf(u"interview"_s, id) + u"/interviews/"_s + id;
    });
    c.insert(u"PUT /opportunities/{id}/interviews/{id}"_s, [this, apiPanelInterview, asUser, user] {
        const QString id = apiPanelInterview();
        return Call{"PUT",
                    u"/opportunities/"_s + parentOf(u"interview"_s, id) + u"/interviews/"_s + id + asUser,
                    QJsonObject{{u"subject"_s, u"Updated Interview"_s},
                                {u"note"_s, u"Updated note"_s},
                                {u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, user}}}},
                                {u"date"_s, m_f->sandbox().context().now() + 86400000LL},
                                {u"duration"_s, 45}}};
    });
    get(u"/opportunities/{id}/notes"_s,
        [oppWith]() -> QString { return u"/opportunities/"_s + oppWith(u"note"_s) + u"/notes?limit=100"_s; });
    c.insert(u"POST /opportunities/{id}/notes"_s, [activeOpp, asUser] {
        return Call{"POST", u"/opportunities/"_s + activeOpp() + u"/notes"_s + asUser,
                    QJsonObject{{u"value"_s, u"Test note created by the shape check"_s}}};
    });
    get(u"/opportunities/{id}/notes/{id}"_s, [this]() -> QString {
        const QString id = firstId(u"note"_s);
        return u"/opportunities/"_s + parentOf(u"note"_s, id) + u"/notes/"_s + id;
    });
    get(u"/opportunities/{id}/panels"_s,
        [oppWith]() -> QString { return u"/opportunities/"_s + oppWith(u"panel"_s) + u"/panels"_s; });
    c.insert(u"POST /opportunities/{id}/panels"_s, [this, activeOpp, asUser, user] {
        return Call{
            "POST", u"/opportunities/"_s + activeOpp() + u"/panels"_s + asUser,
            QJsonObject{{u"timezone"_s, u"America/Los_Angeles"_s},
                        {u"interviews"_s,
                         QJsonArray{QJsonObject{{u"subject"_s, u"Technical Interview"_s},
                                                {u"note"_s, u"Panel created by the shape check"_s},
                                                {u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, user}}}},
                                                {u"date"_s, m_f->sandbox().context().now() + 2 * 86400000LL},
                                                {u"duration"_s, 60}}}}}};
    });
    get(u"/opportunities/{id}/referrals"_s,
        [oppWith]() -> QString { return u"/opportunities/"_s + oppWith(u"referral"_s) + u"/referrals"_s; });
    get(u"/opportunities/{id}/resumes"_s,
        [oppWith]() -> QString { return u"/opportunities/"_s + oppWith(u"resume"_s) + u"/resumes"_s; });
    c.insert(u"PUT /opportunities/{id}/stage"_s, [activeOpp, asUser] {
        return Call{"PUT", u"/opportunities/"_s + activeOpp() + u"/stage"_s + asUser,
                    QJsonObject{{u"stage"_s, u"offer"_s}}};
    });
    get(u"/postings"_s, []() -> QString { return u"/postings"_s; });
    get(u"/postings/deleted"_s, []() -> QString { return u"/postings/deleted"_s; });
    get(u"/postings/{id}"_s, [this]() -> QString { return u"/postings/"_s + firstId(u"posting"_s); });
    // A published, non-confidential posting in the US (whose form has the EEO survey), else any published.
    auto published = [this] {
        auto open = [](const QJsonObject &p) {
            return p.value(u"state"_s).toString() == u"published"_s &&
                   p.value(u"confidentiality"_s).toString() != u"confidential"_s;
        };
        const QJsonObject us = firstDoc(u"posting"_s, [open](const QJsonObject &p) {
            return open(p) && p.value(u"country"_s) == u"US"_s;
        });
        return (us.isEmpty() ? firstDoc(u"posting"_s, open) : us).value(u"id"_s).toString();
    };
    get(u"/postings/{id}/apply"_s,
        [published]() -> QString { return u"/postings/"_s + published() + u"/apply"_s; });
    c.insert(u"POST /postings/{id}/apply"_s, [this, published] {
        const QString id = published();
        // Answer the form's required custom questions with their first option.
        const QJsonObject form = m_f->get(u"/postings/"_s + id + u"/apply"_s).data();
        QJsonArray cards;
        for (const QJsonValue &c : form.value(u"customQuestions"_s).toArray()) {
            QJsonArray answers;
            for (const QJsonValue &f : c.toObject().value(u"fields"_s).toArray()) {
                const QJsonObject field = f.toObject();
                if (field.value(u"required"_s).toBool())
                    answers.append(QJsonObject{
                        {u"id"_s, field.value(u"id"_s)},
                        {u"value"_s, field.value(u"options"_s).toArray().at(0).toObject().value(u"text"_s)}});
            }
            cards.append(QJsonObject{{u"id"_s, c.toObject().value(u"id"_s)}, {u"fields"_s, answers}});
        }
        return Call{
            "POST", u"/postings/"_s + id + u"/apply"_s,
            QJsonObject{
                {u"postId"_s, id},
                {u"personalInformation"_s,
                 QJsonArray{QJsonObject{{u"name"_s, u"fullName"_s}, {u"value"_s, u"Test Apply"_s}},
                            QJsonObject{{u"name"_s, u"email"_s}, {u"value"_s, u"test-apply@example.com"_s}}}},
                {u"customQuestions"_s, cards}}};
    });
    get(u"/postings/{id}/users"_s,
        [published]() -> QString { return u"/postings/"_s + published() + u"/users"_s; });
    c.insert(u"POST /postings/{id}"_s, [this, asUser] {
        return Call{"POST", u"/postings/"_s + firstId(u"posting"_s) + asUser,
                    QJsonObject{{u"text"_s, u"Seed Posting 1 - Updated"_s}}};
    });
    get(u"/requisition_fields"_s, []() -> QString { return u"/requisition_fields"_s; });
    get(u"/requisitions"_s, []() -> QString { return u"/requisitions"_s; });
    c.insert(u"POST /requisitions"_s, [] {
        return Call{"POST", u"/requisitions"_s,
                    QJsonObject{{u"name"_s, u"Shape Requisition"_s},
                                {u"requisitionCode"_s, u"SHAPE-001"_s},
                                {u"headcountTotal"_s, 1},
                                {u"employmentStatus"_s, u"full-time"_s},
                                {u"location"_s, u"Remote"_s},
                                {u"team"_s, u"Engineering"_s}}};
    });
    get(u"/requisitions/{id}"_s,
        [this]() -> QString { return u"/requisitions/"_s + firstId(u"requisition"_s); });
    c.insert(u"PUT /requisitions/{id}"_s, [this] {
        const QJsonObject req = firstDoc(u"requisition"_s, [](const QJsonObject &r) {
            return r.value(u"status"_s).toString() == u"open"_s;
        });
        return Call{"PUT", u"/requisitions/"_s + req.value(u"id"_s).toString(),
                    QJsonObject{{u"requisitionCode"_s, req.value(u"requisitionCode"_s)},
                                {u"name"_s, u"Requisition - Updated"_s},
                                {u"backfill"_s, false},
                                {u"customFields"_s, QJsonObject{}},
                                {u"internalNotes"_s, u" "_s},
                                {u"status"_s, u"open"_s},
                                {u"headcountTotal"_s, 1},
                                {u"postingIds"_s, QJsonArray{}}}};
    });
    get(u"/sources"_s, []() -> QString { return u"/sources"_s; });
    get(u"/stages"_s, []() -> QString { return u"/stages"_s; });
    get(u"/tags"_s, []() -> QString { return u"/tags"_s; });
    get(u"/users"_s, []() -> QString { return u"/users"_s; });
    c.insert(u"POST /users"_s, [] {
        return Call{"POST", u"/users"_s,
                    QJsonObject{{u"name"_s, u"Shape User"_s}, {u"email"_s, u"shape.user@example.com"_s}}};
    });
    get(u"/users/{id}"_s, [user]() -> QString { return u"/users/"_s + user; });
    auto interviewer = [this] {
        return firstDoc(u"user"_s, [](const QJsonObject &u) {
            return u.value(u"accessRole"_s).toString() == u"interviewer"_s &&
                   u.value(u"deactivatedAt"_s).isNull();
        });
    };
    c.insert(u"PUT /users/{id}"_s, [interviewer] {
        const QJsonObject u = interviewer();
        return Call{"PUT", u"/users/"_s + u.value(u"id"_s).toString(),
                    QJsonObject{{u"name"_s, u.value(u"name"_s)},
                                {u"email"_s, u.value(u"email"_s)},
                                {u"accessRole"_s, u"interviewer"_s},
                                {u"jobTitle"_s, u"Updated Job Title"_s}}};
    });
    c.insert(u"POST /users/{id}/deactivate"_s, [interviewer] {
        return Call{"POST", u"/users/"_s + interviewer().value(u"id"_s).toString() + u"/deactivate"_s, {}};
    });
    c.insert(u"POST /users/{id}/reactivate"_s, [this] {
        const QString id =
            firstDoc(u"user"_s, [](const QJsonObject &u) { return !u.value(u"deactivatedAt"_s).isNull(); })
                .value(u"id"_s)
                .toString();
        return Call{"POST", u"/users/"_s + id + u"/reactivate"_s, {}};
    });
    get(u"/webhooks"_s, [this]() -> QString {
        m_f->post(u"/webhooks"_s,
                  QJsonObject{{u"event"_s, u"candidateStageChange"_s},
                              {u"url"_s, u"https://example.com/hooks/stage"_s},
                              {u"configuration"_s,
                               QJsonObject{{u"conditions"_s,
                                            QJsonObject{{u"origins"_s, QJsonArray{u"applied"_s}}}}}}});
        return u"/webhooks"_s;
    });
    c.insert(u"POST /webhooks"_s, [] {
        return Call{
            "POST", u"/webhooks"_s,
            QJsonObject{{u"event"_s, u"candidateHired"_s}, {u"url"_s, u"https://example.com/hooks/hired"_s}}};
    });
    return c;
}

void TestShapes::conforms_data()
{
    QTest::addColumn<int>("index");
    const auto known = calls();
    for (qsizetype i = 0; i < m_endpoints.size(); ++i) {
        const QString key = m_endpoints.at(i).method + u' ' + m_endpoints.at(i).path;
        if (known.contains(key) && !m_endpoints.at(i).keys.isEmpty())
            QTest::newRow(qPrintable(key)) << int(i);
    }
}

void TestShapes::conforms()
{
    QFETCH(int, index);
    const ShapeSpec::Endpoint &endpoint = m_endpoints.at(index);
    const Call call = calls().value(endpoint.method + u' ' + endpoint.path)();
    QByteArray body;
    auto headers = m_f->basicAuth();
    if (call.method != "GET") {
        headers.insert("Content-Type", "application/json");
        body = QJsonDocument(call.body).toJson(QJsonDocument::Compact);
    }
    const auto reply = m_f->send(call.method, m_f->apiUrl(call.path), body, headers);
    QVERIFY2(reply.status / 100 == 2, qPrintable(call.path + u" -> "_s + QString::number(reply.status) +
                                                 u' ' + QString::fromUtf8(reply.body.left(300))));
    QCOMPARE(reply.status, endpoint.status == 201 || endpoint.status == 200 ? endpoint.status : reply.status);
    const QStringList problems = ShapeSpec::check(endpoint, reply.json);
    QVERIFY2(problems.isEmpty(), qPrintable(call.path + u":\n  "_s + problems.join(u"\n  "_s)));
}

void TestShapes::unservedEndpointsAreKnown()
{
    // Recorded endpoints this sandbox does not serve (none left); everything else is checked.
    const QSet<QString> unserved = {};
    const auto known = calls();
    for (const ShapeSpec::Endpoint &e : std::as_const(m_endpoints)) {
        const QString key = e.method + u' ' + e.path;
        if (e.keys.isEmpty())
            continue; // 204 answers have no keys to check
        QVERIFY2(known.contains(key) != unserved.contains(key), qPrintable(key));
    }
}

void TestShapes::checkerCatchesDeviations()
{
    const auto it = std::find_if(m_endpoints.begin(), m_endpoints.end(), [](const ShapeSpec::Endpoint &e) {
        return e.method == u"GET"_s && e.path == u"/archive_reasons/{id}"_s;
    });
    QVERIFY(it != m_endpoints.end());
    const QStringList problems = ShapeSpec::check(*it, QJsonObject{{u"data"_s, QJsonObject{{u"id"_s, 5}}}});
    QVERIFY(problems.contains(u"data.id: is number, recorded string"_s));
    QVERIFY(problems.contains(u"data.text: missing"_s));
    QVERIFY(ShapeSpec::check(*it, QJsonObject{{u"data"_s, QJsonObject{{u"id"_s, u"a"_s},
                                                                      {u"text"_s, u"t"_s},
                                                                      {u"status"_s, u"active"_s},
                                                                      {u"type"_s, u"hired"_s}}}})
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestShapes)
#include "tst_shapes.moc"
