// The candidate page's data layer against an in-process sandbox: CandidateModel reads the opportunity,
// its contact, the person's other opportunities and every part at Interactive priority; the timeline
// spans the person's opportunities newest first; CandidateWrites refuses feedback with an empty
// required field and files over 30 MB before sending, and reports a failed write in words.
#include "ModelsTestKit.h"
#include "Session.h"
#include "Sync.h"
#include "candidate/CandidateModel.h"
#include "candidate/CandidateWrite.h"
#include "candidate/CandidateWrites.h"
#include "candidate/Timeline.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::control;
using lever::test::demoOptions;
using lever::test::makeClient;
using lever::test::requestsTo;
using lever::test::SandboxFixture;

class TestCandidateModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsEveryPartWithThePersonsOtherOpportunities();
    void missingRequiredFields();
    void refusesBeforeSending();
    void failedNoteIsReported();
};

namespace {
struct Env
{
    SandboxFixture f{demoOptions(60)};
    std::unique_ptr<api::Client> client = makeClient(f);
    Session session{*client};
    bool start()
    {
        session.sync().setDeltaIntervalMs(0);
        session.start();
        return QTest::qWaitFor(
            [this] { return !session.store().stages().isEmpty() && !session.sync().isBusy(); }, 30000);
    }
    bool loadedAll(const CandidateModel &m)
    {
        using Part = CandidateModel::Part;
        for (Part p : {Part::Opportunity, Part::Contact, Part::Notes, Part::Feedback, Part::Files,
                       Part::Interviews, Part::Applications, Part::Templates}) {
            if (!m.isLoaded(p))
                return false;
        }
        return true;
    }
    // A contact with more than one opportunity, and one of them.
    QString personWithSeveral()
    {
        QHash<QString, QStringList> byContact;
        const auto all = f.allOpportunities();
        for (const QJsonObject &o : all)
            byContact[o.value(u"contact"_s).toString()].append(o.value(u"id"_s).toString());
        for (auto it = byContact.cbegin(); it != byContact.cend(); ++it) {
            if (it->size() > 1)
                return it->first();
        }
        return {};
    }
};
} // namespace

void TestCandidateModel::loadsEveryPartWithThePersonsOtherOpportunities()
{
    Env env;
    QVERIFY(env.start());
    const QString id = env.personWithSeveral();
    QVERIFY2(!id.isEmpty(), "the demo data has a person with several opportunities");
    CandidateModel model(env.session, id);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(env.loadedAll(model), 15000);
    QTRY_VERIFY(!model.otherOpportunities().isEmpty());
    QCOMPARE(model.opportunity().id, id);
    QVERIFY(model.contact().has_value());
    QCOMPARE(model.contact()->id, model.opportunity().contact.id);
    for (const api::Opportunity &o : model.otherOpportunities()) {
        QCOMPARE(o.contact.id, model.opportunity().contact.id);
        QVERIFY(o.id != id);
    }
    QVERIFY(env.session.store().opportunity(id)); // actions can act on it
    QVERIFY(!model.templates().isEmpty());

    // The timeline: newest first, and it covers the other opportunities' stage changes too.
    auto spans = [&model, &env] {
        QSet<QString> ids;
        for (const TimelineEntry &e : Timeline::build(model, env.session.store()))
            ids.insert(e.opportunityId);
        return ids;
    };
    QTRY_VERIFY(spans().size() > 1);
    QVERIFY(spans().contains(id));
    const QList<TimelineEntry> entries = Timeline::build(model, env.session.store());
    for (qsizetype i = 1; i < entries.size(); ++i)
        QVERIFY(entries.at(i - 1).at >= entries.at(i).at);
    int stageChanges = 0;
    for (const TimelineEntry &e : entries)
        stageChanges += e.kind == TimelineEntry::Kind::StageChange && e.opportunityId == id;
    QCOMPARE(stageChanges, int(model.opportunity().stageChanges.size()));

    // Files: resumes first.
    const QSet<QString> resumes = model.resumeFileIds();
    bool seenOther = false;
    for (const api::File &file : model.filesResumeFirst()) {
        if (!resumes.contains(file.id))
            seenOther = true;
        else
            QVERIFY2(!seenOther, "a resume after another file");
    }
}

void TestCandidateModel::missingRequiredFields()
{
    api::FeedbackTemplate form;
    api::FeedbackField rating;
    rating.id = u"f1"_s;
    rating.text = u"Rating"_s;
    rating.type = u"score-system"_s;
    rating.required = true;
    api::FeedbackField summary;
    summary.id = u"f2"_s;
    summary.text = u"Summary"_s;
    summary.type = u"textarea"_s;
    summary.required = true;
    api::FeedbackField languages;
    languages.id = u"f3"_s;
    languages.text = u"Languages"_s;
    languages.type = u"multiple-select"_s;
    form.fields = {rating, summary, languages};
    QHash<QString, QJsonValue> values;
    QCOMPARE(CandidateWrites::missingRequired(form, values), (QStringList{u"Rating"_s, u"Summary"_s}));
    values.insert(u"f2"_s, u"   "_s); // blank is empty
    QCOMPARE(CandidateWrites::missingRequired(form, values), (QStringList{u"Rating"_s, u"Summary"_s}));
    values.insert(u"f1"_s, u"3 - Hire"_s);
    values.insert(u"f2"_s, u"Solid."_s);
    QVERIFY(CandidateWrites::missingRequired(form, values).isEmpty());
    QVERIFY(CandidateWrites::isEmptyValue(QJsonArray()));
    QVERIFY(!CandidateWrites::isEmptyValue(QJsonArray{u"C++"_s}));
}

void TestCandidateModel::refusesBeforeSending()
{
    Env env;
    QVERIFY(env.start());
    const QString id =
        env.session.store()
            .at(*env.session.store().activeInStage(env.session.store().stages().first().id).cbegin())
            .id;
    CandidateModel model(env.session, id);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(env.loadedAll(model), 15000);
    CandidateWrites writes(model);
    const int feedbackPosts =
        int(requestsTo(env.f, u"/opportunities/"_s + id + u"/feedback"_s, "POST").size());
    CandidateWrite *feedback = writes.submitFeedback(model.templates().first(), {});
    QSignalSpy feedbackDone(feedback, &CandidateWrite::finished);
    QTRY_COMPARE(feedbackDone.size(), 1);
    QCOMPARE(feedbackDone.first().at(0).toBool(), false);
    QVERIFY(feedbackDone.first().at(1).toString().startsWith(u"Please fill in"_s));

    QTemporaryDir dir;
    const QString big = dir.filePath(u"scan.pdf"_s);
    QFile file(big);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(CandidateWrites::kMaxUploadBytes + 1)); // sparse: nothing written
    file.close();
    const int filePosts = int(requestsTo(env.f, u"/opportunities/"_s + id + u"/files"_s, "POST").size());
    CandidateWrite *upload = writes.uploadFile(big);
    QSignalSpy uploadDone(upload, &CandidateWrite::finished);
    QTRY_COMPARE(uploadDone.size(), 1);
    QCOMPARE(uploadDone.first().at(0).toBool(), false);
    QVERIFY(uploadDone.first().at(1).toString().contains(u"30 MB"_s));
    QTest::qWait(50);
    QCOMPARE(int(requestsTo(env.f, u"/opportunities/"_s + id + u"/feedback"_s, "POST").size()),
             feedbackPosts);
    QCOMPARE(int(requestsTo(env.f, u"/opportunities/"_s + id + u"/files"_s, "POST").size()), filePosts);
}

void TestCandidateModel::failedNoteIsReported()
{
    Env env;
    QVERIFY(env.start());
    const QString id =
        env.session.store()
            .at(*env.session.store().activeInStage(env.session.store().stages().first().id).cbegin())
            .id;
    CandidateModel model(env.session, id);
    model.load();
    QTRY_VERIFY_WITH_TIMEOUT(env.loadedAll(model), 15000);
    CandidateWrites writes(model);
    QCOMPARE(
        control(
            env.f, "POST", u"/faults"_s,
            {{u"method"_s, u"POST"_s}, {u"path"_s, u"^/opportunities/[^/]+/notes"_s}, {u"status"_s, 500}}),
        204);
    CandidateWrite *note = writes.addNote(u"Follow up next week"_s, false, 0);
    QSignalSpy done(note, &CandidateWrite::finished);
    QTRY_VERIFY_WITH_TIMEOUT(done.size() == 1, 15000);
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY2(done.first().at(1).toString().startsWith(u"Could not save the note"_s),
             qPrintable(done.first().at(1).toString()));
    // A POST is never retried blindly.
    QCOMPARE(requestsTo(env.f, u"/opportunities/"_s + id + u"/notes"_s, "POST").size(), 1);
}

QTEST_MAIN(TestCandidateModel)
#include "tst_candidate_model.moc"
