// Demo data: deterministic per seed, a plausible funnel, postings in every state with whitelisted HTML,
// and opportunities the list filters find (the bulk writer keeps the store's filter columns and keys).
#include "Database.h"
#include "DemoData.h"
#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using lever::sandbox::SandboxContext;
using lever::sandbox::SandboxOptions;
using lever::test::SandboxFixture;

namespace {
constexpr int kSize = 2000;
const QStringList kDemoKinds = {u"posting"_s,     u"requisition"_s, u"contact"_s,  u"application"_s,
                                u"panel"_s,       u"interview"_s,   u"feedback"_s, u"note"_s,
                                u"file"_s,        u"resume"_s,      u"offer"_s,    u"referral"_s,
                                u"eeo_response"_s};

SandboxOptions demoOptions(quint64 seed, int size = kSize)
{
    SandboxOptions o = SandboxFixture::testOptions();
    o.demoSize = size;
    o.seed = seed;
    return o;
}

// All demo documents and opportunities as one text, with the sandbox's own origin (its port) masked.
QByteArray snapshot(SandboxFixture &f)
{
    QByteArray out;
    for (const QString &kind : kDemoKinds) {
        const auto docs = f.documents(kind);
        for (const auto &[parent, doc] : docs)
            out += kind.toUtf8() + ' ' + parent.toUtf8() + ' ' +
                   QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n';
    }
    const QList<QJsonObject> opps = f.allOpportunities();
    for (const QJsonObject &o : opps)
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    return out.replace(f.sandbox().origin().toUtf8(), "ORIGIN");
}

QSet<QString> ids(const QList<QJsonObject> &docs)
{
    QSet<QString> out;
    for (const QJsonObject &d : docs)
        out.insert(d.value(u"id"_s).toString());
    return out;
}
} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameSeedSameData();
    void otherSeedOtherData();
    void nothingWhenSizeIsZero();
    void funnelIsPlausible();
    void everyPostingStateAndUserRole();
    void postingContentIsWhitelistedHtml();
    void filtersFindGeneratedOpportunities();
    void indexesAreRestored();
    void failedGenerationRollsBack();

private:
    SandboxContext &ctx() { return m_f->sandbox().context(); }

    std::unique_ptr<SandboxFixture> m_f;
    QList<QJsonObject> m_opps;
};

void TestDemoData::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>(demoOptions(7));
    m_opps = m_f->allOpportunities();
}

void TestDemoData::cleanupTestCase()
{
    m_f.reset();
}

void TestDemoData::sameSeedSameData()
{
    SandboxFixture other(demoOptions(7));
    QCOMPARE(ctx().opportunities.count(), kSize);
    QCOMPARE(other.sandbox().context().opportunities.count(), kSize);
    // First pages as clients see them, then every generated record.
    for (const QString &path :
         {u"/opportunities?limit=100"_s, u"/opportunities?confidentiality=all&limit=50"_s}) {
        const auto a = m_f->get(path);
        const auto b = other.get(path);
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QCOMPARE(QByteArray(a.body).replace(m_f->sandbox().origin().toUtf8(), "ORIGIN"),
                 QByteArray(b.body).replace(other.sandbox().origin().toUtf8(), "ORIGIN"));
    }
    const QList<QJsonObject> postingsA = ctx().docs.all(u"posting"_s);
    const QList<QJsonObject> postingsB = other.sandbox().context().docs.all(u"posting"_s);
    QVERIFY(postingsA.size() >= 12);
    QCOMPARE(ids(postingsA), ids(postingsB));
    const QByteArray a = snapshot(*m_f);
    QVERIFY(a.size() > 1000000);
    QVERIFY(a == snapshot(other));
}

void TestDemoData::otherSeedOtherData()
{
    SandboxFixture other(demoOptions(8));
    QCOMPARE(other.sandbox().context().opportunities.count(), kSize);
    const auto a = m_f->get(u"/opportunities?limit=100"_s);
    const auto b = other.get(u"/opportunities?limit=100"_s);
    QCOMPARE(b.status, 200);
    QCOMPARE(b.list().size(), 100);
    QVERIFY(ids(other.allOpportunities()).intersect(ids(m_opps)).isEmpty());
    QVERIFY(ids(other.sandbox().context().docs.all(u"posting"_s))
                .intersect(ids(ctx().docs.all(u"posting"_s)))
                .isEmpty());
    QStringList namesA, namesB;
    for (const QJsonValue &v : a.list())
        namesA.append(v.toObject().value(u"name"_s).toString());
    for (const QJsonValue &v : b.list())
        namesB.append(v.toObject().value(u"name"_s).toString());
    QVERIFY(namesA != namesB);
}

void TestDemoData::nothingWhenSizeIsZero()
{
    SandboxFixture empty(demoOptions(7, 0));
    SandboxContext &c = empty.sandbox().context();
    QCOMPARE(c.opportunities.count(), 0);
    for (const QString &kind : kDemoKinds)
        QCOMPARE(c.docs.count(kind), 0);
    QVERIFY(c.docs.count(u"stage"_s) > 0); // the baseline is still there
}

void TestDemoData::funnelIsPlausible()
{
    QCOMPARE(m_opps.size(), kSize);
    QHash<QString, int> byStage;
    int archived = 0, confidential = 0, snoozed = 0;
    QHash<QString, int> origins;
    for (const QJsonObject &o : std::as_const(m_opps)) {
        ++byStage[o.value(u"stage"_s).toString()];
        archived += o.value(u"archived"_s).isObject();
        confidential += o.value(u"confidentiality"_s).toString() == u"confidential"_s;
        snoozed += o.value(u"snoozedUntil"_s).isDouble();
        ++origins[o.value(u"origin"_s).toString()];
    }
    const QList<QJsonObject> stages = ctx().docs.all(u"stage"_s);
    for (const QJsonObject &s : stages)
        QVERIFY2(byStage.value(s.value(u"id"_s).toString()) > 0, qPrintable(s.value(u"text"_s).toString()));
    // A funnel: many leads and new applicants, fewer at each later stage.
    QVERIFY(byStage.value(u"applicant-new"_s) > byStage.value(u"offer"_s) * 5);
    QVERIFY(byStage.value(u"lead-new"_s) > byStage.value(u"offer"_s));
    const int offerIndex = int(stages.size()) - 1;
    QCOMPARE(stages.at(offerIndex).value(u"id"_s).toString(), u"offer"_s);
    QVERIFY(byStage.value(stages.at(offerIndex - 1).value(u"id"_s).toString()) <
            byStage.value(stages.at(4).value(u"id"_s).toString()));
    const double archivedShare = double(archived) / kSize;
    QVERIFY2(archivedShare > 0.5 && archivedShare < 0.72, qPrintable(QString::number(archivedShare)));
    QVERIFY(confidential > kSize / 200 && confidential < kSize / 20);
    QVERIFY(snoozed > 0);
    for (const QString &origin :
         {u"agency"_s, u"applied"_s, u"internal"_s, u"referred"_s, u"sourced"_s, u"university"_s})
        QVERIFY2(origins.value(origin) > 0, qPrintable(origin));
    QCOMPARE(origins.size(), 6);

    // About 8% of people have two opportunities: the older archived before the newer began.
    QHash<QString, QList<QJsonObject>> byContact;
    for (const QJsonObject &o : std::as_const(m_opps))
        byContact[o.value(u"contact"_s).toString()].append(o);
    QCOMPARE(qint64(byContact.size()), ctx().docs.count(u"contact"_s));
    int twice = 0;
    for (const auto &list : std::as_const(byContact)) {
        QVERIFY(list.size() <= 2);
        if (list.size() < 2)
            continue;
        ++twice;
        const QJsonObject &older = list.at(0);
        const QJsonObject &newer = list.at(1);
        QVERIFY(older.value(u"archived"_s).isObject());
        QVERIFY(newer.value(u"createdAt"_s).toInteger() >
                older.value(u"archived"_s).toObject().value(u"archivedAt"_s).toInteger());
        QCOMPARE(newer.value(u"emails"_s), older.value(u"emails"_s));
    }
    QVERIFY2(twice > kSize / 40 && twice < kSize / 10, qPrintable(QString::number(twice)));
}

void TestDemoData::everyPostingStateAndUserRole()
{
    const QList<QJsonObject> postings = ctx().docs.all(u"posting"_s);
    QCOMPARE(postings.size(), 12); // max(12, 2000 / 400)
    QSet<QString> states;
    int withSalary = 0, confidential = 0;
    for (const QJsonObject &p : postings) {
        const QString state = p.value(u"state"_s).toString();
        states.insert(state);
        QCOMPARE(p.value(u"urls"_s).isNull(), state == u"draft"_s);
        if (p.contains(u"salaryRange"_s)) {
            ++withSalary;
            const QJsonObject range = p.value(u"salaryRange"_s).toObject();
            QCOMPARE(range.value(u"interval"_s).toString(), u"per-year-salary"_s);
            QVERIFY(range.value(u"min"_s).toDouble() > 0);
            QVERIFY(range.value(u"min"_s).toDouble() <= range.value(u"max"_s).toDouble());
            QCOMPARE(range.value(u"currency"_s).toString().size(), 3);
        }
        confidential += p.value(u"confidentiality"_s).toString() == u"confidential"_s;
        QVERIFY(!p.value(u"workplaceType"_s).toString().isEmpty());
    }
    QCOMPARE(states, (QSet<QString>{u"published"_s, u"internal"_s, u"closed"_s, u"draft"_s, u"pending"_s,
                                    u"rejected"_s}));
    QVERIFY(withSalary > 0 && withSalary < postings.size());
    QVERIFY(confidential >= 1);

    QSet<QString> roles;
    const QList<QJsonObject> users = ctx().docs.all(u"user"_s);
    for (const QJsonObject &u : users)
        roles.insert(u.value(u"accessRole"_s).toString());
    QCOMPARE(roles, (QSet<QString>{u"super admin"_s, u"admin"_s, u"team member"_s, u"limited team member"_s,
                                   u"interviewer"_s}));

    // Larger data sets get more postings, capped at 400.
    SandboxFixture bigger(demoOptions(7, 8000));
    QCOMPARE(bigger.sandbox().context().docs.count(u"posting"_s), 20);
}

void TestDemoData::postingContentIsWhitelistedHtml()
{
    // Lever's whitelist: description div p span br b i s u a; lists li b i s u a.
    static const QRegularExpression tag(u"</?([a-zA-Z0-9]+)([^>]*)>"_s);
    static const QRegularExpression attribute(u"\\s([a-zA-Z-]+)="_s);
    auto check = [](const QString &html, const QSet<QString> &allowed) {
        for (auto it = tag.globalMatch(html); it.hasNext();) {
            const auto m = it.next();
            if (!allowed.contains(m.captured(1)))
                return false;
            for (auto a = attribute.globalMatch(m.captured(2)); a.hasNext();) {
                if (!QSet<QString>{u"class"_s, u"href"_s, u"style"_s}.contains(a.next().captured(1)))
                    return false;
            }
        }
        return true;
    };
    const QSet<QString> description{u"div"_s, u"p"_s, u"span"_s, u"br"_s, u"b"_s,
                                    u"i"_s,   u"s"_s, u"u"_s,    u"a"_s};
    const QSet<QString> list{u"li"_s, u"b"_s, u"i"_s, u"s"_s, u"u"_s, u"a"_s};
    const QList<QJsonObject> postings = ctx().docs.all(u"posting"_s);
    for (const QJsonObject &p : postings) {
        const QJsonObject content = p.value(u"content"_s).toObject();
        QVERIFY(check(content.value(u"descriptionHtml"_s).toString(), description));
        QVERIFY(check(content.value(u"closingHtml"_s).toString(), description));
        const QString plain = content.value(u"description"_s).toString();
        QVERIFY(!plain.isEmpty());
        QVERIFY(!plain.contains(u'<'));
        QVERIFY(plain.contains(p.value(u"text"_s).toString()));
        QVERIFY(!content.value(u"closing"_s).toString().contains(u'<'));
        const QJsonArray lists = content.value(u"lists"_s).toArray();
        QCOMPARE(lists.size(), 2);
        for (const QJsonValue &l : lists) {
            const QString items = l.toObject().value(u"content"_s).toString();
            QVERIFY(items.startsWith(u"<li>"_s));
            QVERIFY(check(items, list));
        }
    }
}

void TestDemoData::filtersFindGeneratedOpportunities()
{
    // The bulk path writes the same filter columns and keys as OpportunityStore::save.
    const QJsonObject *active = nullptr;
    const QJsonObject *archived = nullptr;
    const QJsonObject *confidential = nullptr;
    for (const QJsonObject &o : std::as_const(m_opps)) {
        const bool isConfidential = o.value(u"confidentiality"_s).toString() == u"confidential"_s;
        if (isConfidential && !confidential)
            confidential = &o;
        else if (!isConfidential && o.value(u"archived"_s).isNull() && !active)
            active = &o;
        else if (!isConfidential && o.value(u"archived"_s).isObject() && !archived)
            archived = &o;
    }
    QVERIFY(active && archived && confidential);
    QHash<QString, QJsonObject> applications;
    for (const QJsonObject &a : ctx().docs.all(u"application"_s))
        applications.insert(a.value(u"id"_s).toString(), a);
    for (const QJsonObject *o : {active, archived, confidential}) {
        const QString id = o->value(u"id"_s).toString();
        const QString posting = applications.value(o->value(u"applications"_s).toArray().first().toString())
                                    .value(u"posting"_s)
                                    .toString();
        const bool isArchived = o->value(u"archived"_s).isObject();
        const QList<QPair<QString, QString>> filters = {
            {u"email"_s, o->value(u"emails"_s).toArray().first().toString()},
            {u"tag"_s, o->value(u"tags"_s).toArray().last().toString()},
            {u"source"_s, o->value(u"sources"_s).toArray().first().toString()},
            {u"contact_id"_s, o->value(u"contact"_s).toString()},
            {u"owner_id"_s, o->value(u"owner"_s).toString()},
            {u"stage_id"_s, o->value(u"stage"_s).toString()},
            {u"origin"_s, o->value(u"origin"_s).toString()},
            {u"location"_s, o->value(u"location"_s).toString()},
            {u"archived"_s, isArchived ? u"true"_s : u"false"_s},
            {isArchived ? u"archived_posting_id"_s : u"posting_id"_s, posting},
            {u"created_at_start"_s, QString::number(o->value(u"createdAt"_s).toInteger())},
        };
        for (const auto &[name, value] : filters) {
            QSet<QString> found;
            QString next;
            do {
                QUrlQuery query{{u"confidentiality"_s, u"all"_s}, {name, value}, {u"limit"_s, u"100"_s}};
                if (!next.isEmpty())
                    query.addQueryItem(u"offset"_s, next);
                const auto r = m_f->get(u"/opportunities?"_s + query.toString(QUrl::FullyEncoded));
                QCOMPARE(r.status, 200);
                for (const QJsonValue &v : r.list())
                    found.insert(v.toObject().value(u"id"_s).toString());
                next = r.json.value(u"next"_s).toString();
            } while (!next.isEmpty());
            QVERIFY2(found.contains(id), qPrintable(name + u'=' + value));
        }
    }
    auto count = [this](const QString &query) {
        int n = 0;
        QString next;
        do {
            const auto r = m_f->get(u"/opportunities?limit=100&"_s + query +
                                    (next.isEmpty() ? QString() : u"&offset="_s + next));
            n += int(r.list().size());
            next = r.json.value(u"next"_s).toString();
        } while (!next.isEmpty());
        return n;
    };
    int snoozed = 0, confidentialCount = 0, archivedCount = 0;
    for (const QJsonObject &o : std::as_const(m_opps)) {
        const bool isConfidential = o.value(u"confidentiality"_s).toString() == u"confidential"_s;
        confidentialCount += isConfidential;
        snoozed += !isConfidential && o.value(u"snoozedUntil"_s).isDouble();
        archivedCount += !isConfidential && o.value(u"archived"_s).isObject();
    }
    QCOMPARE(count(u"snoozed=true"_s), snoozed);
    QCOMPARE(count(u"confidentiality=confidential"_s), confidentialCount);
    QCOMPARE(count(u"archived=true"_s), archivedCount);
    QCOMPARE(count(QString()), kSize - confidentialCount); // non-confidential by default
}

void TestDemoData::indexesAreRestored()
{
    auto indexes = [](SandboxContext &c) {
        QSqlQuery q =
            c.db.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"_s);
        lever::sandbox::Database::exec(q);
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString() + u' ' + q.value(1).toString());
        return out;
    };
    SandboxFixture empty(demoOptions(7, 0));
    const QStringList expected = indexes(empty.sandbox().context());
    QVERIFY(expected.size() > 5);
    QCOMPARE(indexes(ctx()), expected);
}

void TestDemoData::failedGenerationRollsBack()
{
    // The same seed again draws the same ids: the first insert fails, the generator thread is stopped
    // and the transaction (dropped indexes included) is rolled back.
    auto indexes = [this] {
        QSqlQuery q =
            ctx().db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"_s);
        lever::sandbox::Database::exec(q);
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    };
    const QStringList before = indexes();
    const qint64 contacts = ctx().docs.count(u"contact"_s);
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, lever::sandbox::DemoData::generate(ctx(), 3000, 7));
    QCOMPARE(ctx().opportunities.count(), kSize);
    QCOMPARE(ctx().docs.count(u"contact"_s), contacts);
    QCOMPARE(indexes(), before);
    const auto r = m_f->get(u"/opportunities?limit=5"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 5);
    // A fresh seed on top of the existing data works (ids differ) and adds what was asked for.
    lever::sandbox::DemoData::generate(ctx(), 50, 99);
    QCOMPARE(ctx().opportunities.count(), kSize + 50);
    QCOMPARE(indexes(), before);
}

QTEST_MAIN(TestDemoData)
#include "tst_demodata.moc"
