// Feedback forms (every template and field type), feedback templates, and notes with threads and mentions.
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

// A valid value for each field type the templates use.
QJsonValue validValue(const QJsonObject &field)
{
    const QString type = field.value(u"type"_s).toString();
    const QJsonArray options = field.value(u"options"_s).toArray();
    if (type == u"score-system"_s || type == u"dropdown"_s)
        return options.at(1).toObject().value(u"text"_s);
    if (type == u"multiple-select"_s)
        return QJsonArray{options.at(0).toObject().value(u"text"_s),
                          options.at(2).toObject().value(u"text"_s)};
    if (type == u"score"_s)
        return field.value(u"scores"_s).toArray().at(3).toObject().value(u"text"_s);
    if (type == u"yes-no"_s)
        return u"yes"_s;
    return QString(u"Answer for "_s + field.value(u"text"_s).toString());
}
} // namespace

class TestFeedbackNotes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void feedbackTemplates();
    void feedbackFromEveryTemplate();
    void badFeedbackValues_data();
    void badFeedbackValues();
    void feedbackPanelAndInterviewRules();
    void updateAndDeleteFeedback();
    void feedbackScopesAndNotFound();
    void noteWithMentionSecretAndScore();
    void badNotes_data();
    void badNotes();
    void threadReply();
    void putAndDeleteRules();
    void noteScopesAndNotFound();

private:
    QJsonObject templateWithType(const QString &type);
    QString user(const QString &username);
    // A panel with one interview on `opp`: {panelId, interviewId}.
    QPair<QString, QString> schedule(const QString &opp);

    std::unique_ptr<SandboxFixture> m_f;
    QString m_opp;
};

void TestFeedbackNotes::init()
{
    m_f = std::make_unique<SandboxFixture>();
    m_opp = m_f->seedOpportunity().value(u"id"_s).toString();
}

void TestFeedbackNotes::cleanup()
{
    m_f.reset();
}

QJsonObject TestFeedbackNotes::templateWithType(const QString &type)
{
    const QList<QJsonObject> templates = m_f->sandbox().context().docs.all(u"feedback_template"_s);
    for (const QJsonObject &t : templates) {
        const QJsonArray fields = t.value(u"fields"_s).toArray();
        for (const QJsonValue &f : fields) {
            if (f.toObject().value(u"type"_s).toString() == type)
                return t;
        }
    }
    return {};
}

QString TestFeedbackNotes::user(const QString &username)
{
    const QList<QJsonObject> users = m_f->sandbox().context().docs.all(u"user"_s);
    for (const QJsonObject &u : users) {
        if (u.value(u"username"_s).toString() == username)
            return u.value(u"id"_s).toString();
    }
    return {};
}

QPair<QString, QString> TestFeedbackNotes::schedule(const QString &opp)
{
    const QJsonObject body{
        {u"timezone"_s, u"Europe/Berlin"_s},
        {u"interviews"_s,
         QJsonArray{
             QJsonObject{{u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, user(u"noah.fischer"_s)}}}},
                         {u"date"_s, m_f->sandbox().context().now() + kDay},
                         {u"duration"_s, 60}}}}};
    const auto r = m_f->post(u"/opportunities/"_s + opp + u"/panels"_s, body);
    return {r.data().value(u"id"_s).toString(),
            r.data().value(u"interviews"_s).toArray().at(0).toObject().value(u"id"_s).toString()};
}

void TestFeedbackNotes::feedbackTemplates()
{
    auto r = m_f->get(u"/feedback_templates"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);
    QVERIFY(r.list().size() >= 4);
    for (const QJsonValue &v : r.list()) {
        const QJsonObject t = v.toObject();
        QVERIFY(t.value(u"id"_s).isString());
        QVERIFY(t.value(u"text"_s).isString());
        QVERIFY(t.value(u"instructions"_s).isString());
        QVERIFY(t.value(u"fields"_s).isArray());
        QVERIFY(t.value(u"group"_s).isObject() || t.value(u"group"_s).isNull());
        QVERIFY(t.value(u"stage"_s).isNull());
        // Exactly one score-system field per template.
        int scoreSystems = 0;
        const QJsonArray fields = t.value(u"fields"_s).toArray();
        for (const QJsonValue &f : fields) {
            QVERIFY(f.toObject().value(u"required"_s).isBool());
            QVERIFY(f.toObject().value(u"options"_s).isArray()); // empty where the type has none
            QVERIFY(f.toObject().value(u"prompt"_s).isString());
            QVERIFY(f.toObject().value(u"description"_s).isString());
            scoreSystems += f.toObject().value(u"type"_s).toString() == u"score-system"_s;
        }
        QCOMPARE(scoreSystems, 1);
    }
    r = m_f->get(u"/feedback_templates?limit=2"_s);
    QCOMPARE(r.list().size(), 2);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    r = m_f->get(u"/feedback_templates/no-feedback"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"id"_s).toString(), u"no-feedback"_s);
    QCOMPARE(m_f->get(u"/feedback_templates/nope"_s).status, 404);
    const QString key = m_f->sandbox().createApiKey({u"feedback:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/feedback_templates"_s, key).status, 403);
}

void TestFeedbackNotes::feedbackFromEveryTemplate()
{
    const auto [panel, interview] = schedule(m_opp);
    const QString author = user(u"noah.fischer"_s);
    QSet<QString> typesSeen;
    const QList<QJsonObject> templates = m_f->sandbox().context().docs.all(u"feedback_template"_s);
    QStringList created;
    for (const QJsonObject &t : templates) {
        QJsonArray values;
        const QJsonArray fields = t.value(u"fields"_s).toArray();
        for (const QJsonValue &f : fields) {
            values.append(
                QJsonObject{{u"id"_s, f.toObject().value(u"id"_s)}, {u"value"_s, validValue(f.toObject())}});
            typesSeen.insert(f.toObject().value(u"type"_s).toString());
        }
        const qint64 completed = m_f->sandbox().context().now() - 3600000;
        const auto r = m_f->post(u"/opportunities/"_s + m_opp + u"/feedback?perform_as="_s + author,
                                 QJsonObject{{u"baseTemplateId"_s, t.value(u"id"_s)},
                                             {u"panel"_s, panel},
                                             {u"interview"_s, interview},
                                             {u"fieldValues"_s, values},
                                             {u"completedAt"_s, completed}});
        QCOMPARE(r.status, 201);
        const QJsonObject fb = r.data();
        created.append(fb.value(u"id"_s).toString());
        QCOMPARE(fb.value(u"type"_s).toString(), u"interview"_s);
        QCOMPARE(fb.value(u"baseTemplateId"_s), t.value(u"id"_s));
        QCOMPARE(fb.value(u"text"_s), t.value(u"text"_s));
        QCOMPARE(fb.value(u"instructions"_s), t.value(u"instructions"_s));
        QCOMPARE(fb.value(u"user"_s).toString(), author);
        QCOMPARE(fb.value(u"panel"_s).toString(), panel);
        QCOMPARE(fb.value(u"interview"_s).toString(), interview);
        QCOMPARE(fb.value(u"completedAt"_s).toDouble(), double(completed));
        QVERIFY(fb.value(u"createdAt"_s).isDouble());
        QVERIFY(fb.value(u"updatedAt"_s).isNull());
        QVERIFY(fb.value(u"deletedAt"_s).isNull());
        const QJsonArray answered = fb.value(u"fields"_s).toArray();
        QCOMPARE(answered.size(), fields.size());
        for (qsizetype i = 0; i < answered.size(); ++i) {
            const QJsonObject a = answered.at(i).toObject();
            QCOMPARE(a.value(u"id"_s), fields.at(i).toObject().value(u"id"_s));
            QCOMPARE(a.value(u"type"_s), fields.at(i).toObject().value(u"type"_s));
            QCOMPARE(a.value(u"value"_s), validValue(fields.at(i).toObject()));
            QVERIFY(a.value(u"options"_s).isArray());
            QVERIFY(a.value(u"prompt"_s).isString());
            QVERIFY(a.value(u"required"_s).isBool());
        }
        QCOMPARE(
            m_f->get(u"/opportunities/"_s + m_opp + u"/feedback/"_s + fb.value(u"id"_s).toString()).data(),
            fb);
    }
    const QSet<QString> allTypes{u"score-system"_s, u"yes-no"_s, u"dropdown"_s, u"multiple-select"_s,
                                 u"score"_s,        u"text"_s,   u"textarea"_s};
    QCOMPARE(typesSeen, allTypes);
    const auto list = m_f->get(u"/opportunities/"_s + m_opp + u"/feedback"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.list().size(), templates.size());
    // The interview lists its feedback forms.
    const auto doc = m_f->get(u"/opportunities/"_s + m_opp + u"/interviews/"_s + interview);
    QJsonArray expected;
    for (const QString &id : std::as_const(created))
        expected.append(id);
    QCOMPARE(doc.data().value(u"feedbackForms"_s).toArray(), expected);

    // Without values and without an interview: user feedback with every value null.
    const auto bare =
        m_f->post(u"/opportunities/"_s + m_opp + u"/feedback"_s,
                  QJsonObject{{u"baseTemplateId"_s, templateWithType(u"yes-no"_s).value(u"id"_s)}});
    QCOMPARE(bare.status, 201);
    QCOMPARE(bare.data().value(u"type"_s).toString(), u"user"_s);
    QVERIFY(bare.data().value(u"panel"_s).isNull());
    QVERIFY(bare.data().value(u"interview"_s).isNull());
    QCOMPARE(bare.data().value(u"user"_s).toString(), m_f->firstUserId());
    const QJsonArray fields = bare.data().value(u"fields"_s).toArray();
    for (const QJsonValue &f : fields)
        QVERIFY(f.toObject().value(u"value"_s).isNull());
}

void TestFeedbackNotes::badFeedbackValues_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("score-system unknown") << u"score-system"_s << QJsonValue(u"5 - Amazing"_s);
    QTest::newRow("score-system number") << u"score-system"_s << QJsonValue(4);
    QTest::newRow("yes-no maybe") << u"yes-no"_s << QJsonValue(u"maybe"_s);
    QTest::newRow("yes-no bool") << u"yes-no"_s << QJsonValue(true);
    QTest::newRow("dropdown unknown") << u"dropdown"_s << QJsonValue(u"Godlike"_s);
    QTest::newRow("multiple-select string") << u"multiple-select"_s << QJsonValue(u"C++"_s);
    QTest::newRow("multiple-select unknown") << u"multiple-select"_s << QJsonValue(QJsonArray{u"Cobol"_s});
    QTest::newRow("multiple-select twice")
        << u"multiple-select"_s << QJsonValue(QJsonArray{u"Go"_s, u"Go"_s});
    QTest::newRow("score out of range") << u"score"_s << QJsonValue(u"5"_s);
    QTest::newRow("score as object") << u"score"_s << QJsonValue(QJsonObject{{u"text"_s, u"3"_s}});
    QTest::newRow("text number") << u"text"_s << QJsonValue(42);
    QTest::newRow("textarea array") << u"textarea"_s << QJsonValue(QJsonArray{u"a"_s});
    QTest::newRow("textarea huge") << u"textarea"_s << QJsonValue(QString(20000, u'x'));
}

void TestFeedbackNotes::badFeedbackValues()
{
    QFETCH(QString, type);
    QFETCH(QJsonValue, value);
    const QJsonObject t = templateWithType(type);
    QString fieldId;
    const QJsonArray fields = t.value(u"fields"_s).toArray();
    for (const QJsonValue &f : fields) {
        if (f.toObject().value(u"type"_s).toString() == type)
            fieldId = f.toObject().value(u"id"_s).toString();
    }
    const auto r = m_f->post(
        u"/opportunities/"_s + m_opp + u"/feedback"_s,
        QJsonObject{{u"baseTemplateId"_s, t.value(u"id"_s)},
                    {u"fieldValues"_s, QJsonArray{QJsonObject{{u"id"_s, fieldId}, {u"value"_s, value}}}}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    QVERIFY2(r.json.value(u"message"_s).toString().contains(u"fieldValues[0].value"_s),
             qPrintable(r.json.value(u"message"_s).toString()));
    QCOMPARE(m_f->sandbox().context().docs.count(u"feedback"_s), 0);
}

void TestFeedbackNotes::feedbackPanelAndInterviewRules()
{
    const auto [panel, interview] = schedule(m_opp);
    const QString other = m_f->seedOpportunity().value(u"id"_s).toString();
    const auto [otherPanel, otherInterview] = schedule(other);
    const QJsonValue templ = templateWithType(u"yes-no"_s).value(u"id"_s);
    auto post = [&](const QJsonObject &extra) {
        QJsonObject body{{u"baseTemplateId"_s, templ}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            body.insert(it.key(), it.value());
        return m_f->post(u"/opportunities/"_s + m_opp + u"/feedback"_s, body);
    };
    QCOMPARE(post({{u"panel"_s, panel}}).status, 400);
    QCOMPARE(post({{u"interview"_s, interview}}).status, 400);
    QCOMPARE(post({{u"panel"_s, otherPanel}, {u"interview"_s, otherInterview}}).status, 400);
    QCOMPARE(post({{u"panel"_s, panel}, {u"interview"_s, otherInterview}}).status, 400);
    QCOMPARE(post({{u"panel"_s, 7}, {u"interview"_s, interview}}).status, 400);
    QCOMPARE(post({{u"baseTemplateId"_s, u"nope"_s}}).status, 400);
    QCOMPARE(post({{u"baseTemplateId"_s, QJsonValue()}}).status, 400);
    QCOMPARE(post({{u"fieldValues"_s, u"all good"_s}}).status, 400);
    QCOMPARE(post({{u"fieldValues"_s,
                    QJsonArray{QJsonObject{{u"id"_s, u"unknown-field"_s}, {u"value"_s, u"x"_s}}}}})
                 .status,
             400);
    QCOMPARE(post({{u"fieldValues"_s, QJsonArray{u"not an object"_s}}}).status, 400);
    QCOMPARE(post({{u"createdAt"_s, m_f->sandbox().context().now() + kDay}}).status, 400);
    QCOMPARE(post({{u"completedAt"_s, u"yesterday"_s}}).status, 400);
    const QString field =
        templateWithType(u"yes-no"_s).value(u"fields"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    auto twice =
        post({{u"fieldValues"_s, QJsonArray{QJsonObject{{u"id"_s, field}, {u"value"_s, u"3 - Hire"_s}},
                                            QJsonObject{{u"id"_s, field}, {u"value"_s, u"2 - No Hire"_s}}}}});
    QCOMPARE(twice.status, 400);
    QCOMPARE(m_f->sandbox().context().docs.count(u"feedback"_s), 0);
    QCOMPARE(post({{u"panel"_s, panel}, {u"interview"_s, interview}}).status, 201);
}

void TestFeedbackNotes::updateAndDeleteFeedback()
{
    const auto [panel, interview] = schedule(m_opp);
    const QJsonObject t = templateWithType(u"yes-no"_s);
    const QJsonArray fields = t.value(u"fields"_s).toArray();
    auto r = m_f->post(u"/opportunities/"_s + m_opp + u"/feedback"_s,
                       QJsonObject{{u"baseTemplateId"_s, t.value(u"id"_s)},
                                   {u"panel"_s, panel},
                                   {u"interview"_s, interview},
                                   {u"fieldValues"_s,
                                    QJsonArray{QJsonObject{{u"id"_s, fields.at(2).toObject().value(u"id"_s)},
                                                           {u"value"_s, u"None"_s}}}}});
    const QJsonObject created = r.data();
    const QString path = u"/opportunities/"_s + m_opp + u"/feedback/"_s + created.value(u"id"_s).toString();

    const qint64 completed = m_f->sandbox().context().now() - 1000;
    r = m_f->put(path + u"?perform_as="_s + user(u"noah.fischer"_s),
                 QJsonObject{{u"completedAt"_s, completed},
                             {u"fieldValues"_s,
                              QJsonArray{QJsonObject{{u"id"_s, fields.at(0).toObject().value(u"id"_s)},
                                                     {u"value"_s, u"3 - Hire"_s}},
                                         QJsonObject{{u"id"_s, fields.at(1).toObject().value(u"id"_s)},
                                                     {u"value"_s, u"Strong technical skills"_s}}}}});
    QCOMPARE(r.status, 200);
    const QJsonObject updated = r.data();
    QCOMPARE(updated.value(u"id"_s), created.value(u"id"_s));
    QCOMPARE(updated.value(u"fields"_s).toArray().at(0).toObject().value(u"value"_s).toString(),
             u"3 - Hire"_s);
    QCOMPARE(updated.value(u"fields"_s).toArray().at(1).toObject().value(u"value"_s).toString(),
             u"Strong technical skills"_s);
    // PUT replaces the answers: the one left out is cleared.
    QVERIFY(updated.value(u"fields"_s).toArray().at(2).toObject().value(u"value"_s).isNull());
    QCOMPARE(updated.value(u"completedAt"_s).toDouble(), double(completed));
    QVERIFY(updated.value(u"updatedAt"_s).isDouble());
    QVERIFY(updated.value(u"accountId"_s).isString());
    QCOMPARE(updated.value(u"profileId"_s).toString(), m_opp);
    QCOMPARE(updated.value(u"userId"_s), created.value(u"user"_s));
    QCOMPARE(updated.value(u"createdAt"_s), created.value(u"createdAt"_s));
    r = m_f->get(path);
    QCOMPARE(r.data().value(u"fields"_s), updated.value(u"fields"_s));
    QVERIFY(!r.data().contains(u"accountId"_s));
    QCOMPARE(
        m_f->put(path, QJsonObject{{u"fieldValues"_s,
                                    QJsonArray{QJsonObject{{u"id"_s, fields.at(0).toObject().value(u"id"_s)},
                                                           {u"value"_s, u"Maybe"_s}}}}})
            .status,
        400);

    QCOMPARE(m_f->del(path).status, 204);
    QCOMPARE(m_f->get(path).status, 404);
    QCOMPARE(m_f->del(path).status, 404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/interviews/"_s + interview)
                 .data()
                 .value(u"feedbackForms"_s)
                 .toArray(),
             QJsonArray());
}

void TestFeedbackNotes::feedbackScopesAndNotFound()
{
    const QJsonValue templ = templateWithType(u"yes-no"_s).value(u"id"_s);
    const QString readOnly = m_f->sandbox().createApiKey({u"feedback:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/feedback"_s, readOnly).status, 200);
    auto r = m_f->post(u"/opportunities/"_s + m_opp + u"/feedback"_s,
                       QJsonObject{{u"baseTemplateId"_s, templ}}, readOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"feedback:write:admin"_s));
    const QString notesOnly = m_f->sandbox().createApiKey({u"notes:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/feedback"_s, notesOnly).status, 403);
    QCOMPARE(m_f->get(u"/opportunities/nope/feedback"_s).status, 404);
    QCOMPARE(m_f->post(u"/opportunities/nope/feedback"_s, QJsonObject{{u"baseTemplateId"_s, templ}}).status,
             404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/feedback/nope"_s).status, 404);
    QCOMPARE(m_f->put(u"/opportunities/"_s + m_opp + u"/feedback/nope"_s, QJsonObject()).status, 404);
    // Feedback of one opportunity is not found under another.
    r = m_f->post(u"/opportunities/"_s + m_opp + u"/feedback"_s, QJsonObject{{u"baseTemplateId"_s, templ}});
    const QString other = m_f->seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(
        m_f->get(u"/opportunities/"_s + other + u"/feedback/"_s + r.data().value(u"id"_s).toString()).status,
        404);
    // Confidential opportunities need confidential access.
    const QString secret = m_f->seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}})
                               .value(u"id"_s)
                               .toString();
    QCOMPARE(m_f->get(u"/opportunities/"_s + secret + u"/feedback"_s, readOnly).status, 403);
}

void TestFeedbackNotes::noteWithMentionSecretAndScore()
{
    const QString author = user(u"sofia.lindqvist"_s);
    const QString mentioned = user(u"noah.fischer"_s);
    const QString text = u"Great call. @noah.fischer please run the on-site; @nobody.here is not a user."_s;
    const qint64 before = m_f->sandbox().context().now();
    auto r = m_f->post(u"/opportunities/"_s + m_opp + u"/notes?perform_as="_s + author,
                       QJsonObject{{u"value"_s, text}, {u"secret"_s, true}, {u"score"_s, 3}});
    QCOMPARE(r.status, 201);
    const QJsonObject note = r.data();
    const QString id = note.value(u"id"_s).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(note.value(u"noteId"_s).toString(), id);
    QCOMPARE(note.value(u"user"_s).toString(), author);
    QCOMPARE(note.value(u"secret"_s).toBool(), true);
    QVERIFY(note.value(u"text"_s).isString());
    QVERIFY(note.value(u"createdAt"_s).toDouble() >= double(before));
    QCOMPARE(note.value(u"completedAt"_s), note.value(u"createdAt"_s));
    QVERIFY(note.value(u"deletedAt"_s).isNull());
    const QJsonArray fields = note.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 1);
    const QJsonObject field = fields.at(0).toObject();
    QCOMPARE(field.value(u"type"_s).toString(), u"note"_s);
    QCOMPARE(field.value(u"value"_s).toString(), text); // mentions stay in the text as written
    QCOMPARE(field.value(u"user"_s).toString(), author);
    QCOMPARE(field.value(u"stage"_s).toString(), u"applicant-new"_s);
    QCOMPARE(field.value(u"score"_s).toDouble(), 3.0);
    QVERIFY(field.value(u"text"_s).isString());
    QVERIFY(field.value(u"createdAt"_s).isDouble());
    // Only the existing username counts as a mention.
    const auto meta = m_f->sandbox().context().docs.get(u"note_meta"_s, id);
    QVERIFY(meta);
    QCOMPARE(meta->value(u"mentions"_s).toArray(), QJsonArray{mentioned});
    QCOMPARE(meta->value(u"apiCreated"_s).toBool(), true);

    r = m_f->get(u"/opportunities/"_s + m_opp + u"/notes/"_s + id);
    QCOMPARE(r.status, 200);
    QJsonObject stored = note;
    stored.remove(u"noteId"_s);
    QCOMPARE(r.data(), stored);
    QVERIFY(!r.data().contains(u"apiCreated"_s));
    r = m_f->get(u"/opportunities/"_s + m_opp + u"/notes"_s);
    QCOMPARE(r.list().size(), 1);

    // Defaults: not secret, no score; a past createdAt is kept; followers are told when asked.
    const qint64 past = before - 5 * kDay;
    r = m_f->post(
        u"/opportunities/"_s + m_opp + u"/notes"_s,
        QJsonObject{{u"value"_s, u"Plain"_s}, {u"createdAt"_s, past}, {u"notifyFollowers"_s, true}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"secret"_s).toBool(), false);
    QVERIFY(r.data().value(u"fields"_s).toArray().at(0).toObject().value(u"score"_s).isNull());
    QCOMPARE(r.data().value(u"createdAt"_s).toDouble(), double(past));
    QCOMPARE(r.data().value(u"user"_s).toString(), m_f->firstUserId());
    const auto plainMeta =
        m_f->sandbox().context().docs.get(u"note_meta"_s, r.data().value(u"id"_s).toString());
    QCOMPARE(plainMeta->value(u"notified"_s).toArray(), QJsonArray{m_f->firstUserId()});
}

void TestFeedbackNotes::badNotes_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no value") << QJsonObject{{u"secret"_s, true}} << u"value"_s;
    QTest::newRow("empty value") << QJsonObject{{u"value"_s, u"   "_s}} << u"value"_s;
    QTest::newRow("value number") << QJsonObject{{u"value"_s, 5}} << u"value"_s;
    QTest::newRow("value huge") << QJsonObject{{u"value"_s, QString(20000, u'n')}} << u"value"_s;
    QTest::newRow("secret string") << QJsonObject{{u"value"_s, u"x"_s}, {u"secret"_s, u"yes"_s}}
                                   << u"secret"_s;
    QTest::newRow("score 5") << QJsonObject{{u"value"_s, u"x"_s}, {u"score"_s, 5}} << u"score"_s;
    QTest::newRow("score 0") << QJsonObject{{u"value"_s, u"x"_s}, {u"score"_s, 0}} << u"score"_s;
    QTest::newRow("score text") << QJsonObject{{u"value"_s, u"x"_s}, {u"score"_s, u"3"_s}} << u"score"_s;
    QTest::newRow("future createdAt")
        << QJsonObject{{u"value"_s, u"x"_s}, {u"createdAt"_s, 4102444800000.0}} << u"createdAt"_s;
    QTest::newRow("notifyFollowers number")
        << QJsonObject{{u"value"_s, u"x"_s}, {u"notifyFollowers"_s, 1}} << u"notifyFollowers"_s;
}

void TestFeedbackNotes::badNotes()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, mentions);
    const auto r = m_f->post(u"/opportunities/"_s + m_opp + u"/notes"_s, body);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    QVERIFY2(r.json.value(u"message"_s).toString().contains(mentions),
             qPrintable(r.json.value(u"message"_s).toString()));
    QCOMPARE(m_f->sandbox().context().docs.count(u"note"_s), 0);
}

void TestFeedbackNotes::threadReply()
{
    auto r = m_f->post(u"/opportunities/"_s + m_opp + u"/notes"_s, QJsonObject{{u"value"_s, u"First"_s}});
    const QString id = r.data().value(u"id"_s).toString();
    const QString replier = user(u"grace.kim"_s);
    r = m_f->post(u"/opportunities/"_s + m_opp + u"/notes?note_id="_s + id + u"&perform_as="_s + replier,
                  QJsonObject{{u"value"_s, u"Agreed, @sofia.lindqvist"_s}, {u"score"_s, 4}});
    QCOMPARE(r.status, 201);
    QCOMPARE(r.data().value(u"id"_s).toString(), id);
    QCOMPARE(r.data().value(u"noteId"_s).toString(), id);
    const QJsonArray fields = r.data().value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).toObject().value(u"value"_s).toString(), u"First"_s);
    QCOMPARE(fields.at(1).toObject().value(u"value"_s).toString(), u"Agreed, @sofia.lindqvist"_s);
    QCOMPARE(fields.at(1).toObject().value(u"user"_s).toString(), replier);
    QCOMPARE(fields.at(1).toObject().value(u"score"_s).toDouble(), 4.0);
    QCOMPARE(r.data().value(u"user"_s).toString(), m_f->firstUserId()); // the note keeps its author
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/notes"_s).list().size(), 1);
    QCOMPARE(m_f->sandbox().context().docs.get(u"note_meta"_s, id)->value(u"mentions"_s).toArray(),
             QJsonArray{user(u"sofia.lindqvist"_s)});

    QCOMPARE(
        m_f->post(u"/opportunities/"_s + m_opp + u"/notes?note_id=nope"_s, QJsonObject{{u"value"_s, u"x"_s}})
            .status,
        404);
    const QString other = m_f->seedOpportunity().value(u"id"_s).toString();
    QCOMPARE(
        m_f->post(u"/opportunities/"_s + other + u"/notes?note_id="_s + id, QJsonObject{{u"value"_s, u"x"_s}})
            .status,
        404);
    QCOMPARE(
        m_f->post(u"/opportunities/"_s + m_opp + u"/notes?note_id="_s + id, QJsonObject{{u"value"_s, u""_s}})
            .status,
        400);
}

void TestFeedbackNotes::putAndDeleteRules()
{
    auto r = m_f->post(u"/opportunities/"_s + m_opp + u"/notes"_s,
                       QJsonObject{{u"value"_s, u"Draft"_s}, {u"secret"_s, true}, {u"score"_s, 2}});
    const QString id = r.data().value(u"id"_s).toString();
    const QString path = u"/opportunities/"_s + m_opp + u"/notes/"_s + id;
    m_f->post(u"/opportunities/"_s + m_opp + u"/notes?note_id="_s + id,
              QJsonObject{{u"value"_s, u"A comment"_s}});
    const QString editor = user(u"aiko.tanaka"_s);

    // value replaces the note's own text and keeps the thread; omitted secret and score reset.
    r = m_f->put(path + u"?perform_as="_s + editor, QJsonObject{{u"value"_s, u"Final @grace.kim"_s}});
    QCOMPARE(r.status, 200);
    QJsonArray fields = r.data().value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(0).toObject().value(u"value"_s).toString(), u"Final @grace.kim"_s);
    QCOMPARE(fields.at(0).toObject().value(u"user"_s).toString(), editor);
    QVERIFY(fields.at(0).toObject().value(u"score"_s).isNull());
    QCOMPARE(fields.at(1).toObject().value(u"value"_s).toString(), u"A comment"_s);
    QCOMPARE(r.data().value(u"secret"_s).toBool(), false);
    QCOMPARE(m_f->sandbox().context().docs.get(u"note_meta"_s, id)->value(u"mentions"_s).toArray(),
             QJsonArray{user(u"grace.kim"_s)});
    // values (Lever's documented form) replaces the text and the comments.
    r = m_f->put(
        path, QJsonObject{{u"values"_s, QJsonArray{u"Only text"_s}}, {u"secret"_s, true}, {u"score"_s, 1}});
    QCOMPARE(r.status, 200);
    fields = r.data().value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 1);
    QCOMPARE(fields.at(0).toObject().value(u"value"_s).toString(), u"Only text"_s);
    QCOMPARE(fields.at(0).toObject().value(u"score"_s).toDouble(), 1.0);
    QCOMPARE(r.data().value(u"secret"_s).toBool(), true);
    QCOMPARE(m_f->get(path).data().value(u"fields"_s).toArray(), fields);
    QCOMPARE(m_f->put(path, QJsonObject{{u"secret"_s, true}}).status, 400);
    QCOMPARE(m_f->put(path, QJsonObject{{u"values"_s, QJsonArray()}}).status, 400);
    QCOMPARE(m_f->put(path, QJsonObject{{u"values"_s, QJsonArray{3}}}).status, 400);
    QCOMPARE(m_f->put(path, QJsonObject{{u"value"_s, u"x"_s}, {u"score"_s, 9}}).status, 400);

    // Notes added in Lever's UI can be replied to, but not changed or deleted.
    const QString uiNote = u"ui-note"_s;
    m_f->seedDocument(
        u"note"_s, m_opp,
        QJsonObject{{u"id"_s, uiNote},
                    {u"text"_s, u"Comment"_s},
                    {u"fields"_s, QJsonArray{QJsonObject{{u"type"_s, u"note"_s}, {u"value"_s, u"UI"_s}}}},
                    {u"secret"_s, false}});
    const QString uiPath = u"/opportunities/"_s + m_opp + u"/notes/"_s + uiNote;
    r = m_f->put(uiPath, QJsonObject{{u"value"_s, u"Changed"_s}});
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"Lever's UI"_s));
    QCOMPARE(m_f->del(uiPath).status, 403);
    QCOMPARE(m_f->post(u"/opportunities/"_s + m_opp + u"/notes?note_id="_s + uiNote,
                       QJsonObject{{u"value"_s, u"Reply"_s}})
                 .status,
             201);
    QCOMPARE(m_f->put(uiPath, QJsonObject{{u"value"_s, u"Changed"_s}}).status, 403);
    QCOMPARE(m_f->get(uiPath).data().value(u"fields"_s).toArray().size(), 2);

    r = m_f->del(path);
    QCOMPARE(r.status, 204);
    QCOMPARE(m_f->get(path).status, 404);
    QVERIFY(!m_f->sandbox().context().docs.get(u"note_meta"_s, id));
    QCOMPARE(m_f->del(path).status, 404);
    QCOMPARE(m_f->put(path, QJsonObject{{u"value"_s, u"x"_s}}).status, 404);
}

void TestFeedbackNotes::noteScopesAndNotFound()
{
    const QString readOnly = m_f->sandbox().createApiKey({u"notes:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/notes"_s, readOnly).status, 200);
    auto r =
        m_f->post(u"/opportunities/"_s + m_opp + u"/notes"_s, QJsonObject{{u"value"_s, u"x"_s}}, readOnly);
    QCOMPARE(r.status, 403);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"notes:write:admin"_s));
    const QString feedbackOnly = m_f->sandbox().createApiKey({u"feedback:read:admin"_s}, false);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/notes"_s, feedbackOnly).status, 403);
    QCOMPARE(m_f->get(u"/opportunities/nope/notes"_s).status, 404);
    QCOMPARE(m_f->post(u"/opportunities/nope/notes"_s, QJsonObject{{u"value"_s, u"x"_s}}).status, 404);
    QCOMPARE(m_f->get(u"/opportunities/"_s + m_opp + u"/notes/nope"_s).status, 404);
    // perform_as must name an active user.
    r = m_f->post(u"/opportunities/"_s + m_opp + u"/notes?perform_as=ghost"_s,
                  QJsonObject{{u"value"_s, u"x"_s}});
    QCOMPARE(r.status, 400);
    const QString secret = m_f->seedOpportunity(QJsonObject{{u"confidentiality"_s, u"confidential"_s}})
                               .value(u"id"_s)
                               .toString();
    QCOMPARE(m_f->post(u"/opportunities/"_s + secret + u"/notes"_s, QJsonObject{{u"value"_s, u"x"_s}},
                       m_f->sandbox().createApiKey({u"notes:write:admin"_s}, false))
                 .status,
             403);
}

QTEST_GUILESS_MAIN(TestFeedbackNotes)
#include "tst_feedback_notes.moc"
