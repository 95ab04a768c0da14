// The console's log at debug level, after a tour of every view (a candidate page open, a refresh, a
// write), holds no key, no Authorization header and no EEO field: the real window through the
// AppController on an in-process sandbox, with every lever.* category of the console at debug.
#include "AccountStore.h"
#include "Actions.h"
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
#include "shell/MainWindow.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;

namespace {
QMutex logMutex;
QStringList captured;
QtMessageHandler previous = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "default");
    // The in-process sandbox stands for Lever's servers: its log is not the console's.
    if (!category.startsWith(u"lever.sandbox"_s)) {
        QMutexLocker lock(&logMutex);
        captured.append(category + u": "_s + message);
    }
    if (previous && type >= QtWarningMsg)
        previous(type, context, message);
}
} // namespace

class TestLogSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void debugLogOfATourHoldsNoSecret();
};

void TestLogSecrets::debugLogOfATourHoldsNoSecret()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    sandbox::SandboxOptions options = test::SandboxFixture::testOptions();
    options.demoSize = 60;
    test::SandboxFixture f(options);
    const QString key = f.apiKey();
    QVERIFY(key.size() >= 16);

    QLoggingCategory::setFilterRules(u"lever.*.debug=true\nlever.sandbox*.debug=false"_s);
    previous = qInstallMessageHandler(capture);
    auth::SessionSecretStore keychain;
    app::AppController controller(&keychain);
    const auth::Account account = test::saveSandboxAccount(controller, f);
    QVERIFY(!account.id.isEmpty());
    controller.openAccount(account.id);
    QTRY_VERIFY(controller.workspace());
    models::Session &session = controller.workspace()->session();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isArchivedLoaded() && !session.sync().isBusy(), 60000);
    ui::MainWindow *window = controller.window();
    window->resize(1280, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const QString id = session.store().at(0).id;
    controller.workspace()->openCandidate(id);
    for (const QString &view : window->viewIds()) {
        QVERIFY(window->showView(view));
        QTest::qWait(300);
    }
    bool tagged = false;
    connect(session.actions().addTag({id}, u"log tour"_s), &models::OpportunityAction::finished, this,
            [&] { tagged = true; });
    QTRY_VERIFY_WITH_TIMEOUT(tagged, 20000);
    session.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(!session.sync().isBusy(), 30000);
    QTest::qWait(300);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QMutexLocker lock(&logMutex);
    // The tour did log (or the check below would prove nothing).
    QVERIFY2(captured.size() > 50, qPrintable(QString::number(captured.size())));
    QVERIFY(captured.filter(u"lever.api"_s).size() > 10);
    const QString basic = QString::fromLatin1(QByteArray(key.toUtf8() + ':').toBase64());
    const QStringList secrets = {key, basic, u"Authorization"_s, u"Basic "_s, u"Bearer "_s};
    // EEO answers are the candidate's most sensitive data: not even the field names.
    static const QRegularExpression eeo(u"\\b(eeo\\w*|gender|race|veteran|disability|ethnicity)\\b"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const QString &line : std::as_const(captured)) {
        for (const QString &word : secrets) {
            if (line.contains(word, Qt::CaseInsensitive))
                found.append(word.left(6) + u"… in: "_s + line.left(300));
        }
        // The request line of the EEO page's read names the endpoint, not an answer: that much may show.
        static const QRegularExpression eeoRequest(u"\\b(GET|POST|PUT|DELETE) /eeo/responses(/pii)?\\b"_s);
        QString checked = line;
        checked.remove(eeoRequest);
        if (const auto m = eeo.match(checked); m.hasMatch())
            found.append(m.captured() + u" in: "_s + line.left(300));
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestLogSecrets>(argc, argv, u"tst_log_secrets"_s);
}

#include "tst_log_secrets.moc"
