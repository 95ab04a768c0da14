// POST, PUT and DELETE /feedback_templates: a round trip, Lever's rules for fields, UI-created templates
// and scopes.
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
constexpr qint64 kDay = 24 * 3600 * 1000;

QStringList idsOf(const QJsonArray &items)
{
    QStringList out;
    for (const QJsonValue &v : items)
        out.append(v.toObject().value(u"id"_s).toString());
    return out;
}

// A valid feedback template body with `extra` fields after the score-system one.
QJsonObject templateBody(const QString &text, const QJsonArray &extra = {})
{
    QJsonArray fields{QJsonObject{{u"type"_s, u"score-system"_s}, {u"text"_s, u"Rating"_s}}};
    for (const QJsonValue &f : extra)
        fields.append(f);
    return QJsonObject{{u"text"_s, text}, {u"instructions"_s, u"Be specific."_s}, {u"fields"_s, fields}};
}
} // namespace

class TestFeedbackTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void feedbackTemplateRoundTrip();
    void feedbackTemplateRefusals_data();
    void feedbackTemplateRefusals();
    void feedbackTemplateRules();

private:
    std::unique_ptr<SandboxFixture> m_f;
    qint64 m_now = 0;
};

void TestFeedbackTemplates::init()
{
    m_f = std::make_unique<SandboxFixture>();
    m_now = m_f->sandbox().context().now();
    m_f->sandbox().context().clock = [this] { return m_now; };
}

void TestFeedbackTemplates::cleanup()
{
    m_f.reset();
}

void TestFeedbackTemplates::feedbackTemplateRoundTrip()
{
    QJsonObject level{{u"type"_s, u"dropdown"_s},
                      {u"text"_s, u"Level"_s},
                      {u"required"_s, true},
                      {u"options"_s, QJsonArray{QJsonObject{{u"text"_s, u"Mid"_s}},
                                                QJsonObject{{u"text"_s, u"Senior"_s}}}}};
    QJsonObject notes{
        {u"type"_s, u"textarea"_s}, {u"text"_s, u"Notes"_s}, {u"description"_s, u"Anything else"_s}};
    auto r = m_f->post(u"/feedback_templates"_s, templateBody(u"Architecture interview"_s, {level, notes}));
    QVERIFY2(r.status == 201, r.body.constData());
    const QJsonObject created = r.data();
    const QString id = created.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(created.value(u"text"_s).toString(), u"Architecture interview"_s);
    QCOMPARE(created.value(u"instructions"_s).toString(), u"Be specific."_s);
    QVERIFY(created.value(u"group"_s).isNull() && created.value(u"stage"_s).isNull());
    QCOMPARE(qint64(created.value(u"createdAt"_s).toDouble()), m_now);
    QJsonArray fields = created.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 3);
    QSet<QString> fieldIds;
    for (const QJsonValue &f : fields) {
        QVERIFY(!f.toObject().value(u"id"_s).toString().isEmpty());
        QVERIFY(f.toObject().value(u"options"_s).isArray());
        QVERIFY(f.toObject().value(u"prompt"_s).isString());
        fieldIds.insert(f.toObject().value(u"id"_s).toString());
    }
    QCOMPARE(fieldIds.size(), 3);
    // The score-system field gets Lever's four ratings and is required.
    QCOMPARE(fields.at(0).toObject().value(u"options"_s).toArray().size(), 4);
    QVERIFY(fields.at(0).toObject().value(u"required"_s).toBool());
    QCOMPARE(fields.at(2).toObject().value(u"description"_s).toString(), u"Anything else"_s);

    QCOMPARE(m_f->get(u"/feedback_templates/"_s + id).data(), created);
    QVERIFY(idsOf(m_f->get(u"/feedback_templates"_s).list()).contains(id));
    // It works as a form at once.
    const QString opp = m_f->seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(m_f->post(u"/opportunities/"_s + opp + u"/feedback?perform_as="_s + m_f->firstUserId(),
                       QJsonObject{{u"baseTemplateId"_s, id}})
                 .status,
             201);

    // PUT replaces: the notes field goes, the level field keeps its id, a new field gets a new one.
    m_now += kDay;
    QJsonObject keptLevel = fields.at(1).toObject();
    keptLevel.insert(u"text"_s, u"Hiring level"_s);
    QJsonObject yesNo{{u"type"_s, u"yes-no"_s}, {u"text"_s, u"Would you work with them?"_s}};
    QJsonObject body = templateBody(u"Architecture interview v2"_s, {keptLevel, yesNo});
    body.remove(u"instructions"_s);
    body.insert(u"id"_s, id); // echoed read-only keys are ignored
    r = m_f->put(u"/feedback_templates/"_s + id, body);
    QVERIFY2(r.status == 200, r.body.constData());
    const QJsonObject updated = r.data();
    QCOMPARE(updated.value(u"text"_s).toString(), u"Architecture interview v2"_s);
    QCOMPARE(updated.value(u"instructions"_s).toString(), QString());
    QCOMPARE(qint64(updated.value(u"createdAt"_s).toDouble()),
             qint64(created.value(u"createdAt"_s).toDouble()));
    QCOMPARE(qint64(updated.value(u"updatedAt"_s).toDouble()), m_now);
    fields = updated.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields.at(1).toObject().value(u"id"_s), keptLevel.value(u"id"_s));
    QCOMPARE(fields.at(1).toObject().value(u"text"_s).toString(), u"Hiring level"_s);
    QVERIFY(!fieldIds.contains(fields.at(2).toObject().value(u"id"_s).toString()));
    QCOMPARE(m_f->get(u"/feedback_templates/"_s + id).data(), updated);

    QCOMPARE(m_f->del(u"/feedback_templates/"_s + id).status, 204);
    QCOMPARE(m_f->get(u"/feedback_templates/"_s + id).status, 404);
    QCOMPARE(m_f->del(u"/feedback_templates/"_s + id).status, 404);
    QCOMPARE(m_f->put(u"/feedback_templates/"_s + id, templateBody(u"x"_s)).status, 404);
    QVERIFY(!idsOf(m_f->get(u"/feedback_templates"_s).list()).contains(id));
}

void TestFeedbackTemplates::feedbackTemplateRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("inMessage");
    const QJsonObject score{{u"type"_s, u"score-system"_s}, {u"text"_s, u"Rating"_s}};
    const QJsonObject text{{u"type"_s, u"text"_s}, {u"text"_s, u"Summary"_s}};
    auto with = [](QJsonObject body, const QString &key, const QJsonValue &value) {
        body.insert(key, value);
        return body;
    };
    const QJsonObject valid = templateBody(u"T"_s);
    QJsonObject noText = valid;
    noText.remove(u"text"_s);
    QJsonObject noFields = valid;
    noFields.remove(u"fields"_s);
    QTest::newRow("missing text") << noText << u"text is required"_s;
    QTest::newRow("blank text") << with(valid, u"text"_s, u"  "_s) << u"text"_s;
    QTest::newRow("missing fields") << noFields << u"fields is required"_s;
    QTest::newRow("empty fields") << with(valid, u"fields"_s, QJsonArray()) << u"score-system"_s;
    QTest::newRow("fields not an array") << with(valid, u"fields"_s, u"x"_s) << u"array"_s;
    QTest::newRow("no score field") << with(valid, u"fields"_s, QJsonArray{text})
                                    << u"exactly one score-system"_s;
    QTest::newRow("two score fields")
        << with(valid, u"fields"_s, QJsonArray{score, score}) << u"exactly one score-system"_s;
    QTest::newRow("bad field type") << with(valid, u"fields"_s,
                                            QJsonArray{score, QJsonObject{{u"type"_s, u"essay"_s},
                                                                          {u"text"_s, u"E"_s}}})
                                    << u"fields[1].type must be one of"_s;
    QTest::newRow("field without text")
        << with(valid, u"fields"_s, QJsonArray{score, QJsonObject{{u"type"_s, u"text"_s}}})
        << u"fields[1].text"_s;
    QTest::newRow("dropdown without options")
        << with(valid, u"fields"_s,
                QJsonArray{score, QJsonObject{{u"type"_s, u"dropdown"_s}, {u"text"_s, u"D"_s}}})
        << u"fields[1].options"_s;
    QTest::newRow("repeated option")
        << with(valid, u"fields"_s,
                QJsonArray{score, QJsonObject{{u"type"_s, u"multiple-select"_s},
                                              {u"text"_s, u"M"_s},
                                              {u"options"_s, QJsonArray{QJsonObject{{u"text"_s, u"a"_s}},
                                                                        QJsonObject{{u"text"_s, u"a"_s}}}}}})
        << u"twice"_s;
    QTest::newRow("options on a text field")
        << with(valid, u"fields"_s,
                QJsonArray{score, with(text, u"options"_s, QJsonArray{QJsonObject{{u"text"_s, u"a"_s}}})})
        << u"only for dropdown"_s;
    QTest::newRow("score without scores")
        << with(valid, u"fields"_s,
                QJsonArray{score, QJsonObject{{u"type"_s, u"score"_s}, {u"text"_s, u"S"_s}}})
        << u"fields[1].scores"_s;
    QTest::newRow("unknown field key")
        << with(valid, u"fields"_s, QJsonArray{with(score, u"colour"_s, u"red"_s)}) << u"fields[0].colour"_s;
    QTest::newRow("unknown template key")
        << with(valid, u"owner"_s, u"me"_s) << u"owner cannot be set here"_s;
    QTest::newRow("required not a boolean")
        << with(valid, u"fields"_s, QJsonArray{with(score, u"required"_s, u"yes"_s)})
        << u"fields[0].required"_s;
}

void TestFeedbackTemplates::feedbackTemplateRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, inMessage);
    const qsizetype before = m_f->get(u"/feedback_templates"_s).list().size();
    auto r = m_f->post(u"/feedback_templates"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    QVERIFY2(r.json.value(u"message"_s).toString().contains(inMessage), r.body.constData());
    QCOMPARE(m_f->get(u"/feedback_templates"_s).list().size(), before);
    // The same rules on PUT, which leaves the template as it was.
    const auto created = m_f->post(u"/feedback_templates"_s, templateBody(u"Kept"_s));
    const QString id = created.data().value(u"id"_s).toString();
    r = m_f->put(u"/feedback_templates/"_s + id, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(m_f->get(u"/feedback_templates/"_s + id).data(), created.data());
}

void TestFeedbackTemplates::feedbackTemplateRules()
{
    // Templates made in Lever's UI (every baseline one) cannot be changed or deleted through the API.
    for (const QString &id : {u"no-feedback"_s, idsOf(m_f->get(u"/feedback_templates"_s).list()).at(1)}) {
        auto r = m_f->put(u"/feedback_templates/"_s + id, templateBody(u"Hijacked"_s));
        QCOMPARE(r.status, 403);
        QVERIFY(r.json.value(u"message"_s).toString().contains(u"created in Lever's UI"_s));
        QCOMPARE(m_f->del(u"/feedback_templates/"_s + id).status, 403);
        QCOMPARE(m_f->get(u"/feedback_templates/"_s + id).status, 200);
    }
    QCOMPARE(m_f->put(u"/feedback_templates/nope"_s, templateBody(u"x"_s)).status, 404);
    QCOMPARE(m_f->del(u"/feedback_templates/nope"_s).status, 404);

    // Writes need the write scope; the read scope is not enough.
    const QString readOnly = m_f->sandbox().createApiKey({u"feedback_templates:read:admin"_s}, false);
    auto r = m_f->post(u"/feedback_templates"_s, templateBody(u"x"_s), readOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"code"_s).isString());
    const QString id =
        m_f->post(u"/feedback_templates"_s, templateBody(u"Mine"_s)).data().value(u"id"_s).toString();
    QCOMPARE(m_f->put(u"/feedback_templates/"_s + id, templateBody(u"x"_s), readOnly).status, 403);
    QCOMPARE(m_f->del(u"/feedback_templates/"_s + id, readOnly).status, 403);
    const QString writer = m_f->sandbox().createApiKey({u"feedback_templates:write:admin"_s}, false);
    QCOMPARE(m_f->del(u"/feedback_templates/"_s + id, writer).status, 204);

    // A body that is not JSON is a 400, never a 500.
    auto headers = m_f->basicAuth();
    headers.insert("Content-Type", "application/json");
    QCOMPARE(m_f->send("POST", m_f->apiUrl(u"/feedback_templates"_s), "{", headers).status, 400);
    QCOMPARE(m_f->send("POST", m_f->apiUrl(u"/feedback_templates"_s), "[]", headers).status, 400);
}

QTEST_GUILESS_MAIN(TestFeedbackTemplates)
#include "tst_feedback_templates.moc"
