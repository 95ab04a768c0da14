// Adding a candidate through the real window over an in-process sandbox: File › New Candidate (Ctrl+N)
// with a resume, posting, tags and a first note, checked on the sandbox; the duplicate panel for an
// email Lever knows, adding to that person; a failed create that keeps the whole form; a lost answer
// that is re-read by email with no second POST; and a resume dropped on the board.
#include "AppController.h"
#include "IsolatedAppMain.h"
#include "SandboxAccount.h"
#include "RequestLog.h"
#include "SandboxFixture.h"
#include "Session.h"
#include "SessionSecretStore.h"
#include "Store.h"
#include "Workspace.h"
#include "board/BoardView.h"
#include "common/Confirm.h"
#include "create/NewCandidateDialog.h"
#include "create/DuplicatePanel.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;

class TestNewCandidate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsWithResumeThroughTheForm();
    void duplicatePanelForAnEmailLeverKnows();
    void failedCreateKeepsTheForm();
    void lostAnswerIsReadBackByEmail();
    void resumeDroppedOnTheBoardOpensTheForm();

private:
    ui::NewCandidateDialog *openForm();
    template <class T> T *field(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    void fill(const char *name, const QString &text);
    int createPosts() const;
    QJsonArray opportunitiesByEmail(const QString &email);
    int faults(const QByteArray &method, const QJsonObject &body);

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<auth::SessionSecretStore> m_keychain;
    std::unique_ptr<app::AppController> m_controller;
    QPointer<ui::NewCandidateDialog> m_dialog;
    QString m_postingId;
    QString m_knownId;
    QTemporaryDir m_dir;
};

void TestNewCandidate::init()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    m_fixture = std::make_unique<test::SandboxFixture>();
    const auto posting =
        m_fixture->post(u"/postings?perform_as="_s + m_fixture->firstUserId(),
                        {{u"text"_s, u"Harbour Pilot"_s}, {u"state"_s, u"published"_s}});
    QCOMPARE(posting.status, 201);
    m_postingId = posting.data().value(u"id"_s).toString();
    m_knownId = m_fixture
                    ->seedOpportunity({{u"name"_s, u"Ana Ruiz"_s},
                                       {u"emails"_s, QJsonArray{u"ana.ruiz@example.com"_s}}})
                    .value(u"id"_s)
                    .toString();
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    m_controller = std::make_unique<app::AppController>(m_keychain.get());
    const auth::Account account = test::saveSandboxAccount(*m_controller, *m_fixture);
    QVERIFY(!account.id.isEmpty());
    m_controller->openAccount(account.id);
    QTRY_VERIFY(m_controller->workspace());
    models::Store &store = m_controller->workspace()->session().store();
    QTRY_VERIFY_WITH_TIMEOUT(store.opportunity(m_knownId), 30000);
    QTRY_VERIFY(store.posting(m_postingId));
    ui::MainWindow *window = m_controller->window();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
}

void TestNewCandidate::cleanup()
{
    m_controller.reset();
    m_keychain.reset();
    m_fixture.reset();
}

ui::NewCandidateDialog *TestNewCandidate::openForm()
{
    QTest::keyClick(m_controller->window(), Qt::Key_N, Qt::ControlModifier);
    m_dialog = m_controller->workspace()->newCandidateDialog();
    if (!m_dialog || !QTest::qWaitFor([this] { return m_dialog->isVisible(); }, 5000))
        return nullptr;
    return m_dialog;
}

void TestNewCandidate::fill(const char *name, const QString &text)
{
    auto *edit = field<QLineEdit>(name);
    QVERIFY2(edit, name);
    QVERIFY(!edit->accessibleName().isEmpty());
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

int TestNewCandidate::createPosts() const
{
    int n = 0;
    for (const auto &e : m_fixture->sandbox().requestLog().entries())
        n += e.method == "POST" && e.path.section(u'?', 0, 0) == u"/opportunities"_s ? 1 : 0;
    return n;
}

QJsonArray TestNewCandidate::opportunitiesByEmail(const QString &email)
{
    return m_fixture->get(u"/opportunities?email="_s + email + u"&expand=applications"_s).list();
}

int TestNewCandidate::faults(const QByteArray &method, const QJsonObject &body)
{
    auto headers = m_fixture->basicAuth();
    headers.insert("Content-Type", "application/json");
    return m_fixture
        ->send(method, QUrl(m_fixture->sandbox().origin() + u"/_sandbox/faults"_s),
               QJsonDocument(body).toJson(QJsonDocument::Compact), headers)
        .status;
}

void TestNewCandidate::createsWithResumeThroughTheForm()
{
    QVERIFY(openForm());
    const QString resumePath = m_dir.filePath(u"Jo Example.txt"_s);
    QFile resume(resumePath);
    QVERIFY(resume.open(QIODevice::WriteOnly));
    resume.write("Jo Example\njo@example.com\nhttps://github.com/joexample\n");
    resume.close();
    QVERIFY(m_dialog->setResumeFile(resumePath));
    QVERIFY(field<QLabel>("newCandidateResumeName")->text().contains(u"Jo Example.txt"_s));
    fill("newCandidateName", u"Jo Example"_s);
    fill("newCandidateEmails", u"jo@example.com"_s);
    fill("newCandidateHeadline", u"Harbour pilot at Port Authority"_s);
    fill("newCandidateTags", u"Referral drive, Night shifts"_s);
    auto *posting = field<QComboBox>("newCandidatePosting");
    posting->setCurrentIndex(posting->findData(m_postingId));
    field<QPlainTextEdit>("newCandidateNote")->setPlainText(u"Met at the harbour meetup."_s);
    const int postsBefore = createPosts();
    QTest::mouseClick(field<QPushButton>("newCandidateCreate"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog || !m_dialog->isVisible(), 20000);
    QCOMPARE(createPosts(), postsBefore + 1);

    const QJsonArray found = opportunitiesByEmail(u"jo@example.com"_s);
    QCOMPARE(found.size(), 1);
    const QJsonObject opp = found.first().toObject();
    const QString id = opp.value(u"id"_s).toString();
    QCOMPARE(opp.value(u"name"_s).toString(), u"Jo Example"_s);
    QCOMPARE(opp.value(u"headline"_s).toString(), u"Harbour pilot at Port Authority"_s);
    QVERIFY(opp.value(u"tags"_s).toArray().contains(u"Referral drive"_s));
    QVERIFY(opp.value(u"tags"_s).toArray().contains(u"Night shifts"_s));
    QCOMPARE(opp.value(u"applications"_s).toArray().first().toObject().value(u"posting"_s).toString(),
             m_postingId);
    const QJsonArray resumes = m_fixture->get(u"/opportunities/"_s + id + u"/resumes"_s).list();
    QCOMPARE(resumes.size(), 1);
    QCOMPARE(resumes.first().toObject().value(u"file"_s).toObject().value(u"name"_s).toString(),
             u"Jo Example.txt"_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture->get(u"/opportunities/"_s + id + u"/notes"_s).list().size(), 1, 10000);
    const QJsonObject note =
        m_fixture->get(u"/opportunities/"_s + id + u"/notes"_s).list().first().toObject();
    QVERIFY(QJsonDocument(note).toJson().contains("Met at the harbour meetup."));
    // On the board: the real card, no provisional one left behind.
    models::Store &store = m_controller->workspace()->session().store();
    QVERIFY(store.opportunity(id));
    QCOMPARE(store.opportunity(id)->postingId, m_postingId);
    for (int slot = 0; slot < store.slotCount(); ++slot)
        QVERIFY(!store.isLive(slot) || !store.at(slot).id.startsWith(u"new:"_s));
    QVERIFY(m_controller->window()->statusBar()->currentMessage().contains(u"Jo Example"_s));
}

void TestNewCandidate::duplicatePanelForAnEmailLeverKnows()
{
    QVERIFY(openForm());
    fill("newCandidateName", u"Ana Ruiz-Ortega"_s);
    fill("newCandidateEmails", u"ana.ruiz@example.com"_s);
    QTest::mouseClick(field<QPushButton>("newCandidateCreate"), Qt::LeftButton);
    auto *panel = m_dialog->findChild<ui::DuplicatePanel *>();
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    QCOMPARE(createPosts(), 0); // nothing is sent before the user chooses
    const QListWidget *list = panel->list();
    QVERIFY(list->count() >= 1);
    QVERIFY(list->item(0)->text().contains(u"Ana Ruiz is already in"_s));
    QVERIFY(list->item(0)->text().contains(u"same email"_s));
    QVERIFY(!list->accessibleName().isEmpty());
    // "Add to this person": Lever adds the opportunity to the known contact.
    QTest::mouseClick(panel->findChild<QPushButton *>(u"duplicateAddTo"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog || !m_dialog->isVisible(), 20000);
    const QJsonArray found = opportunitiesByEmail(u"ana.ruiz@example.com"_s);
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).toObject().value(u"contact"_s), found.at(1).toObject().value(u"contact"_s));
}

void TestNewCandidate::failedCreateKeepsTheForm()
{
    QCOMPARE(faults("POST", {{u"method"_s, u"POST"_s},
                             {u"path"_s, u"^/opportunities$"_s},
                             {u"status"_s, 422},
                             {u"count"_s, 1}}),
             204);
    QVERIFY(openForm());
    fill("newCandidateName", u"Kept Person"_s);
    fill("newCandidateEmails", u"kept@example.com"_s);
    fill("newCandidateLocation", u"Lisbon"_s);
    field<QPlainTextEdit>("newCandidateNote")->setPlainText(u"Do not lose me."_s);
    QTest::mouseClick(field<QPushButton>("newCandidateCreate"), Qt::LeftButton);
    auto *error = field<QLabel>("newCandidateError");
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY(error->text().contains(u"not added"_s));
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(field<QLineEdit>("newCandidateName")->text(), u"Kept Person"_s);
    QCOMPARE(field<QLineEdit>("newCandidateEmails")->text(), u"kept@example.com"_s);
    QCOMPARE(field<QLineEdit>("newCandidateLocation")->text(), u"Lisbon"_s);
    QCOMPARE(field<QPlainTextEdit>("newCandidateNote")->toPlainText(), u"Do not lose me."_s);
    QVERIFY(field<QPushButton>("newCandidateCreate")->isEnabled());
    QVERIFY(opportunitiesByEmail(u"kept@example.com"_s).isEmpty());
    // The provisional card went away with the failure.
    models::Store &store = m_controller->workspace()->session().store();
    for (int slot = 0; slot < store.slotCount(); ++slot)
        QVERIFY(!store.isLive(slot) || !store.at(slot).id.startsWith(u"new:"_s));
    // Trying again (the fault is spent) adds them.
    QTest::mouseClick(field<QPushButton>("newCandidateCreate"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog || !m_dialog->isVisible(), 20000);
    QCOMPARE(opportunitiesByEmail(u"kept@example.com"_s).size(), 1);
}

void TestNewCandidate::lostAnswerIsReadBackByEmail()
{
    QVERIFY(openForm());
    fill("newCandidateName", u"Lost Answer"_s);
    fill("newCandidateEmails", u"lost.answer@example.com"_s);
    // With a resume, so the multipart form is the one whose answer is lost.
    const QString resumePath = m_dir.filePath(u"cv.txt"_s);
    QFile resume(resumePath);
    QVERIFY(resume.open(QIODevice::WriteOnly));
    resume.write(QByteArray(200000, 'x'));
    resume.close();
    QVERIFY(m_dialog->setResumeFile(resumePath));
    QCOMPARE(faults("POST", {{u"method"_s, u"POST"_s},
                             {u"path"_s, u"^/opportunities$"_s},
                             {u"lostAnswer"_s, true},
                             {u"count"_s, 1}}),
             204);
    const int postsBefore = createPosts();
    QTest::mouseClick(field<QPushButton>("newCandidateCreate"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog || !m_dialog->isVisible(), 30000);
    QTest::qWait(300); // a wrong resend would have gone out by now
    QCOMPARE(createPosts(), postsBefore + 1);
    const QJsonArray found = opportunitiesByEmail(u"lost.answer@example.com"_s);
    QCOMPARE(found.size(), 1);
    const QString message = m_controller->window()->statusBar()->currentMessage();
    QVERIFY2(message.contains(u"answer was lost"_s), qPrintable(message));
    QVERIFY(m_controller->workspace()->session().store().opportunity(found.first().toObject().value(u"id"_s).toString()));
}

void TestNewCandidate::resumeDroppedOnTheBoardOpensTheForm()
{
    const QString path = m_dir.filePath(u"Dropped Resume.pdf"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.4\n%%EOF\n");
    file.close();
    ui::BoardView *board = m_controller->workspace()->board();
    QVERIFY(board->acceptDrops());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    const QPointF at(board->width() / 2.0, board->height() / 2.0);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(board, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(board, &drop);
    QVERIFY(drop.isAccepted());
    m_dialog = m_controller->workspace()->newCandidateDialog();
    QVERIFY(m_dialog);
    QTRY_VERIFY(m_dialog->isVisible());
    QVERIFY(field<QLabel>("newCandidateResumeName")->text().contains(u"Dropped Resume.pdf"_s));
    QVERIFY(m_dialog->candidate().resume.has_value());
    QCOMPARE(m_dialog->candidate().resume->content, QByteArray("%PDF-1.4\n%%EOF\n"));
    // A file that is not a resume is not taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(m_dir.filePath(u"photo.exe"_s))});
    QDragEnterEvent refused(at.toPoint(), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    refused.ignore();
    QApplication::sendEvent(board, &refused);
    QVERIFY(!refused.isAccepted());
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestNewCandidate>(argc, argv, u"tst_new_candidate"_s);
}

#include "tst_new_candidate.moc"
