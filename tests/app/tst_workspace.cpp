// The workspace of a signed-in account, through the real AppController against an in-process sandbox:
// the board, postings and requisitions views are added and fed by one models Session whose status
// reaches the status bar; F5 fetches changes made elsewhere; switching accounts replaces the views; the
// window's close asks the views first.
#include "AccountStore.h"
#include "AppController.h"
#include "BoardModel.h"
#include "ColumnModel.h"
#include "IsolatedAppMain.h"
#include "RoutingSecretStore.h"
#include "SandboxAccount.h"
#include "SandboxFixture.h"
#include "Session.h"
#include "SessionSecretStore.h"
#include "Store.h"
#include "Workspace.h"
#include "board/BoardView.h"
#include "board/CardDetailsPanel.h"
#include "candidate/CandidatePage.h"
#include "candidate/CandidatesView.h"
#include "common/Confirm.h"
#include "scheduling/ScheduleDialog.h"
#include "shell/MainWindow.h"
#include "shell/StatusBar.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using auth::Account;
using Kind = auth::SecretStore::Kind;

class TestWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void viewsAreAddedAndFed();
    void refreshFetchesChangesMadeElsewhere();
    void switchingAccountsReplacesTheWorkspace();
    void closingTheWindowAsksTheWorkspace();
    void boardOpensCandidatesAndSchedulingFollows();

private:
    Account saveAccount(const QString &name);
    void openAndSync(const Account &account);

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<auth::SessionSecretStore> m_keychain; // stands in for the OS keychain
    std::unique_ptr<app::AppController> m_controller;
};

void TestWorkspace::init()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    m_fixture = std::make_unique<test::SandboxFixture>();
    for (int i = 0; i < 30; ++i)
        m_fixture->seedOpportunity({{u"name"_s, u"Seeded %1"_s.arg(i)}});
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    m_controller = std::make_unique<app::AppController>(m_keychain.get());
}

void TestWorkspace::cleanup()
{
    m_controller.reset();
    m_keychain.reset();
    m_fixture.reset();
}

Account TestWorkspace::saveAccount(const QString &name)
{
    return test::saveSandboxAccount(*m_controller, *m_fixture, name);
}

void TestWorkspace::openAndSync(const Account &account)
{
    m_controller->openAccount(account.id);
    QTRY_VERIFY(m_controller->workspace());
    models::Session &session = m_controller->workspace()->session();
    QTRY_COMPARE(session.store().opportunityCount(), 30);
    QTRY_VERIFY(m_controller->window()->shellStatusBar()->backgroundStatus().startsWith(u"Up to date"_s));
}

void TestWorkspace::viewsAreAddedAndFed()
{
    openAndSync(saveAccount(u"Main"_s));
    ui::MainWindow *window = m_controller->window();
    QCOMPARE(window->viewIds(),
             (QStringList{u"board"_s, u"candidates"_s, u"postings"_s, u"requisitions"_s, u"insights"_s,
                          u"admin-users"_s, u"admin-webhooks"_s, u"admin-audit"_s, u"admin-eeo"_s,
                          u"admin-reference"_s, u"admin-feedback-templates"_s}));
    QCOMPARE(window->currentViewId(), u"board"_s);
    app::Workspace *workspace = m_controller->workspace();
    QCOMPARE(window->view(u"board"_s), workspace->board());
    // The board's columns hold the synced cards (the sandbox seeds active opportunities).
    QTRY_COMPARE(workspace->session().board().shownCount(), workspace->session().store().activeCount());
    QVERIFY(workspace->session().store().activeCount() > 0);
    QVERIFY(window->showView(u"postings"_s));
    QCOMPARE(window->currentViewId(), u"postings"_s);
}

void TestWorkspace::refreshFetchesChangesMadeElsewhere()
{
    openAndSync(saveAccount(u"Main"_s));
    models::Session &session = m_controller->workspace()->session();
    // Made through the API, as another Lever user would: the next delta must bring it.
    const auto created = m_fixture->post(
        u"/opportunities?perform_as="_s + m_fixture->firstUserId(),
        {{u"name"_s, u"Created Elsewhere"_s}, {u"emails"_s, QJsonArray{u"elsewhere@example.com"_s}}});
    QCOMPARE(created.status, 201);
    const QString id = created.data().value(u"id"_s).toString();
    QVERIFY(!session.store().opportunity(id));
    // Deltas overlap a little in time; let the clock pass the creation before asking.
    QTest::qWait(50);
    // F5 with the focus in the board: the window's View › Refresh (the board leaves the key to it).
    ui::MainWindow *window = m_controller->window();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    m_controller->workspace()->board()->setFocus();
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : window, Qt::Key_F5);
    QTRY_VERIFY(session.store().opportunity(id));
    QCOMPARE(session.store().opportunity(id)->name, u"Created Elsewhere"_s);
}

void TestWorkspace::switchingAccountsReplacesTheWorkspace()
{
    const Account a = saveAccount(u"First"_s);
    const Account b = saveAccount(u"Second"_s);
    openAndSync(a);
    QPointer<app::Workspace> first = m_controller->workspace();
    QPointer<QWidget> firstBoard = first->board();
    Q_EMIT m_controller->window()->accountSwitchRequested(b.id);
    QVERIFY(!first);
    QVERIFY(!firstBoard); // gone before its session
    QTRY_VERIFY(m_controller->workspace());
    QTRY_COMPARE(m_controller->workspace()->session().store().opportunityCount(), 30);
    QCOMPARE(m_controller->window()->viewIds().size(), 11);
    QCOMPARE(m_controller->window()->currentAccount()->id, b.id);
}

void TestWorkspace::closingTheWindowAsksTheWorkspace()
{
    openAndSync(saveAccount(u"Main"_s));
    ui::MainWindow *window = m_controller->window();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // Nothing unsaved: the guard lets the window close at once.
    QVERIFY(window->close());
    QVERIFY(!window->isVisible());
    // A view that asks first: the window waits for its answer, and closes on "yes".
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    std::function<void(bool)> pending;
    window->setCloseGuard([&](std::function<void(bool)> done) { pending = std::move(done); });
    QVERIFY(!window->close());
    QVERIFY(window->isVisible());
    QVERIFY(pending);
    pending(false);
    QTest::qWait(10);
    QVERIFY(window->isVisible());
    QVERIFY(!window->close());
    pending(true);
    QTRY_VERIFY(!window->isVisible());
}

void TestWorkspace::boardOpensCandidatesAndSchedulingFollows()
{
    openAndSync(saveAccount(u"Main"_s));
    app::Workspace *workspace = m_controller->workspace();
    ui::MainWindow *window = m_controller->window();
    models::Session &session = workspace->session();
    QTRY_VERIFY(session.board().shownCount() > 0);
    QString anyId;
    for (const models::ColumnModel *column : session.board().stageColumns()) {
        if (anyId.isEmpty() && column->count() > 0)
            anyId = column->idAt(0);
    }
    QVERIFY(!anyId.isEmpty());
    // Enter on a card emits openCandidate: the page opens in the Candidates view, which is shown.
    Q_EMIT workspace->board()->openCandidate(anyId);
    QCOMPARE(window->currentViewId(), u"candidates"_s);
    QVERIFY(workspace->candidates()->page(anyId));
    QVERIFY(!workspace->board()->detailsPanel()->isVisible());
    // "Schedule interview…" on the page opens the scheduling dialog for that candidate.
    Q_EMIT workspace->candidates()->scheduleRequested(anyId);
    QTRY_VERIFY(workspace->candidates()->findChild<ui::ScheduleDialog *>());
    ui::ScheduleDialog *dialog = workspace->candidates()->findChild<ui::ScheduleDialog *>();
    QVERIFY(dialog->isVisible());
    dialog->close();
    QTRY_VERIFY(!workspace->candidates()->findChild<ui::ScheduleDialog *>());

    // A note typed but not sent: closing the window asks first, and "no" keeps it open with the text.
    ui::CandidatePage *page = workspace->candidates()->page(anyId);
    auto *note = page->findChild<QPlainTextEdit *>(u"noteEditor"_s);
    QVERIFY(note);
    note->setPlainText(u"Strong systems design; follow up on the on-call question."_s);
    QVERIFY(workspace->candidates()->hasUnsentInput());
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QList<ui::Confirm::Question> asked;
    ui::Confirm::setAnswererForTesting([&](const ui::Confirm::Question &q) {
        asked.append(q);
        return false;
    });
    QVERIFY(!window->close());
    QTRY_COMPARE(asked.size(), 1);
    QTest::qWait(20);
    QVERIFY(window->isVisible());
    QCOMPARE(note->toPlainText(), u"Strong systems design; follow up on the on-call question."_s);
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    window->close();
    QTRY_VERIFY(!window->isVisible());
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestWorkspace>(argc, argv, u"tst_workspace"_s);
}

#include "tst_workspace.moc"
