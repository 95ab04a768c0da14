// Every typed call of the API layer round-tripped against the sandbox, part 1: catalog, users,
// postings, opportunities and their pipeline moves, applications, contacts, deleted opportunities,
// requisitions. Most routes are written by other helpers in parallel, so this file lives in
// tests/api/pending/ (not globbed) until the lead merges them; then move it (with
// tst_operations_activity.cpp and OperationsKit.h) to tests/api/.
#include "OperationsKit.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever::api;
using namespace lever::test;

class TestOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void catalog();
    void users();
    void postings();
    void opportunitiesAndPipelineMoves();
    void applicationsAndContacts();
    void deletedOpportunities();
    void requisitions();

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

void TestOperations::initTestCase()
{
    m_f = std::make_unique<SandboxFixture>();
    m_client = lever::test::makeClient(*m_f);
    m_user = m_f->firstUserId();
    m_client->setActingUserId(m_user);
}

void TestOperations::cleanupTestCase()
{
    m_client.reset();
    m_f.reset();
}

void TestOperations::catalog()
{
    const auto stages = collect(m_client->catalog().stages());
    REQUIRE_OK(stages);
    QVERIFY(!stages.value().isEmpty());
    QCOMPARE(stages.value().first().id, u"lead-new"_s);
    const auto stage = await(m_client->catalog().stage(u"offer"_s));
    REQUIRE_OK(stage);
    QCOMPARE(stage.value().id, u"offer"_s);
    QCOMPARE(categoryOf(await(m_client->catalog().stage(u"no-such-stage"_s))), u"NotFound"_s);

    const auto all = collect(m_client->catalog().archiveReasons());
    const auto hired = collect(m_client->catalog().archiveReasons(CatalogResource::ArchiveReasonType::Hired));
    const auto other =
        collect(m_client->catalog().archiveReasons(CatalogResource::ArchiveReasonType::NonHired));
    REQUIRE_OK(all);
    REQUIRE_OK(hired);
    REQUIRE_OK(other);
    QCOMPARE(hired.value().size() + other.value().size(), all.value().size());
    for (const ArchiveReason &r : hired.value())
        QVERIFY(r.isHired());
    const auto reason = await(m_client->catalog().archiveReason(all.value().first().id));
    REQUIRE_OK(reason);
    QCOMPARE(reason.value().text, all.value().first().text);

    QVERIFY(!createOpportunity(u"catalog@example.com"_s).isEmpty()); // gives tags and sources counts
    const auto sources = collect(m_client->catalog().sources());
    REQUIRE_OK(sources);
    QVERIFY(!sources.value().isEmpty());
    QVERIFY(sources.value().first().count >= 1);
    const auto tags = collect(m_client->catalog().tags());
    REQUIRE_OK(tags);
    QVERIFY(!tags.value().isEmpty());
    const auto fields = collect(m_client->catalog().requisitionFields());
    REQUIRE_OK(fields);
    QVERIFY(!fields.value().isEmpty());
}

void TestOperations::users()
{
    UserFilter admins;
    admins.accessRoles = {u"admin"_s, u"super admin"_s};
    const auto listed = collect(m_client->users().list(admins));
    REQUIRE_OK(listed);
    QVERIFY(!listed.value().isEmpty());
    for (const User &u : listed.value())
        QVERIFY(u.accessRole == u"admin"_s || u.accessRole == u"super admin"_s);

    User draft;
    draft.name = u"New Interviewer"_s;
    draft.email = u"new.interviewer@example.com"_s;
    const auto created = await(m_client->users().create(draft));
    REQUIRE_OK(created);
    QCOMPARE(created.value().accessRole, u"interviewer"_s); // Lever's default
    QVERIFY(!created.value().username.isEmpty());
    QCOMPARE(categoryOf(await(m_client->users().create(draft))), u"Conflict"_s);

    User changed = created.value();
    changed.jobTitle = u"Staff Engineer"_s;
    changed.accessRole = u"team member"_s;
    const auto updated = await(m_client->users().update(changed.id, changed));
    REQUIRE_OK(updated);
    QCOMPARE(updated.value().jobTitle.value_or(QString()), u"Staff Engineer"_s);
    QCOMPARE(valueOf(await(m_client->users().get(changed.id))).accessRole, u"team member"_s);

    const auto off = await(m_client->users().deactivate(changed.id));
    REQUIRE_OK(off);
    QVERIFY(off.value().isDeactivated());
    QCOMPARE(categoryOf(await(m_client->users().deactivate(changed.id))), u"Invalid"_s);
    UserFilter everyone;
    everyone.includeDeactivated = true;
    everyone.emails = {changed.email};
    QCOMPARE(valueOf(collect(m_client->users().list(everyone))).size(), 1);
    everyone.includeDeactivated = false;
    QCOMPARE(valueOf(collect(m_client->users().list(everyone))).size(), 0);
    const auto on = await(m_client->users().reactivate(changed.id));
    REQUIRE_OK(on);
    QVERIFY(!on.value().isDeactivated());
}

void TestOperations::postings()
{
    const QString id = createPosting(u"Desktop Engineer"_s);
    QVERIFY(!id.isEmpty());
    const auto got = await(m_client->postings().get(id, PostingExpand::Owner, PostingInclude::Content));
    REQUIRE_OK(got);
    QCOMPARE(got.value().owner.id, m_user);
    QVERIFY(got.value().content);
    const auto full =
        await(m_client->postings().get(id, PostingExpand::Owner | PostingExpand::HiringManager));
    REQUIRE_OK(full);
    QVERIFY(full.value().owner.expanded);
    QCOMPARE(full.value().salaryRange->currency, u"EUR"_s);
    QCOMPARE(full.value().categories.team.value_or(QString()), u"Platform"_s);
    QCOMPARE(full.value().content->lists.size(), 1);

    PostingDraft change;
    change.text = u"Senior Desktop Engineer"_s;
    const auto updated = await(m_client->postings().update(id, change));
    REQUIRE_OK(updated);
    QCOMPARE(updated.value().text, u"Senior Desktop Engineer"_s);
    QCOMPARE(updated.value().categories.team.value_or(QString()), u"Platform"_s); // partial: the rest kept
    PostingDraft bad;
    bad.content = Posting::Content{{}, u"<script>alert(1)</script>"_s, {}, {}, {}};
    QCOMPARE(categoryOf(await(m_client->postings().update(id, bad))), u"Invalid"_s);

    PostingFilter published;
    published.states = {u"published"_s};
    published.distributionChannels = {u"public"_s, u"internal"_s};
    const auto listed = collect(m_client->postings().list(published));
    REQUIRE_OK(listed);
    bool found = false;
    for (const Posting &p : listed.value())
        found = found || p.id == id;
    QVERIFY(found);
    PostingFilter refused;
    refused.teams = {u"Platform"_s};
    refused.updatedAt.start = 1;
    QCOMPARE(categoryOf(collect(m_client->postings().list(refused))), u"Invalid"_s);
}

void TestOperations::opportunitiesAndPipelineMoves()
{
    const QString posting = createPosting(u"Backend Engineer"_s);
    NewOpportunity n;
    n.name = u"Ada Lovelace"_s;
    n.emails = {u"ada@example.com"_s};
    n.origin = u"applied"_s;
    n.posting = posting;
    const auto created = await(m_client->opportunities().create(n));
    REQUIRE_OK(created);
    const Opportunity opp = created.value().opportunity;
    QVERIFY(!created.value().deduped);
    QCOMPARE(opp.stage.id, u"lead-new"_s);
    QVERIFY(opp.tags.contains(u"Backend Engineer"_s)); // posting auto-tags
    QCOMPARE(opp.applications.size(), 1);
    const auto again = await(m_client->opportunities().create(n));
    REQUIRE_OK(again);
    QVERIFY(again.value().deduped);

    const auto expanded =
        await(m_client->opportunities().get(opp.id, OpportunityExpand::Owner | OpportunityExpand::Stage));
    REQUIRE_OK(expanded);
    QVERIFY(expanded.value().stage.expanded);
    QCOMPARE(expanded.value().stage.expanded->text, u"New lead"_s);

    OpportunityChanges changes;
    changes.headline = u"Analyst"_s;
    const auto updated = await(m_client->opportunities().update(opp.id, changes));
    REQUIRE_OK(updated);
    QCOMPARE(updated.value().headline, u"Analyst"_s);

    const auto moved = await(m_client->opportunities().moveToStage(opp.id, u"offer"_s));
    REQUIRE_OK(moved);
    QCOMPARE(moved.value().stage.id, u"offer"_s);
    QCOMPARE(moved.value().stageChanges.last().toStageId, u"offer"_s);
    QCOMPARE(moved.value().stageChanges.last().userId.value_or(QString()), m_user);
    QCOMPARE(categoryOf(await(m_client->opportunities().moveToStage(opp.id, u"nope"_s))), u"Invalid"_s);

    const auto reasons =
        collect(m_client->catalog().archiveReasons(CatalogResource::ArchiveReasonType::NonHired));
    REQUIRE_OK(reasons);
    QString reason;
    for (const ArchiveReason &r : reasons.value())
        reason = r.isActive() && reason.isEmpty() ? r.id : reason;
    const auto archived = await(m_client->opportunities().archive(opp.id, reason));
    REQUIRE_OK(archived);
    QCOMPARE(archived.value().archived->reason, reason);
    const auto stillMoves = await(m_client->opportunities().moveToStage(opp.id, u"lead-new"_s));
    REQUIRE_OK(stillMoves);
    QVERIFY(stillMoves.value().isArchived()); // archived opportunities move and stay archived
    const auto active = await(m_client->opportunities().unarchive(opp.id));
    REQUIRE_OK(active);
    QVERIFY(!active.value().isArchived());

    auto r = await(m_client->opportunities().addTags(opp.id, {u"Rust"_s, u"C++"_s}));
    REQUIRE_OK(r);
    QVERIFY(r.value().tags.contains(u"Rust"_s));
    r = await(m_client->opportunities().removeTags(opp.id, {u"Rust"_s}));
    REQUIRE_OK(r);
    QVERIFY(!r.value().tags.contains(u"Rust"_s));
    r = await(m_client->opportunities().addSources(opp.id, {u"Referral"_s}));
    REQUIRE_OK(r);
    QVERIFY(r.value().sources.contains(u"Referral"_s));
    r = await(m_client->opportunities().removeSources(opp.id, {u"Referral"_s}));
    REQUIRE_OK(r);
    QVERIFY(!r.value().sources.contains(u"Referral"_s));
    r = await(m_client->opportunities().addLinks(opp.id, {u"https://github.com/ada"_s}));
    REQUIRE_OK(r);
    QVERIFY(r.value().links.contains(u"https://github.com/ada"_s));
    r = await(m_client->opportunities().removeLinks(opp.id, {u"https://github.com/ada"_s}));
    REQUIRE_OK(r);
    QVERIFY(!r.value().links.contains(u"https://github.com/ada"_s));

    OpportunityFilter filter;
    filter.tags = {u"C++"_s};
    filter.expand = OpportunityExpand::Owner;
    const auto listed = collect(m_client->opportunities().list(filter));
    REQUIRE_OK(listed);
    QCOMPARE(listed.value().size(), 1);
    QVERIFY(listed.value().first().owner.expanded);
}

void TestOperations::applicationsAndContacts()
{
    const QString posting = createPosting(u"Designer"_s);
    NewOpportunity n;
    n.name = u"Grace Hopper"_s;
    n.emails = {u"grace@example.com"_s};
    n.posting = posting;
    const auto created = await(m_client->opportunities().create(n));
    REQUIRE_OK(created);
    const Opportunity opp = created.value().opportunity;
    const auto apps = collect(m_client->applications().list(opp.id));
    REQUIRE_OK(apps);
    QCOMPARE(apps.value().size(), 1);
    QCOMPARE(apps.value().first().posting.value_or(QString()), posting);
    const auto app = await(m_client->applications().get(opp.id, apps.value().first().id));
    REQUIRE_OK(app);
    QCOMPARE(app.value().opportunityId, opp.id);

    const auto contact = await(m_client->contacts().get(opp.contact.id));
    REQUIRE_OK(contact);
    QCOMPARE(contact.value().emails, QStringList{u"grace@example.com"_s});
    Contact changed = contact.value();
    changed.name = u"Rear Admiral Grace Hopper"_s;
    changed.location = u"Arlington"_s;
    const auto updated = await(m_client->contacts().update(changed.id, changed));
    REQUIRE_OK(updated);
    QCOMPARE(updated.value().name, u"Rear Admiral Grace Hopper"_s);
    QCOMPARE(valueOf(await(m_client->opportunities().get(opp.id))).name, u"Rear Admiral Grace Hopper"_s);
}

void TestOperations::deletedOpportunities()
{
    const QString id = createOpportunity(u"deleted@example.com"_s);
    QVERIFY(!id.isEmpty());
    const auto r = m_f->send("DELETE", QUrl(m_f->sandbox().origin() + u"/_sandbox/opportunities/"_s + id), {},
                             m_f->basicAuth());
    QVERIFY2(r.status >= 200 && r.status < 300, r.body.constData());
    const auto deleted = collect(m_client->opportunities().deleted());
    REQUIRE_OK(deleted);
    QCOMPARE(deleted.value().size(), 1);
    QCOMPARE(deleted.value().first().id, id);
    QVERIFY(deleted.value().first().deletedAt);
    QCOMPARE(categoryOf(await(m_client->opportunities().get(id))), u"NotFound"_s);
}

void TestOperations::requisitions()
{
    Requisition r;
    r.name = u"Platform Engineer"_s;
    r.requisitionCode = u"ENG-42"_s;
    r.headcountTotal = 2;
    r.employmentStatus = u"full-time"_s;
    r.location = u"Berlin"_s;
    r.team = u"Platform"_s;
    r.compensationBand = Requisition::CompensationBand{u"EUR"_s, u"per-year-salary"_s, 60000, 80000};
    // Fill the account's required custom fields ("Cost center" in the baseline), by their type.
    const auto fields = collect(m_client->catalog().requisitionFields());
    REQUIRE_OK(fields);
    for (const RequisitionField &field : fields.value()) {
        if (field.isRequired)
            r.customFields.insert(field.id,
                                  field.type == u"yes-no"_s ? QJsonValue(u"yes"_s) : QJsonValue(u"R&D"_s));
    }
    const auto created = await(m_client->requisitions().create(r));
    REQUIRE_OK(created);
    const QString id = created.value().id;
    QCOMPARE(created.value().status, u"open"_s);
    QCOMPARE(categoryOf(await(m_client->requisitions().create(r))), u"Conflict"_s);
    const auto got = await(m_client->requisitions().get(id));
    REQUIRE_OK(got);
    QCOMPARE(got.value().compensationBand->max, 80000.0);
    Requisition changed = got.value();
    changed.headcountInfinite = true;
    changed.status = u"onHold"_s;
    const auto updated = await(m_client->requisitions().update(id, changed));
    REQUIRE_OK(updated);
    QVERIFY(updated.value().headcountInfinite);
    QCOMPARE(updated.value().status, u"onHold"_s);
    RequisitionFilter filter;
    filter.requisitionCodes = {u"ENG-42"_s};
    QCOMPARE(valueOf(collect(m_client->requisitions().list(filter))).size(), 1);
    REQUIRE_OK(await(m_client->requisitions().remove(id)));
    QCOMPARE(categoryOf(await(m_client->requisitions().get(id))), u"NotFound"_s);
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
