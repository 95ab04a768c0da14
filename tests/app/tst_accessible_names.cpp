// Every interactive control of every view has a name a screen reader can read (over AT-SPI, through
// QAccessible): the real window through the AppController on an in-process sandbox, each view shown in
// turn, its widgets walked.
#include "AccountStore.h"
#include "AppController.h"
#include "IsolatedAppMain.h"
#include "RoutingSecretStore.h"
#include "SandboxFixture.h"
#include "Session.h"
#include "SessionSecretStore.h"
#include "Store.h"
#include "Sync.h"
#include "Workspace.h"
#include "common/Confirm.h"
#include "shell/MainWindow.h"

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
    void everyViewsControlsAreNamed();
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
} // namespace

void TestAccessibleNames::everyViewsControlsAreNamed()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    sandbox::SandboxOptions options = test::SandboxFixture::testOptions();
    options.demoSize = 60;
    test::SandboxFixture f(options);
    auth::SessionSecretStore keychain;
    app::AppController controller(&keychain);
    auth::Account a;
    a.name = u"Main"_s;
    a.environment = auth::Account::Environment::Custom;
    a.baseUrl = f.sandbox().baseUrl();
    a.authMethod = auth::Account::AuthMethod::ApiKey;
    a.actingUserId = f.firstUserId();
    const auto added = controller.accounts()->add(a);
    QVERIFY(added);
    bool stored = false;
    controller.secrets()->write(added->id, auth::SecretStore::Kind::ApiKey, f.apiKey(), this,
                                [&](const auth::SecretStore::Result &r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    controller.openAccount(added->id);
    QTRY_VERIFY(controller.workspace());
    models::Session &session = controller.workspace()->session();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isActiveLoaded() && !session.sync().isBusy(), 30000);
    ui::MainWindow *window = controller.window();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // A candidate page too, so the Candidates view has one.
    controller.workspace()->openCandidate(session.store().at(0).id);
    QTest::qWait(500);
    QStringList unnamed;
    for (const QString &id : window->viewIds()) {
        QVERIFY(window->showView(id));
        QTest::qWait(200);
        for (QWidget *w : window->findChildren<QWidget *>()) {
            if (!interactive(w) || !w->isVisibleTo(window))
                continue;
            // A spin box's text field is part of the spin box, which carries the name.
            if (qobject_cast<const QAbstractSpinBox *>(w->parentWidget()))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(id + u": "_s + describe(w));
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(u"\n"_s + unnamed.join(u'\n')));
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestAccessibleNames>(argc, argv, u"tst_accessible_names"_s);
}

#include "tst_accessible_names.moc"
