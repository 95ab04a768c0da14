// Catalogs: stages, archive reasons, sources, tags, requisition fields.
#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
// Follows `next` through every page of `path` (which already has a query) and returns all items.
QJsonArray allPages(SandboxFixture &f, const QString &path, int *pages = nullptr)
{
    QJsonArray items;
    QString next;
    int count = 0;
    do {
        const auto r = f.get(path + (next.isEmpty() ? QString() : u"&offset="_s + next));
        if (r.status != 200)
            return {};
        for (const QJsonValue &v : r.list())
            items.append(v);
        next = r.json.value(u"hasNext"_s).toBool() ? r.json.value(u"next"_s).toString() : QString();
        ++count;
    } while (!next.isEmpty() && count < 100);
    if (pages)
        *pages = count;
    return items;
}

QJsonArray counted(std::initializer_list<std::pair<const char *, int>> entries)
{
    QJsonArray out;
    for (const auto &[text, count] : entries)
        out.append(QJsonObject{{u"text"_s, QString::fromUtf8(text)}, {u"count"_s, count}});
    return out;
}
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stages();
    void archiveReasons();
    void tagsAndSources();
    void requisitionFields();
    void scopes();
};

void TestCatalog::stages()
{
    SandboxFixture f;
    auto r = f.get(u"/stages"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);
    const QJsonArray stages = r.list();
    QCOMPARE(stages.size(), 10);
    for (const QJsonValue &v : stages) {
        const QJsonObject s = v.toObject();
        QCOMPARE(s.keys(), (QStringList{u"id"_s, u"text"_s}));
        QVERIFY(s.value(u"id"_s).isString() && s.value(u"text"_s).isString());
    }
    // Pipeline order: leads first, offer last.
    QCOMPARE(stages.first().toObject().value(u"id"_s).toString(), u"lead-new"_s);
    QCOMPARE(stages.at(3).toObject().value(u"id"_s).toString(), u"applicant-new"_s);
    QCOMPARE(stages.last().toObject().value(u"id"_s).toString(), u"offer"_s);
    int pages = 0;
    QCOMPARE(allPages(f, u"/stages?limit=4"_s, &pages), stages);
    QCOMPARE(pages, 3);

    r = f.get(u"/stages/offer"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data(), (QJsonObject{{u"id"_s, u"offer"_s}, {u"text"_s, u"Offer"_s}}));
    const QString custom = stages.at(5).toObject().value(u"id"_s).toString();
    QCOMPARE(f.get(u"/stages/"_s + custom).data(), stages.at(5).toObject());
    r = f.get(u"/stages/nope"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.json.value(u"code"_s).toString(), u"ResourceNotFound"_s);
    QCOMPARE(r.json.value(u"message"_s).toString(), u"stages nope was not found"_s);
    QCOMPARE(f.get(u"/stages?limit=0"_s).status, 400);
    QCOMPARE(f.post(u"/stages"_s, {}).status, 405);
}

void TestCatalog::archiveReasons()
{
    SandboxFixture f;
    auto r = f.get(u"/archive_reasons"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray all = r.list();
    QCOMPARE(all.size(), 11);
    for (const QJsonValue &v : all) {
        const QJsonObject reason = v.toObject();
        QCOMPARE(reason.keys(), (QStringList{u"id"_s, u"status"_s, u"text"_s, u"type"_s}));
        QVERIFY(QStringList({u"active"_s, u"inactive"_s}).contains(reason.value(u"status"_s).toString()));
    }
    r = f.get(u"/archive_reasons?type=hired"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 1);
    QCOMPARE(r.list().at(0).toObject().value(u"text"_s).toString(), u"Hired"_s);
    r = f.get(u"/archive_reasons?type=non-hired"_s);
    QCOMPARE(r.list().size(), 10);
    for (const QJsonValue &v : r.list())
        QCOMPARE(v.toObject().value(u"type"_s).toString(), u"non-hired"_s);
    for (const QString &bad : {u"fired"_s, u"Hired"_s, QString()}) {
        r = f.get(u"/archive_reasons?type="_s + bad);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"message"_s).toString(), u"type must be hired or non-hired"_s);
    }
    QCOMPARE(allPages(f, u"/archive_reasons?type=non-hired&limit=3"_s).size(), 10);

    const QString id = all.at(2).toObject().value(u"id"_s).toString();
    r = f.get(u"/archive_reasons/"_s + id);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data(), all.at(2).toObject());
    QCOMPARE(f.get(u"/archive_reasons/nope"_s).status, 404);
}

void TestCatalog::tagsAndSources()
{
    SandboxFixture f;
    auto r = f.get(u"/tags"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 0);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);

    f.seedOpportunity(QJsonObject{{u"tags"_s, QJsonArray{u"Rust"_s, u"remote"_s}},
                                  {u"sources"_s, QJsonArray{u"LinkedIn"_s}}});
    f.seedOpportunity(QJsonObject{{u"tags"_s, QJsonArray{u"Rust"_s, u"rust"_s}},
                                  {u"sources"_s, QJsonArray{u"LinkedIn"_s, u"Referral"_s}}});
    const QString gone = f.seedOpportunity(QJsonObject{{u"tags"_s, QJsonArray{u"Deleted tag"_s, u"Rust"_s}},
                                                       {u"sources"_s, QJsonArray{u"Agency"_s}}})
                             .value(u"id"_s)
                             .toString();
    f.sandbox().context().opportunities.markDeleted(gone, f.firstUserId(), 1);

    r = f.get(u"/tags"_s);
    QCOMPARE(r.status, 200);
    // Case-sensitive values, counted over live opportunities, sorted by text.
    QCOMPARE(r.list(), counted({{"Rust", 2}, {"remote", 1}, {"rust", 1}}));
    for (const QJsonValue &v : r.list()) {
        QVERIFY(v.toObject().value(u"text"_s).isString());
        QVERIFY(v.toObject().value(u"count"_s).isDouble());
    }
    r = f.get(u"/sources"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list(), counted({{"LinkedIn", 2}, {"Referral", 1}}));

    // Paged one at a time, each entry exactly once.
    int pages = 0;
    QCOMPARE(allPages(f, u"/tags?limit=1"_s, &pages), counted({{"Rust", 2}, {"remote", 1}, {"rust", 1}}));
    QCOMPARE(pages, 3);
    r = f.get(u"/tags?limit=2"_s);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    QCOMPARE(f.get(u"/tags?offset=garbage"_s).status, 400);
    QCOMPARE(f.get(u"/sources?limit=101"_s).status, 400);
}

void TestCatalog::requisitionFields()
{
    SandboxFixture f;
    const auto r = f.get(u"/requisition_fields"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 2);
    for (const QJsonValue &v : r.list()) {
        const QJsonObject field = v.toObject();
        QVERIFY(field.value(u"id"_s).isString());
        QVERIFY(field.value(u"text"_s).isString());
        QVERIFY(field.value(u"type"_s).isString());
        QVERIFY(field.value(u"isRequired"_s).isBool());
    }
    QCOMPARE(r.list().at(0).toObject().value(u"text"_s).toString(), u"Cost center"_s);
    QCOMPARE(r.json.value(u"hasNext"_s).toBool(), false);
}

void TestCatalog::scopes()
{
    SandboxFixture f;
    const QList<QPair<QString, QString>> routes = {
        {u"/stages"_s, u"stages:read:admin"_s},
        {u"/stages/offer"_s, u"stages:read:admin"_s},
        {u"/archive_reasons"_s, u"archive_reasons:read:admin"_s},
        {u"/sources"_s, u"sources:read:admin"_s},
        {u"/tags"_s, u"tags:read:admin"_s},
        {u"/requisition_fields"_s, u"requisition_fields:read:admin"_s},
    };
    const QString unrelated = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, false);
    for (const auto &[path, scope] : routes) {
        const QString key = f.sandbox().createApiKey({scope}, false);
        QCOMPARE(f.get(path, key).status, 200);
        const auto r = f.get(path, unrelated);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json.value(u"message"_s).toString(), u"This credential lacks the scope "_s + scope);
    }
    // Write scopes do not imply read.
    const QString writeOnly = f.sandbox().createApiKey({u"stages:write:admin"_s}, false);
    QCOMPARE(f.get(u"/stages"_s, writeOnly).status, 403);
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
