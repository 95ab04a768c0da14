// The candidate page through a real Session on an in-process sandbox: opening from the view (tabs,
// refocus), the header's fields, tags added and removed inline, the stage changed from the page, a
// contact field edited, a failed save that keeps the form and its input, and closing a tab with an
// unsent note asking first.
#include "CandidateTestKit.h"
#include "ShellTestKit.h"
#include "UsersModel.h"
#include "candidate/CandidateHeader.h"
#include "candidate/CandidateModel.h"
#include "candidate/CandidatePage.h"
#include "candidate/CandidatesView.h"
#include "candidate/ContactEditor.h"
#include "candidate/MentionEdit.h"
#include "candidate/NotesPanel.h"
#include "candidate/Timeline.h"
#include "candidate/TimelinePanel.h"
#include "common/Confirm.h"
#include "common/OriginNames.h"
#include "pickers/UserPicker.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::CandidateEnv;

class TestCandidatePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { ui::Confirm::setAnswererForTesting({}); }
    void opensInViewWithItsFields();
    void addsAndRemovesTag();
    void changesStage();
    void changesOwner();
    void archivesWithReasonAndUnarchives();
    void editsContactField();
    void failedContactSaveKeepsInput();
    void closingWithUnsentNoteAsks();
};

namespace {
bool loaded(ui::CandidatePage *page)
{
    return page->model().isLoaded(models::CandidateModel::Part::Opportunity) &&
           page->model().isLoaded(models::CandidateModel::Part::Contact) &&
           page->model().isLoaded(models::CandidateModel::Part::Notes);
}
} // namespace

void TestCandidatePage::opensInViewWithItsFields()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QStringList withNotes = env.parentsOf(u"note"_s);
    QVERIFY(withNotes.size() >= 2);
    const QString id = withNotes.first();
    const QJsonObject server = env.onServer(id);

    ui::CandidatesView view(*env.session);
    view.resize(1280, 800);
    view.show();
    view.openCandidate(id);
    QCOMPARE(view.pageCount(), 1);
    ui::CandidatePage *page = view.page(id);
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 15000);

    auto *name = page->findChild<QLabel *>(u"candidateName"_s);
    QCOMPARE(name->text(), server.value(u"name"_s).toString());
    QTRY_COMPARE(view.tabs()->tabText(0), server.value(u"name"_s).toString());
    const QString email = server.value(u"emails"_s).toArray().first().toString();
    auto *copy = page->findChild<QToolButton *>(u"copyEmail0"_s);
    QVERIFY(copy);
    QCOMPARE(copy->text(), email);
    auto *mail = page->findChild<QLabel *>(u"mailTo0"_s);
    QVERIFY(mail->text().contains(u"mailto:"_s));
    QSignalSpy messages(page->header(), &ui::CandidateHeader::message);
    copy->click();
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().first().toString().contains(email));

    auto *stage = page->findChild<QComboBox *>(u"stageSelector"_s);
    QCOMPARE(stage->currentData(Qt::UserRole).toString(), server.value(u"stage"_s).toString());
    auto *origin = page->findChild<QLabel *>(u"candidateOrigin"_s);
    // Shown as a recruiter reads it ("Sourced"), not Lever's key ("sourced").
    QCOMPARE(origin->text(), ui::OriginNames::label(server.value(u"origin"_s).toString()));
    QVERIFY(origin->text() != server.value(u"origin"_s).toString());

    // The timeline lists the notes (and more), newest first.
    auto *timeline = page->findChild<QTreeWidget *>(u"timelineList"_s);
    QTRY_VERIFY(timeline->topLevelItemCount() >= env.docsOf(u"note"_s, id).size());
    auto *filter = page->findChild<QComboBox *>(u"timelineFilter"_s);
    filter->setCurrentIndex(filter->findText(u"Notes"_s));
    // The person's other opportunities' notes count too.
    QVERIFY(timeline->topLevelItemCount() >= env.docsOf(u"note"_s, id).size());
    QVERIFY(env.docsOf(u"note"_s, id).size() > 0);
    for (int i = 0; i < timeline->topLevelItemCount(); ++i)
        QCOMPARE(timeline->topLevelItem(i)->data(0, Qt::UserRole).toInt(),
                 int(models::TimelineEntry::Kind::Note));

    // Opening it again focuses its tab; another opens a second tab.
    view.openCandidate(withNotes.at(1));
    QCOMPARE(view.pageCount(), 2);
    QCOMPARE(view.currentPage()->opportunityId(), withNotes.at(1));
    view.openCandidate(id);
    QCOMPARE(view.pageCount(), 2);
    QCOMPARE(view.currentPage()->opportunityId(), id);
    filter->setCurrentIndex(0);
    test::screenshot(&view, u"candidate-timeline"_s);
    page->tabs()->setCurrentIndex(page->tabs()->count() - 1);
    QTRY_VERIFY(page->model().isLoaded(models::CandidateModel::Part::Applications));
    test::screenshot(&view, u"candidate-applications"_s);
}

void TestCandidatePage::addsAndRemovesTag()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    ui::CandidatePage page(*env.session, id);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(&page), 15000);

    auto *newTag = page.findChild<QLineEdit *>(u"newTag"_s);
    QTest::keyClicks(newTag, u"Night owl"_s);
    QTest::keyClick(newTag, Qt::Key_Return);
    // Optimistic: the chip shows at once, then the sandbox has it.
    QVERIFY(page.findChild<QToolButton *>(u"tag_Night owl"_s));
    QTRY_VERIFY(env.onServer(id).value(u"tags"_s).toArray().contains(u"Night owl"_s));
    QTRY_VERIFY(!env.session->store().hasPendingWrite(id));

    auto *chip = page.findChild<QToolButton *>(u"tag_Night owl"_s);
    QVERIFY(chip);
    chip->click();
    QTRY_VERIFY(!page.findChild<QToolButton *>(u"tag_Night owl"_s));
    QTRY_VERIFY(!env.onServer(id).value(u"tags"_s).toArray().contains(u"Night owl"_s));

    // Sources likewise (the board's actions: shown at once, then confirmed by Lever's answer).
    auto *newSource = page.findChild<QLineEdit *>(u"newSource"_s);
    QTest::keyClicks(newSource, u"Meetup"_s);
    QTest::keyClick(newSource, Qt::Key_Return);
    QTRY_VERIFY(page.findChild<QToolButton *>(u"source_Meetup"_s));
    QTRY_VERIFY(env.onServer(id).value(u"sources"_s).toArray().contains(u"Meetup"_s));
    QVERIFY(env.session->store().opportunity(id)->sources.contains(u"Meetup"_s));
    QVERIFY(newSource->text().isEmpty());
    page.findChild<QToolButton *>(u"source_Meetup"_s)->click();
    QTRY_VERIFY(!page.findChild<QToolButton *>(u"source_Meetup"_s));
    QTRY_VERIFY(!env.onServer(id).value(u"sources"_s).toArray().contains(u"Meetup"_s));
}

void TestCandidatePage::changesStage()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    const QString from = env.onServer(id).value(u"stage"_s).toString();
    ui::CandidatePage page(*env.session, id);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(&page), 15000);
    auto *stage = page.findChild<QComboBox *>(u"stageSelector"_s);
    int row = 0;
    while (stage->itemData(row, Qt::UserRole).toString() == from)
        ++row;
    const QString to = stage->itemData(row, Qt::UserRole).toString();
    stage->setCurrentIndex(row);
    Q_EMIT stage->activated(row);
    QCOMPARE(env.session->store().opportunity(id)->stageId, to); // optimistic
    QTRY_COMPARE(env.onServer(id).value(u"stage"_s).toString(), to);
    QTRY_VERIFY(!env.session->store().hasPendingWrite(id));
    QCOMPARE(stage->currentData(Qt::UserRole).toString(), to);
}

void TestCandidatePage::changesOwner()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    const QString from = env.onServer(id).value(u"owner"_s).toString();
    ui::CandidatePage page(*env.session, id);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(&page), 15000);
    // Another active user, picked by typing their exact name (the picker resolves it on leaving).
    QAbstractItemModel &users = env.session->users();
    QString to, toName;
    for (int row = 0; row < users.rowCount() && to.isEmpty(); ++row) {
        const QString userId = users.index(row, 0).data(Qt::UserRole).toString();
        if (userId != from) {
            to = userId;
            toName = users.index(row, 0).data(Qt::DisplayRole).toString();
        }
    }
    QVERIFY(!to.isEmpty());
    auto *owner = page.findChild<ui::UserPicker *>(u"ownerPicker"_s);
    QVERIFY(owner);
    owner->lineEdit()->setText(toName);
    Q_EMIT owner->lineEdit()->editingFinished();
    QCOMPARE(owner->currentUserId(), to);
    QCOMPARE(env.session->store().opportunity(id)->ownerId, to); // optimistic
    QTRY_COMPARE(env.onServer(id).value(u"owner"_s).toString(), to);
    QTRY_VERIFY(!env.session->store().hasPendingWrite(id));
}

void TestCandidatePage::archivesWithReasonAndUnarchives()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    ui::CandidatePage page(*env.session, id);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(&page), 15000);
    auto *reason = page.findChild<QComboBox *>(u"archiveReason"_s);
    QVERIFY(reason->count() > 1);
    reason->setCurrentIndex(reason->count() - 1);
    const QString reasonId = reason->currentData(Qt::UserRole).toString();
    auto *unarchive = page.findChild<QPushButton *>(u"unarchiveButton"_s);
    QVERIFY(unarchive->isHidden());
    page.findChild<QPushButton *>(u"archiveButton"_s)->click();
    QVERIFY(!unarchive->isHidden()); // optimistic
    QVERIFY(page.findChild<QLabel *>(u"archivedState"_s)
                ->text()
                .startsWith(u"Archived: "_s + reason->currentText()));
    QTRY_COMPARE(env.onServer(id).value(u"archived"_s).toObject().value(u"reason"_s).toString(), reasonId);
    QTRY_VERIFY(!env.session->store().hasPendingWrite(id));
    unarchive->click();
    QTRY_VERIFY(env.onServer(id).value(u"archived"_s).isNull());
    QTRY_VERIFY(unarchive->isHidden());
    QCOMPARE(page.findChild<QLabel *>(u"archivedState"_s)->text(), u"Active"_s);
}

void TestCandidatePage::editsContactField()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    ui::CandidatePage page(*env.session, id);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(&page), 15000);
    page.findChild<QPushButton *>(u"editContact"_s)->click();
    auto *editor = page.findChild<ui::ContactEditor *>(u"contactEditor"_s);
    QVERIFY(editor->isVisible());
    auto *headline = editor->findChild<QLineEdit *>(u"contactHeadline"_s);
    headline->clear();
    QTest::keyClicks(headline, u"Principal Engineer at Analytical Engines"_s);
    auto *phones = editor->findChild<QLineEdit *>(u"contactPhones"_s);
    phones->setText(u"mobile: +44 20 7946 0123"_s);
    editor->findChild<QPushButton *>(u"contactSave"_s)->click();
    QTRY_VERIFY(!editor->isVisible());
    const QString contactId = env.onServer(id).value(u"contact"_s).toString();
    const QJsonObject contact = env.f.get(u"/contacts/"_s + contactId).data();
    QCOMPARE(contact.value(u"headline"_s).toString(), u"Principal Engineer at Analytical Engines"_s);
    QCOMPARE(contact.value(u"phones"_s).toArray().first().toObject().value(u"value"_s).toString(),
             u"+44 20 7946 0123"_s);
    // The header shows the saved value once read back.
    QTRY_VERIFY(page.findChild<QLabel *>(u"candidateSubtitle"_s)->text().contains(u"Principal Engineer"_s));
}

void TestCandidatePage::failedContactSaveKeepsInput()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    ui::CandidatePage page(*env.session, id);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(&page), 15000);
    QVERIFY(env.fault("PUT", u"^/contacts/"_s));
    page.findChild<QPushButton *>(u"editContact"_s)->click();
    auto *editor = page.findChild<ui::ContactEditor *>(u"contactEditor"_s);
    auto *name = editor->findChild<QLineEdit *>(u"contactName"_s);
    const QString before = name->text();
    name->setText(u"Ada King, Countess of Lovelace"_s);
    editor->findChild<QPushButton *>(u"contactSave"_s)->click();
    auto *error = editor->findChild<QLabel *>(u"contactError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 15000);
    QVERIFY2(error->text().startsWith(u"Could not save the contact"_s), qPrintable(error->text()));
    QVERIFY(editor->isVisible());
    QCOMPARE(name->text(), u"Ada King, Countess of Lovelace"_s);
    QVERIFY(page.hasUnsentInput());
    const QString contactId = env.onServer(id).value(u"contact"_s).toString();
    QCOMPARE(env.f.get(u"/contacts/"_s + contactId).data().value(u"name"_s).toString(), before);
    // Once Lever answers again, the same input saves.
    QVERIFY(env.clearFaults());
    editor->findChild<QPushButton *>(u"contactSave"_s)->click();
    QTRY_VERIFY(!editor->isVisible());
    QCOMPARE(env.f.get(u"/contacts/"_s + contactId).data().value(u"name"_s).toString(),
             u"Ada King, Countess of Lovelace"_s);
}

void TestCandidatePage::closingWithUnsentNoteAsks()
{
    CandidateEnv env;
    QVERIFY(env.start());
    const QString id = env.anyActive();
    QList<ui::Confirm::Question> asked;
    bool answer = false;
    ui::Confirm::setAnswererForTesting([&](const ui::Confirm::Question &q) {
        asked.append(q);
        return answer;
    });
    ui::CandidatesView view(*env.session);
    view.show();
    view.openCandidate(id);
    ui::CandidatePage *page = view.page(id);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(page), 15000);
    page->notes()->editor()->setPlainText(u"Half a thought"_s);
    view.closeTab(0);
    QTRY_COMPARE(asked.size(), 1);
    QTest::qWait(50);
    QCOMPARE(view.pageCount(), 1); // kept: the answer was no
    answer = true;
    view.closeTab(0);
    QTRY_COMPARE(view.pageCount(), 0);
    QCOMPARE(asked.size(), 2);
    // Without anything typed, no question.
    view.openCandidate(id);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(view.page(id)), 15000);
    view.closeTab(0);
    QTRY_COMPARE(view.pageCount(), 0);
    QCOMPARE(asked.size(), 2);
}

QTEST_MAIN(TestCandidatePage)
#include "tst_candidate_page.moc"
