// Every kind of demo document has the key names and JSON types of Lever's answers
// (lever-response-shapes.md), read back through the stores (most routes are written elsewhere), and
// opportunities also over HTTP.
#include "DocumentStore.h"
#include "JsonShape.h"
#include "SandboxContext.h"
#include "SandboxFixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using lever::sandbox::SandboxOptions;
using lever::test::JsonShape;
using lever::test::SandboxFixture;

namespace {
// Shapes of GET answers from lever-response-shapes.md (the `data` level). Where a recording only ever
// saw null (archived, snoozedUntil, feedback.interview...), the type is widened to what Lever sends when
// the value is set. Kinds with no recording (file, resume, offer, referral) follow Lever's documentation.
const QString kOpportunityShape = uR"(
applications: array
applications[]: string
archived: object|null
archived.archivedAt: number
archived.reason: string
confidentiality: string
contact: string
createdAt: number
dataProtection: null
emails: array
emails[]: string
followers: array
followers[]: string
headline: string
id: string
isAnonymized: boolean
lastAdvancedAt: number
lastInteractionAt: number
links: array
links[]: string
location: string
name: string
opportunityLocation?: string
origin: string
owner: string
phones: array
phones[]: object
phones[].type: string
phones[].value: string
snoozedUntil: number|null
sourcedBy: string|null
sources: array
sources[]: string
stage: string
stageChanges: array
stageChanges[]: object
stageChanges[].toStageId: string
stageChanges[].toStageIndex: number
stageChanges[].updatedAt: number
stageChanges[].userId?: string
tags: array
tags[]: string
updatedAt: number|null
urls: object
urls.list: string
urls.show: string
)"_s;

const QList<QPair<QString, QString>> kShapes = {
    {u"contact"_s, uR"(
dataProtection: object
dataProtection.interviewIntelligence: object
dataProtection.interviewIntelligence.allowed: boolean
dataProtection.interviewIntelligence.expiresAt: null
emails: array
emails[]: string
headline: string
id: string
isAnonymized: boolean
location: object
location.name: string
name: string
phones: array
phones[]: object
phones[].type: string
phones[].value: string
links: array
links[]: string
)"_s},
    {u"application"_s, uR"(
acceptLanguage: null
archived: object|null
archived.archivedAt: number
archived.reason: string
candidateId: string
comments: null
company: string|null
createdAt: number
customQuestions: array
email: string|null
id: string
ipAddress: null
links: array
links[]: string
name: string|null
opportunityId: string
phone: object|null
posting: string
postingHiringManager: string|null
postingOwner: string
referer: null
requisitionForHire: object|null
requisitionForHire.id: string
requisitionForHire.requisitionCode: string
timezone: null
type: string
user: string|null
userAgent: null
)"_s},
    {u"posting"_s, uR"(
categories: object
categories.allLocations: array
categories.allLocations[]: string
categories.commitment: string
categories.department: string
categories.level: null
categories.location: string
categories.team: string
confidentiality: string
content: object
content.closing: string
content.closingHtml: string
content.description: string
content.descriptionHtml: string
content.lists: array
content.lists[]: object
content.lists[].content: string
content.lists[].text: string
country: string
createdAt: number
distributionChannels: array|null
distributionChannels[]: string
followers: array
followers[]: string
hiringManager: string|null
id: string
owner: string
reqCode: string|null
requisitionCodes: array
requisitionCodes[]: string
salaryRange?: object
salaryRange.currency: string
salaryRange.interval: string
salaryRange.max: number
salaryRange.min: number
screening: object
screening.enabled: boolean
state: string
tags: array
tags[]: string
text: string
transcribeInterviews: boolean
updatedAt: number
urls: object|null
urls.apply: string
urls.list: string
urls.show: string
user: string|null
workplaceType: string
)"_s},
    {u"requisition"_s, uR"(
approval: object
approval.accountId?: string
approval.approvedAt?: number|null
approval.createdBy?: string
approval.id?: string
approval.startedAt?: number
approval.status?: string|null
approval.steps: array
approval.steps[]: object
approval.steps[].approvalsRequired: number
approval.steps[].approvers: array
approval.steps[].approvers[]: object
approval.steps[].approvers[].approved?: boolean
approval.steps[].approvers[].approvedAt?: number
approval.steps[].approvers[].id: string
approval.steps[].approvers[].isDynamic: boolean
approval.steps[].approvers[].type: string
approval.steps[].approvers[].user: object|string
approval.steps[].approvers[].user.email: string
approval.steps[].approvers[].user.userId: string
approval.steps[].completed: boolean
approval.steps[].id?: string
approval.steps[].outOfBandOnly: boolean
approval.steps[].status: string|null
backfill: boolean
closedAt: number|null
compensationBand: object|null
compensationBand.currency: string
compensationBand.interval: string
compensationBand.max: number
compensationBand.min: number
confidentiality: string
createdAt: number
creator: string|null
customFields: object
department: string|null
employmentStatus: string|null
headcountHired: number
headcountInfinite: boolean
headcountTotal: string|number
hiringManager: string|null
id: string
internalNotes: string
location: string|null
name: string
offerIds: array
offerIds[]: string
owner: string|null
postings: array
postings[]: string
requisitionCode: string
status: string
team: string|null
timeToFillEndAt: null
timeToFillStartAt: null
updatedAt: number
)"_s},
    {u"panel"_s, uR"(
applications: array
applications[]: string
canceledAt: null
createdAt: number
end: number
externalUrl: null
externallyManaged: boolean
feedbackReminder: string
id: string
interviews: array
interviews[]: object
interviews[].date: number
interviews[].duration: number
interviews[].feedbackReminder: string
interviews[].feedbackTemplate: string|null
interviews[].id: string
interviews[].interviewers: array
interviews[].interviewers[]: object
interviews[].interviewers[].email: string
interviews[].interviewers[].feedbackTemplate: string
interviews[].interviewers[].id: string
interviews[].interviewers[].name: string
interviews[].interviewers[].responseStatus: string
interviews[].location: null
interviews[].note: string
interviews[].subject: string
note: null
stage: string
start: number
timezone: string
user: string
)"_s},
    {u"interview"_s, uR"(
canceledAt: number|null
createdAt: number
date: number
duration: number
feedbackForms: array
feedbackForms[]: string
feedbackReminder: string
feedbackTemplate: string|null
gcalEventUrl: null
id: string
interviewers: array
interviewers[]: object
interviewers[].email: string
interviewers[].feedbackTemplate: string
interviewers[].id: string
interviewers[].name: string
location: null
note: string
opportunityId: string
panel: string
postings: array
postings[]: string
stage: string
subject: string
timezone: string
user: string
)"_s},
    // Lever answers multiple-select fields with an array of the chosen options.
    {u"feedback"_s, uR"(
baseTemplateId: string
completedAt: number
createdAt: number
deletedAt: number|null
fields: array
fields[]: object
fields[].description: string
fields[].id: string
fields[].options?: array
fields[].options[]: object
fields[].options[].text: string
fields[].prompt?: string
fields[].required: boolean
fields[].text: string
fields[].type: string
fields[].value: string|array|null
id: string
instructions: string
interview: string|null
panel: string|null
text: string
type: string
updatedAt: number
user: string
)"_s},
    {u"note"_s, uR"(
completedAt: number
createdAt: number
deletedAt: number|null
fields: array
fields[]: object
fields[].createdAt: number
fields[].score: null
fields[].stage: string
fields[].text: string
fields[].type: string
fields[].user: string
fields[].value: string
id: string
secret: boolean
text: string
user: string
)"_s},
    {u"eeo_response"_s, uR"(
applicationArchiveReason: string|null
applicationArchivedAt: number|null
applicationArchivedBy: string|null
applicationId: string
applicationTitle: string
appliedAt: number
contact: string
currentStage: string
eeoResponseSource: string
eeoSurveyRespondedAt: number
hiredDate: number|null
hiringManager: string|null
id: string
opportunityId: string
opportunityOwner: string
origin: string
posting: string
sources: array
sources[]: string
)"_s},
    {u"file"_s, uR"(
id: string
downloadUrl: string
ext: string
name: string
uploadedAt: number
status: string
size: number
)"_s},
    {u"resume"_s, uR"(
id: string
createdAt: number
file: object
file.name: string
file.ext: string
file.downloadUrl: string
file.uploadedAt: number
file.status: string
file.size: number
parsedData: object
parsedData.positions: array
parsedData.positions[].org: string
parsedData.positions[].title: string
parsedData.positions[].summary: string
parsedData.positions[].location: string
parsedData.positions[].start: object
parsedData.positions[].start.year: number
parsedData.positions[].start.month: number
parsedData.positions[].end: object|null
parsedData.schools: array
parsedData.schools[].org: string
parsedData.schools[].degree: string
parsedData.schools[].field: string
parsedData.schools[].start: object
parsedData.schools[].end: object
)"_s},
    {u"offer"_s, uR"(
id: string
posting: string
createdAt: number
status: string
creator: string
fields: array
fields[].text: string
fields[].identifier: string
fields[].value: string|number
signatures: object
signatures.candidate: object
signatures.candidate.name: string
signatures.candidate.email: string
signatures.candidate.signed: boolean
signatures.candidate.signedAt: number|null
signatures.signers: array
signatures.signers[].name: string
signatures.signers[].signed: boolean
approved: boolean|null
approvedAt: number|null
sentAt: number|null
sentDocument: object|null
signedDocument: object|null
)"_s},
    {u"referral"_s, uR"(
id: string
type: string
text: string
instructions: string
baseTemplateId: string
user: string
referrer: string
stage: string|null
createdAt: number
completedAt: number
fields: array
fields[].id: string
fields[].type: string
fields[].text: string
fields[].description: string
fields[].required: boolean
fields[].value: string
)"_s},
};
} // namespace

class TestDemoShapes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void opportunityShapeOverHttp();
    void documentShapes_data();
    void documentShapes();

private:
    std::unique_ptr<SandboxFixture> m_f;
};

void TestDemoShapes::initTestCase()
{
    SandboxOptions options = SandboxFixture::testOptions();
    options.demoSize = 2000;
    options.seed = 7;
    m_f = std::make_unique<SandboxFixture>(options);
}

void TestDemoShapes::cleanupTestCase()
{
    m_f.reset();
}

void TestDemoShapes::opportunityShapeOverHttp()
{
    const auto r = m_f->get(u"/opportunities?limit=100&confidentiality=all"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.list().size(), 100);
    QVERIFY(r.json.value(u"hasNext"_s).toBool());
    bool sawArchived = false, sawActive = false;
    for (const QJsonValue &v : r.list()) {
        QString problem;
        QVERIFY2(JsonShape::matches(v.toObject(), kOpportunityShape, &problem), qPrintable(problem));
        sawArchived = sawArchived || v.toObject().value(u"archived"_s).isObject();
        sawActive = sawActive || v.toObject().value(u"archived"_s).isNull();
    }
    QVERIFY(sawArchived && sawActive);
    const QString id = r.list().first().toObject().value(u"id"_s).toString();
    const auto one = m_f->get(u"/opportunities/"_s + id);
    QCOMPARE(one.status, 200);
    QString problem;
    QVERIFY2(JsonShape::matches(one.data(), kOpportunityShape, &problem), qPrintable(problem));
}

void TestDemoShapes::documentShapes_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("shape");
    for (const auto &[kind, shape] : kShapes)
        QTest::newRow(qPrintable(kind)) << kind << shape;
}

void TestDemoShapes::documentShapes()
{
    QFETCH(QString, kind);
    QFETCH(QString, shape);
    const QList<QJsonObject> docs = m_f->sandbox().context().docs.all(kind);
    QVERIFY(!docs.isEmpty());
    // The first ones and a spread over the rest.
    const qsizetype step = qMax<qsizetype>(1, docs.size() / 50);
    for (qsizetype i = 0; i < docs.size(); i += (i < 20 ? 1 : step)) {
        QString problem;
        QVERIFY2(JsonShape::matches(docs.at(i), shape, &problem),
                 qPrintable(kind + u' ' + docs.at(i).value(u"id"_s).toString() + u": "_s + problem));
    }
}

QTEST_MAIN(TestDemoShapes)
#include "tst_demoshapes.moc"
