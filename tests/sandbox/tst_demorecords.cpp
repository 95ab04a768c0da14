// Demo data records agree with each other: stage histories and timestamps in order, every reference
// (users, postings, templates, applications, panels, feedback, files) resolves, offers and referrals
// where the history calls for them, and the variety the console shows (upcoming interviews, threads...).
#include "Database.h"
#include "DocumentStore.h"
#include "OpportunityStore.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::sandbox::SandboxContext;
using lever::sandbox::SandboxOptions;
using lever::test::SandboxFixture;

namespace {
QSet<QString> ids(const QList<QJsonObject> &docs)
{
    QSet<QString> out;
    for (const QJsonObject &d : docs)
        out.insert(d.value(u"id"_s).toString());
    return out;
}

QStringList strings(const QJsonValue &array)
{
    QStringList out;
    const QJsonArray a = array.toArray();
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}
} // namespace

class TestDemoRecords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void historyIsConsistent();
    void childrenReferenceExistingRecords();
    void panelsInterviewsAndFeedbackAgree();
    void childDataVariety();

private:
    SandboxContext &ctx() { return m_f->sandbox().context(); }
    QHash<QString, QJsonObject> byId(const QString &kind);

    std::unique_ptr<SandboxFixture> m_f;
    QList<QJsonObject> m_opps;
    QHash<QString, QJsonObject> m_oppsById;
};

QHash<QString, QJsonObject> TestDemoRecords::byId(const QString &kind)
{
    QHash<QString, QJsonObject> out;
    const QList<QJsonObject> docs = ctx().docs.all(kind);
    for (const QJsonObject &d : docs)
        out.insert(d.value(u"id"_s).toString(), d);
    return out;
}

void TestDemoRecords::initTestCase()
{
    SandboxOptions options = SandboxFixture::testOptions();
    options.demoSize = 2000;
    options.seed = 7;
    m_f = std::make_unique<SandboxFixture>(options);
    m_opps = m_f->allOpportunities();
    for (const QJsonObject &o : std::as_const(m_opps))
        m_oppsById.insert(o.value(u"id"_s).toString(), o);
}

void TestDemoRecords::cleanupTestCase()
{
    m_f.reset();
}

void TestDemoRecords::historyIsConsistent()
{
    const qint64 now = ctx().now();
    QStringList stageOrder;
    const QList<QJsonObject> stages = ctx().docs.all(u"stage"_s);
    for (const QJsonObject &s : stages)
        stageOrder.append(s.value(u"id"_s).toString());
    const QHash<QString, QJsonObject> reasons = byId(u"archive_reason"_s);
    const QHash<QString, QJsonObject> applications = byId(u"application"_s);
    const QHash<QString, QJsonObject> postings = byId(u"posting"_s);
    QHash<QString, QString> emailOwner;
    for (const QJsonObject &o : std::as_const(m_opps)) {
        const QString id = o.value(u"id"_s).toString();
        const QJsonArray changes = o.value(u"stageChanges"_s).toArray();
        QVERIFY(!changes.isEmpty());
        qint64 previous = 0;
        for (const QJsonValue &v : changes) {
            const QJsonObject change = v.toObject();
            const QString stage = change.value(u"toStageId"_s).toString();
            QCOMPARE(change.value(u"toStageIndex"_s).toInt(), stageOrder.indexOf(stage));
            QVERIFY(change.value(u"updatedAt"_s).toInteger() >= previous);
            previous = change.value(u"updatedAt"_s).toInteger();
        }
        QCOMPARE(changes.last().toObject().value(u"toStageId"_s).toString(), o.value(u"stage"_s).toString());
        const qint64 created = o.value(u"createdAt"_s).toInteger();
        QCOMPARE(changes.first().toObject().value(u"updatedAt"_s).toInteger(), created);
        QCOMPARE(o.value(u"lastAdvancedAt"_s).toInteger(), previous);
        QVERIFY(created <= o.value(u"lastAdvancedAt"_s).toInteger());
        QVERIFY(o.value(u"lastAdvancedAt"_s).toInteger() <= o.value(u"lastInteractionAt"_s).toInteger());
        QVERIFY(o.value(u"lastInteractionAt"_s).toInteger() <= o.value(u"updatedAt"_s).toInteger());
        QVERIFY(o.value(u"updatedAt"_s).toInteger() <= now);
        if (o.value(u"snoozedUntil"_s).isDouble())
            QVERIFY(o.value(u"snoozedUntil"_s).toInteger() > now && o.value(u"archived"_s).isNull());
        if (o.value(u"archived"_s).isObject()) {
            const QJsonObject archived = o.value(u"archived"_s).toObject();
            QVERIFY(archived.value(u"archivedAt"_s).toInteger() >= previous);
            QVERIFY(archived.value(u"archivedAt"_s).toInteger() <=
                    o.value(u"lastInteractionAt"_s).toInteger());
            const QJsonObject reason = reasons.value(archived.value(u"reason"_s).toString());
            QCOMPARE(reason.value(u"status"_s).toString(), u"active"_s);
            // Hired only from the offer stage.
            if (reason.value(u"type"_s).toString() == u"hired"_s)
                QCOMPARE(o.value(u"stage"_s).toString(), u"offer"_s);
        }
        QCOMPARE(o.value(u"sourcedBy"_s).isNull(), o.value(u"origin"_s).toString() == u"applied"_s);
        const QStringList apps = strings(o.value(u"applications"_s));
        QCOMPARE(apps.size(), 1);
        const QJsonObject application = applications.value(apps.first());
        QCOMPARE(application.value(u"opportunityId"_s).toString(), id);
        const QJsonObject posting = postings.value(application.value(u"posting"_s).toString());
        const QStringList tags = strings(o.value(u"tags"_s));
        for (const QString &auto_ :
             {posting.value(u"text"_s).toString(),
              posting.value(u"categories"_s).toObject().value(u"team"_s).toString(),
              posting.value(u"categories"_s).toObject().value(u"location"_s).toString()})
            QVERIFY2(tags.contains(auto_), qPrintable(auto_));
        QCOMPARE(o.value(u"confidentiality"_s), posting.value(u"confidentiality"_s));
        QVERIFY(QStringList({u"published"_s, u"internal"_s, u"closed"_s})
                    .contains(posting.value(u"state"_s).toString()));
        // One person per address: Lever deduplicates by e-mail.
        for (const QString &email : strings(o.value(u"emails"_s))) {
            const QString contact = o.value(u"contact"_s).toString();
            QCOMPARE(emailOwner.value(email, contact), contact);
            emailOwner.insert(email, contact);
        }
    }
}

void TestDemoRecords::childrenReferenceExistingRecords()
{
    const QSet<QString> users = ids(ctx().docs.all(u"user"_s));
    const QSet<QString> postings = ids(ctx().docs.all(u"posting"_s));
    const QSet<QString> templates = ids(ctx().docs.all(u"feedback_template"_s));
    const QSet<QString> contacts = ids(ctx().docs.all(u"contact"_s));
    const QSet<QString> applications = ids(ctx().docs.all(u"application"_s));
    const QSet<QString> offers = ids(ctx().docs.all(u"offer"_s));
    QSet<QString> usernames;
    const QList<QJsonObject> userDocs = ctx().docs.all(u"user"_s);
    for (const QJsonObject &u : userDocs)
        usernames.insert(u.value(u"username"_s).toString());

    for (const QJsonObject &o : std::as_const(m_opps)) {
        QVERIFY(contacts.contains(o.value(u"contact"_s).toString()));
        QVERIFY(users.contains(o.value(u"owner"_s).toString()));
        for (const QString &f : strings(o.value(u"followers"_s)))
            QVERIFY(users.contains(f));
        if (o.value(u"sourcedBy"_s).isString())
            QVERIFY(users.contains(o.value(u"sourcedBy"_s).toString()));
        const QJsonArray changes = o.value(u"stageChanges"_s).toArray();
        for (const QJsonValue &c : changes) {
            if (c.toObject().contains(u"userId"_s))
                QVERIFY(users.contains(c.toObject().value(u"userId"_s).toString()));
        }
    }
    for (const QString &kind : {u"application"_s, u"panel"_s, u"interview"_s, u"feedback"_s, u"note"_s,
                                u"file"_s, u"resume"_s, u"offer"_s, u"referral"_s, u"eeo_response"_s}) {
        const auto docs = m_f->documents(kind);
        QVERIFY2(!docs.isEmpty(), qPrintable(kind));
        for (const auto &[parent, doc] : docs) {
            QVERIFY2(m_oppsById.contains(parent), qPrintable(kind));
            if (doc.contains(u"opportunityId"_s))
                QCOMPARE(doc.value(u"opportunityId"_s).toString(), parent);
        }
    }
    for (const auto &[parent, a] : m_f->documents(u"application"_s)) {
        QCOMPARE(strings(m_oppsById.value(parent).value(u"applications"_s)),
                 QStringList{a.value(u"id"_s).toString()});
        QCOMPARE(a.value(u"candidateId"_s).toString(), parent);
        QVERIFY(postings.contains(a.value(u"posting"_s).toString()));
        QVERIFY(users.contains(a.value(u"postingOwner"_s).toString()));
        QVERIFY(a.value(u"user"_s).isNull() || users.contains(a.value(u"user"_s).toString()));
    }
    for (const auto &[parent, n] : m_f->documents(u"note"_s)) {
        QVERIFY(users.contains(n.value(u"user"_s).toString()));
        const QJsonArray fields = n.value(u"fields"_s).toArray();
        for (const QJsonValue &f : fields) {
            QVERIFY(users.contains(f.toObject().value(u"user"_s).toString()));
            static const QRegularExpression mention(u"@([a-z.]+)"_s);
            const auto m = mention.match(f.toObject().value(u"value"_s).toString());
            if (m.hasMatch())
                QVERIFY2(usernames.contains(m.captured(1)), qPrintable(m.captured(1)));
        }
    }
    QSqlQuery blobs = ctx().db.prepare(u"SELECT id, length(content) FROM file_blobs"_s);
    lever::sandbox::Database::exec(blobs);
    QHash<QString, qint64> blobSizes;
    while (blobs.next())
        blobSizes.insert(blobs.value(0).toString(), blobs.value(1).toLongLong());
    QSet<QString> files;
    for (const auto &[parent, f] : m_f->documents(u"file"_s)) {
        files.insert(f.value(u"id"_s).toString());
        QCOMPARE(blobSizes.value(f.value(u"id"_s).toString(), -1), f.value(u"size"_s).toInteger());
        QVERIFY(f.value(u"downloadUrl"_s).toString().contains(parent));
    }
    for (const auto &[parent, r] : m_f->documents(u"resume"_s))
        QVERIFY(files.contains(r.value(u"id"_s).toString())); // the resume is also the first file
    for (const auto &[parent, e] : m_f->documents(u"eeo_response"_s)) {
        QVERIFY(applications.contains(e.value(u"applicationId"_s).toString()));
        QVERIFY(postings.contains(e.value(u"posting"_s).toString()));
        QCOMPARE(e.value(u"contact"_s), m_oppsById.value(parent).value(u"contact"_s));
        QVERIFY(users.contains(e.value(u"opportunityOwner"_s).toString()));
    }
    QSet<QString> withOffer;
    for (const auto &[parent, offer] : m_f->documents(u"offer"_s)) {
        withOffer.insert(parent);
        QVERIFY(postings.contains(offer.value(u"posting"_s).toString()));
        QVERIFY(users.contains(offer.value(u"creator"_s).toString()));
    }
    QSet<QString> withReferral;
    for (const auto &[parent, r] : m_f->documents(u"referral"_s)) {
        withReferral.insert(parent);
        QCOMPARE(r.value(u"referrer"_s), m_oppsById.value(parent).value(u"sourcedBy"_s));
    }
    // Offers for everyone who reached the offer stage, referrals for every referred candidate.
    for (const QJsonObject &o : std::as_const(m_opps)) {
        bool reachedOffer = false;
        const QJsonArray changes = o.value(u"stageChanges"_s).toArray();
        for (const QJsonValue &c : changes)
            reachedOffer = reachedOffer || c.toObject().value(u"toStageId"_s).toString() == u"offer"_s;
        QCOMPARE(withOffer.contains(o.value(u"id"_s).toString()), reachedOffer);
        QCOMPARE(withReferral.contains(o.value(u"id"_s).toString()),
                 o.value(u"origin"_s).toString() == u"referred"_s);
    }
    // Requisitions point at postings that carry their code; hires on a posting match its offers.
    const QList<QJsonObject> requisitions = ctx().docs.all(u"requisition"_s);
    QVERIFY(!requisitions.isEmpty());
    const QHash<QString, QJsonObject> postingDocs = byId(u"posting"_s);
    for (const QJsonObject &r : requisitions) {
        const QStringList linked = strings(r.value(u"postings"_s));
        QCOMPARE(linked.size(), 1);
        QVERIFY(strings(postingDocs.value(linked.first()).value(u"requisitionCodes"_s))
                    .contains(r.value(u"requisitionCode"_s).toString()));
        const QStringList offerIds = strings(r.value(u"offerIds"_s));
        QCOMPARE(r.value(u"headcountHired"_s).toInt(), offerIds.size());
        for (const QString &id : offerIds)
            QVERIFY(offers.contains(id));
    }
    for (const auto &[parent, f] : m_f->documents(u"feedback"_s)) {
        QVERIFY(users.contains(f.value(u"user"_s).toString()));
        QVERIFY(templates.contains(f.value(u"baseTemplateId"_s).toString()));
    }
}

void TestDemoRecords::panelsInterviewsAndFeedbackAgree()
{
    const QHash<QString, QJsonObject> interviews = byId(u"interview"_s);
    const QHash<QString, QJsonObject> feedback = byId(u"feedback"_s);
    const QHash<QString, QJsonObject> templates = byId(u"feedback_template"_s);
    const QSet<QString> users = ids(ctx().docs.all(u"user"_s));
    int inPanels = 0;
    for (const auto &[parent, panel] : m_f->documents(u"panel"_s)) {
        const QJsonObject opp = m_oppsById.value(parent);
        QCOMPARE(panel.value(u"applications"_s), opp.value(u"applications"_s));
        bool visited = false;
        const QJsonArray changes = opp.value(u"stageChanges"_s).toArray();
        for (const QJsonValue &c : changes)
            visited = visited || c.toObject().value(u"toStageId"_s) == panel.value(u"stage"_s);
        QVERIFY(visited);
        QVERIFY(users.contains(panel.value(u"user"_s).toString()));
        const QJsonArray list = panel.value(u"interviews"_s).toArray();
        QVERIFY(list.size() >= 1 && list.size() <= 3);
        QCOMPARE(panel.value(u"start"_s), list.first().toObject().value(u"date"_s));
        for (const QJsonValue &v : list) {
            const QJsonObject inPanel = v.toObject();
            const QJsonObject interview = interviews.value(inPanel.value(u"id"_s).toString());
            QCOMPARE(interview.value(u"panel"_s), panel.value(u"id"_s));
            QCOMPARE(interview.value(u"opportunityId"_s).toString(), parent);
            for (const QString &key :
                 {u"subject"_s, u"date"_s, u"duration"_s, u"note"_s, u"feedbackTemplate"_s})
                QCOMPARE(interview.value(key), inPanel.value(key));
            QCOMPARE(interview.value(u"stage"_s), panel.value(u"stage"_s));
            QCOMPARE(interview.value(u"timezone"_s), panel.value(u"timezone"_s));
            QCOMPARE(interview.value(u"interviewers"_s).toArray().size(),
                     inPanel.value(u"interviewers"_s).toArray().size());
            QVERIFY(panel.value(u"createdAt"_s).toInteger() <= inPanel.value(u"date"_s).toInteger());
            QVERIFY(panel.value(u"end"_s).toInteger() >= inPanel.value(u"date"_s).toInteger());
            const QJsonArray people = inPanel.value(u"interviewers"_s).toArray();
            for (const QJsonValue &p : people)
                QVERIFY(users.contains(p.toObject().value(u"id"_s).toString()));
            QVERIFY(templates.contains(inPanel.value(u"feedbackTemplate"_s).toString()));
            for (const QString &fb : strings(interview.value(u"feedbackForms"_s))) {
                const QJsonObject form = feedback.value(fb);
                QCOMPARE(form.value(u"interview"_s), inPanel.value(u"id"_s));
                QCOMPARE(form.value(u"panel"_s), panel.value(u"id"_s));
                QVERIFY(form.value(u"completedAt"_s).toInteger() >= inPanel.value(u"date"_s).toInteger());
                const QJsonObject templ = templates.value(form.value(u"baseTemplateId"_s).toString());
                QCOMPARE(form.value(u"fields"_s).toArray().size(), templ.value(u"fields"_s).toArray().size());
            }
            ++inPanels;
        }
    }
    QCOMPARE(qsizetype(inPanels), interviews.size()); // every interview belongs to exactly one panel
}

void TestDemoRecords::childDataVariety()
{
    const qint64 now = ctx().now();
    int apiManaged = 0, uiManaged = 0, upcoming = 0, pastWithFeedback = 0;
    for (const auto &[parent, panel] : m_f->documents(u"panel"_s))
        (panel.value(u"externallyManaged"_s).toBool() ? apiManaged : uiManaged)++;
    const QList<QJsonObject> interviews = ctx().docs.all(u"interview"_s);
    for (const QJsonObject &i : interviews) {
        if (i.value(u"date"_s).toInteger() > now)
            ++upcoming;
        else if (!i.value(u"feedbackForms"_s).toArray().isEmpty())
            ++pastWithFeedback;
    }
    QVERIFY(apiManaged > 0 && uiManaged > 0);
    QVERIFY(upcoming > 0 && pastWithFeedback > 0);
    int secret = 0, mentions = 0, threads = 0;
    const QList<QJsonObject> notes = ctx().docs.all(u"note"_s);
    for (const QJsonObject &n : notes) {
        secret += n.value(u"secret"_s).toBool();
        threads += n.value(u"fields"_s).toArray().size() > 1;
        mentions +=
            n.value(u"fields"_s).toArray().first().toObject().value(u"value"_s).toString().contains(u'@');
    }
    QVERIFY(secret > 0 && mentions > 0 && threads > 0);
    QSet<QString> types;
    const QList<QJsonObject> applications = ctx().docs.all(u"application"_s);
    for (const QJsonObject &a : applications)
        types.insert(a.value(u"type"_s).toString());
    QCOMPARE(types, (QSet<QString>{u"applied"_s, u"referral"_s, u"posting"_s, u"user"_s}));
    QSet<QString> offerStatuses;
    const QList<QJsonObject> offers = ctx().docs.all(u"offer"_s);
    for (const QJsonObject &o : offers)
        offerStatuses.insert(o.value(u"status"_s).toString());
    QVERIFY(offerStatuses.contains(u"signed"_s));
    QVERIFY(offerStatuses.size() >= 3);
    QVERIFY(ctx().docs.count(u"eeo_response"_s) > 0);
    // Resumes come first among a person's files.
    for (const auto &[parent, r] : m_f->documents(u"resume"_s)) {
        const QList<QJsonObject> files = ctx().docs.children(u"file"_s, parent);
        QCOMPARE(files.first().value(u"id"_s), r.value(u"id"_s));
        break;
    }
}

QTEST_MAIN(TestDemoRecords)
#include "tst_demorecords.moc"
