// PUT /opportunities/:id/archived: archive, change reason, unarchive, hire against a requisition and
// clean pending interviews.
#include "DocumentStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::test::SandboxFixture;

namespace {
QString reasonOf(SandboxFixture &f, const QString &type, const QString &status = u"active"_s, int skip = 0)
{
    const QList<QJsonObject> reasons = f.sandbox().context().docs.all(u"archive_reason"_s);
    for (const QJsonObject &r : reasons) {
        if (r.value(u"type"_s).toString() == type && r.value(u"status"_s).toString() == status && skip-- == 0)
            return r.value(u"id"_s).toString();
    }
    return {};
}

// An opportunity applied to a posting, created through the API so it has its application.
QJsonObject appliedOpportunity(SandboxFixture &f)
{
    if (!f.sandbox().context().docs.get(u"posting"_s, u"posting-1"_s)) {
        f.seedDocument(u"posting"_s, {},
                       QJsonObject{{u"id"_s, u"posting-1"_s},
                                   {u"text"_s, u"Data Engineer"_s},
                                   {u"owner"_s, f.firstUserId()},
                                   {u"confidentiality"_s, u"non-confidential"_s},
                                   {u"categories"_s, QJsonObject{{u"team"_s, u"Data"_s}}}});
    }
    return f
        .post(u"/opportunities"_s, QJsonObject{{u"name"_s, u"Barbara Liskov"_s},
                                               {u"stage"_s, u"offer"_s},
                                               {u"postings"_s, QJsonArray{u"posting-1"_s}}})
        .data();
}

QJsonObject requisition(SandboxFixture &f, const QString &id, const QString &status, int total)
{
    return f.seedDocument(u"requisition"_s, {},
                          QJsonObject{{u"id"_s, id},
                                      {u"name"_s, u"Data Engineer"_s},
                                      {u"requisitionCode"_s, QString(u"REQ-"_s + id)},
                                      {u"status"_s, status},
                                      {u"headcountTotal"_s, total},
                                      {u"headcountHired"_s, 0},
                                      {u"headcountInfinite"_s, false},
                                      {u"closedAt"_s, QJsonValue()},
                                      {u"createdAt"_s, 1000},
                                      {u"updatedAt"_s, 1000}});
}
} // namespace

class TestOpportunityArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void archiveChangeReasonUnarchive();
    void hireAgainstRequisition();
    void requisitionRules();
    void refusals();
    void cleanInterviews();
};

void TestOpportunityArchive::archiveChangeReasonUnarchive()
{
    SandboxFixture f;
    qint64 now = f.sandbox().context().now();
    f.sandbox().context().clock = [&now] { return now; };
    const QJsonObject opp = appliedOpportunity(f);
    const QString id = opp.value(u"id"_s).toString();
    const QString path = u"/opportunities/"_s + id + u"/archived"_s;
    const QString appPath = u"/opportunities/"_s + id + u"/applications/"_s +
                            opp.value(u"applications"_s).toArray().at(0).toString();
    auto &events = f.recordEvents();
    const QString withdrew = reasonOf(f, u"non-hired"_s);
    now += 1000;
    auto r = f.put(path, QJsonObject{{u"reason"_s, withdrew}, {u"cleanInterviews"_s, false}});
    QCOMPARE(r.status, 200);
    const QJsonObject archived{{u"reason"_s, withdrew}, {u"archivedAt"_s, now}};
    QCOMPARE(r.data().value(u"archived"_s).toObject(), archived);
    QCOMPARE(r.data().value(u"updatedAt"_s).toInteger(), now);
    QCOMPARE(r.data().value(u"stage"_s).toString(), u"offer"_s);
    QCOMPARE(f.get(appPath).data().value(u"archived"_s).toObject(), archived);
    QCOMPARE(f.get(u"/opportunities?archived=true"_s).list().size(), 1);
    QCOMPARE(f.get(u"/opportunities?archive_reason_id="_s + withdrew).list().size(), 1);
    QCOMPARE(f.get(u"/opportunities?archived_posting_id=posting-1"_s).list().size(), 1);
    QCOMPARE(f.get(u"/opportunities?posting_id=posting-1"_s).list().size(), 0);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.at(0).name, u"candidateArchiveChange"_s);
    QCOMPARE(events.at(0).data, (QJsonObject{{u"opportunityId"_s, id},
                                             {u"candidateId"_s, id},
                                             {u"contactId"_s, opp.value(u"contact"_s)},
                                             {u"fromArchived"_s, QJsonValue()},
                                             {u"toArchived"_s, archived}}));

    // The same reason again changes nothing.
    now += 1000;
    r = f.put(path, QJsonObject{{u"reason"_s, withdrew}});
    QCOMPARE(r.data().value(u"archived"_s).toObject(), archived);
    QCOMPARE(events.size(), 1);

    // Another reason replaces it.
    const QString timing = reasonOf(f, u"non-hired"_s, u"active"_s, 1);
    r = f.put(path, QJsonObject{{u"reason"_s, timing}});
    const QJsonObject replaced{{u"reason"_s, timing}, {u"archivedAt"_s, now}};
    QCOMPARE(r.data().value(u"archived"_s).toObject(), replaced);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(1).data.value(u"fromArchived"_s).toObject(), archived);

    // null unarchives, the application too.
    r = f.put(path, QJsonObject{{u"reason"_s, QJsonValue()}});
    QCOMPARE(r.status, 200);
    QVERIFY(r.data().value(u"archived"_s).isNull());
    QVERIFY(f.get(appPath).data().value(u"archived"_s).isNull());
    QCOMPARE(f.get(u"/opportunities?posting_id=posting-1"_s).list().size(), 1);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.at(2).data.value(u"toArchived"_s), QJsonValue());
    QCOMPARE(events.at(2).data.value(u"fromArchived"_s).toObject(), replaced);
    // Unarchiving an active opportunity is a no-op.
    r = f.put(path, QJsonObject{{u"reason"_s, QJsonValue()}});
    QCOMPARE(r.status, 200);
    QCOMPARE(events.size(), 3);
}

void TestOpportunityArchive::hireAgainstRequisition()
{
    SandboxFixture f;
    const QJsonObject opp = appliedOpportunity(f);
    const QString id = opp.value(u"id"_s).toString();
    requisition(f, u"r1"_s, u"open"_s, 1);
    // A signed offer does not stand in the way.
    f.seedDocument(u"offer"_s, id, QJsonObject{{u"id"_s, u"offer-1"_s}, {u"status"_s, u"signed"_s}});
    auto &events = f.recordEvents();
    const QString hired = reasonOf(f, u"hired"_s);
    auto r = f.put(u"/opportunities/"_s + id + u"/archived"_s,
                   QJsonObject{{u"reason"_s, hired}, {u"requisitionId"_s, u"r1"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.data().value(u"archived"_s).toObject().value(u"reason"_s).toString(), hired);
    const QJsonObject req = *f.sandbox().context().docs.get(u"requisition"_s, u"r1"_s);
    QCOMPARE(req.value(u"headcountHired"_s).toInt(), 1);
    QCOMPARE(req.value(u"status"_s).toString(), u"closed"_s);
    QVERIFY(req.value(u"closedAt"_s).isDouble());
    const auto app = f.get(u"/opportunities/"_s + id + u"/applications"_s).list().at(0).toObject();
    QCOMPARE(app.value(u"requisitionForHire"_s).toString(), u"r1"_s);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).name, u"candidateArchiveChange"_s);
    QCOMPARE(events.at(1).name, u"candidateHired"_s);
    QCOMPARE(events.at(1).data, (QJsonObject{{u"opportunityId"_s, id},
                                             {u"candidateId"_s, id},
                                             {u"contactId"_s, opp.value(u"contact"_s)},
                                             {u"archiveReasonId"_s, hired}}));
    // A retry of the same request neither fails on the now closed requisition nor counts twice.
    r = f.put(u"/opportunities/"_s + id + u"/archived"_s,
              QJsonObject{{u"reason"_s, hired}, {u"requisitionId"_s, u"r1"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(f.sandbox().context().docs.get(u"requisition"_s, u"r1"_s)->value(u"headcountHired"_s).toInt(),
             1);
    QCOMPARE(events.size(), 2);
}

void TestOpportunityArchive::requisitionRules()
{
    SandboxFixture f;
    const QString id = appliedOpportunity(f).value(u"id"_s).toString();
    const QString path = u"/opportunities/"_s + id + u"/archived"_s;
    const QString hired = reasonOf(f, u"hired"_s);
    requisition(f, u"open"_s, u"open"_s, 3);
    requisition(f, u"closed"_s, u"closed"_s, 1);
    auto expect400 = [&](const QJsonObject &body, const QString &mentions) {
        const auto r = f.put(path, body);
        QCOMPARE(r.status, 400);
        const QString message = r.json.value(u"message"_s).toString();
        QVERIFY2(message.contains(mentions), qPrintable(message));
    };
    expect400(QJsonObject{{u"reason"_s, reasonOf(f, u"non-hired"_s)}, {u"requisitionId"_s, u"open"_s}},
              u"hired"_s);
    expect400(QJsonObject{{u"reason"_s, QJsonValue()}, {u"requisitionId"_s, u"open"_s}}, u"hired"_s);
    expect400(QJsonObject{{u"reason"_s, hired}, {u"requisitionId"_s, u"missing"_s}}, u"not found"_s);
    expect400(QJsonObject{{u"reason"_s, hired}, {u"requisitionId"_s, u"closed"_s}}, u"not open"_s);
    expect400(QJsonObject{{u"reason"_s, hired}, {u"requisitionId"_s, 12}}, u"requisitionId"_s);
    f.seedDocument(u"offer"_s, id, QJsonObject{{u"id"_s, u"offer-sent"_s}, {u"status"_s, u"sent"_s}});
    expect400(QJsonObject{{u"reason"_s, hired}, {u"requisitionId"_s, u"open"_s}}, u"signed"_s);
    QVERIFY(f.get(u"/opportunities/"_s + id).data().value(u"archived"_s).isNull());
    QCOMPARE(f.sandbox().context().docs.get(u"requisition"_s, u"open"_s)->value(u"headcountHired"_s).toInt(),
             0);
    // Hiring without a requisition is fine.
    QCOMPARE(f.put(path, QJsonObject{{u"reason"_s, hired}}).status, 200);
}

void TestOpportunityArchive::refusals()
{
    SandboxFixture f;
    const QString id = f.seedOpportunity().value(u"id"_s).toString();
    const QString path = u"/opportunities/"_s + id + u"/archived"_s;
    const QList<QPair<QJsonObject, QString>> bad = {
        {QJsonObject{}, u"reason"_s},
        {QJsonObject{{u"reason_id"_s, reasonOf(f, u"non-hired"_s)}}, u"reason"_s},
        {QJsonObject{{u"reason"_s, 5}}, u"reason"_s},
        {QJsonObject{{u"reason"_s, u"nope"_s}}, u"not found"_s},
        {QJsonObject{{u"reason"_s, reasonOf(f, u"non-hired"_s, u"inactive"_s)}}, u"inactive"_s},
        {QJsonObject{{u"reason"_s, reasonOf(f, u"non-hired"_s)}, {u"cleanInterviews"_s, u"yes"_s}},
         u"cleanInterviews"_s},
    };
    for (const auto &[body, mentions] : bad) {
        const auto r = f.put(path, body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"code"_s).toString(), u"BadRequestError"_s);
        QVERIFY2(r.json.value(u"message"_s).toString().contains(mentions),
                 qPrintable(r.json.value(u"message"_s).toString()));
    }
    QVERIFY(f.get(u"/opportunities/"_s + id).data().value(u"archived"_s).isNull());
    QCOMPARE(f.put(u"/opportunities/nope/archived"_s, QJsonObject{{u"reason"_s, QJsonValue()}}).status, 404);
    const QString readOnly = f.sandbox().createApiKey({u"opportunities:read:admin"_s}, true);
    QCOMPARE(f.put(path, QJsonObject{{u"reason"_s, QJsonValue()}}, readOnly).status, 403);
}

void TestOpportunityArchive::cleanInterviews()
{
    SandboxFixture f;
    const qint64 now = f.sandbox().context().now();
    const QJsonObject opp = f.seedOpportunity();
    const QString id = opp.value(u"id"_s).toString();
    auto interview = [&](const QString &iid, const QString &panel, qint64 date) {
        const QJsonObject doc{{u"id"_s, iid},      {u"panel"_s, panel},      {u"date"_s, date},
                              {u"duration"_s, 30}, {u"opportunityId"_s, id}, {u"subject"_s, u"Chat"_s}};
        f.seedDocument(u"interview"_s, id, doc);
        return doc;
    };
    const QJsonObject past = interview(u"i-past"_s, u"p-mixed"_s, now - 86400000);
    const QJsonObject soon = interview(u"i-soon"_s, u"p-mixed"_s, now + 86400000);
    const QJsonObject later = interview(u"i-later"_s, u"p-future"_s, now + 2 * 86400000);
    f.seedDocument(u"panel"_s, id,
                   QJsonObject{{u"id"_s, u"p-mixed"_s},
                               {u"interviews"_s, QJsonArray{past, soon}},
                               {u"start"_s, past.value(u"date"_s)},
                               {u"end"_s, soon.value(u"date"_s)}});
    f.seedDocument(u"panel"_s, id,
                   QJsonObject{{u"id"_s, u"p-future"_s},
                               {u"interviews"_s, QJsonArray{later}},
                               {u"start"_s, later.value(u"date"_s)},
                               {u"end"_s, later.value(u"date"_s)}});
    auto &events = f.recordEvents();
    const auto r =
        f.put(u"/opportunities/"_s + id + u"/archived"_s,
              QJsonObject{{u"reason"_s, reasonOf(f, u"non-hired"_s)}, {u"cleanInterviews"_s, true}});
    QCOMPARE(r.status, 200);
    auto &docs = f.sandbox().context().docs;
    QVERIFY(docs.get(u"interview"_s, u"i-past"_s));
    QVERIFY(!docs.get(u"interview"_s, u"i-soon"_s));
    QVERIFY(!docs.get(u"interview"_s, u"i-later"_s));
    QVERIFY(!docs.get(u"panel"_s, u"p-future"_s));
    const QJsonObject mixed = *docs.get(u"panel"_s, u"p-mixed"_s);
    QCOMPARE(mixed.value(u"interviews"_s).toArray().size(), 1);
    QCOMPARE(mixed.value(u"interviews"_s).toArray().at(0).toObject().value(u"id"_s).toString(), u"i-past"_s);
    QCOMPARE(mixed.value(u"end"_s).toInteger(), past.value(u"date"_s).toInteger() + 30 * 60000);
    QStringList deleted;
    for (const SandboxFixture::Event &e : std::as_const(events)) {
        if (e.name == u"interviewDeleted"_s) {
            deleted.append(e.data.value(u"interviewId"_s).toString() + u'@' +
                           e.data.value(u"panelId"_s).toString());
            QCOMPARE(e.data.value(u"opportunityId"_s).toString(), id);
        }
    }
    deleted.sort();
    QCOMPARE(deleted, (QStringList{u"i-later@p-future"_s, u"i-soon@p-mixed"_s}));

    // Without cleanInterviews, interviews stay.
    const QString other = f.seedOpportunity().value(u"id"_s).toString();
    f.seedDocument(u"interview"_s, other,
                   QJsonObject{{u"id"_s, u"i-keep"_s}, {u"date"_s, now + 86400000}, {u"duration"_s, 30}});
    QCOMPARE(f.put(u"/opportunities/"_s + other + u"/archived"_s,
                   QJsonObject{{u"reason"_s, reasonOf(f, u"non-hired"_s)}})
                 .status,
             200);
    QVERIFY(docs.get(u"interview"_s, u"i-keep"_s));
}

QTEST_GUILESS_MAIN(TestOpportunityArchive)
#include "tst_opportunity_archive.moc"
