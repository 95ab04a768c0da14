// Session: one account's data wired together against a real sandbox: status text through a full
// sync, errors from sync and writes as one signal, the pacer's interactive-waiting state, archived
// cards loaded when the board's filter asks for them, and the item models fed by the sync.
#include "Actions.h"
#include "ArchiveReasonsModel.h"
#include "BoardModel.h"
#include "ChildDataLoader.h"
#include "ModelsTestKit.h"
#include "Session.h"
#include "StagesModel.h"
#include "Store.h"
#include "Sync.h"
#include "UsersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::control;
using lever::test::demoOptions;
using lever::test::makeClient;
using lever::test::SandboxFixture;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void statusThroughAFullSync();
    void modelsFedBySync();
    void archivedWhenTheFilterNeedsThem();
    void errorsAsOneSignal();
    void interactiveWaiting();
};

void TestSession::statusThroughAFullSync()
{
    SandboxFixture f(demoOptions(200));
    auto client = makeClient(f);
    Session session(*client);
    session.sync().setDeltaIntervalMs(0);
    QStringList texts;
    connect(&session, &Session::statusTextChanged, this, [&](const QString &t) { texts.append(t); });
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isArchivedLoaded() && !session.sync().isBusy(), 30000);
    QTRY_VERIFY(session.statusText().startsWith(u"Up to date · synced "_s));
    QVERIFY(!texts.isEmpty());
    QVERIFY2(texts.first().startsWith(u"Syncing "_s) && texts.first().endsWith(u"opportunities…"_s),
             qPrintable(texts.first()));
    QCOMPARE(texts.last(), session.statusText());
    // A second sync of the same session knows the total from the first one.
    QCOMPARE(&session.client(), client.get());
    session.refresh();
    QTRY_VERIFY(session.statusText().startsWith(u"Up to date"_s));
}

void TestSession::modelsFedBySync()
{
    SandboxFixture f(demoOptions(150));
    auto client = makeClient(f);
    Session session(*client);
    session.sync().setDeltaIntervalMs(0);
    QAbstractItemModelTester users(&session.users(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester stages(&session.stages(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester reasons(&session.archiveReasons(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isActiveLoaded(), 30000);
    QCOMPARE(session.stages().rowCount(), int(f.documents(u"stage"_s).size()));
    QCOMPARE(session.board().stageColumns().size(), session.stages().rowCount());
    int shown = 0;
    for (ColumnModel *column : session.board().stageColumns())
        shown += column->count();
    QCOMPARE(shown, session.store().activeCount());
    QVERIFY(session.users().rowCount() > 0);
    // The acting user (perform_as) is in the pickers with the roles the posting editor uses.
    const int row = session.users().rowOf(client->actingUserId());
    QVERIFY(row >= 0);
    const QModelIndex me = session.users().index(row);
    QCOMPARE(me.data(Qt::UserRole).toString(), client->actingUserId());
    QVERIFY(me.data(Qt::UserRole + 1).toString().contains(u'@'));
    QVERIFY(!me.data(Qt::DisplayRole).toString().isEmpty());
    // "Mine" means the acting user's cards.
    session.board().setFilter(
        {.owner = CardFilter::Owner::Mine, .archived = CardFilter::Archived::ActiveOnly});
    int mine = 0;
    for (ColumnModel *column : session.board().stageColumns()) {
        for (const QString &id : column->ids()) {
            QCOMPARE(session.store().opportunity(id)->ownerId, client->actingUserId());
            ++mine;
        }
    }
    QCOMPARE(session.board().shownCount(), mine);
}

void TestSession::archivedWhenTheFilterNeedsThem()
{
    SandboxFixture f(demoOptions(150));
    auto client = makeClient(f);
    Session session(*client);
    session.sync().setDeltaIntervalMs(0);
    session.sync().setArchivedInBackground(false);
    session.board().setFilter({.archived = CardFilter::Archived::ActiveOnly});
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isActiveLoaded(), 30000);
    QVERIFY(!session.sync().isArchivedLoading());
    session.board().setFilter({.archived = CardFilter::Archived::ArchivedOnly});
    QVERIFY(session.sync().isArchivedLoading());
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isArchivedLoaded(), 30000);
    int archivedShown = 0;
    for (ColumnModel *column : session.board().archiveColumns())
        archivedShown += column->count();
    QVERIFY(archivedShown > 0);
    QCOMPARE(archivedShown, session.store().opportunityCount() - session.store().activeCount());
}

void TestSession::errorsAsOneSignal()
{
    SandboxFixture f(demoOptions(60));
    auto client = makeClient(f);
    Session session(*client);
    session.sync().setDeltaIntervalMs(0);
    session.start();
    QTRY_VERIFY_WITH_TIMEOUT(session.sync().isActiveLoaded() && !session.sync().isBusy(), 30000);
    QSignalSpy errors(&session, &Session::errorOccurred);
    // A write that fails...
    QCOMPARE(control(f, "POST", u"/faults"_s,
                     {{u"method"_s, u"PUT"_s}, {u"path"_s, u"/archived$"_s}, {u"status"_s, 400}}),
             204);
    const QString id =
        session.board().stageColumns().first()->idAt(0).isEmpty()
            ? session.store().at(*session.store().activeInStage(session.store().stages().at(3).id).begin()).id
            : session.board().stageColumns().first()->idAt(0);
    session.actions().archive({id}, session.store().archiveReasons().first().id);
    QTRY_COMPARE(errors.size(), 1);
    QVERIFY(errors.first().first().toString().startsWith(u"Could not archive "_s));
    // ...and a sync that fails.
    QCOMPARE(control(f, "POST", u"/faults"_s,
                     {{u"method"_s, u"GET"_s}, {u"path"_s, u"^/opportunities"_s}, {u"status"_s, 400}}),
             204);
    session.refresh();
    QTRY_COMPARE(errors.size(), 2);
    QVERIFY(session.statusText().startsWith(u"Sync failed"_s));
    // A detail page that cannot be read.
    session.childData().open(u"no-such-opportunity"_s);
    QTRY_VERIFY(errors.size() >= 3);
}

void TestSession::interactiveWaiting()
{
    SandboxFixture f(demoOptions(60));
    api::Client::Options options = lever::test::fastOptions();
    options.pacer.rate = 2;
    options.pacer.burst = 2;
    auto credentials = std::make_shared<api::ApiKeyCredentials>(f.apiKey());
    // A credential of its own, so this pacer is not shared with another test's client.
    api::Client client(f.sandbox().baseUrl(), credentials, options);
    client.setActingUserId(f.firstUserId());
    Session session(client);
    QSignalSpy waiting(&session, &Session::interactiveWaitingChanged);
    for (int i = 0; i < 4; ++i)
        session.childData().open(u"id-%1"_s.arg(i));
    QTRY_VERIFY_WITH_TIMEOUT(waiting.size() >= 2 && !session.interactiveWaiting(), 20000);
    QCOMPARE(waiting.first().first().toBool(), true);
    QCOMPARE(waiting.last().first().toBool(), false);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
