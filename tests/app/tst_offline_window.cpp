// Offline in the real window, through the AppController against an in-process sandbox that is
// stopped and started again on the same port and file: the banner says since when the data is, the
// board still reads, a stage move waits in Pending Changes (and can be cancelled there), a note typed
// offline is refused and stays in its editor, and Try Again picks Lever up again; Settings shows the
// local data's size and clears it.
#include "AccountStore.h"
#include "Actions.h"
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
#include "Sync.h"
#include "Workspace.h"
#include "cache/LocalCache.h"
#include "candidate/CandidatePage.h"
#include "candidate/CandidatesView.h"
#include "common/Confirm.h"
#include "offline/Outbox.h"
#include "offline/PendingChangesDialog.h"
#include "shell/MainWindow.h"
#include "shell/OfflineBanner.h"
#include "shell/SettingsDialog.h"
#include "shell/StatusBar.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using auth::Account;

class TestOfflineWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void offlineBannerPendingChangesAndRefusedNote();
    void settingsShowAndClearLocalData();

private:
    void startSandbox();
    void openAndSync();

    QTemporaryDir m_dir;
    sandbox::SandboxOptions m_options;
    std::unique_ptr<test::SandboxFixture> m_fixture;
    std::unique_ptr<auth::SessionSecretStore> m_keychain;
    std::unique_ptr<app::AppController> m_controller;
    QString m_accountId;
};

void TestOfflineWindow::init()
{
    QSettings().clear();
    ui::Confirm::setAnswererForTesting([](const ui::Confirm::Question &) { return true; });
    m_options = test::SandboxFixture::testOptions();
    m_options.dbPath =
        m_dir.filePath(u"sandbox-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
    m_options.apiKey = u"offline-window-key"_s;
    m_options.demoSize = 60;
    startSandbox();
    m_options.port = quint16(m_fixture->sandbox().baseUrl().port());
    m_keychain = std::make_unique<auth::SessionSecretStore>();
    m_controller = std::make_unique<app::AppController>(m_keychain.get());
}

void TestOfflineWindow::cleanup()
{
    m_controller.reset();
    m_keychain.reset();
    m_fixture.reset();
}

void TestOfflineWindow::startSandbox()
{
    m_fixture = std::make_unique<test::SandboxFixture>(m_options);
}

void TestOfflineWindow::openAndSync()
{
    m_accountId = test::saveSandboxAccount(*m_controller, *m_fixture).id;
    QVERIFY(!m_accountId.isEmpty());
    m_controller->openAccount(m_accountId);
    QTRY_VERIFY(m_controller->workspace());
    models::Session &session = m_controller->workspace()->session();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isArchivedLoaded() && !session.sync().isBusy(), 30000);
    QTRY_VERIFY(m_controller->window()->shellStatusBar()->backgroundStatus().startsWith(u"Up to date"_s));
}

void TestOfflineWindow::offlineBannerPendingChangesAndRefusedNote()
{
    openAndSync();
    ui::MainWindow *window = m_controller->window();
    app::Workspace *workspace = m_controller->workspace();
    models::Session &session = workspace->session();
    ui::OfflineBanner *banner = window->findChild<ui::OfflineBanner *>(u"offlineBanner"_s);
    QVERIFY(banner);
    QVERIFY(banner->isHidden());

    // Lever goes away; the next refresh finds nobody.
    m_fixture.reset();
    Q_EMIT window->refreshRequested();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 20000);
    QVERIFY2(banner->text().startsWith(u"Offline — showing data from "_s), qPrintable(banner->text()));
    QVERIFY(!window->findChild<QPushButton *>(u"offlineRetry"_s)->isHidden());
    QVERIFY(window->findChild<QPushButton *>(u"offlinePendingChanges"_s)->isHidden());

    // The board still reads; a stage move waits.
    models::ColumnModel *first = session.board().stageColumns().first();
    const QString id = first->idAt(0);
    const QString stage = session.store().opportunity(id)->stageId;
    const QString target = session.store().stages().last().id;
    session.actions().moveToStage({id}, target);
    QTRY_COMPARE(session.outbox().entries().size(), 1);
    auto *pending = window->findChild<QPushButton *>(u"offlinePendingChanges"_s);
    QVERIFY(!pending->isHidden());
    QCOMPARE(pending->text(), u"Pending Changes (1)…"_s);
    QCOMPARE(session.store().opportunity(id)->stageId, target);

    // Listed in Pending Changes, and cancelled there.
    QTest::mouseClick(pending, Qt::LeftButton);
    auto *dialog = window->findChild<ui::PendingChangesDialog *>(u"pendingChangesDialog"_s);
    QTRY_VERIFY(dialog && dialog->isVisible());
    auto *list = dialog->findChild<QListWidget *>(u"pendingChangesList"_s);
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().startsWith(u"Move "_s + session.store().opportunity(id)->name),
             qPrintable(list->item(0)->text()));
    list->setCurrentRow(0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"pendingChangesCancel"_s), Qt::LeftButton);
    QTRY_COMPARE(session.outbox().entries().size(), 0);
    QCOMPARE(session.store().opportunity(id)->stageId, stage);
    QVERIFY(list->item(0)->text().startsWith(u"Nothing is waiting"_s));
    QVERIFY(pending->isHidden());
    dialog->close();

    // A note is not safe to send twice: refused while offline, and the text stays.
    workspace->openCandidate(id);
    ui::CandidatePage *page = workspace->candidates()->page(id);
    QVERIFY(page);
    auto *editor = page->findChild<QPlainTextEdit *>(u"noteEditor"_s);
    QTest::keyClicks(editor, u"Call back on Monday"_s);
    QTest::mouseClick(page->findChild<QPushButton *>(u"noteSend"_s), Qt::LeftButton);
    auto *error = page->findChild<QLabel *>(u"noteError"_s);
    QTRY_VERIFY(!error->isHidden());
    QVERIFY2(error->text().contains(u"could not be reached"_s), qPrintable(error->text()));
    QCOMPARE(editor->toPlainText(), u"Call back on Monday"_s);

    // Lever is back: Try Again picks it up and the banner goes.
    startSandbox();
    QTest::mouseClick(window->findChild<QPushButton *>(u"offlineRetry"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isHidden(), 20000);
    QVERIFY(!session.isOffline());
}

void TestOfflineWindow::settingsShowAndClearLocalData()
{
    openAndSync();
    ui::MainWindow *window = m_controller->window();
    models::LocalCache *cache = m_controller->workspace()->session().cache();
    cache->waitForWrites();
    QVERIFY(cache->sizeOnDisk() > 0);
    QCOMPARE(cache->filePath(), models::LocalCache::fileIn(auth::AccountStore::dataFolder(m_accountId)));
    window->openSettings();
    auto *dialog = window->findChild<ui::SettingsDialog *>(u"settingsDialog"_s);
    QVERIFY(dialog);
    auto *size = dialog->findChild<QLabel *>(u"settingsLocalDataSize"_s);
    QVERIFY2(size->text().endsWith(u" on this computer"_s), qPrintable(size->text()));
    auto *clear = dialog->findChild<QPushButton *>(u"settingsClearLocalData"_s);
    QVERIFY(clear->isEnabled());
    QSignalSpy cleared(cache, &models::LocalCache::cleared);
    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(cleared.wait(10000));
    QCOMPARE(size->text(), u"Local data cleared."_s);
    QVERIFY(!clear->isEnabled());
    // Days to keep: saved with OK and applied to the cache.
    auto *days = dialog->findChild<QSpinBox *>(u"settingsLocalDataDays"_s);
    days->setValue(7);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"settingsOk"_s), Qt::LeftButton);
    QTRY_COMPARE(cache->retentionDays(), 7);
    // Sign-out deletes the account's folder, and the cache with it.
    const QString file = cache->filePath();
    QVERIFY(QFile::exists(file));
    window->signOut();
    QTRY_VERIFY(!QFile::exists(file));
}

int main(int argc, char **argv)
{
    return lever::test::isolatedAppMain<TestOfflineWindow>(argc, argv, u"tst_offline_window"_s);
}

#include "tst_offline_window.moc"
