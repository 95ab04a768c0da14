// Every interactive control of every view and dialog has a name a screen reader can read (over AT-SPI,
// through QAccessible): the real window through the AppController on an in-process sandbox, each view
// shown in turn, then the posting editor and each dialog, their widgets walked.
#include "AccountStore.h"
#include "AppController.h"
#include "IsolatedAppMain.h"
#include "RoutingSecretStore.h"
#include "SandboxAccount.h"
#include "SandboxFixture.h"
#include "Session.h"
#include "SessionSecretStore.h"
#include "Store.h"
#include "Sync.h"
#include "Workspace.h"
#include "common/Confirm.h"
#include "create/DuplicatePanel.h"
#include "create/NewCandidateDialog.h"
#include "offline/PendingChangesDialog.h"
#include "postings/PostingsPage.h"
#include "scheduling/ScheduleDialog.h"
#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"
#include "shell/SettingsDialog.h"
#include "shell/ShortcutsDialog.h"
#include "signin/SignInDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace lever;

class TestAccessibleNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyViewsControlsAreNamed();
    void postingEditorAndDialogsAreNamed();

private:
    std::unique_ptr<test::SandboxFixture> m_sandbox;
    std::unique_ptr<auth::SessionSecretStore> m_keychain;
    std::unique_ptr<app::AppController> m_controller;
};

namespace {
bool interactive(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w) ||
           qobject_cast<const QPlainTextEdit *>(w);
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget())
        path.prepend(p->objectName().isEmpty() ? QString::fromLatin1(p->metaObject()->className())
                                               : p->objectName());
    return path.join(u'/');
}

// The controls of `root` a screen reader cannot name, as "where: Parent/Child/…".
QStringList unnamedIn(QWidget *root, const QString &where)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!interactive(w) || !w->isVisibleTo(root))
            continue;
        // A spin box's text field is part of the spin box, which carries the name.
        if (qobject_cast<const QAbstractSpinBox *>(w->parentWidget()))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(where + u": "_s + describe(w));
    }
    unnamed.removeDuplicates();
    return unnamed;
}
} // namespace

void TestAccessibleNames::initTestCase()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    sandbox::SandboxOptions options = test::SandboxFixture::testOptions();
    options.demoSize = 60;
    m_sandbox = std::make_unique<test::SandboxFixture>(options);
    test::SandboxFixture &f = *m_sandbox;
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    m_controller = std::make_unique<app::AppController>(m_keychain.get());
    app::AppController &controller = *m_controller;
    const auth::Account account = test::saveSandboxAccount(controller, f);
    QVERIFY(!account.id.isEmpty());
    controller.openAccount(account.id);
    QTRY_VERIFY(controller.workspace());
    models::Session &session = controller.workspace()->session();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isActiveLoaded() && !session.sync().isBusy(), 30000);
    ui::MainWindow *window = controller.window();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
}

void TestAccessibleNames::everyViewsControlsAreNamed()
{
    app::AppController &controller = *m_controller;
    models::Session &session = controller.workspace()->session();
    ui::MainWindow *window = controller.window();
    // A candidate page too, so the Candidates view has one.
    controller.workspace()->openCandidate(session.store().at(0).id);
    QTest::qWait(500);
    QStringList unnamed;
    for (const QString &id : window->viewIds()) {
        QVERIFY(window->showView(id));
        QTest::qWait(200);
        unnamed += unnamedIn(window, id);
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u'\n')));
}

void TestAccessibleNames::postingEditorAndDialogsAreNamed()
{
    app::AppController &controller = *m_controller;
    models::Session &session = controller.workspace()->session();
    ui::MainWindow *window = controller.window();
    QStringList unnamed;

    // The posting editor: a new posting (every field empty) and an existing one.
    auto *postings = window->findChild<ui::PostingsPage *>();
    QVERIFY(postings);
    QVERIFY(window->showView(u"postings"_s));
    postings->newPosting();
    QTest::qWait(300);
    unnamed += unnamedIn(window, u"new posting"_s);
    const QString postingId = session.store().postings().value(0).id;
    QVERIFY(!postingId.isEmpty());
    postings->showList();
    QTest::qWait(100);
    postings->openPosting(postingId);
    QTest::qWait(800);
    unnamed += unnamedIn(window, u"posting editor"_s);
    postings->showList();

    const QString opportunity = session.store().at(0).id;
    const auto check = [&](QWidget *dialog, const QString &where) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::qWait(300);
        unnamed += unnamedIn(dialog, where);
        dialog->close();
    };
    check(new ui::AboutDialog(window), u"About"_s);
    check(new ui::SettingsDialog({{u"board"_s, u"Board"_s}}, window), u"Settings"_s);
    check(new ui::ShortcutsDialog(window, window), u"Shortcuts"_s);
    check(new ui::SignInDialog(controller.accounts(), controller.secrets(), window), u"Sign in"_s);
    check(new ui::ScheduleDialog(session, opportunity, window), u"Schedule"_s);
    check(new ui::PendingChangesDialog(session.outbox(), window), u"Pending changes"_s);
    // The new-candidate form with every optional row shown (origin "referred" shows the referrer),
    // and its duplicate panel with a match.
    auto *newCandidate = new ui::NewCandidateDialog(session, window);
    auto *origin = newCandidate->findChild<QComboBox *>(u"newCandidateOrigin"_s);
    QVERIFY(origin);
    origin->setCurrentIndex(origin->findData(u"referred"_s));
    check(newCandidate, u"New candidate"_s);
    auto *duplicates = new ui::DuplicatePanel(window);
    duplicates->setWindowFlag(Qt::Window);
    const models::OpportunityRecord &first = session.store().at(0);
    duplicates->setMatches({{first.id, first.contactId, first.name, u"Somewhere"_s, true}}, true);
    check(duplicates, u"Duplicates"_s);
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u'\n')));
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestAccessibleNames>(argc, argv, u"tst_accessible_names"_s);
}

#include "tst_accessible_names.moc"
