// Admin › Feedback templates against an in-process sandbox through its real widgets: the list is the
// sandbox's; a template made in the editor (questions added, typed, reordered, previewed with the
// candidate page's FeedbackForm) round-trips through the sandbox; an edit keeps question ids; a delete is
// confirmed; what cannot be sent is refused before sending with every edit kept; a template made in
// Lever's UI is explained; and a key without the write scope gets an explanation instead of buttons.
#include "AdminTestKit.h"
#include "ApiKeyCredentials.h"
#include "Client.h"
#include "LeverApi.h"
#include "SandboxFixture.h"
#include "admin/FeedbackTemplateEditor.h"
#include "admin/FeedbackTemplatesAdminModel.h"
#include "admin/FeedbackTemplatesPage.h"
#include "candidate/FeedbackForm.h"
#include "common/Confirm.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::SandboxFixture;
using namespace lever::test::admin;
using Model = models::FeedbackTemplatesAdminModel;

namespace {

void select(ui::FeedbackTemplatesPage &page, const QString &id)
{
    const int row = page.model()->rowOf(id);
    QVERIFY(row >= 0);
    auto *proxy = page.table()->model();
    for (int r = 0; r < proxy->rowCount(); ++r) {
        if (proxy->index(r, 0).data(Model::IdRole).toString() == id)
            page.table()->selectRow(r);
    }
    QCOMPARE(page.currentId(), id);
}

void waitLoaded(ui::FeedbackTemplatesPage &page)
{
    QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading() && page.model()->rowCount() > 0, 10000);
}

} // namespace

class TestAdminFeedbackTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        ui::Confirm::setAnswererForTesting([this](const ui::Confirm::Question &q) {
            m_asked.append(q);
            return true;
        });
        m_asked.clear();
    }

    void listsTheSandboxTemplates()
    {
        SandboxFixture f;
        auto client = makeClient(f, f.sandbox().apiKey());
        ui::FeedbackTemplatesPage page(*client);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        waitLoaded(page);
        QStringList expected;
        for (const QJsonValue &t : f.get(u"/feedback_templates?limit=100"_s).list())
            expected.append(t.toObject().value(u"text"_s).toString());
        QStringList shown;
        for (int r = 0; r < page.model()->rowCount(); ++r)
            shown.append(page.model()->index(r, Model::Name).data().toString());
        expected.sort();
        shown.sort();
        QCOMPARE(shown, expected);
        QVERIFY(page.statusText().contains(QString::number(expected.size())));
    }

    void createEditAndDeleteThroughTheEditor()
    {
        SandboxFixture f;
        auto client = makeClient(f, f.sandbox().apiKey());
        ui::FeedbackTemplatesPage page(*client);
        page.show();
        waitLoaded(page);
        const int before = page.model()->rowCount();

        QTest::mouseClick(w<QPushButton>(&page, u"templatesNew"_s), Qt::LeftButton);
        ui::FeedbackTemplateEditor *editor = page.editor();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        // A new template starts with the overall rating every template needs.
        QCOMPARE(editor->feedbackTemplate().fields.size(), 1);
        QCOMPARE(editor->feedbackTemplate().fields.first().type, u"score-system"_s);
        QTest::keyClicks(w<QLineEdit>(editor, u"templateName"_s), u"Systems design interview"_s);
        editor->addQuestion(u"dropdown"_s);
        QTest::keyClicks(w<QLineEdit>(editor, u"questionText"_s), u"Scale of the design"_s);
        auto *choices = w<QPlainTextEdit>(editor, u"questionChoices"_s);
        QVERIFY(choices->isVisible());
        QTest::keyClicks(choices, u"Single service"_s);
        QTest::keyClick(choices, Qt::Key_Return);
        QTest::keyClicks(choices, u"Distributed"_s);
        editor->addQuestion(u"textarea"_s);
        QVERIFY(!w<QPlainTextEdit>(editor, u"questionChoices"_s)->isVisible());
        QTest::keyClicks(w<QLineEdit>(editor, u"questionText"_s), u"Notes"_s);
        // Notes first, then the rating, then the dropdown.
        editor->moveQuestion(2, -1);
        editor->moveQuestion(1, -1);
        QCOMPARE(w<QListWidget>(editor, u"templateQuestions"_s)->item(0)->text(), u"Notes"_s);
        // The preview is the candidate page's form: a combo box for the dropdown with both choices.
        ui::FeedbackForm *preview = editor->preview();
        QVERIFY(preview);
        auto *dropdown = qobject_cast<QComboBox *>(preview->fieldWidget(2));
        QVERIFY(dropdown);
        QCOMPARE(dropdown->count(), 3); // "— choose —" and the two choices
        QCOMPARE(dropdown->itemText(2), u"Distributed"_s);

        QTest::mouseClick(w<QPushButton>(editor, u"templateSave"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.editor(), 10000);
        QCOMPARE(page.model()->rowCount(), before + 1);
        const QString id = page.currentId();
        QVERIFY(!id.isEmpty());
        const QJsonObject stored = f.get(u"/feedback_templates/"_s + id).json.value(u"data"_s).toObject();
        QCOMPARE(stored.value(u"text"_s).toString(), u"Systems design interview"_s);
        const QJsonArray fields = stored.value(u"fields"_s).toArray();
        QCOMPARE(fields.size(), 3);
        QCOMPARE(fields.at(0).toObject().value(u"text"_s).toString(), u"Notes"_s);
        QCOMPARE(fields.at(1).toObject().value(u"type"_s).toString(), u"score-system"_s);
        QCOMPARE(fields.at(2).toObject().value(u"options"_s).toArray().size(), 2);

        // Edit: rename and retitle a question; the question keeps its id (and so its answers).
        const QString notesId = fields.at(0).toObject().value(u"id"_s).toString();
        page.editCurrent();
        editor = page.editor();
        QVERIFY(editor);
        type(w<QLineEdit>(editor, u"templateName"_s), u"System design"_s);
        editor->selectQuestion(0);
        type(w<QLineEdit>(editor, u"questionText"_s), u"Interviewer notes"_s);
        QTest::mouseClick(w<QPushButton>(editor, u"templateSave"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page.editor(), 10000);
        const QJsonObject edited = f.get(u"/feedback_templates/"_s + id).json.value(u"data"_s).toObject();
        QCOMPARE(edited.value(u"text"_s).toString(), u"System design"_s);
        const QJsonObject notes = edited.value(u"fields"_s).toArray().at(0).toObject();
        QCOMPARE(notes.value(u"text"_s).toString(), u"Interviewer notes"_s);
        QCOMPARE(notes.value(u"id"_s).toString(), notesId);
        QCOMPARE(page.model()->index(page.model()->rowOf(id), Model::Name).data().toString(),
                 u"System design"_s);

        // Delete, after a confirmation that names the template.
        select(page, id);
        QTest::mouseClick(w<QPushButton>(&page, u"templatesDelete"_s), Qt::LeftButton);
        QTRY_COMPARE(m_asked.size(), 1);
        QVERIFY(m_asked.first().text.contains(u"System design"_s));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), before, 10000);
        QCOMPARE(f.get(u"/feedback_templates/"_s + id).status, 404);
    }

    void refusedBeforeSendingKeepsTheEdits()
    {
        SandboxFixture f;
        auto client = makeClient(f, f.sandbox().apiKey());
        ui::FeedbackTemplatesPage page(*client);
        page.show();
        waitLoaded(page);
        const int before = int(f.get(u"/feedback_templates?limit=100"_s).list().size());
        page.newTemplate();
        ui::FeedbackTemplateEditor *editor = page.editor();
        QVERIFY(editor);
        QTest::keyClicks(w<QLineEdit>(editor, u"templateName"_s), u"Two ratings"_s);
        editor->addQuestion(u"score-system"_s);
        QTest::keyClicks(w<QLineEdit>(editor, u"questionText"_s), u"Second rating"_s);
        QTest::mouseClick(w<QPushButton>(editor, u"templateSave"_s), Qt::LeftButton);
        QVERIFY2(editor->errorText().contains(u"exactly one overall rating"_s),
                 qPrintable(editor->errorText()));
        QVERIFY(page.editor());
        QCOMPARE(editor->feedbackTemplate().text, u"Two ratings"_s);
        QCOMPARE(editor->feedbackTemplate().fields.size(), 2);
        // A dropdown without choices is refused too, naming the question.
        editor->removeQuestion(1);
        editor->addQuestion(u"dropdown"_s);
        QTest::keyClicks(w<QLineEdit>(editor, u"questionText"_s), u"Level"_s);
        QTest::mouseClick(w<QPushButton>(editor, u"templateSave"_s), Qt::LeftButton);
        QVERIFY2(editor->errorText().contains(u"Level"_s), qPrintable(editor->errorText()));
        QTest::qWait(200);
        QCOMPARE(int(f.get(u"/feedback_templates?limit=100"_s).list().size()), before);
        editor->reject();
    }

    void aTemplateMadeInLeverIsExplained()
    {
        SandboxFixture f;
        auto client = makeClient(f, f.sandbox().apiKey());
        ui::FeedbackTemplatesPage page(*client);
        page.show();
        waitLoaded(page);
        const QString id = page.model()->index(0, 0).data(Model::IdRole).toString();
        select(page, id);
        page.editCurrent();
        ui::FeedbackTemplateEditor *editor = page.editor();
        QVERIFY(editor);
        type(w<QLineEdit>(editor, u"templateName"_s), u"Renamed here"_s);
        QTest::mouseClick(w<QPushButton>(editor, u"templateSave"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!editor->errorText().isEmpty(), 10000);
        QVERIFY2(editor->errorText().contains(u"duplicate it"_s), qPrintable(editor->errorText()));
        QCOMPARE(editor->feedbackTemplate().text, u"Renamed here"_s); // the edit is still there
        QVERIFY(page.writeAllowed());
        editor->reject();
    }

    void withoutWriteScopeExplainsInsteadOfButtons()
    {
        SandboxFixture f;
        const QString key = f.sandbox().createApiKey({u"feedback_templates:read:admin"_s}, false);
        auto client = makeClient(f, key);
        ui::FeedbackTemplatesPage page(*client);
        page.show();
        waitLoaded(page);
        page.newTemplate();
        ui::FeedbackTemplateEditor *editor = page.editor();
        QVERIFY(editor);
        QTest::keyClicks(w<QLineEdit>(editor, u"templateName"_s), u"No scope"_s);
        QTest::mouseClick(w<QPushButton>(editor, u"templateSave"_s), Qt::LeftButton);
        auto *explanation = w<QLabel>(&page, u"templatesForbidden"_s);
        QTRY_VERIFY_WITH_TIMEOUT(explanation->isVisible(), 10000);
        QVERIFY2(explanation->text().contains(u"feedback_templates:write:admin"_s),
                 qPrintable(explanation->text()));
        QVERIFY(!page.writeAllowed());
        QVERIFY(!w<QPushButton>(&page, u"templatesNew"_s)->isVisible());
        QVERIFY(!w<QPushButton>(&page, u"templatesDelete"_s)->isVisible());
        QVERIFY(editor->errorText().contains(u"may not change"_s));
        QCOMPARE(editor->feedbackTemplate().text, u"No scope"_s);
        editor->reject();
    }

private:
    QList<ui::Confirm::Question> m_asked;
};

QTEST_MAIN(TestAdminFeedbackTemplates)
#include "tst_admin_feedback_templates.moc"
