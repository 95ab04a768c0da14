// The candidate page's sections through a real Session on an in-process sandbox: a note with an
// @mention completed from the users model, a reply in its thread, feedback from a template (refused
// before sending while a required field is empty; a failed save keeps the form), files uploaded by a
// drop (and one over 30 MB refused before sending), downloaded and deleted, and interview panels:
// read-only when scheduled in Lever, reschedule/cancel signals for API-created ones.
#include "CandidateTestKit.h"
#include "NoteRoutes.h"
#include "ShellTestKit.h"
#include "UsersModel.h"
#include "candidate/CandidateModel.h"
#include "candidate/CandidatePage.h"
#include "candidate/FeedbackForm.h"
#include "candidate/FeedbackPanel.h"
#include "candidate/FilesPanel.h"
#include "candidate/MentionEdit.h"
#include "candidate/NotesPanel.h"
#include "common/Confirm.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::CandidateEnv;

class TestCandidateSections : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ui::Confirm::setAnswererForTesting({}); }
    void noteWithMentionAndReply();
    void feedbackFromTemplate();
    void filesUploadDownloadDelete();
    void interviewsReadOnlyUnlessApiCreated();
};

namespace {
bool loaded(ui::CandidatePage &page)
{
    using Part = models::CandidateModel::Part;
    for (Part p : {Part::Opportunity, Part::Contact, Part::Notes, Part::Feedback, Part::Files,
                   Part::Interviews, Part::Templates}) {
        if (!page.model().isLoaded(p))
            return false;
    }
    return true;
}
// Fills every field of the form with an allowed value.
void fillAll(ui::FeedbackForm *form)
{
    const auto &fields = form->feedbackTemplate().fields;
    for (int i = 0; i < fields.size(); ++i) {
        QWidget *w = form->fieldWidget(i);
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            edit->setText(u"Clear and thorough"_s);
        else if (auto *text = qobject_cast<QPlainTextEdit *>(w))
            text->setPlainText(u"Walked through the design of a cache; good trade-offs."_s);
        else if (auto *box = qobject_cast<QComboBox *>(w))
            box->setCurrentIndex(1);
        else if (auto *list = qobject_cast<QListWidget *>(w); list && list->count() > 0)
            list->item(0)->setCheckState(Qt::Checked);
    }
}
} // namespace

void TestCandidateSections::noteWithMentionAndReply()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    ui::CandidatePage page(*env.session, id);
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 15000);
    page.tabs()->setCurrentWidget(page.notes());

    // Someone to mention: the first user the picker lists, and their Lever username.
    models::UsersModel &users = env.session->users();
    QVERIFY(users.rowCount() > 0);
    const QString userId = users.index(0, 0).data(models::UsersModel::IdRole).toString();
    const QString userName = users.index(0, 0).data().toString();
    const QJsonArray all = env.f.get(u"/users?limit=100"_s).list();
    QString username;
    for (const QJsonValue &u : all) {
        if (u.toObject().value(u"id"_s).toString() == userId)
            username = u.toObject().value(u"username"_s).toString();
    }
    QVERIFY(!username.isEmpty());
    QTRY_COMPARE(page.model().username(userId), username);

    ui::MentionEdit *edit = page.notes()->editor();
    edit->setFocus();
    QTest::keyClicks(edit, u"Strong call, thanks @"_s + userName.left(3));
    QAbstractItemView *popup = edit->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QVERIFY(popup->currentIndex().isValid());
    // The first match may be another user sharing the letters: pick ours.
    for (int r = 0; r < popup->model()->rowCount(); ++r) {
        if (popup->model()->index(r, 0).data(models::UsersModel::IdRole).toString() == userId)
            popup->setCurrentIndex(popup->model()->index(r, 0));
    }
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(edit->toPlainText(), QString(u"Strong call, thanks @"_s + username + u' '));
    QTest::keyClicks(edit, u"for joining."_s);
    page.findChild<QComboBox *>(u"noteScore"_s)->setCurrentIndex(1); // 4
    page.findChild<QPushButton *>(u"noteSend"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(edit->toPlainText().isEmpty(), 15000);

    QList<QJsonObject> notes = env.docsOf(u"note"_s, id);
    QJsonObject mine;
    for (const QJsonObject &n : notes) {
        if (n.value(u"fields"_s)
                .toArray()
                .first()
                .toObject()
                .value(u"value"_s)
                .toString()
                .contains(u"for joining."_s))
            mine = n;
    }
    QVERIFY2(!mine.isEmpty(), "the note reached the sandbox");
    const QString text = mine.value(u"fields"_s).toArray().first().toObject().value(u"value"_s).toString();
    QVERIFY2(text.contains(u'@' + username + u" for joining."_s), qPrintable(text));
    // Lever (here the sandbox) resolves it to the user, who is notified.
    QVERIFY(
        sandbox::NoteRoutes::mentionedUsers(env.f.sandbox().context(), text).contains(QJsonValue(userId)));
    QCOMPARE(mine.value(u"fields"_s).toArray().first().toObject().value(u"score"_s).toInt(), 4);

    // It shows in the list; reply to it.
    auto *list = page.findChild<QTreeWidget *>(u"notesList"_s);
    const QString noteId = mine.value(u"id"_s).toString();
    QTreeWidgetItem *item = nullptr;
    QTRY_VERIFY([&] {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == noteId)
                item = list->topLevelItem(i);
        }
        return item != nullptr;
    }());
    list->setCurrentItem(item);
    page.findChild<QPushButton *>(u"noteReply"_s)->click();
    QVERIFY(!page.findChild<QLabel *>(u"noteReplyLabel"_s)->isHidden());
    QTest::keyClicks(edit, u"Agreed, let us move ahead."_s);
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier); // sends
    QTRY_VERIFY_WITH_TIMEOUT(edit->toPlainText().isEmpty(), 15000);
    const QJsonObject thread = env.f.get(u"/opportunities/"_s + id + u"/notes/"_s + noteId).data();
    const QJsonArray fields = thread.value(u"fields"_s).toArray();
    QCOMPARE(fields.size(), 2);
    QCOMPARE(fields.at(1).toObject().value(u"value"_s).toString(), u"Agreed, let us move ahead."_s);
    // The thread shows under the note once read back.
    QTRY_VERIFY([&] {
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == noteId)
                return list->topLevelItem(i)->childCount() == 1;
        }
        return false;
    }());
    test::screenshot(&page, u"candidate-notes"_s);
}

void TestCandidateSections::feedbackFromTemplate()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    ui::CandidatePage page(*env.session, id);
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 15000);
    page.tabs()->setCurrentWidget(page.feedback());
    const qsizetype before = env.docsOf(u"feedback"_s, id).size();

    // A template with a required field (every one has its score-system field).
    auto *templates = page.findChild<QComboBox *>(u"feedbackTemplate"_s);
    QVERIFY(templates->count() > 0);
    // The template with the most fields, so that more field types are rendered and sent.
    int richest = 0;
    for (int i = 0; i < templates->count(); ++i) {
        if (page.model().templates().at(i).fields.size() > page.model().templates().at(richest).fields.size())
            richest = i;
    }
    templates->setCurrentIndex(richest);
    page.findChild<QPushButton *>(u"feedbackStart"_s)->click();
    ui::FeedbackForm *form = page.feedback()->form();
    QVERIFY(form);
    bool anyRequired = false;
    for (const auto &f : form->feedbackTemplate().fields)
        anyRequired = anyRequired || f.required;
    QVERIFY(anyRequired);

    // Refused before sending while a required field is empty.
    const QString feedbackPath = u"/opportunities/"_s + id + u"/feedback"_s;
    const int posts = env.requestsTo("POST", feedbackPath);
    page.findChild<QPushButton *>(u"feedbackSubmit"_s)->click();
    auto *error = page.findChild<QLabel *>(u"feedbackError"_s);
    QVERIFY(!error->isHidden());
    QVERIFY2(error->text().startsWith(u"Please fill in"_s), qPrintable(error->text()));
    QTest::qWait(100);
    QCOMPARE(env.requestsTo("POST", feedbackPath), posts);
    test::screenshot(&page, u"candidate-feedback-form"_s);

    // A failed save keeps the form and its answers.
    fillAll(form);
    const auto answers = form->values();
    QVERIFY(env.fault("POST", u"^/opportunities/[^/]+/feedback"_s));
    page.findChild<QPushButton *>(u"feedbackSubmit"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(error->text().startsWith(u"Could not submit the feedback"_s), 15000);
    QCOMPARE(page.feedback()->form(), form);
    QCOMPARE(form->values(), answers);
    QVERIFY(page.hasUnsentInput());

    // Sent once Lever answers again.
    QVERIFY(env.clearFaults());
    page.findChild<QPushButton *>(u"feedbackSubmit"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.feedback()->form() == nullptr, 15000);
    const QList<QJsonObject> after = env.docsOf(u"feedback"_s, id);
    QCOMPARE(after.size(), before + 1);
    auto *list = page.findChild<QTreeWidget *>(u"feedbackList"_s);
    QTRY_COMPARE(list->topLevelItemCount(), int(before + 1));
    test::screenshot(&page, u"candidate-feedback"_s);
}

void TestCandidateSections::filesUploadDownloadDelete()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    ui::CandidatePage page(*env.session, id);
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 15000);
    const qsizetype before = env.docsOf(u"file"_s, id).size();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cover-letter.txt"_s);
    const QByteArray content = "Dear hiring team,\nI would love to build consoles.\n";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }

    // Dropped on the page: uploaded, the Files tab shown.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&page, &drop);
    QCOMPARE(page.tabs()->currentWidget(), page.files());
    QTRY_VERIFY_WITH_TIMEOUT(env.docsOf(u"file"_s, id).size() == before + 1, 15000);
    auto *list = page.findChild<QTreeWidget *>(u"filesList"_s);
    // The list is rebuilt as parts arrive: find the row afresh each time.
    auto row = [list]() -> QTreeWidgetItem * {
        const auto found = list->findItems(u"cover-letter.txt"_s, Qt::MatchExactly, 0);
        return found.isEmpty() ? nullptr : found.first();
    };
    QTRY_VERIFY(row() != nullptr);
    QTRY_VERIFY(page.files()->statusText().startsWith(u"Uploaded"_s));

    // Over 30 MB: refused before anything is sent (a sparse file, so nothing is written).
    const QString big = dir.filePath(u"huge-portfolio.pdf"_s);
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(30 * 1024 * 1024 + 1));
    }
    const int uploads = env.requestsTo("POST", u"/opportunities/"_s + id + u"/files"_s);
    page.files()->upload(big);
    QVERIFY2(page.files()->statusText().contains(u"larger than 30 MB"_s),
             qPrintable(page.files()->statusText()));
    QTest::qWait(100);
    QCOMPARE(env.requestsTo("POST", u"/opportunities/"_s + id + u"/files"_s), uploads);

    // A larger upload shows its progress as it goes.
    const QString medium = dir.filePath(u"portfolio.pdf"_s);
    {
        QFile f(medium);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8 * 1024 * 1024, 'x'));
    }
    auto *progress = page.findChild<QProgressBar *>(u"fileProgress"_s);
    QList<int> seen;
    bool shot = false;
    connect(progress, &QProgressBar::valueChanged, &page, [&](int value) {
        seen.append(value);
        if (!shot && value > 0 && value < progress->maximum()) {
            shot = true;
            // Grabbed right here (no wait inside a slot), only when screenshots are asked for.
            const QString shots = qEnvironmentVariable("LEVER_SCREENSHOT_DIR");
            if (!shots.isEmpty())
                page.grab().save(shots + u"/candidate-upload-progress.png"_s);
        }
    });
    page.files()->upload(medium);
    QVERIFY(progress->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(page.files()->statusText() == u"Uploaded portfolio.pdf."_s, 30000);
    QVERIFY(!progress->isVisible());
    QVERIFY2(std::any_of(seen.cbegin(), seen.cend(), [](int v) { return v > 0; }), "progress was reported");

    // Download to a chosen path.
    const QString fileId = row()->data(0, Qt::UserRole).toString();
    const QString target = dir.filePath(u"downloaded.txt"_s);
    page.files()->download(fileId, target);
    QTRY_VERIFY_WITH_TIMEOUT(page.files()->statusText().startsWith(u"Saved to"_s), 15000);
    {
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    // Delete, after confirming.
    QList<ui::Confirm::Question> asked;
    ui::Confirm::setAnswererForTesting([&](const ui::Confirm::Question &q) {
        asked.append(q);
        return true;
    });
    list->setCurrentItem(row());
    page.findChild<QPushButton *>(u"fileDelete"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(env.docsOf(u"file"_s, id).size() == before + 1, 15000); // the portfolio stays
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.first().text.contains(u"cover-letter.txt"_s));
    QTRY_VERIFY(list->findItems(u"cover-letter.txt"_s, Qt::MatchExactly, 0).isEmpty());
    test::screenshot(&page, u"candidate-files"_s);

    // A file deleted in Lever meanwhile: the download fails, the file's own record says why, and the list
    // is read again.
    QList<QTreeWidgetItem *> portfolio = list->findItems(u"portfolio.pdf"_s, Qt::MatchExactly, 0);
    QCOMPARE(portfolio.size(), 1);
    const QString goneId = portfolio.first()->data(0, Qt::UserRole).toString();
    QCOMPARE(
        env.f.del(u"/opportunities/"_s + id + u"/files/"_s + goneId + u"?perform_as="_s + env.f.firstUserId())
            .status,
        204);
    page.files()->download(goneId, dir.filePath(u"gone.pdf"_s));
    QTRY_VERIFY_WITH_TIMEOUT(page.files()->statusText().contains(u"deleted in Lever meanwhile"_s), 15000);
    QVERIFY(!QFile::exists(dir.filePath(u"gone.pdf"_s)));
    const QString goneFile = u"/opportunities/"_s + id + u"/files/"_s + goneId;
    QCOMPARE(env.requestsTo("GET", goneFile) - env.requestsTo("GET", goneFile + u"/download"_s), 1);
    QTRY_VERIFY(list->findItems(u"portfolio.pdf"_s, Qt::MatchExactly, 0).isEmpty());
}

void TestCandidateSections::interviewsReadOnlyUnlessApiCreated()
{
    CandidateEnv env(80);
    QVERIFY(env.start());
    // An opportunity with a panel scheduled in Lever's UI (not externally managed).
    QString id, lockedPanel;
    const auto panels = env.f.documents(u"panel"_s);
    for (const auto &p : panels) {
        if (!p.second.value(u"externallyManaged"_s).toBool() && env.session->store().opportunity(p.first)) {
            id = p.first;
            lockedPanel = p.second.value(u"id"_s).toString();
            break;
        }
    }
    QVERIFY2(!id.isEmpty(), "the demo data has a panel scheduled in Lever");
    ui::CandidatePage page(*env.session, id);
    page.resize(1280, 800);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 15000);
    page.tabs()->setCurrentWidget(reinterpret_cast<QWidget *>(page.interviews()));
    QTRY_VERIFY(page.findChild<QWidget *>(u"panel_"_s + lockedPanel));
    auto *why = page.findChild<QLabel *>(u"readOnly_"_s + lockedPanel);
    QVERIFY(why);
    QCOMPARE(why->text(), u"Scheduled in Lever: change it there."_s);
    QVERIFY(!page.findChild<QPushButton *>(u"reschedule_"_s + lockedPanel));
    QVERIFY(!page.findChild<QPushButton *>(u"cancelPanel_"_s + lockedPanel));

    // A panel the API creates gets Reschedule and Cancel, which ask the scheduling dialog.
    const qint64 tomorrow = QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000;
    const auto created = env.f.post(
        u"/opportunities/"_s + id + u"/panels?perform_as="_s + env.f.firstUserId(),
        {{u"timezone"_s, u"Europe/London"_s},
         {u"interviews"_s,
          QJsonArray{QJsonObject{{u"subject"_s, u"System design"_s},
                                 {u"interviewers"_s, QJsonArray{QJsonObject{{u"id"_s, env.f.firstUserId()}}}},
                                 {u"date"_s, tomorrow},
                                 {u"duration"_s, 60}}}}});
    QCOMPARE(created.status, 201);
    const QString apiPanel = created.data().value(u"id"_s).toString();
    QSignalSpy schedule(&page, &ui::CandidatePage::scheduleRequested);
    QSignalSpy reschedule(&page, &ui::CandidatePage::rescheduleRequested);
    QSignalSpy cancel(&page, &ui::CandidatePage::cancelPanelRequested);
    page.reloadInterviews();
    QTRY_VERIFY_WITH_TIMEOUT(page.findChild<QPushButton *>(u"reschedule_"_s + apiPanel), 15000);
    QVERIFY(!page.findChild<QLabel *>(u"readOnly_"_s + apiPanel));
    page.findChild<QPushButton *>(u"reschedule_"_s + apiPanel)->click();
    page.findChild<QPushButton *>(u"cancelPanel_"_s + apiPanel)->click();
    page.findChild<QPushButton *>(u"scheduleInterview"_s)->click();
    QCOMPARE(reschedule.size(), 1);
    QCOMPARE(reschedule.first().at(0).toString(), id);
    QCOMPARE(reschedule.first().at(1).toString(), apiPanel);
    QCOMPARE(cancel.size(), 1);
    QCOMPARE(cancel.first().at(1).toString(), apiPanel);
    QCOMPARE(schedule.size(), 1);
    QCOMPARE(schedule.first().at(0).toString(), id);
    test::screenshot(&page, u"candidate-interviews"_s);
}

QTEST_MAIN(TestCandidateSections)
#include "tst_candidate_sections.moc"
