// The postings models: the list model (paged load, under QAbstractItemModelTester) with its filter proxy,
// the form's partial updates, Lever's rules, the HTML whitelist and the drafts on disk.
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "LeverApi.h"
#include "SandboxFixture.h"
#include "postings/PostingDraftStore.h"
#include "postings/PostingFilterProxy.h"
#include "postings/PostingForm.h"
#include "postings/PostingHtml.h"
#include "postings/PostingListModel.h"
#include "postings/PostingRules.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::models::PostingForm;
using lever::models::PostingHtml;
using lever::models::PostingListModel;
using lever::models::PostingRules;
using lever::test::SandboxFixture;

namespace {

std::unique_ptr<api::Client> makeClient(SandboxFixture &f)
{
    auto client = std::make_unique<api::Client>(f.sandbox().baseUrl(),
                                                std::make_shared<api::ApiKeyCredentials>(f.apiKey()));
    client->setActingUserId(f.firstUserId());
    return client;
}

void seed(SandboxFixture &f, const QString &text, const QString &state, const QString &team,
          const QString &location, const QStringList &tags = {})
{
    const auto r = f.post(u"/postings?perform_as="_s + f.firstUserId(),
                          QJsonObject{{u"text"_s, text},
                                      {u"state"_s, state},
                                      {u"tags"_s, QJsonArray::fromStringList(tags)},
                                      {u"categories"_s, QJsonObject{{u"team"_s, team},
                                                                    {u"location"_s, location},
                                                                    {u"commitment"_s, u"Full-time"_s}}}});
    QCOMPARE(r.status, 201);
}

QStringList titles(const QAbstractItemModel &m)
{
    QStringList out;
    for (int row = 0; row < m.rowCount(); ++row)
        out.append(m.index(row, PostingListModel::TitleColumn).data().toString());
    return out;
}

} // namespace

class TestPostingModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listModelLoadsEveryPageUnderTester();
    void filtersSearchAndSort();
    void upsertKeepsOneRow();
    void stateTransitions_data();
    void stateTransitions();
    void rulesRefuseBadInput_data();
    void rulesRefuseBadInput();
    void updateDraftCarriesOnlyChanges();
    void htmlIsWhitelistedAndStable();
    void draftsAreOwnerOnly();
};

void TestPostingModels::listModelLoadsEveryPageUnderTester()
{
    SandboxFixture f;
    for (int i = 0; i < 230; ++i) // three pages of 100
        f.seedDocument(u"posting"_s, {},
                       QJsonObject{{u"id"_s, u"p%1"_s.arg(i, 3, 10, QChar(u'0'))},
                                   {u"text"_s, u"Posting %1"_s.arg(i)},
                                   {u"state"_s, i % 3 == 0 ? u"published"_s : u"draft"_s},
                                   {u"categories"_s, QJsonObject{{u"team"_s, u"T%1"_s.arg(i % 4)}}},
                                   {u"createdAt"_s, 1700000000000.0 + i},
                                   {u"updatedAt"_s, 1700000000000.0 + i}});
    auto client = makeClient(f);
    PostingListModel model(*client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(&model, &PostingListModel::loadingChanged);
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(loading.size() == 2, 20000);
    QCOMPARE(model.rowCount(), 230);
    QCOMPARE(model.stateCounts().value(u"published"_s), 77);
    QCOMPARE(model.stateCounts().value(u"draft"_s), 153);
    QCOMPARE(model.valuesInUse(u"team"_s), (QStringList{u"T0"_s, u"T1"_s, u"T2"_s, u"T3"_s}));
    // A second load replaces the rows, it does not add to them.
    model.reload();
    QTRY_VERIFY_WITH_TIMEOUT(loading.size() == 4, 20000);
    QCOMPARE(model.rowCount(), 230);
}

void TestPostingModels::filtersSearchAndSort()
{
    SandboxFixture f;
    seed(f, u"Backend Engineer"_s, u"published"_s, u"Engineering"_s, u"Berlin"_s, {u"Go"_s});
    seed(f, u"Frontend Engineer"_s, u"draft"_s, u"Engineering"_s, u"Paris"_s);
    seed(f, u"Account Executive"_s, u"published"_s, u"Sales"_s, u"Berlin"_s);
    seed(f, u"Data Analyst"_s, u"closed"_s, u"Data"_s, u"Remote"_s);
    auto client = makeClient(f);
    PostingListModel model(*client);
    models::PostingFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_COMPARE(model.rowCount(), 4);
    QTRY_VERIFY(!model.isLoading());

    proxy.setFilterValue(PostingListModel::StateRole, u"published"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterValue(PostingListModel::LocationRole, u"Berlin"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setFilterValue(PostingListModel::TeamRole, u"Sales"_s);
    QCOMPARE(titles(proxy), QStringList{u"Account Executive"_s});
    proxy.setFilterValue(PostingListModel::TeamRole, QString());
    proxy.setFilterValue(PostingListModel::StateRole, QString());
    proxy.setFilterValue(PostingListModel::LocationRole, QString());
    proxy.setFilterValue(PostingListModel::CommitmentRole, u"Full-time"_s);
    QCOMPARE(proxy.rowCount(), 4);
    proxy.setFilterValue(PostingListModel::DepartmentRole, u"Nowhere"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterValue(PostingListModel::DepartmentRole, QString());

    // Search: every word, in the title, categories or tags, any case.
    proxy.setSearchText(u"engineer"_s);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setSearchText(u"ENGINEER berlin"_s);
    QCOMPARE(titles(proxy), QStringList{u"Backend Engineer"_s});
    proxy.setSearchText(u"go"_s);
    QCOMPARE(titles(proxy), QStringList{u"Backend Engineer"_s});
    proxy.setSearchText(QString());

    proxy.sort(PostingListModel::TitleColumn, Qt::AscendingOrder);
    QCOMPARE(titles(proxy), (QStringList{u"Account Executive"_s, u"Backend Engineer"_s, u"Data Analyst"_s,
                                         u"Frontend Engineer"_s}));
    proxy.sort(PostingListModel::StateColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, PostingListModel::StateColumn).data().toString(),
             PostingRules::stateLabel(u"published"_s));
}

void TestPostingModels::upsertKeepsOneRow()
{
    SandboxFixture f;
    seed(f, u"One"_s, u"draft"_s, u"A"_s, u"B"_s);
    auto client = makeClient(f);
    PostingListModel model(*client);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.reload();
    QTRY_COMPARE(model.rowCount(), 1);
    api::Posting p = model.posting(0);
    p.text = u"One, renamed"_s;
    p.state = u"published"_s;
    model.upsert(p);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), u"One, renamed"_s);
    QCOMPARE(model.stateCounts().value(u"published"_s), 1);
    p.id = u"another"_s;
    model.upsert(p);
    QCOMPARE(model.rowCount(), 2);
}

void TestPostingModels::stateTransitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("new -> published") << QString() << u"published"_s << true;
    QTest::newRow("draft -> closed") << u"draft"_s << u"closed"_s << true;
    QTest::newRow("published -> draft") << u"published"_s << u"draft"_s << false;
    QTest::newRow("closed -> published") << u"closed"_s << u"published"_s << true;
    QTest::newRow("internal -> draft") << u"internal"_s << u"draft"_s << false;
    QTest::newRow("rejected -> published") << u"rejected"_s << u"published"_s << false;
    QTest::newRow("pending -> rejected") << u"pending"_s << u"rejected"_s << true;
}

void TestPostingModels::stateTransitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, allowed);
    QCOMPARE(PostingRules::allowedStates(from).contains(to), allowed);
    PostingForm loaded;
    loaded.set(u"state"_s, from);
    PostingForm form;
    form.set(u"text"_s, u"x"_s);
    form.set(u"state"_s, to);
    form.setStrings(u"distributionChannels"_s, {u"public"_s});
    const auto issues = PostingRules::validate(form, loaded);
    QCOMPARE(issues.isEmpty(), allowed);
    if (!allowed) {
        QCOMPARE(issues.first().field, u"state"_s);
        QVERIFY(issues.first().message.contains(u"cannot move to"_s));
    }
}

void TestPostingModels::rulesRefuseBadInput_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("blank title") << QJsonObject{{u"text"_s, u"  "_s}} << u"text"_s << u"Enter a title"_s;
    QTest::newRow("salary partial") << QJsonObject{{u"salaryMin"_s, u"10"_s}, {u"salaryCurrency"_s, u"USD"_s}}
                                    << u"salaryMax"_s << u"together"_s;
    QTest::newRow("min > max") << QJsonObject{{u"salaryMin"_s, u"10"_s},
                                              {u"salaryMax"_s, u"5"_s},
                                              {u"salaryCurrency"_s, u"USD"_s},
                                              {u"salaryInterval"_s, u"one-time"_s}}
                               << u"salaryMin"_s << u"must not be greater"_s;
    QTest::newRow("lower-case currency") << QJsonObject{{u"salaryMin"_s, u"1"_s},
                                                        {u"salaryMax"_s, u"5"_s},
                                                        {u"salaryCurrency"_s, u"usd"_s},
                                                        {u"salaryInterval"_s, u"one-time"_s}}
                                         << u"salaryCurrency"_s << u"ISO 4217"_s;
    QTest::newRow("not a number") << QJsonObject{{u"salaryMin"_s, u"ten"_s},
                                                 {u"salaryMax"_s, u"5"_s},
                                                 {u"salaryCurrency"_s, u"USD"_s},
                                                 {u"salaryInterval"_s, u"one-time"_s}}
                                  << u"salaryMin"_s << u"number"_s;
    QTest::newRow("published nowhere")
        << QJsonObject{{u"state"_s, u"published"_s}, {u"distributionChannels"_s, QJsonArray()}}
        << u"distributionChannels"_s << u"at least one distribution channel"_s;
    QTest::newRow("script in description")
        << QJsonObject{{u"descriptionHtml"_s, u"<div>x</div><script>alert(1)</script>"_s}}
        << u"descriptionHtml"_s << u"<script>"_s;
    QTest::newRow("list without title")
        << QJsonObject{{u"lists"_s,
                        QJsonArray{QJsonObject{{u"text"_s, u""_s}, {u"content"_s, u"<li>a</li>"_s}}}}}
        << u"lists"_s << u"needs a title"_s;
    QTest::newRow("empty list") << QJsonObject{{u"lists"_s, QJsonArray{QJsonObject{{u"text"_s, u"Perks"_s},
                                                                                   {u"content"_s, u""_s}}}}}
                                << u"lists"_s << u"has no items"_s;
    QTest::newRow("div in list")
        << QJsonObject{{u"lists"_s, QJsonArray{QJsonObject{{u"text"_s, u"Perks"_s},
                                                           {u"content"_s, u"<li>a</li><div>b</div>"_s}}}}}
        << u"lists"_s << u"<div>"_s;
    QTest::newRow("owner removed") << QJsonObject{{u"owner"_s, u""_s}} << u"owner"_s
                                   << u"always has an owner"_s;
    QTest::newRow("hiring manager removed") << QJsonObject{{u"hiringManager"_s, u""_s}} << u"hiringManager"_s
                                            << u"cannot remove the hiring manager"_s;
    QTest::newRow("workplace back to unspecified") << QJsonObject{{u"workplaceType"_s, u"unspecified"_s}}
                                                   << u"workplaceType"_s << u"cannot set it back"_s;
}

void TestPostingModels::rulesRefuseBadInput()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QString, field);
    QFETCH(QString, message);
    PostingForm loaded;
    loaded.set(u"text"_s, u"Engineer"_s);
    loaded.set(u"state"_s, u"draft"_s);
    loaded.set(u"workplaceType"_s, u"remote"_s);
    loaded.set(u"owner"_s, u"u1"_s);
    loaded.set(u"hiringManager"_s, u"u2"_s);
    loaded.setStrings(u"distributionChannels"_s, {u"public"_s});
    QVERIFY(PostingRules::validate(loaded, loaded).isEmpty());
    PostingForm form = loaded;
    for (auto it = changes.begin(); it != changes.end(); ++it)
        form.set(it.key(), it.value());
    const auto issues = PostingRules::validate(form, loaded);
    QVERIFY(!issues.isEmpty());
    QCOMPARE(issues.first().field, field);
    QVERIFY2(issues.first().message.contains(message), qPrintable(issues.first().message));
}

void TestPostingModels::updateDraftCarriesOnlyChanges()
{
    PostingForm base;
    for (const QString &key : PostingForm::fields())
        base.set(key, QString());
    base.set(u"text"_s, u"Engineer"_s);
    base.set(u"team"_s, u"Platform"_s);
    base.set(u"location"_s, u"Berlin"_s);
    base.set(u"salaryMin"_s, u"1"_s);
    base.set(u"salaryMax"_s, u"2"_s);
    base.set(u"salaryCurrency"_s, u"EUR"_s);
    base.set(u"salaryInterval"_s, u"per-year-salary"_s);
    base.setStrings(u"tags"_s, {u"a"_s});
    PostingForm mine = base;
    QVERIFY(mine.toUpdateDraft(base).toJson().isEmpty());
    mine.set(u"team"_s, u"Core"_s);
    QCOMPARE(mine.toUpdateDraft(base).toJson(),
             (QJsonObject{{u"categories"_s, QJsonObject{{u"team"_s, u"Core"_s}}}}));
    // Emptying all four salary fields removes the range.
    for (const QString &key : {u"salaryMin"_s, u"salaryMax"_s, u"salaryCurrency"_s, u"salaryInterval"_s})
        mine.set(key, QString());
    QVERIFY(mine.toUpdateDraft(base).toJson().value(u"salaryRange"_s).isNull());
    QVERIFY(mine.toUpdateDraft(base).toJson().contains(u"salaryRange"_s));
    QCOMPARE(mine.differences(base), (QStringList{u"team"_s, u"salaryMin"_s, u"salaryMax"_s,
                                                  u"salaryCurrency"_s, u"salaryInterval"_s}));
}

void TestPostingModels::htmlIsWhitelistedAndStable()
{
    QTextDocument doc;
    doc.setHtml(u"<h1 style=\"color:red\">Hello <img src=\"x.png\"><b>bold</b></h1>"
                u"<table><tr><td>cell</td></tr></table><p><a href=\"javascript:x()\">bad</a> "
                u"<a href=\"https://lever.co\">good</a> <span style=\"font-size: 18px\">big</span></p>"_s);
    const QString html = PostingHtml::fromDocument(doc, PostingHtml::Profile::Description);
    QVERIFY2(PostingHtml::check(html, PostingHtml::Profile::Description).isEmpty(), qPrintable(html));
    QVERIFY(html.contains(u"<b>Hello bold</b>"_s)); // a heading is bold, and one run stays one element
    QVERIFY(html.contains(u"<a href=\"https://lever.co\">good</a>"_s));
    QVERIFY(!html.contains(u"javascript"_s));
    QVERIFY(html.contains(u"cell"_s));
    QVERIFY(html.contains(u"font-size: 18px"_s));
    QCOMPARE(PostingHtml::normalize(html, PostingHtml::Profile::Description), html);
    const QString list =
        PostingHtml::normalize(u"<li>One <i>it</i></li><li>Two</li>"_s, PostingHtml::Profile::List);
    QCOMPARE(list, u"<li>One <i>it</i></li><li>Two</li>"_s);
    QCOMPARE(PostingHtml::normalize(list, PostingHtml::Profile::List), list);
    QVERIFY(!PostingHtml::check(u"<iframe></iframe>"_s, PostingHtml::Profile::Description).isEmpty());
    QVERIFY(!PostingHtml::check(u"<a href=\"javascript:x\">x</a>"_s, PostingHtml::Profile::Description)
                 .isEmpty());
    QCOMPARE(
        PostingHtml::refusedTags(u"<div><img><TABLE></table></div>"_s, PostingHtml::Profile::Description),
        (QStringList{u"img"_s, u"table"_s}));
}

void TestPostingModels::draftsAreOwnerOnly()
{
    QTemporaryDir dir;
    models::PostingDraftStore store(dir.path());
    models::PostingDraftStore::Draft d;
    d.key = u"../../etc/passwd"_s; // ids are data, never paths
    d.updatedAt = 42;
    d.savedAt = QDateTime::currentDateTimeUtc();
    d.form.set(u"text"_s, u"Mine"_s);
    d.base.set(u"text"_s, u"Theirs"_s);
    QVERIFY(store.save(d));
    QVERIFY(store.filePath(d.key).startsWith(dir.path() + u"/posting-drafts/"_s));
    QCOMPARE(QFile::permissions(store.filePath(d.key)) & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(store.folder()) & 0x0077, QFileDevice::Permissions());
    const auto back = store.load(d.key);
    QVERIFY(back.has_value());
    QCOMPARE(back->form.string(u"text"_s), u"Mine"_s);
    QCOMPARE(back->base.string(u"text"_s), u"Theirs"_s);
    QCOMPARE(back->updatedAt, std::optional<qint64>(42));
    QVERIFY(store.remove(d.key));
    QVERIFY(!store.load(d.key));
}

QTEST_MAIN(TestPostingModels)
#include "tst_posting_models.moc"
