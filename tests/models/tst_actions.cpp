// Actions against a real in-process sandbox: each write applies at once, reaches the sandbox and is
// confirmed; a failing move rolls back with a readable message; undo of moves and archives; bulk
// archive with one card deleted on the server; several writes to one card arrive in order.
#include "Actions.h"
#include "BoardModel.h"
#include "CardRoles.h"
#include "ModelsTestKit.h"
#include "Store.h"
#include "Sync.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace lever;
using namespace lever::models;
using lever::test::control;
using lever::test::demoOptions;
using lever::test::makeClient;
using lever::test::SandboxFixture;

namespace {
// A synced store on a small demo account.
struct Synced
{
    SandboxFixture f{demoOptions(120)};
    std::unique_ptr<api::Client> client = makeClient(f);
    Store store;
    Sync sync{*client, store};
    Actions actions{*client, store};

    bool load()
    {
        sync.setDeltaIntervalMs(0);
        sync.start();
        return QTest::qWaitFor([this] { return sync.isArchivedLoaded() && !sync.isBusy(); }, 30000);
    }
    // Active cards in one stage, and another stage to move them to.
    QStringList activeIn(const QString &stageId) const
    {
        QStringList ids;
        for (int slot : store.activeInStage(stageId))
            ids.append(store.at(slot).id);
        ids.sort();
        return ids;
    }
    QString busiestStage() const
    {
        QString best;
        qsizetype most = -1;
        for (const StageInfo &s : store.stages()) {
            if (store.activeInStage(s.id).size() > most) {
                most = store.activeInStage(s.id).size();
                best = s.id;
            }
        }
        return best;
    }
    QString otherStage(const QString &stageId) const
    {
        for (const StageInfo &s : store.stages()) {
            if (s.id != stageId)
                return s.id;
        }
        return {};
    }
    QJsonObject onServer(const QString &id) { return f.get(u"/opportunities/"_s + id).data(); }
    QString nonHiredReason() const
    {
        for (const ArchiveReasonInfo &r : store.archiveReasons()) {
            if (!r.hired && r.active)
                return r.id;
        }
        return {};
    }
};

bool waitFinished(OpportunityAction *action)
{
    QSignalSpy done(action, &OpportunityAction::finished);
    return done.wait(20000);
}
} // namespace

class TestActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void moveAppliesAtOnceThenConfirms();
    void failingMoveRollsBack();
    void undoMove();
    void archiveUndoAndUnarchive();
    void tagsAndOwner();
    void bulkArchiveReportsPerCard();
    void writesToOneCardKeepTheirOrder();
};

void TestActions::moveAppliesAtOnceThenConfirms()
{
    Synced s;
    QVERIFY(s.load());
    BoardModel board(s.store);
    const QString from = s.busiestStage();
    const QString to = s.otherStage(from);
    const QString id = s.activeIn(from).first();
    OpportunityAction *action = s.actions.moveToStage({id}, to);
    // Optimistic: the card is in the new column before any answer.
    QCOMPARE(s.store.opportunity(id)->stageId, to);
    QVERIFY(s.store.hasPendingWrite(id));
    const int row = board.stageColumn(to)->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(board.stageColumn(to)->index(row).data(CardRole::PendingWrite).toBool(), true);
    QVERIFY(waitFinished(action));
    QVERIFY(!s.store.hasPendingWrite(id));
    QCOMPARE(s.onServer(id).value(u"stage"_s).toString(), to);
    QCOMPARE(s.store.opportunity(id)->stageId, to);
    // The answer (no expanded applications) kept the card's posting.
    QCOMPARE(s.store.opportunity(id)->postingId.isEmpty(),
             s.onServer(id).value(u"applications"_s).toArray().isEmpty());
}

void TestActions::failingMoveRollsBack()
{
    Synced s;
    QVERIFY(s.load());
    const QString from = s.busiestStage();
    const QString to = s.otherStage(from);
    const QString id = s.activeIn(from).first();
    const QString name = s.store.opportunity(id)->name;
    QCOMPARE(
        control(
            s.f, "POST", u"/faults"_s,
            {{u"method"_s, u"PUT"_s}, {u"path"_s, u"^/opportunities/[^/]+/stage$"_s}, {u"status"_s, 500}}),
        204);
    QSignalSpy failed(&s.actions, &Actions::failed);
    OpportunityAction *action = s.actions.moveToStage({id}, to);
    QCOMPARE(s.store.opportunity(id)->stageId, to);
    QSignalSpy cards(action, &OpportunityAction::cardFinished);
    QVERIFY(waitFinished(action));
    QCOMPARE(s.store.opportunity(id)->stageId, from); // back where it was
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.first().at(1).toBool(), false);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.startsWith(u"Could not move "_s + name + u" to "_s + s.store.stageName(to)),
             qPrintable(message));
    QCOMPARE(action->failures().size(), 1);
    QCOMPARE(action->failures().first().id, id);
    QVERIFY(!s.actions.canUndo()); // nothing happened, so nothing to undo
    QCOMPARE(control(s.f, "DELETE", u"/faults"_s), 204);
    QCOMPARE(s.onServer(id).value(u"stage"_s).toString(), from);
}

void TestActions::undoMove()
{
    Synced s;
    QVERIFY(s.load());
    const QString from = s.busiestStage();
    const QString to = s.otherStage(from);
    const QStringList ids = s.activeIn(from).mid(0, 2);
    QCOMPARE(ids.size(), 2);
    QSignalSpy canUndo(&s.actions, &Actions::canUndoChanged);
    QVERIFY(waitFinished(s.actions.moveToStage(ids, to)));
    QVERIFY(s.actions.canUndo());
    QCOMPARE(canUndo.size(), 1);
    QVERIFY(s.actions.undoText().contains(u"2"_s));
    const QList<OpportunityAction *> undo = s.actions.undo();
    QCOMPARE(undo.size(), 1);
    QVERIFY(!s.actions.canUndo());
    for (const QString &id : ids)
        QCOMPARE(s.store.opportunity(id)->stageId, from); // at once
    QVERIFY(waitFinished(undo.first()));
    for (const QString &id : ids)
        QCOMPARE(s.onServer(id).value(u"stage"_s).toString(), from);
    QVERIFY(s.actions.undo().isEmpty());
}

void TestActions::archiveUndoAndUnarchive()
{
    Synced s;
    QVERIFY(s.load());
    BoardModel board(s.store);
    const QString reason = s.nonHiredReason();
    QVERIFY(!reason.isEmpty());
    const QString stage = s.busiestStage();
    const QString id = s.activeIn(stage).first();
    QVERIFY(waitFinished(s.actions.archive({id}, reason)));
    QCOMPARE(s.onServer(id).value(u"archived"_s).toObject().value(u"reason"_s).toString(), reason);
    QVERIFY(s.store.opportunity(id)->archived);
    QVERIFY(board.archiveColumn(reason)->rowOf(id) >= 0);
    // Undo puts it back in its stage, active.
    const QList<OpportunityAction *> undo = s.actions.undo();
    QCOMPARE(undo.size(), 1);
    QCOMPARE(undo.first()->kind(), OpportunityAction::Kind::Unarchive);
    QVERIFY(waitFinished(undo.first()));
    QVERIFY(s.onServer(id).value(u"archived"_s).isNull());
    QCOMPARE(s.onServer(id).value(u"stage"_s).toString(), stage);
    QVERIFY(board.stageColumn(stage)->rowOf(id) >= 0);
    // Unarchive of a card archived on the server.
    QString archivedId;
    for (const ArchiveReasonInfo &r : s.store.archiveReasons()) {
        const QSet<int> slots = s.store.archivedWithReason(r.id);
        if (!slots.isEmpty() && !r.hired) {
            archivedId = s.store.at(*slots.begin()).id;
            break;
        }
    }
    QVERIFY(!archivedId.isEmpty());
    OpportunityAction *unarchive = s.actions.unarchive({archivedId});
    QVERIFY(!s.store.opportunity(archivedId)->archived);
    QVERIFY(waitFinished(unarchive));
    QVERIFY(unarchive->failures().isEmpty());
    QVERIFY(s.onServer(archivedId).value(u"archived"_s).isNull());
}

void TestActions::tagsAndOwner()
{
    Synced s;
    QVERIFY(s.load());
    const QString id = s.activeIn(s.busiestStage()).first();
    QVERIFY(waitFinished(s.actions.addTag({id}, u"Hot lead"_s)));
    QVERIFY(s.onServer(id).value(u"tags"_s).toArray().contains(u"Hot lead"_s));
    QVERIFY(s.store.opportunity(id)->tags.contains(u"Hot lead"_s));
    OpportunityAction *remove = s.actions.removeTag({id}, u"Hot lead"_s);
    QVERIFY(!s.store.opportunity(id)->tags.contains(u"Hot lead"_s));
    QVERIFY(waitFinished(remove));
    QVERIFY(!s.onServer(id).value(u"tags"_s).toArray().contains(u"Hot lead"_s));
    QString newOwner;
    for (const UserInfo &u : s.store.users()) {
        if (!u.deactivated && u.id != s.store.opportunity(id)->ownerId)
            newOwner = u.id;
    }
    QVERIFY(!newOwner.isEmpty());
    OpportunityAction *owner = s.actions.changeOwner({id}, newOwner);
    QVERIFY(waitFinished(owner));
    QVERIFY2(owner->failures().isEmpty(), qPrintable(owner->failureSummary()));
    QCOMPARE(s.onServer(id).value(u"owner"_s).toString(), newOwner);
    QCOMPARE(s.store.opportunity(id)->ownerId, newOwner);
}

void TestActions::bulkArchiveReportsPerCard()
{
    Synced s;
    QVERIFY(s.load());
    const QString reason = s.nonHiredReason();
    const QStringList ids = s.activeIn(s.busiestStage()).mid(0, 4);
    QCOMPARE(ids.size(), 4);
    const QString gone = ids.at(2);
    QCOMPARE(control(s.f, "DELETE", u"/opportunities/"_s + gone), 204);
    QSignalSpy failed(&s.actions, &Actions::failed);
    QSignalSpy finished(&s.actions, &Actions::actionFinished);
    OpportunityAction *bulk = s.actions.archive(ids, reason);
    for (const QString &id : ids)
        QVERIFY(s.store.opportunity(id)->archived);
    QVERIFY(waitFinished(bulk));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(bulk->failures().size(), 1);
    QCOMPARE(bulk->failures().first().id, gone);
    QVERIFY(!bulk->failures().first().message.isEmpty());
    QCOMPARE(bulk->succeeded().size(), 3);
    QCOMPARE(bulk->failureSummary(), u"1 of 4 cards could not be archived."_s);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!s.store.opportunity(gone)->archived); // rolled back
    for (const QString &id : ids) {
        if (id != gone)
            QCOMPARE(s.onServer(id).value(u"archived"_s).toObject().value(u"reason"_s).toString(), reason);
    }
    // Undo covers the three that were archived.
    const QList<OpportunityAction *> undo = s.actions.undo();
    QCOMPARE(undo.size(), 1);
    QCOMPARE(undo.first()->ids().size(), 3);
    QVERIFY(waitFinished(undo.first()));
    QVERIFY(undo.first()->failures().isEmpty());
}

void TestActions::writesToOneCardKeepTheirOrder()
{
    Synced s;
    QVERIFY(s.load());
    const QString from = s.busiestStage();
    const QString id = s.activeIn(from).first();
    QStringList stages;
    for (const StageInfo &st : s.store.stages()) {
        if (st.id != from)
            stages.append(st.id);
    }
    s.f.sandbox().requestLog().clear();
    QList<OpportunityAction *> actions;
    for (int i = 0; i < 4; ++i)
        actions.append(s.actions.moveToStage({id}, stages.at(i)));
    QCOMPARE(s.store.opportunity(id)->stageId, stages.at(3));
    QVERIFY(waitFinished(actions.last()));
    QCOMPARE(s.onServer(id).value(u"stage"_s).toString(), stages.at(3));
    QCOMPARE(s.store.opportunity(id)->stageId, stages.at(3));
    const auto puts = lever::test::requestsTo(s.f, u"/opportunities/"_s + id + u"/stage"_s, "PUT");
    QCOMPARE(puts.size(), 4);
}

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
