// Users: list filters, read, create, replace, deactivate and reactivate, audit.
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString idOf(const SandboxFixture::Reply &r)
{
    return r.data().value(u"id"_s).toString();
}

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

QList<QJsonObject> storedUsers(SandboxFixture &f)
{
    return f.sandbox().context().docs.all(u"user"_s);
}

// GET /users/{id} key paths and types of lever-response-shapes.md.
void verifyUserShape(const QJsonObject &u)
{
    for (const char *key : {"id", "name", "username", "email", "accessRole"})
        QVERIFY2(u.value(QLatin1String(key)).isString(), key);
    QVERIFY(u.value(u"createdAt"_s).isDouble());
    for (const char *key :
         {"deactivatedAt", "photo", "externalDirectoryId", "linkedContactIds", "jobTitle", "managerId"})
        QVERIFY2(u.contains(QLatin1String(key)), key);
    QVERIFY(u.value(u"deactivatedAt"_s).isNull() || u.value(u"deactivatedAt"_s).isDouble());
    QVERIFY(u.value(u"jobTitle"_s).isNull() || u.value(u"jobTitle"_s).isString());
    QVERIFY(u.value(u"managerId"_s).isNull() || u.value(u"managerId"_s).isString());
    QVERIFY(u.value(u"linkedContactIds"_s).isNull() || u.value(u"linkedContactIds"_s).isArray());
}
} // namespace

class TestUsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listAndFilters();
    void getUser();
    void createUser();
    void invalidCreate_data();
    void invalidCreate();
    void duplicateEmail();
    void replaceUser();
    void deactivateAndReactivate();
    void scopes();
};

void TestUsers::listAndFilters()
{
    SandboxFixture f;
    const QList<QJsonObject> users = storedUsers(f);
    qsizetype active = 0;
    QString deactivatedId;
    for (const QJsonObject &u : users) {
        if (u.value(u"deactivatedAt"_s).isNull())
            ++active;
        else
            deactivatedId = u.value(u"id"_s).toString();
    }
    QVERIFY(!deactivatedId.isEmpty());

    auto r = f.get(u"/users"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);
    QCOMPARE(r.list().size(), active); // only active users by default
    for (const QJsonValue &v : r.list())
        verifyUserShape(v.toObject());
    QCOMPARE(f.get(u"/users?includeDeactivated=true"_s).list().size(), users.size());
    QCOMPARE(f.get(u"/users?includeDeactivated=false"_s).list().size(), active);
    QCOMPARE(f.get(u"/users?includeDeactivated=maybe"_s).status, 400);

    r = f.get(u"/users?accessRole=super%20admin"_s);
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject().value(u"id"_s).toString(), f.firstUserId());
    // The docs' array form, repeated.
    r = f.get(u"/users?accessRole%5B%5D=super%20admin&accessRole%5B%5D=admin"_s);
    QCOMPARE(r.status, 200);
    for (const QJsonValue &v : r.list())
        QVERIFY(v.toObject().value(u"accessRole"_s).toString().contains(u"admin"_s));
    QCOMPARE(r.list().size(), 3);
    QCOMPARE(f.get(u"/users?accessRole=interviewer&accessRole=team%20member"_s).list().size(), 6 + 7);

    const QString email = users.first().value(u"email"_s).toString();
    r = f.get(u"/users?email="_s + QString::fromLatin1(QUrl::toPercentEncoding(email.toUpper())));
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject().value(u"email"_s).toString(), email);

    // external_directory_id, on a user created with one.
    const auto created = f.post(u"/users"_s, json(uR"({"name": "Dir User", "email": "dir@example.com",
        "externalDirectoryId": "okta-123"})"_s));
    QCOMPARE(created.status, 201);
    r = f.get(u"/users?external_directory_id=okta-123"_s);
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject().value(u"id"_s).toString(), idOf(created));
    QCOMPARE(f.get(u"/users?external_directory_id=none"_s).list().size(), 0);

    // Paging.
    r = f.get(u"/users?limit=5"_s);
    QCOMPARE(r.list().size(), 5);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
}

void TestUsers::getUser()
{
    SandboxFixture f;
    auto r = f.get(u"/users/"_s + f.firstUserId());
    QCOMPARE(r.status, 200);
    verifyUserShape(r.data());
    QCOMPARE(r.data().value(u"accessRole"_s).toString(), u"super admin"_s);
    for (const QJsonObject &u : storedUsers(f)) {
        if (!u.value(u"deactivatedAt"_s).isNull()) {
            r = f.get(u"/users/"_s + u.value(u"id"_s).toString());
            QCOMPARE(r.status, 200); // deactivated users can still be read
            QVERIFY(r.data().value(u"deactivatedAt"_s).isDouble());
        }
    }
    r = f.get(u"/users/ghost"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"User ghost was not found"_s);
}

void TestUsers::createUser()
{
    SandboxFixture f;
    // The recorded Nango body: name and email only.
    auto r = f.post(u"/users"_s, json(uR"({"name": "Nango Test User", "email": "Nango.Test@nango.dev"})"_s));
    QCOMPARE(r.status, 201);
    QJsonObject u = r.data();
    verifyUserShape(u);
    QCOMPARE(u.value(u"accessRole"_s).toString(), u"interviewer"_s);
    QCOMPARE(u.value(u"username"_s).toString(), u"nango.test"_s);
    QCOMPARE(u.value(u"email"_s).toString(), u"Nango.Test@nango.dev"_s);
    for (const char *key :
         {"deactivatedAt", "jobTitle", "managerId", "photo", "externalDirectoryId", "linkedContactIds"})
        QVERIFY2(u.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(f.get(u"/users/"_s + idOf(r)).data(), u);
    auto events = auditEvents(f, u"user.created"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().value(u"target"_s).toObject().value(u"id"_s).toString(), idOf(r));
    QCOMPARE(events.first().value(u"meta"_s).toObject().value(u"changed"_s).toArray(),
             (QJsonArray{u"name"_s, u"email"_s, u"accessRole"_s}));

    // Every optional field; a taken username gets a number.
    QJsonObject body = json(uR"({"name": "Second", "email": "nango.test@other.example", "accessRole": "admin",
        "jobTitle": "Recruiter", "externalDirectoryId": "ext-9"})"_s);
    body.insert(u"managerId"_s, f.firstUserId());
    r = f.post(u"/users"_s, body);
    QCOMPARE(r.status, 201);
    u = r.data();
    verifyUserShape(u);
    QCOMPARE(u.value(u"username"_s).toString(), u"nango.test2"_s);
    QCOMPARE(u.value(u"accessRole"_s).toString(), u"admin"_s);
    QCOMPARE(u.value(u"jobTitle"_s).toString(), u"Recruiter"_s);
    QCOMPARE(u.value(u"managerId"_s).toString(), f.firstUserId());
    QCOMPARE(u.value(u"externalDirectoryId"_s).toString(), u"ext-9"_s);
    // New users can act (perform_as) at once.
    QCOMPARE(f.get(u"/users?perform_as="_s + idOf(r)).status, 200);
}

void TestUsers::invalidCreate_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("name missing") << uR"({"email": "a@example.com"})"_s << u"name is required"_s;
    QTest::newRow("name number") << uR"({"name": 1, "email": "a@example.com"})"_s
                                 << u"name must be a string"_s;
    QTest::newRow("email missing") << uR"({"name": "A"})"_s << u"email is required"_s;
    for (const char *email :
         {"plainaddress", "a@b", "two@@example.com", "sp ace@example.com", "@example.com"})
        QTest::newRow(email) << QString(uR"({"name": "A", "email": ")"_s + QString::fromLatin1(email) +
                                        u"\"}"_s)
                             << u"email must be a valid email address"_s;
    QTest::newRow("bad role")
        << uR"({"name": "A", "email": "a@example.com", "accessRole": "owner"})"_s
        << u"accessRole must be one of: super admin, admin, team member, limited team member, interviewer"_s;
    QTest::newRow("role case") << uR"({"name": "A", "email": "a@example.com", "accessRole": "Admin"})"_s
                               << u"accessRole must be one of"_s;
    QTest::newRow("manager unknown") << uR"({"name": "A", "email": "a@example.com", "managerId": "ghost"})"_s
                                     << u"managerId must be the id of another existing user"_s;
    QTest::newRow("job title number")
        << uR"({"name": "A", "email": "a@example.com", "jobTitle": 5})"_s << u"jobTitle must be a string"_s;
    QTest::newRow("directory id object")
        << uR"({"name": "A", "email": "a@example.com", "externalDirectoryId": {}})"_s
        << u"externalDirectoryId must be a string"_s;
}

void TestUsers::invalidCreate()
{
    QFETCH(QString, body);
    QFETCH(QString, message);
    SandboxFixture f;
    const qsizetype before = storedUsers(f).size();
    const QJsonObject object = json(body);
    QVERIFY2(!object.isEmpty(), qPrintable(body));
    const auto r = f.post(u"/users"_s, object);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
    const QString got = r.json.value(u"message"_s).toString();
    QVERIFY2(got.contains(message), qPrintable(got));
    QCOMPARE(storedUsers(f).size(), before);
}

void TestUsers::duplicateEmail()
{
    SandboxFixture f;
    const QString taken = f.get(u"/users/"_s + f.firstUserId()).data().value(u"email"_s).toString();
    auto r = f.post(u"/users"_s, QJsonObject{{u"name"_s, u"Copy"_s}, {u"email"_s, taken.toUpper()}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"ConflictError"_s);
    QVERIFY(r.json.value(u"message"_s).toString().contains(u"already exists"_s));

    const QString other = idOf(f.post(u"/users"_s, json(uR"({"name": "B", "email": "b@example.com"})"_s)));
    r = f.put(u"/users/"_s + other,
              QJsonObject{{u"name"_s, u"B"_s}, {u"email"_s, taken}, {u"accessRole"_s, u"interviewer"_s}});
    QCOMPARE(r.status, 409);
}

void TestUsers::replaceUser()
{
    SandboxFixture f;
    const auto created = f.post(u"/users"_s, json(uR"({"name": "Seed", "email": "seed@example.com",
        "jobTitle": "Old title", "externalDirectoryId": "e-1"})"_s));
    const QString id = idOf(created);
    // The recorded Nango PUT body.
    auto r =
        f.put(u"/users/"_s + id, json(uR"({"name": "Nango Seed User 1", "email": "nango-seed-1@nango.dev",
        "accessRole": "interviewer", "jobTitle": "Updated Nango Job Title"})"_s));
    QCOMPARE(r.status, 200);
    const QJsonObject u = r.data();
    verifyUserShape(u);
    QCOMPARE(u.value(u"name"_s).toString(), u"Nango Seed User 1"_s);
    QCOMPARE(u.value(u"email"_s).toString(), u"nango-seed-1@nango.dev"_s);
    QCOMPARE(u.value(u"jobTitle"_s).toString(), u"Updated Nango Job Title"_s);
    QVERIFY(u.value(u"externalDirectoryId"_s).isNull()); // omitted: replaced by null
    QCOMPARE(u.value(u"createdAt"_s), created.data().value(u"createdAt"_s));
    QCOMPARE(u.value(u"username"_s), created.data().value(u"username"_s));
    QCOMPARE(f.get(u"/users/"_s + id).data(), u);
    const auto events = auditEvents(f, u"user.updated"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().value(u"meta"_s).toObject().value(u"changed"_s).toArray(),
             (QJsonArray{u"name"_s, u"email"_s, u"jobTitle"_s, u"externalDirectoryId"_s}));

    r = f.put(u"/users/"_s + id, json(uR"({"name": "A", "email": "a@example.com"})"_s));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"accessRole is required"_s);
    r = f.put(u"/users/"_s + id, json(uR"({"email": "a@example.com", "accessRole": "admin"})"_s));
    QCOMPARE(r.status, 400);
    r = f.put(u"/users/"_s + id, QJsonObject{{u"name"_s, u"A"_s},
                                             {u"email"_s, u"a@example.com"_s},
                                             {u"accessRole"_s, u"admin"_s},
                                             {u"managerId"_s, id}});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"managerId must be the id of another existing user"_s);
    QCOMPARE(
        f.put(u"/users/ghost"_s, json(uR"({"name": "A", "email": "a@example.com", "accessRole": "admin"})"_s))
            .status,
        404);
}

void TestUsers::deactivateAndReactivate()
{
    SandboxFixture f;
    qint64 now = 1'700'000'000'000;
    f.sandbox().context().clock = [&now] { return now; };
    const QString id = idOf(f.post(u"/users"_s, json(uR"({"name": "Temp", "email": "temp@example.com"})"_s)));
    auto r = f.post(u"/users/"_s + id + u"/deactivate"_s, {});
    QCOMPARE(r.status, 200);
    verifyUserShape(r.data());
    QCOMPARE(r.data().value(u"deactivatedAt"_s).toDouble(), double(now));
    QVERIFY(!f.get(u"/users"_s).body.contains(id.toUtf8()));
    QVERIFY(f.get(u"/users?includeDeactivated=true"_s).body.contains(id.toUtf8()));
    // A deactivated user cannot act.
    QCOMPARE(f.get(u"/users?perform_as="_s + id).status, 400);

    r = f.post(u"/users/"_s + id + u"/deactivate"_s, {});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"User "_s + id + u" is already deactivated"_s);

    r = f.post(u"/users/"_s + id + u"/reactivate"_s, {});
    QCOMPARE(r.status, 200);
    verifyUserShape(r.data());
    QVERIFY(r.data().value(u"deactivatedAt"_s).isNull());
    r = f.post(u"/users/"_s + id + u"/reactivate"_s, {});
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"User "_s + id + u" is not deactivated"_s);

    QCOMPARE(auditEvents(f, u"user.deactivated"_s).size(), 1);
    const auto events = auditEvents(f, u"user.reactivated"_s);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().value(u"user"_s).toString(), f.firstUserId());
    QCOMPARE(events.first().value(u"meta"_s).toObject().value(u"changed"_s).toArray(),
             QJsonArray{u"deactivatedAt"_s});
    QCOMPARE(f.post(u"/users/ghost/deactivate"_s, {}).status, 404);
    QCOMPARE(f.post(u"/users/ghost/reactivate"_s, {}).status, 404);
    QCOMPARE(f.get(u"/users/"_s + id + u"/deactivate"_s).status, 405);
}

void TestUsers::scopes()
{
    SandboxFixture f;
    const QString readOnly = f.sandbox().createApiKey({u"users:read:admin"_s}, false);
    const QString none = f.sandbox().createApiKey({u"postings:read:admin"_s}, false);
    const QString id = f.firstUserId();
    QCOMPARE(f.get(u"/users"_s, readOnly).status, 200);
    QCOMPARE(f.get(u"/users/"_s + id, readOnly).status, 200);
    const QJsonObject body = json(uR"({"name": "A", "email": "a@example.com", "accessRole": "admin"})"_s);
    for (const QString &key : {readOnly, none}) {
        QCOMPARE(f.post(u"/users"_s, body, key).status, 403);
        QCOMPARE(f.put(u"/users/"_s + id, body, key).status, 403);
        QCOMPARE(f.post(u"/users/"_s + id + u"/deactivate"_s, {}, key).status, 403);
        QCOMPARE(f.post(u"/users/"_s + id + u"/reactivate"_s, {}, key).status, 403);
    }
    QCOMPARE(f.get(u"/users"_s, none).status, 403);
    QCOMPARE(f.get(u"/users/"_s + id, none).status, 403);
    QVERIFY(f.get(u"/users/"_s + id).data().value(u"deactivatedAt"_s).isNull());
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
