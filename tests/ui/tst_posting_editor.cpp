// The posting editor against an in-process sandbox: create through the form with every field, edit and
// save, validation before anything is sent, pasted HTML cleaned, and the live preview.
#include "PostingPageEnv.h"
#include "candidate/FeedbackForm.h"
#include "pickers/UserPicker.h"
#include "postings/ApplicationFormPanel.h"
#include "postings/PostingListsEditor.h"
#include "postings/PostingPreview.h"
#include "postings/RichTextEdit.h"

#include <QCompleter>
#include <QSignalSpy>

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::test::postingui;

class TestPostingEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void createThroughTheFormWithEveryField();
    void editAndSaveSendsOnlyChanges();
    void validationRefusesBeforeSending_data();
    void validationRefusesBeforeSending();
    void existingPostingRules();
    void pastedHtmlIsCleaned();
    void listsAddRemoveReorder();
    void listFiltersSearchAndCounts();
    void userPickerFindsByNameOrEmail();
    void closingTheWindowAsksFirst();
    void applicationFormShownReadOnly();
};

namespace {

void setCombo(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}

void checkCode(QListWidget *list, const QString &code)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == code) {
            list->item(i)->setCheckState(Qt::Checked);
            return;
        }
    }
    QFAIL(qPrintable(u"no requisition code "_s + code));
}

void addList(QWidget *editor, const QString &title, const QStringList &items)
{
    QTest::mouseClick(child<QPushButton>(editor, u"addListButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(editor, u"listTitleEdit"_s), title);
    auto *text = child<QTextEdit>(editor, u"listItemsText"_s);
    text->setFocus();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, items.at(i));
    }
}

} // namespace

void TestPostingEditor::createThroughTheFormWithEveryField()
{
    PostingPageEnv env;
    QCOMPARE(env.f
                 .post(u"/requisitions"_s, QJsonObject{{u"name"_s, u"Platform"_s},
                                                       {u"requisitionCode"_s, u"ENG-7"_s},
                                                       {u"headcountTotal"_s, 2}})
                 .status,
             201);
    auto page = env.page();
    QTest::mouseClick(child<QPushButton>(page.get(), u"newPostingButton"_s), Qt::LeftButton);
    ui::PostingEditor *editor = page->editor();
    QVERIFY(page->isEditorShown());
    QVERIFY(editor->isNew());
    QVERIFY(!editor->isDirty());

    QTest::keyClicks(child<QLineEdit>(editor, u"titleEdit"_s), u"Senior Qt Engineer"_s);
    QVERIFY(editor->isDirty());
    setCombo(child<QComboBox>(editor, u"stateCombo"_s), u"published"_s);
    QTest::mouseClick(child<QCheckBox>(editor, u"internalCheck"_s), Qt::LeftButton); // public only
    const QString manager = env.otherUserId();
    QTest::keyClicks(child<QWidget>(editor, u"hiringManagerPicker"_s)->findChild<QLineEdit *>(),
                     nameOf(*env.users, manager));
    QTest::keyClicks(child<QLineEdit>(editor, u"teamEdit"_s), u"Platform"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"departmentEdit"_s), u"Engineering"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"locationEdit"_s), u"Berlin"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"commitmentEdit"_s), u"Full-time"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"levelEdit"_s), u"Senior"_s);
    setCombo(child<QComboBox>(editor, u"workplaceCombo"_s), u"hybrid"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"salaryMinEdit"_s), u"90000"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"salaryMaxEdit"_s), u"120000"_s);
    child<QComboBox>(editor, u"salaryCurrencyCombo"_s)->setCurrentText(u"EUR"_s);
    setCombo(child<QComboBox>(editor, u"salaryIntervalCombo"_s), u"per-year-salary"_s);
    QTest::keyClicks(child<QLineEdit>(editor, u"tagsEdit"_s), u"Backend, Qt"_s);
    checkCode(child<QListWidget>(editor, u"requisitionCodesList"_s), u"ENG-7"_s);

    auto *description = child<QTextEdit>(editor, u"descriptionText"_s);
    description->setFocus();
    QTest::keyClicks(description, u"We build the console. "_s);
    QTest::mouseClick(child<QWidget>(editor, u"descriptionEdit"_s)->findChild<QToolButton *>(u"boldButton"_s),
                      Qt::LeftButton);
    QTest::keyClicks(description, u"Bold claim"_s);
    addList(editor, u"Requirements"_s, {u"Five years of C++"_s, u"Qt Widgets"_s});
    addList(editor, u"Perks"_s, {u"Remote days"_s});
    auto *closing = child<QTextEdit>(editor, u"closingText"_s);
    closing->setFocus();
    QTest::keyClicks(closing, u"Apply today."_s);

    // The preview follows as the user types.
    const QString preview = child<ui::PostingPreview>(editor, u"postingPreview"_s)->toPlainText();
    QVERIFY2(preview.contains(u"Senior Qt Engineer"_s) && preview.contains(u"Requirements"_s) &&
                 preview.contains(u"Qt Widgets"_s) && preview.contains(u"Apply today."_s),
             qPrintable(preview));

    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isNew() && !editor->isBusy(), 10000);
    QVERIFY2(!editor->isDirty(),
             qPrintable(editor->currentForm().differences(models::PostingForm()).join(u',')));

    const QJsonObject p = getPosting(env.f, editor->postingId());
    QCOMPARE(p.value(u"text"_s).toString(), u"Senior Qt Engineer"_s);
    QCOMPARE(p.value(u"state"_s).toString(), u"published"_s);
    QCOMPARE(p.value(u"distributionChannels"_s).toArray(), QJsonArray{u"public"_s});
    QCOMPARE(p.value(u"owner"_s).toString(), env.client->actingUserId());
    QCOMPARE(p.value(u"hiringManager"_s).toString(), manager);
    const QJsonObject c = p.value(u"categories"_s).toObject();
    QCOMPARE(c.value(u"team"_s).toString(), u"Platform"_s);
    QCOMPARE(c.value(u"department"_s).toString(), u"Engineering"_s);
    QCOMPARE(c.value(u"location"_s).toString(), u"Berlin"_s);
    QCOMPARE(c.value(u"commitment"_s).toString(), u"Full-time"_s);
    QCOMPARE(c.value(u"level"_s).toString(), u"Senior"_s);
    QCOMPARE(p.value(u"workplaceType"_s).toString(), u"hybrid"_s);
    QCOMPARE(p.value(u"salaryRange"_s).toObject(), (QJsonObject{{u"min"_s, 90000},
                                                                {u"max"_s, 120000},
                                                                {u"currency"_s, u"EUR"_s},
                                                                {u"interval"_s, u"per-year-salary"_s}}));
    QCOMPARE(p.value(u"tags"_s).toArray(), (QJsonArray{u"Backend"_s, u"Qt"_s}));
    QCOMPARE(p.value(u"requisitionCodes"_s).toArray(), QJsonArray{u"ENG-7"_s});
    const QJsonObject content = p.value(u"content"_s).toObject();
    QCOMPARE(content.value(u"descriptionHtml"_s).toString(),
             u"<div>We build the console. <b>Bold claim</b></div>"_s);
    QCOMPARE(content.value(u"lists"_s).toArray(),
             (QJsonArray{QJsonObject{{u"text"_s, u"Requirements"_s},
                                     {u"content"_s, u"<li>Five years of C++</li><li>Qt Widgets</li>"_s}},
                         QJsonObject{{u"text"_s, u"Perks"_s}, {u"content"_s, u"<li>Remote days</li>"_s}}}));
    QCOMPARE(content.value(u"closingHtml"_s).toString(), u"<div>Apply today.</div>"_s);

    // The list has it, and the unsaved new posting's draft is gone.
    QVERIFY(page->postings()->rowOf(editor->postingId()) >= 0);
    QVERIFY(!editor->drafts().contains(models::PostingDraftStore::newKey()));
}

void TestPostingEditor::editAndSaveSendsOnlyChanges()
{
    PostingPageEnv env;
    const QString id = createPosting(
        env.f,
        QJsonObject{{u"text"_s, u"Data Analyst"_s},
                    {u"state"_s, u"published"_s},
                    {u"tags"_s, QJsonArray{u"SQL"_s}},
                    {u"categories"_s, QJsonObject{{u"team"_s, u"Data"_s}, {u"location"_s, u"Paris"_s}}},
                    {u"content"_s,
                     QJsonObject{{u"descriptionHtml"_s, u"<div>Numbers <i>matter</i>.</div>"_s},
                                 {u"lists"_s, QJsonArray{QJsonObject{{u"text"_s, u"You have"_s},
                                                                     {u"content"_s, u"<li>SQL</li>"_s}}}}}}});
    auto page = env.page();
    page->openPosting(id);
    ui::PostingEditor *editor = page->editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded() && !editor->isBusy(), 10000);
    // What Lever sent shows without counting as an edit.
    QVERIFY(!editor->isDirty());
    QCOMPARE(child<QLineEdit>(editor, u"titleEdit"_s)->text(), u"Data Analyst"_s);
    QCOMPARE(editor->currentForm().lists().size(), 1);

    replaceText(child<QLineEdit>(editor, u"titleEdit"_s), u"Senior Data Analyst"_s);
    replaceText(child<QLineEdit>(editor, u"locationEdit"_s), u"Lyon"_s);
    QVERIFY(editor->isDirty());
    QCOMPARE(editor->currentForm().differences(editor->currentForm()), QStringList());
    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty() && !editor->isBusy(), 10000);

    const QJsonObject p = getPosting(env.f, id);
    QCOMPARE(p.value(u"text"_s).toString(), u"Senior Data Analyst"_s);
    QCOMPARE(p.value(u"categories"_s).toObject().value(u"location"_s).toString(), u"Lyon"_s);
    QCOMPARE(p.value(u"categories"_s).toObject().value(u"team"_s).toString(), u"Data"_s);
    QCOMPARE(p.value(u"tags"_s).toArray(), QJsonArray{u"SQL"_s});
    QCOMPARE(p.value(u"content"_s).toObject().value(u"descriptionHtml"_s).toString(),
             u"<div>Numbers <i>matter</i>.</div>"_s);
    QCOMPARE(p.value(u"state"_s).toString(), u"published"_s);
    // The table shows the new title.
    const int row = page->postings()->rowOf(id);
    QCOMPARE(page->postings()->index(row, 0).data().toString(), u"Senior Data Analyst"_s);
    // Saving again with nothing changed sends no write.
    const int writes = postingWrites(env.f);
    editor->save();
    QTRY_VERIFY(!editor->isBusy());
    QCOMPARE(postingWrites(env.f), writes);
}

enum class Bad {
    Title,
    SalaryPartial,
    MinAboveMax,
    Currency,
    Negative,
    NoChannel,
    Owner,
    ListTitle,
    EmptyList
};

void TestPostingEditor::validationRefusesBeforeSending_data()
{
    QTest::addColumn<int>("bad");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QString>("message");
    QTest::newRow("no title") << int(Bad::Title) << u"text"_s << u"titleEdit"_s << u"Enter a title"_s;
    QTest::newRow("salary partial") << int(Bad::SalaryPartial) << u"salaryMax"_s << u"salaryMaxEdit"_s
                                    << u"minimum, maximum, currency and interval together"_s;
    QTest::newRow("min above max") << int(Bad::MinAboveMax) << u"salaryMin"_s << u"salaryMinEdit"_s
                                   << u"must not be greater than the maximum"_s;
    QTest::newRow("currency") << int(Bad::Currency) << u"salaryCurrency"_s << u"salaryCurrencyCombo"_s
                              << u"ISO 4217"_s;
    QTest::newRow("negative") << int(Bad::Negative) << u"salaryMin"_s << u"salaryMinEdit"_s << u"0 or more"_s;
    QTest::newRow("published nowhere") << int(Bad::NoChannel) << u"distributionChannels"_s << u"publicCheck"_s
                                       << u"at least one distribution channel"_s;
    QTest::newRow("unknown owner") << int(Bad::Owner) << u"owner"_s << u"ownerPicker"_s
                                   << u"No Lever user matches \"Nobody At All\""_s;
    QTest::newRow("list title") << int(Bad::ListTitle) << u"lists"_s << u"listTitleEdit"_s
                                << u"needs a title"_s;
    QTest::newRow("empty list") << int(Bad::EmptyList) << u"lists"_s << u"listTitleEdit"_s
                                << u"has no items"_s;
}

void TestPostingEditor::validationRefusesBeforeSending()
{
    QFETCH(int, bad);
    QFETCH(QString, field);
    QFETCH(QString, widget);
    QFETCH(QString, message);
    PostingPageEnv env;
    auto page = env.page();
    page->newPosting();
    ui::PostingEditor *editor = page->editor();
    if (Bad(bad) != Bad::Title)
        QTest::keyClicks(child<QLineEdit>(editor, u"titleEdit"_s), u"Engineer"_s);
    auto salary = [&](const QString &min, const QString &max, const QString &currency) {
        QTest::keyClicks(child<QLineEdit>(editor, u"salaryMinEdit"_s), min);
        QTest::keyClicks(child<QLineEdit>(editor, u"salaryMaxEdit"_s), max);
        child<QComboBox>(editor, u"salaryCurrencyCombo"_s)->setCurrentText(currency);
        setCombo(child<QComboBox>(editor, u"salaryIntervalCombo"_s), u"per-year-salary"_s);
    };
    switch (Bad(bad)) {
    case Bad::Title:
        QTest::keyClicks(child<QLineEdit>(editor, u"titleEdit"_s), u"   "_s);
        break;
    case Bad::SalaryPartial:
        QTest::keyClicks(child<QLineEdit>(editor, u"salaryMinEdit"_s), u"1000"_s);
        break;
    case Bad::MinAboveMax:
        salary(u"200"_s, u"100"_s, u"USD"_s);
        break;
    case Bad::Currency:
        salary(u"100"_s, u"200"_s, u"usd"_s);
        break;
    case Bad::Negative:
        salary(u"-5"_s, u"200"_s, u"USD"_s);
        break;
    case Bad::NoChannel:
        setCombo(child<QComboBox>(editor, u"stateCombo"_s), u"published"_s);
        QTest::mouseClick(child<QCheckBox>(editor, u"publicCheck"_s), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(editor, u"internalCheck"_s), Qt::LeftButton);
        break;
    case Bad::Owner:
        replaceText(child<QWidget>(editor, u"ownerPicker"_s)->findChild<QLineEdit *>(), u"Nobody At All"_s);
        break;
    case Bad::ListTitle:
        addList(editor, QString(), {u"An item"_s});
        break;
    case Bad::EmptyList:
        addList(editor, u"Perks"_s, {});
        break;
    }
    const int writes = postingWrites(env.f);
    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(!editor->isBusy());
    const QString shown = editor->formWidget()->issueText(field);
    QVERIFY2(shown.contains(message), qPrintable(shown));
    QVERIFY2(focusWithin(child<QWidget>(editor, widget)),
             qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : u"none"_s));
    QVERIFY(editor->statusText().contains(u"attention"_s));
    QTest::qWait(50);
    QCOMPARE(postingWrites(env.f), writes);
    QVERIFY(editor->isNew());
}

void TestPostingEditor::existingPostingRules()
{
    PostingPageEnv env;
    const QString id = createPosting(
        env.f,
        QJsonObject{{u"text"_s, u"Live"_s}, {u"state"_s, u"published"_s}, {u"workplaceType"_s, u"remote"_s}});
    auto page = env.page();
    page->openPosting(id);
    ui::PostingEditor *editor = page->editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded() && !editor->isBusy(), 10000);
    // Lever allows no way back to draft once live: the form does not offer it.
    auto *state = child<QComboBox>(editor, u"stateCombo"_s);
    QCOMPARE(state->findData(u"draft"_s), -1);
    QVERIFY(state->findData(u"closed"_s) >= 0);
    setCombo(child<QComboBox>(editor, u"workplaceCombo"_s), u"unspecified"_s);
    const int writes = postingWrites(env.f);
    QTest::mouseClick(child<QPushButton>(editor, u"saveButton"_s), Qt::LeftButton);
    QVERIFY(editor->formWidget()->issueText(u"workplaceType"_s).contains(u"cannot set it back"_s));
    QVERIFY(focusWithin(child<QWidget>(editor, u"workplaceCombo"_s)));
    QTest::qWait(50);
    QCOMPARE(postingWrites(env.f), writes);
    QCOMPARE(getPosting(env.f, id).value(u"workplaceType"_s).toString(), u"remote"_s);
}

void TestPostingEditor::pastedHtmlIsCleaned()
{
    PostingPageEnv env;
    auto page = env.page();
    page->newPosting();
    ui::PostingEditor *editor = page->editor();
    auto *description = child<QTextEdit>(editor, u"descriptionText"_s);
    description->setFocus();
    auto *mime = new QMimeData;
    mime->setHtml(u"<html><body><h2 style=\"color: red\">Who we are</h2><img src=\"logo.png\">"
                  u"<table><tr><td>Kept text</td></tr></table><script>alert(1)</script>"
                  u"<p><a href=\"https://example.com\">A link</a></p></body></html>"_s);
    mime->setText(u"plain"_s);
    QGuiApplication::clipboard()->setMimeData(mime);
    QTest::keyClick(description, Qt::Key_V, Qt::ControlModifier);
    const QString html = editor->currentForm().string(u"descriptionHtml"_s);
    QVERIFY2(html.contains(u"Who we are"_s) && html.contains(u"Kept text"_s), qPrintable(html));
    QVERIFY(html.contains(u"<a href=\"https://example.com\">A link</a>"_s));
    QVERIFY2(!html.contains(u"img"_s) && !html.contains(u"table"_s) && !html.contains(u"color"_s),
             qPrintable(html));
    QVERIFY(models::PostingHtml::check(html, models::PostingHtml::Profile::Description).isEmpty());
    const QString notice = child<ui::RichTextEdit>(editor, u"descriptionEdit"_s)->notice();
    QVERIFY2(notice.contains(u"<img>"_s) && notice.contains(u"<table>"_s) && notice.contains(u"<script>"_s),
             qPrintable(notice));
}

void TestPostingEditor::listsAddRemoveReorder()
{
    PostingPageEnv env;
    auto page = env.page();
    page->newPosting();
    ui::PostingEditor *editor = page->editor();
    addList(editor, u"A"_s, {u"a1"_s});
    addList(editor, u"B"_s, {u"b1"_s, u"b2"_s});
    addList(editor, u"C"_s, {u"c1"_s});
    auto titles = [&] {
        QStringList out;
        for (const auto &l : editor->currentForm().lists())
            out.append(l.text);
        return out;
    };
    QCOMPARE(titles(), (QStringList{u"A"_s, u"B"_s, u"C"_s}));
    QTest::mouseClick(child<QPushButton>(editor, u"moveListUpButton"_s), Qt::LeftButton); // C up
    QCOMPARE(titles(), (QStringList{u"A"_s, u"C"_s, u"B"_s}));
    child<QListWidget>(editor, u"listTitles"_s)->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(editor, u"moveListDownButton"_s), Qt::LeftButton);
    QCOMPARE(titles(), (QStringList{u"C"_s, u"A"_s, u"B"_s}));
    QTest::mouseClick(child<QPushButton>(editor, u"removeListButton"_s), Qt::LeftButton); // A
    QCOMPARE(titles(), (QStringList{u"C"_s, u"B"_s}));
    QCOMPARE(editor->currentForm().lists().at(1).content, u"<li>b1</li><li>b2</li>"_s);
    QVERIFY(child<ui::PostingPreview>(editor, u"postingPreview"_s)->toPlainText().indexOf(u"C"_s) >= 0);
}

void TestPostingEditor::listFiltersSearchAndCounts()
{
    PostingPageEnv env;
    auto seed = [&](const QString &text, const QString &state, const QString &team) {
        createPosting(env.f, QJsonObject{{u"text"_s, text},
                                         {u"state"_s, state},
                                         {u"categories"_s, QJsonObject{{u"team"_s, team}}}});
    };
    seed(u"Backend Engineer"_s, u"published"_s, u"Engineering"_s);
    seed(u"Frontend Engineer"_s, u"draft"_s, u"Engineering"_s);
    seed(u"Account Executive"_s, u"published"_s, u"Sales"_s);
    auto page = env.page();
    QTRY_COMPARE(page->postings()->rowCount(), 3);
    auto *table = child<QTableView>(page.get(), u"postingTable"_s);
    auto *counts = child<QLabel>(page.get(), u"stateCounts"_s);
    QVERIFY2(counts->text().contains(u"2 published"_s) && counts->text().contains(u"1 draft"_s),
             qPrintable(counts->text()));
    auto *state = child<QComboBox>(page.get(), u"stateFilter"_s);
    QVERIFY(state->itemText(state->findData(u"published"_s)).contains(u"(2)"_s));
    setCombo(state, u"published"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    auto *team = child<QComboBox>(page.get(), u"teamFilter"_s);
    setCombo(team, u"Sales"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    setCombo(team, QString());
    setCombo(state, QString());
    QTest::keyClicks(child<QLineEdit>(page.get(), u"postingSearch"_s), u"engineer"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    // Enter on a row opens it in the editor.
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const QString id = table->model()->index(0, 0).data(models::PostingListModel::IdRole).toString();
    QTest::keyClick(table, Qt::Key_Return);
    QVERIFY(page->isEditorShown());
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->isLoaded() && page->editor()->postingId() == id, 10000);
}

void TestPostingEditor::userPickerFindsByNameOrEmail()
{
    PostingPageEnv env;
    ui::UserPicker picker(env.users.get());
    QSignalSpy changed(&picker, &ui::UserPicker::userChanged);
    const QStandardItem *user = env.users->item(2);
    const QString id = user->data(Qt::UserRole).toString();
    // Any case, the e-mail works as well as the name.
    QTest::keyClicks(picker.lineEdit(), user->data(Qt::UserRole + 1).toString().toUpper());
    QCOMPARE(picker.currentUserId(), id);
    QCOMPARE(changed.last().first().toString(), id);
    replaceText(picker.lineEdit(), user->text().toLower());
    QCOMPARE(picker.currentUserId(), id);
    // A partial name completes from every user whose name contains it, but picks nobody by itself.
    replaceText(picker.lineEdit(), user->text().mid(1, 4));
    QVERIFY(picker.currentUserId().isEmpty());
    QVERIFY(picker.hasUnresolvedText());
    QVERIFY(picker.lineEdit()->completer()->completionCount() >= 1);
    picker.lineEdit()->completer()->setCurrentRow(0);
    const QModelIndex first = picker.lineEdit()->completer()->currentIndex();
    QVERIFY(first.data().toString().contains(user->text().mid(1, 4), Qt::CaseInsensitive));
    picker.setCurrentUserId(id);
    QCOMPARE(picker.text(), user->text());
    QCOMPARE(ui::UserPicker::userName(env.users.get(), id), user->text());
    replaceText(picker.lineEdit(), QString());
    QVERIFY(picker.currentUserId().isEmpty());
    QVERIFY(!picker.hasUnresolvedText());
}

void TestPostingEditor::closingTheWindowAsksFirst()
{
    PostingPageEnv env;
    const QString id = createPosting(env.f, QJsonObject{{u"text"_s, u"Open me"_s}});
    auto page = env.page();
    page->openPosting(id);
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->isLoaded() && !page->editor()->isBusy(), 10000);
    replaceText(child<QLineEdit>(page->editor(), u"titleEdit"_s), u"Unsaved"_s);
    env.prompter->answers = {QMessageBox::Cancel};
    QVERIFY(!page->close());
    QVERIFY(page->isVisible());
    QCOMPARE(env.prompter->asked.size(), 1);
    env.prompter->answers = {QMessageBox::Discard};
    page->close();
    QTRY_VERIFY(!page->isVisible());
    QCOMPARE(getPosting(env.f, id).value(u"text"_s).toString(), u"Open me"_s);
}

// The Application Form tab: what candidates are asked on the job site (GET /postings/{id}/apply), read only,
// each section drawn by FeedbackForm with every question the sandbox's form has.
void TestPostingEditor::applicationFormShownReadOnly()
{
    PostingPageEnv env;
    const QString id = createPosting(
        env.f, QJsonObject{{u"text"_s, u"Account Executive"_s},
                           {u"categories"_s, QJsonObject{{u"department"_s, u"Sales"_s},
                                                         {u"location"_s, u"Austin, United States"_s}}}});
    auto page = env.page();
    page->openPosting(id);
    ui::PostingEditor *editor = page->editor();
    QTRY_VERIFY_WITH_TIMEOUT(editor->isLoaded() && !editor->isBusy(), 10000);
    ui::ApplicationFormPanel *panel = editor->applicationForm();
    QVERIFY(panel);
    QVERIFY(panel->sectionTitles().isEmpty()); // read only once looked at
    child<QTabWidget>(editor, u"editorSideTabs"_s)->setCurrentWidget(panel);
    QTRY_VERIFY_WITH_TIMEOUT(!panel->sectionTitles().isEmpty(), 10000);

    const QJsonObject form = env.f.get(u"/postings/"_s + id + u"/apply"_s).json.value(u"data"_s).toObject();
    const QJsonArray sets = form.value(u"customQuestions"_s).toArray();
    QVERIFY(!sets.isEmpty());
    const QStringList titles = panel->sectionTitles();
    QVERIFY2(titles.contains(sets.first().toObject().value(u"text"_s).toString()),
             qPrintable(titles.join(u", ")));
    QVERIFY(titles.contains(u"Voluntary EEO questions"_s)); // a US posting asks them
    const QList<ui::FeedbackForm *> drawn = panel->findChildren<ui::FeedbackForm *>();
    int fields = 0;
    for (ui::FeedbackForm *f : drawn) {
        for (int i = 0; i < f->feedbackTemplate().fields.size(); ++i)
            QVERIFY(!f->fieldWidget(i)->isEnabled());
        fields += int(f->feedbackTemplate().fields.size());
    }
    const int expected =
        int(form.value(u"personalInformation"_s).toArray().size() + form.value(u"urls"_s).toArray().size() +
            sets.first().toObject().value(u"fields"_s).toArray().size() +
            form.value(u"eeoQuestions"_s).toObject().size());
    QCOMPARE(fields, expected);
    // A multiple-choice question is a choice between its options, not a line to type in.
    bool sawChoice = false;
    for (ui::FeedbackForm *f : drawn) {
        const auto &list = f->feedbackTemplate().fields;
        for (int i = 0; i < list.size(); ++i) {
            if (list.at(i).type == u"multiple-choice"_s) {
                auto *box = qobject_cast<QComboBox *>(f->fieldWidget(i));
                QVERIFY(box);
                QCOMPARE(box->count(), int(list.at(i).options.size()) + 1);
                sawChoice = true;
            }
        }
    }
    QVERIFY(sawChoice);
    QVERIFY(!editor->isDirty()); // looking at the form is not an edit

    // A posting not in Lever yet has no form to show.
    page->newPosting();
    QTRY_VERIFY(page->editor()->applicationForm()->sectionTitles().isEmpty());
    QVERIFY(page->editor()->applicationForm()->statusText().contains(u"once the posting is saved"_s));
}

QTEST_MAIN(TestPostingEditor)
#include "tst_posting_editor.moc"
