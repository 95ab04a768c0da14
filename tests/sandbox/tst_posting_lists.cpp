// Posting lists: filters (and Lever's published/public gotcha), updated_at rules, expand/include,
// confidential postings, paging.
#include "DocumentStore.h"
#include "PostingTestKit.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;
using namespace lever::test::postings;

namespace {

QStringList ids(const SandboxFixture::Reply &r)
{
    QStringList out;
    for (const QJsonValue &v : r.list())
        out.append(v.toObject().value(u"id"_s).toString());
    out.sort();
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestPostingLists : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listFilters();
    void publishedChannelGotcha();
    void updatedAtFilter();
    void expandAndInclude();
    void confidentialPostings();
    void paging();
};

void TestPostingLists::listFilters()
{
    SandboxFixture f;
    auto make = [&f](const char *body) { return idOf(f.post(u"/postings"_s, json(body))); };
    const QString a = make(R"({"text": "A", "state": "published", "tags": ["cpp"],
        "categories": {"team": "Desktop", "department": "Eng", "location": "Berlin", "commitment": "Full-time",
                       "level": "Senior", "allLocations": ["Berlin", "Remote EU"]}})");
    const QString b =
        make(R"({"text": "B", "state": "internal", "distributionChannels": ["internal"], "tags": ["CPP"],
        "categories": {"team": "Web", "department": "Eng", "location": "London", "commitment": "Part-time"}})");
    const QString c =
        make(R"({"text": "C", "tags": ["go"], "categories": {"team": "desktop", "location": "Remote EU"}})");

    auto list = [&f](const QString &query) {
        const auto r = f.get(u"/postings?"_s + query);
        if (r.status != 200)
            qWarning() << query << r.status << r.body;
        return ids(r);
    };
    QCOMPARE(list({}), sorted({a, b, c}));
    const auto page = f.get(u"/postings"_s);
    QCOMPARE(page.json.value(u"hasNext"_s).toBool(), false);
    for (const QJsonValue &v : page.list())
        verifyPostingShape(v.toObject());
    QCOMPARE(list(u"state=published"_s), QStringList{a});
    QCOMPARE(list(u"state=internal&state=draft"_s), sorted({b, c}));
    QCOMPARE(list(u"team=Desktop"_s), QStringList{a}); // case-sensitive
    QCOMPARE(list(u"team=desktop"_s), QStringList{c});
    QCOMPARE(list(u"team=Desktop&team=Web"_s), sorted({a, b}));
    QCOMPARE(list(u"department=Eng"_s), sorted({a, b}));
    QCOMPARE(list(u"location=Remote%20EU"_s), sorted({a, c})); // allLocations count
    QCOMPARE(list(u"commitment=Part-time"_s), QStringList{b});
    QCOMPARE(list(u"level=Senior"_s), QStringList{a});
    QCOMPARE(list(u"tag=cpp"_s), QStringList{a});
    QCOMPARE(list(u"tag=CPP&tag=go"_s), sorted({b, c}));
    QCOMPARE(list(u"distributionChannel=internal"_s), sorted({a, b, c}));
    QCOMPARE(list(u"state=internal&team=Web&tag=CPP"_s), QStringList{b});
    QCOMPARE(list(u"team=Nobody"_s), QStringList{});

    auto r = f.get(u"/postings?state=live"_s);
    QCOMPARE(r.status, 400);
    QVERIFY(r.json.value(u"message"_s).toString().startsWith(u"state must be one of"_s));
    QCOMPARE(f.get(u"/postings?distributionChannel=web"_s).status, 400);
    QCOMPARE(f.get(u"/postings?confidentiality=secret"_s).status, 400);
    QCOMPARE(f.get(u"/postings?expand=stage"_s).status, 400);
}

void TestPostingLists::publishedChannelGotcha()
{
    SandboxFixture f;
    const QString both = idOf(f.post(u"/postings"_s, json(R"({"text": "Both", "state": "published"})")));
    const QString internalOnly = idOf(
        f.post(u"/postings"_s,
               json(R"({"text": "Internal", "state": "published", "distributionChannels": ["internal"]})")));
    auto list = [&f](const QString &query) { return ids(f.get(u"/postings?"_s + query)); };
    // Listing published postings returns only public ones unless both channels are asked for.
    QCOMPARE(list(u"state=published"_s), QStringList{both});
    QCOMPARE(list(u"state=published&distributionChannel=public"_s), QStringList{both});
    QCOMPARE(list(u"state=published&distributionChannel=public&distributionChannel=internal"_s),
             sorted({both, internalOnly}));
    QCOMPARE(list(u"distributionChannel=internal"_s), sorted({both, internalOnly}));
    QCOMPARE(list({}), sorted({both, internalOnly}));
}

void TestPostingLists::updatedAtFilter()
{
    SandboxFixture f;
    qint64 now = 1'700'000'000'000;
    f.sandbox().context().clock = [&now] { return now; };
    const QString early = idOf(f.post(u"/postings"_s, json(R"({"text": "early"})")));
    now += 10'000;
    const QString late = idOf(f.post(u"/postings"_s, json(R"({"text": "late"})")));
    auto list = [&f](const QString &query) { return ids(f.get(u"/postings?"_s + query)); };
    QCOMPARE(list(u"updated_at_start=1700000005000"_s), QStringList{late});
    QCOMPARE(list(u"updated_at_end=1700000005000"_s), QStringList{early});
    QCOMPARE(list(u"updated_at_start=1700000000000&updated_at_end=1700000010000"_s), sorted({early, late}));
    QCOMPARE(list(u"updated_at_start=1700000005000&confidentiality=all"_s), QStringList{late});

    // An update moves a posting into a later window.
    now += 10'000;
    QCOMPARE(f.post(u"/postings/"_s + early, json(R"({"text": "early, edited"})")).status, 200);
    QCOMPARE(list(u"updated_at_start=1700000015000"_s), QStringList{early});

    // Only confidentiality combines with updated_at_*.
    for (const QString &other :
         {u"state=draft"_s, u"tag=a"_s, u"team=x"_s, u"distributionChannel=public"_s}) {
        const auto r = f.get(u"/postings?updated_at_start=1&"_s + other);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"message"_s).toString(),
                 u"updated_at_start and updated_at_end can only be combined with confidentiality"_s);
    }
    QCOMPARE(f.get(u"/postings?updated_at_start=yesterday"_s).status, 400);
}

void TestPostingLists::expandAndInclude()
{
    SandboxFixture f;
    const QString manager = otherUser(f);
    const QString id =
        idOf(f.post(u"/postings"_s, QJsonObject{{u"text"_s, u"x"_s}, {u"hiringManager"_s, manager}}));
    auto r = f.get(u"/postings/"_s + id + u"?expand=owner&expand=hiringManager,followers"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"owner"_s).toObject().value(u"id"_s).toString(), f.firstUserId());
    QCOMPARE(r.data().value(u"hiringManager"_s).toObject().value(u"id"_s).toString(), manager);
    QVERIFY(r.data().value(u"followers"_s).toArray().at(0).toObject().contains(u"email"_s));
    QVERIFY(r.data().value(u"user"_s).isString());

    r = f.get(u"/postings?expand=user&include=text"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject item = r.list().at(0).toObject();
    QStringList keys = item.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{u"id"_s, u"text"_s, u"user"_s}));
    QVERIFY(item.value(u"user"_s).isObject());
    r = f.get(u"/postings/"_s + id + u"?expand=contact"_s);
    QCOMPARE(r.status, 400);
}

void TestPostingLists::confidentialPostings()
{
    SandboxFixture f;
    const QString open = idOf(f.post(u"/postings"_s, json(R"({"text": "open"})")));
    QJsonObject secret = f.get(u"/postings/"_s + open).data();
    secret.insert(u"id"_s, u"secret-posting"_s);
    secret.insert(u"confidentiality"_s, u"confidential"_s);
    f.seedDocument(u"posting"_s, {}, secret);

    auto list = [&f](const QString &query, const QString &key = {}) {
        return ids(f.get(u"/postings"_s + query, key));
    };
    QCOMPARE(list({}), QStringList{open});
    QCOMPARE(list(u"?confidentiality=confidential"_s), QStringList{u"secret-posting"_s});
    QCOMPARE(list(u"?confidentiality=all"_s), sorted({open, u"secret-posting"_s}));

    const QString plain =
        f.sandbox().createApiKey({u"postings:read:admin"_s, u"postings:write:admin"_s}, false);
    QCOMPARE(f.get(u"/postings?confidentiality=confidential"_s, plain).status, 403);
    QCOMPARE(f.get(u"/postings/secret-posting"_s, plain).status, 403);
    QCOMPARE(f.post(u"/postings/secret-posting"_s, json(R"({"text": "y"})"), plain).status, 403);
    QCOMPARE(f.get(u"/postings/"_s + open, plain).status, 200);
    QCOMPARE(list({}, plain), QStringList{open});
    const QString granted = f.sandbox().createApiKey({u"postings:read:admin"_s}, true);
    QCOMPARE(f.get(u"/postings/secret-posting"_s, granted).status, 200);
    QCOMPARE(list(u"?confidentiality=confidential"_s, granted), QStringList{u"secret-posting"_s});
}

void TestPostingLists::paging()
{
    SandboxFixture f;
    QStringList created;
    for (int i = 0; i < 5; ++i)
        created.append(idOf(f.post(u"/postings"_s, QJsonObject{{u"text"_s, QString::number(i)}})));
    QStringList seen;
    QString next;
    int pages = 0;
    do {
        const auto r = f.get(u"/postings?limit=2"_s + (next.isEmpty() ? QString() : u"&offset="_s + next));
        QCOMPARE(r.status, 200);
        QVERIFY(r.json.value(u"hasNext"_s).isBool());
        for (const QJsonValue &v : r.list())
            seen.append(v.toObject().value(u"id"_s).toString());
        next = r.json.value(u"hasNext"_s).toBool() ? r.json.value(u"next"_s).toString() : QString();
        ++pages;
    } while (!next.isEmpty() && pages < 10);
    QCOMPARE(pages, 3);
    QCOMPARE(seen, created);
}

QTEST_GUILESS_MAIN(TestPostingLists)
#include "tst_posting_lists.moc"
