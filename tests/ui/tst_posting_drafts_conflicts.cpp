// No lost edits: drafts written as the user types and offered again after the window is destroyed unsaved,
// the prompt on leaving unsaved changes, and conflicts with a change made on the server meanwhile
// (detected before writing, resolved per field either way).
#include "FaultInjector.h"
#include "PostingPageEnv.h"
#include "postings/ConflictDialog.h"
#include "postings/PostingListPanel.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::test::postingui;

class TestPostingDraftsConflicts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void draftWrittenAsTheUserTypes();
    void draftSurvivesDestroyingTheWindow();
    void newPostingDraftComesBack();
    void discardedDraftIsGone();
    void closePromptSaveDiscardCancel();
    void conflictResolvedPerField_data();
    void conflictResolvedPerField();
    void conflictCancelledKeepsEditing();
    void duplicateMakesASecondPosting();
    void failedSaveKeepsTheEdits();
};

namespace {

QString seedPosting(PostingPageEnv &env, const QString &title = u"Original"_s)
{
    return createPosting(env.f, QJsonObject{{u"text"_s, title},
                                            {u"state"_s, u"draft"_s},
                                            {u"categories"_s, QJsonObject{{u"team"_s, u"Platform"_s},
                                                                          {u"location"_s, u"Berlin"_s}}}});
}

void openAndWait(ui::PostingsPage *page, const QString &id)
{
    page->openPosting(id);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->isLoaded() && !page->editor()->isBusy(), 10000);
}

QLineEdit *title(ui::PostingsPage *page)
{
    return child<QLineEdit>(page->editor(), u"titleEdit"_s);
}

} // namespace

void TestPostingDraftsConflicts::draftWrittenAsTheUserTypes()
{
    PostingPageEnv env;
    const QString id = seedPosting(env);
    auto page = env.page();
    openAndWait(page.get(), id);
    page->editor()->setDraftDelay(30);
    QVERIFY(!page->editor()->drafts().contains(id));
    QTest::keyClicks(title(page.get()), u" v2"_s);
    QTRY_VERIFY(page->editor()->drafts().contains(id));
    QCOMPARE(page->editor()->drafts().load(id)->form.string(u"text"_s), u"Original v2"_s);
    const QString path = page->editor()->drafts().filePath(id);
    QVERIFY(path.startsWith(env.dir.path()));
    QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions()); // 0600
    // Typing the old value back: nothing left to keep.
    replaceText(title(page.get()), u"Original"_s);
    QVERIFY(!page->editor()->isDirty());
    QVERIFY(!page->editor()->drafts().contains(id));
}

void TestPostingDraftsConflicts::draftSurvivesDestroyingTheWindow()
{
    PostingPageEnv env;
    const QString id = seedPosting(env);
    {
        auto page = env.page();
        openAndWait(page.get(), id);
        page->editor()->setDraftDelay(60 * 60 * 1000); // only the destruction writes it
        replaceText(title(page.get()), u"Edited, never saved"_s);
        replaceText(child<QLineEdit>(page->editor(), u"teamEdit"_s), u"Core"_s);
        QVERIFY(page->editor()->isDirty());
    } // destroyed without saving: as close as a test gets to a kill between keystrokes and a save
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"Original"_s);

    env.prompter->answers = {QMessageBox::Yes};
    auto page = env.page();
    openAndWait(page.get(), id);
    QTRY_COMPARE(title(page.get())->text(), u"Edited, never saved"_s);
    QCOMPARE(env.prompter->asked.size(), 1);
    QVERIFY(env.prompter->asked.first().contains(u"Restore"_s));
    QCOMPARE(child<QLineEdit>(page->editor(), u"teamEdit"_s)->text(), u"Core"_s);
    QVERIFY(page->editor()->isDirty());
    QVERIFY(page->editor()->save());
    QTRY_VERIFY_WITH_TIMEOUT(!page->editor()->isDirty() && !page->editor()->isBusy(), 10000);
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"Edited, never saved"_s);
    QCOMPARE(getPosting(env.f, id).value(u"categories"_s).toObject().value(u"team"_s).toString(), u"Core"_s);
    QVERIFY(!page->editor()->drafts().contains(id));
}

void TestPostingDraftsConflicts::newPostingDraftComesBack()
{
    PostingPageEnv env;
    {
        auto page = env.page();
        page->newPosting();
        page->editor()->setDraftDelay(60 * 60 * 1000);
        QTest::keyClicks(title(page.get()), u"Half-written posting"_s);
    }
    env.prompter->answers = {QMessageBox::Yes};
    auto page = env.page();
    page->newPosting();
    QTRY_COMPARE(title(page.get())->text(), u"Half-written posting"_s);
    QVERIFY(page->editor()->isNew());
    QVERIFY(page->editor()->save());
    QTRY_VERIFY_WITH_TIMEOUT(!page->editor()->isNew() && !page->editor()->isBusy(), 10000);
    QCOMPARE(getPosting(env.f, page->editor()->postingId()).value(u"text"_s).toString(),
             u"Half-written posting"_s);
    QVERIFY(!page->editor()->drafts().contains(models::PostingDraftStore::newKey()));
}

void TestPostingDraftsConflicts::discardedDraftIsGone()
{
    PostingPageEnv env;
    const QString id = seedPosting(env);
    {
        auto page = env.page();
        openAndWait(page.get(), id);
        replaceText(title(page.get()), u"Not wanted"_s);
    }
    env.prompter->answers = {QMessageBox::Discard};
    auto page = env.page();
    openAndWait(page.get(), id);
    QTRY_COMPARE(env.prompter->asked.size(), 1);
    QCOMPARE(title(page.get())->text(), u"Original"_s);
    QVERIFY(!page->editor()->isDirty());
    QVERIFY(!page->editor()->drafts().contains(id));
}

void TestPostingDraftsConflicts::closePromptSaveDiscardCancel()
{
    PostingPageEnv env;
    const QString id = seedPosting(env);
    auto page = env.page();
    openAndWait(page.get(), id);
    auto *back = child<QPushButton>(page->editor(), u"backToListButton"_s);

    // Not dirty: no question.
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!page->isEditorShown());
    QVERIFY(env.prompter->asked.isEmpty());

    openAndWait(page.get(), id);
    replaceText(title(page.get()), u"Changed"_s);
    env.prompter->answers = {QMessageBox::Cancel};
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(env.prompter->asked.size(), 1);
    QVERIFY(page->isEditorShown());
    QVERIFY(page->editor()->isDirty());

    env.prompter->answers = {QMessageBox::Save};
    QTest::mouseClick(back, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isEditorShown(), 10000);
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"Changed"_s);

    openAndWait(page.get(), id);
    replaceText(title(page.get()), u"Thrown away"_s);
    env.prompter->answers = {QMessageBox::Discard};
    bool closed = false;
    page->requestClose([&closed](bool ok) { closed = ok; });
    QVERIFY(closed);
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"Changed"_s);
    QVERIFY(!page->editor()->drafts().contains(id));
}

void TestPostingDraftsConflicts::conflictResolvedPerField_data()
{
    QTest::addColumn<bool>("keepMyTitle");
    QTest::addColumn<bool>("keepMyTeam");
    QTest::newRow("my title, their team") << true << false;
    QTest::newRow("their title, my team") << false << true;
    QTest::newRow("keep all mine") << true << true;
    QTest::newRow("take all theirs") << false << false;
}

void TestPostingDraftsConflicts::conflictResolvedPerField()
{
    QFETCH(bool, keepMyTitle);
    QFETCH(bool, keepMyTeam);
    PostingPageEnv env;
    const QString id = seedPosting(env);
    auto page = env.page();
    openAndWait(page.get(), id);
    ui::PostingEditor *editor = page->editor();
    replaceText(title(page.get()), u"My title"_s);
    replaceText(child<QLineEdit>(editor, u"teamEdit"_s), u"My team"_s);
    replaceText(child<QLineEdit>(editor, u"locationEdit"_s), u"Munich"_s); // only I change this

    // Meanwhile someone else changes the title, the team and the commitment in Lever.
    QTest::qWait(5);
    const auto r = env.f.post(u"/postings/"_s + id + u"?perform_as="_s + env.otherUserId(),
                              QJsonObject{{u"text"_s, u"Their title"_s},
                                          {u"categories"_s, QJsonObject{{u"team"_s, u"Their team"_s},
                                                                        {u"commitment"_s, u"Part-time"_s}}}});
    QCOMPARE(r.status, 200);
    const int writes = postingWrites(env.f);

    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(editor->conflictDialog() && editor->conflictDialog()->isVisible(), 10000);
    ui::ConflictDialog *dialog = editor->conflictDialog();
    // Never a silent overwrite: nothing was written, and Lever still has their version.
    QCOMPARE(postingWrites(env.f), writes);
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"Their title"_s);
    QCOMPARE(dialog->conflictingFields(),
             (QStringList{u"text"_s, u"team"_s, u"location"_s, u"commitment"_s}));
    // Defaults: what I edited is mine, what only they changed is theirs.
    QCOMPARE(dialog->choice(u"location"_s), ui::ConflictDialog::Choice::Mine);
    QCOMPARE(dialog->choice(u"commitment"_s), ui::ConflictDialog::Choice::Theirs);

    if (keepMyTitle && keepMyTeam) {
        QTest::mouseClick(child<QPushButton>(dialog, u"keepAllMine"_s), Qt::LeftButton);
    } else if (!keepMyTitle && !keepMyTeam) {
        QTest::mouseClick(child<QPushButton>(dialog, u"takeAllTheirs"_s), Qt::LeftButton);
    } else {
        child<QRadioButton>(dialog, (keepMyTitle ? u"mine_text"_s : u"theirs_text"_s))->click();
        child<QRadioButton>(dialog, (keepMyTeam ? u"mine_team"_s : u"theirs_team"_s))->click();
    }
    QTest::mouseClick(child<QPushButton>(dialog, u"saveChoices"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy() && !editor->isDirty(), 10000);

    const QJsonObject p = getPosting(env.f, id);
    const QJsonObject c = p.value(u"categories"_s).toObject();
    QCOMPARE(p.value(u"text"_s).toString(), keepMyTitle ? u"My title"_s : u"Their title"_s);
    QCOMPARE(c.value(u"team"_s).toString(), keepMyTeam ? u"My team"_s : u"Their team"_s);
    const bool allTheirs = !keepMyTitle && !keepMyTeam;
    const bool allMine = keepMyTitle && keepMyTeam;
    QCOMPARE(c.value(u"location"_s).toString(), allTheirs ? u"Berlin"_s : u"Munich"_s);
    QCOMPARE(c.value(u"commitment"_s).toString(), allMine ? QString() : u"Part-time"_s);
    // The editor shows what Lever now holds.
    QCOMPARE(title(page.get())->text(), p.value(u"text"_s).toString());
}

void TestPostingDraftsConflicts::conflictCancelledKeepsEditing()
{
    PostingPageEnv env;
    const QString id = seedPosting(env);
    auto page = env.page();
    openAndWait(page.get(), id);
    ui::PostingEditor *editor = page->editor();
    replaceText(title(page.get()), u"My title"_s);
    QTest::qWait(5);
    QCOMPARE(env.f
                 .post(u"/postings/"_s + id + u"?perform_as="_s + env.otherUserId(),
                       QJsonObject{{u"categories"_s, QJsonObject{{u"team"_s, u"Their team"_s}}}})
                 .status,
             200);
    QVERIFY(editor->save());
    QTRY_VERIFY_WITH_TIMEOUT(editor->conflictDialog() && editor->conflictDialog()->isVisible(), 10000);
    QTest::mouseClick(child<QPushButton>(editor->conflictDialog(), u"cancelConflict"_s), Qt::LeftButton);
    QTRY_VERIFY(!editor->conflictDialog());
    QVERIFY(editor->isDirty());
    QCOMPARE(title(page.get())->text(), u"My title"_s);
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"Original"_s);
    // Cancelling rebased my edits on their version: their team shows, my title stays, and saving writes
    // my title without undoing their team.
    QCOMPARE(child<QLineEdit>(editor, u"teamEdit"_s)->text(), u"Their team"_s);
    QVERIFY(editor->save());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy() && !editor->isDirty(), 10000);
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"My title"_s);
    QCOMPARE(getPosting(env.f, id).value(u"categories"_s).toObject().value(u"team"_s).toString(),
             u"Their team"_s);
    QVERIFY(editor->conflictDialog() == nullptr);
}

void TestPostingDraftsConflicts::duplicateMakesASecondPosting()
{
    PostingPageEnv env;
    const QString id = seedPosting(env, u"Designer"_s);
    auto page = env.page();
    QTRY_COMPARE(page->postings()->rowCount(), 1);
    page->listPanel()->selectId(id);
    QTest::mouseClick(child<QPushButton>(page.get(), u"duplicatePostingButton"_s), Qt::LeftButton);
    QVERIFY(page->isEditorShown());
    QVERIFY(page->editor()->isNew());
    QVERIFY(title(page.get())->text().contains(u"Designer"_s));
    QCOMPARE(child<QLineEdit>(page->editor(), u"teamEdit"_s)->text(), u"Platform"_s);
    QVERIFY(page->editor()->save());
    QTRY_VERIFY_WITH_TIMEOUT(!page->editor()->isNew() && !page->editor()->isBusy(), 10000);
    QVERIFY(page->editor()->postingId() != id);
    QCOMPARE(page->postings()->rowCount(), 2);
    QCOMPARE(getPosting(env.f, page->editor()->postingId())
                 .value(u"categories"_s)
                 .toObject()
                 .value(u"team"_s)
                 .toString(),
             u"Platform"_s);
}

void TestPostingDraftsConflicts::failedSaveKeepsTheEdits()
{
    PostingPageEnv env;
    const QString id = seedPosting(env);
    auto page = env.page();
    openAndWait(page.get(), id);
    ui::PostingEditor *editor = page->editor();
    replaceText(title(page.get()), u"Kept through a failure"_s);
    sandbox::FaultInjector::Rule rule;
    rule.method = "POST";
    rule.path = QRegularExpression(u"^/postings/"_s + id);
    rule.status = 500;
    env.f.sandbox().faults().addRule(rule);
    QVERIFY(editor->save());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy(), 10000);
    // Lever did not confirm: the user is told, the edits stay, and so does the copy on disk.
    QVERIFY(!editor->statusText().isEmpty());
    QVERIFY(!editor->statusText().contains(u"Saved"_s));
    QVERIFY(editor->isDirty());
    QCOMPARE(title(page.get())->text(), u"Kept through a failure"_s);
    QCOMPARE(editor->drafts().load(id)->form.string(u"text"_s), u"Kept through a failure"_s);
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"Original"_s);

    env.f.sandbox().faults().clearRules();
    QVERIFY(editor->save());
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isBusy() && !editor->isDirty(), 10000);
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"Kept through a failure"_s);
    QVERIFY(!editor->drafts().contains(id));
}

QTEST_MAIN(TestPostingDraftsConflicts)
#include "tst_posting_drafts_conflicts.moc"
