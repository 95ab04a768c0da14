// "Search everything" (Ctrl+K) in the real window over an in-process sandbox, driven by the keyboard
// only: an archived candidate found by part of the name opens its page, a posting found by its title
// opens in the postings view, a command found by its name runs, Up/Down skip the group headers and Esc
// closes the palette.
#include "AccountStore.h"
#include "AppController.h"
#include "IsolatedAppMain.h"
#include "RoutingSecretStore.h"
#include "SandboxAccount.h"
#include "SandboxFixture.h"
#include "Session.h"
#include "SessionSecretStore.h"
#include "Store.h"
#include "Workspace.h"
#include "board/BoardView.h"
#include "board/FilterBar.h"
#include "candidate/CandidatePage.h"
#include "candidate/CandidatesView.h"
#include "common/Confirm.h"
#include "postings/PostingEditor.h"
#include "postings/PostingsPage.h"
#include "search/EverythingSearch.h"
#include "search/SearchModel.h"
#include "search/SearchPalette.h"
#include "shell/MainWindow.h"
#include "shell/StatusBar.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using auth::Account;
using Kind = auth::SecretStore::Kind;

class TestSearchPalette : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void findsAndOpensByKeyboardOnly();

private:
    ui::SearchPalette *openPalette();
    void type(const QString &text);

    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<auth::SessionSecretStore> m_keychain;
    std::unique_ptr<app::AppController> m_controller;
    QString m_archivedId;
    QString m_postingId;
};

void TestSearchPalette::init()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    m_fixture = std::make_unique<test::SandboxFixture>();
    for (int i = 0; i < 12; ++i)
        m_fixture->seedOpportunity({{u"name"_s, u"Seeded Person %1"_s.arg(i)}});
    const QString reason =
        m_fixture->get(u"/archive_reasons"_s).list().first().toObject().value(u"id"_s).toString();
    m_archivedId =
        m_fixture
            ->seedOpportunity({{u"name"_s, u"Zelda Archivist"_s},
                               {u"emails"_s, QJsonArray{u"zelda@example.com"_s}},
                               {u"archived"_s, QJsonObject{{u"reason"_s, reason}, {u"archivedAt"_s, 1000}}}})
            .value(u"id"_s)
            .toString();
    const auto posting =
        m_fixture->post(u"/postings?perform_as="_s + m_fixture->firstUserId(),
                        {{u"text"_s, u"Underwater Basket Weaver"_s}, {u"state"_s, u"published"_s}});
    QCOMPARE(posting.status, 201);
    m_postingId = posting.data().value(u"id"_s).toString();
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    m_controller = std::make_unique<app::AppController>(m_keychain.get());
}

void TestSearchPalette::cleanup()
{
    m_controller.reset();
    m_keychain.reset();
    m_fixture.reset();
}

ui::SearchPalette *TestSearchPalette::openPalette()
{
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : m_controller->window();
    QTest::keyClick(focus, Qt::Key_K, Qt::ControlModifier);
    ui::SearchPalette *palette = m_controller->workspace()->search()->palette();
    if (!palette || !QTest::qWaitFor([palette] { return palette->isVisible(); }, 5000))
        return nullptr;
    return palette;
}

void TestSearchPalette::type(const QString &text)
{
    QTest::keyClicks(QApplication::focusWidget(), text);
}

void TestSearchPalette::findsAndOpensByKeyboardOnly()
{
    const Account account = test::saveSandboxAccount(*m_controller, *m_fixture);
    QVERIFY(!account.id.isEmpty());
    m_controller->openAccount(account.id);
    QTRY_VERIFY(m_controller->workspace());
    app::Workspace *workspace = m_controller->workspace();
    models::Store &store = workspace->session().store();
    // Archived cards arrive in the background after the active ones.
    QTRY_VERIFY_WITH_TIMEOUT(store.opportunity(m_archivedId), 30000);
    QTRY_VERIFY(store.posting(m_postingId));
    ui::MainWindow *window = m_controller->window();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QCOMPARE(window->currentViewId(), u"board"_s);

    // 1. Part of an archived candidate's name: the best match is selected; Down/Up move over the results
    // (never onto a header); Enter opens the candidate's page.
    ui::SearchPalette *palette = openPalette();
    QVERIFY(palette);
    QCOMPARE(QApplication::focusWidget(), palette->field());
    QVERIFY(!palette->field()->accessibleName().isEmpty());
    QVERIFY(!palette->list()->accessibleName().isEmpty());
    models::SearchModel *model = workspace->search()->model();
    // Many matches first: Down/Up move over the entries and never onto the group header.
    type(u"seeded"_s);
    const int first = palette->currentRow();
    QCOMPARE(model->rowKind(first - 1), models::SearchModel::RowKind::Header);
    QTest::keyClick(palette->field(), Qt::Key_Up); // only the header above: stays
    QCOMPARE(palette->currentRow(), first);
    QTest::keyClick(palette->field(), Qt::Key_Down);
    QCOMPARE(palette->currentRow(), first + 1);
    QTest::keyClick(palette->field(), Qt::Key_Up);
    QCOMPARE(palette->currentRow(), first);
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(palette->field(), Qt::Key_Backspace);
    type(u"zeld"_s);
    QCOMPARE(model->hit(palette->currentRow()).id, m_archivedId);
    QVERIFY(model->hit(palette->currentRow()).archived);
    QVERIFY(model->index(palette->currentRow())
                .data(models::SearchModel::DetailRole)
                .toString()
                .startsWith(u"Archived · "_s));
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QTRY_COMPARE(window->currentViewId(), u"candidates"_s);
    QVERIFY(!palette->isVisible());
    QVERIFY(workspace->candidates()->currentPage());
    QCOMPARE(workspace->candidates()->currentPage()->opportunityId(), m_archivedId);

    // 2. A posting by its title opens in the postings view.
    palette = openPalette();
    QVERIFY(palette);
    QCOMPARE(palette->field()->text(), QString()); // a fresh search each time
    type(u"basket"_s);
    QCOMPARE(model->hit(palette->currentRow()).group, models::SearchHit::Group::Postings);
    QTest::keyClick(palette->field(), Qt::Key_Enter);
    QTRY_COMPARE(window->currentViewId(), u"postings"_s);
    QTRY_VERIFY(workspace->postings()->isEditorShown());
    QCOMPARE(workspace->postings()->editor()->postingId(), m_postingId);

    // 3. Esc closes without doing anything.
    palette = openPalette();
    QVERIFY(palette);
    type(u"pipeline"_s);
    QTest::keyClick(palette->field(), Qt::Key_Escape);
    QTRY_VERIFY(!palette->isVisible());
    QCOMPARE(window->currentViewId(), u"postings"_s);

    // 4. A command: "new posting" runs New Posting (a blank editor).
    palette = openPalette();
    QVERIFY(palette);
    type(u"new posting"_s);
    QCOMPARE(model->hit(palette->currentRow()).group, models::SearchHit::Group::Commands);
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QTRY_VERIFY(workspace->postings()->editor()->postingId().isEmpty());
    QVERIFY(workspace->postings()->isEditorShown());
    QCOMPARE(window->currentViewId(), u"postings"_s);

    // 5. Another command by its view: back to the pipeline.
    palette = openPalette();
    QVERIFY(palette);
    type(u"go to pipe"_s);
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QTRY_COMPARE(window->currentViewId(), u"board"_s);
    // Every view has its "Go to", the admin ones too (by the side bar's title).
    palette = openPalette();
    QVERIFY(palette);
    type(u"go to webhooks"_s);
    QTest::keyClick(palette->field(), Qt::Key_Return);
    QTRY_COMPARE(window->currentViewId(), u"admin-webhooks"_s);

    // 6. Ctrl+K also from a text field (which would take it for "delete to the end of the line").
    workspace->board()->filterBar()->searchField()->setFocus();
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    palette = openPalette();
    QVERIFY(palette);
    QTest::keyClick(palette->field(), Qt::Key_Escape);
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestSearchPalette>(argc, argv, u"tst_search_palette"_s);
}

#include "tst_search_palette.moc"
