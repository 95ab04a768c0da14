// The board's filter bar, saved views, shortcuts sheet and visible-card reporting against a synced
// sandbox account: search narrows the columns and their counts as you type, each filter control
// narrows to exactly the cards the store says match, a saved view comes back with its filter and
// sort (per account), `?` lists the shortcuts, Ctrl+F focuses search, and the cards on
// screen (only those) go to the child-data loader.
#include "BoardModel.h"
#include "BoardTestKit.h"
#include "CardRoles.h"
#include "ChildDataLoader.h"
#include "board/ArchiveLane.h"
#include "board/BoardCommands.h"
#include "board/FilterBar.h"
#include "board/SavedViews.h"
#include "board/ShortcutsSheet.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace lever;
using lever::test::BoardRig;

namespace {
int shownOnBoard(ui::BoardView &board)
{
    int n = 0;
    for (ui::BoardColumn *c : board.stageColumns())
        n += c->column()->count();
    for (ui::BoardColumn *c : board.archiveLane()->columns())
        n += c->column()->count();
    return n;
}

// Cards the store holds that satisfy `match`.
int countInStore(const models::Store &store,
                 const std::function<bool(const models::OpportunityRecord &)> &match)
{
    int n = 0;
    for (int slot = 0; slot < store.slotCount(); ++slot) {
        if (store.isLive(slot) && match(store.at(slot)))
            ++n;
    }
    return n;
}

void choose(QComboBox *combo, int row)
{
    combo->setCurrentIndex(row);
    Q_EMIT combo->activated(row);
}
} // namespace

class TestBoardFilters : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void searchNarrowsAsYouType();
    void filterControls();
    void tagAndSourceListsComeFromLever();
    void savedViewRoundTrip();
    void sortFromTheColumnMenu();
    void shortcutsSheetAndKeys();
    void visibleCardsGoToTheLoader();
};

void TestBoardFilters::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // saved views go to a throw-away settings file
    QCoreApplication::setOrganizationName(u"lever-console-tests"_s);
    QCoreApplication::setApplicationName(u"tst_board_filters"_s);
}

void TestBoardFilters::searchNarrowsAsYouType()
{
    BoardRig rig;
    QVERIFY(rig.start());
    const models::Store &store = rig.session->store();
    // The Archive lane is collapsed: the board shows and searches active cards.
    const int all = shownOnBoard(*rig.board);
    QCOMPARE(all, store.activeCount());
    // A name on the board, typed a letter at a time.
    ui::BoardColumn *column = rig.board->stageColumns().at(rig.busiestStageIndex());
    const QString name =
        column->column()->idAt(0).isEmpty() ? QString() : store.opportunity(column->column()->idAt(0))->name;
    const QString word = name.section(u' ', -1).toLower(); // the last name
    QLineEdit *search = rig.board->filterBar()->searchField();
    search->setFocus();
    int previous = all;
    for (int i = 1; i <= word.size(); ++i) {
        search->insert(QString(word.at(i - 1))); // as typed (names may hold letters QTest cannot key)
        const QString typed = word.left(i);
        const int expected = countInStore(store, [&](const models::OpportunityRecord &r) {
            return !r.archived && r.searchKey.contains(typed.toUtf8());
        });
        QCOMPARE(shownOnBoard(*rig.board), expected);
        QVERIFY(expected <= previous);
        previous = expected;
    }
    QVERIFY(previous >= 1);
    QVERIFY(column->column()->rowOf(column->column()->ids().isEmpty() ? QString()
                                                                      : column->column()->idAt(0)) >= 0);
    // Counts say shown / total, and the bar says how many of all.
    QVERIFY2(column->countText().contains(u" / "_s), qPrintable(column->countText()));
    QCOMPARE(column->countText(),
             u"%1 / %2"_s.arg(column->column()->count()).arg(column->column()->totalCount()));
    auto *count = rig.board->filterBar()->findChild<QLabel *>(u"shownCount"_s);
    QVERIFY2(count->text().startsWith(QString::number(previous) + u" of "_s), qPrintable(count->text()));
    // Email and headline are searched too.
    const models::OpportunityRecord *someone = store.opportunity(column->column()->idAt(0));
    search->setText(someone->firstEmail());
    QVERIFY(column->column()->rowOf(someone->id) >= 0);
    QVERIFY(shownOnBoard(*rig.board) >= 1);
    // The clear button brings everything back.
    rig.board->filterBar()->findChild<QToolButton *>(u"filterClear"_s)->click();
    QCOMPARE(search->text(), QString());
    QCOMPARE(shownOnBoard(*rig.board), all);
    QCOMPARE(column->countText(), QString::number(column->column()->count()));
}

// The tag and source lists are Lever's (GET /tags, /sources): every one of the account's, with how many
// candidates carry it, not only those of the cards loaded so far.
void TestBoardFilters::tagAndSourceListsComeFromLever()
{
    BoardRig rig;
    QVERIFY(rig.start());
    const models::Store &store = rig.session->store();
    QTRY_VERIFY_WITH_TIMEOUT(!store.accountTags().isEmpty() && !store.accountSources().isEmpty(), 10000);
    ui::FilterBar *bar = rig.board->filterBar();
    for (const auto &[name, path] :
         {std::pair{u"filterTag"_s, u"/tags"_s}, std::pair{u"filterSource"_s, u"/sources"_s}}) {
        auto *combo = bar->findChild<QComboBox *>(name);
        QHash<QString, qint64> lever; // every page
        QString next;
        do {
            const auto page =
                rig.f.get(path + u"?limit=100"_s + (next.isEmpty() ? QString() : u"&offset="_s + next));
            for (const QJsonValue &v : page.list())
                lever.insert(v.toObject().value(u"text"_s).toString(),
                             v.toObject().value(u"count"_s).toInteger());
            next = page.json.value(u"hasNext"_s).toBool() ? page.json.value(u"next"_s).toString() : QString();
        } while (!next.isEmpty());
        QVERIFY(!lever.isEmpty());
        QCOMPARE(combo->count() - 1, int(lever.size()));
        for (int i = 1; i < combo->count(); ++i) {
            const QString text = combo->itemText(i);
            QVERIFY2(lever.contains(text), qPrintable(text));
            const QString tip = combo->itemData(i, Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(QString::number(lever.value(text))), qPrintable(tip));
        }
    }
}

void TestBoardFilters::filterControls()
{
    BoardRig rig;
    QVERIFY(rig.start());
    const models::Store &store = rig.session->store();
    ui::FilterBar *bar = rig.board->filterBar();
    const QString me = rig.client->actingUserId();

    auto *owner = bar->findChild<QComboBox *>(u"filterOwner"_s);
    choose(owner, owner->findData(u"mine"_s));
    QCOMPARE(shownOnBoard(*rig.board),
             countInStore(store, [&](const auto &r) { return !r.archived && r.ownerId == me; }));
    const int other = owner->count() - 1;
    const QString otherId = owner->itemData(other).toString();
    choose(owner, other);
    QCOMPARE(shownOnBoard(*rig.board),
             countInStore(store, [&](const auto &r) { return !r.archived && r.ownerId == otherId; }));
    choose(owner, 0);

    auto *posting = bar->findChild<QComboBox *>(u"filterPosting"_s);
    QVERIFY(posting->count() > 1);
    choose(posting, 1);
    const QString postingId = posting->itemData(1).toString();
    QCOMPARE(shownOnBoard(*rig.board),
             countInStore(store, [&](const auto &r) { return !r.archived && r.postingId == postingId; }));
    choose(posting, 0);

    auto *tag = bar->findChild<QComboBox *>(u"filterTag"_s);
    QVERIFY(tag->count() > 1); // the account's tags were collected after the load
    choose(tag, 1);
    const QString tagText = tag->itemText(1);
    QCOMPARE(rig.session->board().filter().tag, tagText);
    QCOMPARE(shownOnBoard(*rig.board),
             countInStore(store, [&](const auto &r) { return !r.archived && r.tags.contains(tagText); }));
    choose(tag, 0);
    QCOMPARE(rig.session->board().filter().tag, QString());

    auto *origin = bar->findChild<QComboBox *>(u"filterOrigin"_s);
    choose(origin, origin->findData(u"sourced"_s));
    QCOMPARE(shownOnBoard(*rig.board),
             countInStore(store, [](const auto &r) { return !r.archived && r.origin == u"sourced"_s; }));
    choose(origin, 0);

    auto *archived = bar->findChild<QComboBox *>(u"filterArchived"_s);
    choose(archived, archived->findData(int(models::CardFilter::Archived::ActiveOnly)));
    QCOMPARE(shownOnBoard(*rig.board), store.activeCount());
    choose(archived, archived->findData(int(models::CardFilter::Archived::ArchivedOnly)));
    QCOMPARE(shownOnBoard(*rig.board), store.opportunityCount() - store.activeCount());
    QVERIFY(rig.board->archiveLane()->isExpanded()); // archived cards only: the lane opens to show them
    choose(archived, archived->findData(int(models::CardFilter::Archived::Any)));
    QCOMPARE(shownOnBoard(*rig.board), store.opportunityCount());
    QVERIFY(rig.board->archiveLane()->isExpanded());
    // Collapsing the lane goes back to active cards.
    rig.board->archiveLane()->setExpanded(false);
    QCOMPARE(archived->currentData().toInt(), int(models::CardFilter::Archived::ActiveOnly));
    QCOMPARE(shownOnBoard(*rig.board), store.activeCount());

    auto *updated = bar->findChild<QComboBox *>(u"filterUpdated"_s);
    choose(updated, updated->findData(30));
    const qint64 since = rig.session->board().filter().updatedSince;
    QVERIFY(since > 0);
    QCOMPARE(shownOnBoard(*rig.board),
             countInStore(store, [&](const auto &r) { return !r.archived && r.updatedAt >= since; }));
    // A filter set elsewhere (a saved view, the shell) shows in the controls.
    rig.session->board().setFilter({.origin = u"referred"_s});
    QCOMPARE(origin->currentData().toString(), u"referred"_s);
    QCOMPARE(updated->currentIndex(), 0);
}

void TestBoardFilters::savedViewRoundTrip()
{
    BoardRig rig(40);
    QVERIFY(rig.start());
    ui::FilterBar *bar = rig.board->filterBar();
    rig.board->setAccountId(u"account-A"_s);
    for (const QString &name : ui::SavedViews(u"account-A"_s).names())
        ui::SavedViews(u"account-A"_s).remove(name);
    const models::CardFilter filter{.owner = models::CardFilter::Owner::Mine,
                                    .origin = u"applied"_s,
                                    .archived = models::CardFilter::Archived::ActiveOnly,
                                    .text = u"an"_s};
    const models::CardSort sort{models::CardSort::Key::Updated, Qt::DescendingOrder};
    rig.session->board().setFilter(filter);
    rig.session->board().setSort(sort);
    // Saved through the button and its name question, as a user does.
    bar->findChild<QToolButton *>(u"saveView"_s)->click();
    ui::ChoiceDialog *ask = rig.board->commands()->openDialog();
    QVERIFY(ask);
    QVERIFY(ask->answer(u"My applied / an"_s));
    QCOMPARE(ui::SavedViews(u"account-A"_s).names(), QStringList{u"My applied / an"_s});
    QVERIFY(ui::SavedViews(u"account-B"_s).names().isEmpty()); // per account
    bar->clear();
    rig.session->board().setSort({});
    QCOMPARE(rig.session->board().filter(),
             (models::CardFilter{.archived = models::CardFilter::Archived::ActiveOnly}));
    auto *views = bar->findChild<QComboBox *>(u"savedViews"_s);
    const int row = views->findText(u"My applied / an"_s);
    QVERIFY(row > 0);
    choose(views, row);
    QCOMPARE(rig.session->board().filter(), filter);
    QCOMPARE(rig.session->board().sort(), sort);
    QCOMPARE(bar->searchField()->text(), u"an"_s);
    // Another account does not see it; deleting removes it.
    rig.board->setAccountId(u"account-B"_s);
    QCOMPARE(views->count(), 1);
    rig.board->setAccountId(u"account-A"_s);
    views->setCurrentIndex(views->findText(u"My applied / an"_s));
    bar->findChild<QToolButton *>(u"deleteView"_s)->click();
    QVERIFY(ui::SavedViews(u"account-A"_s).names().isEmpty());
    // The JSON form keeps every field.
    const models::CardFilter full{.postingIds = {u"p1"_s},
                                  .owner = models::CardFilter::Owner::User,
                                  .ownerId = u"u9"_s,
                                  .tag = u"t"_s,
                                  .source = u"s"_s,
                                  .origin = u"agency"_s,
                                  .archived = models::CardFilter::Archived::ArchivedOnly,
                                  .createdSince = 123,
                                  .updatedSince = 456,
                                  .text = u"x y"_s};
    const auto back = ui::SavedViews::fromJson(ui::SavedViews::toJson({full, sort}));
    QVERIFY(back);
    QCOMPARE(back->filter, full);
    QCOMPARE(back->sort, sort);
}

void TestBoardFilters::sortFromTheColumnMenu()
{
    BoardRig rig(60);
    QVERIFY(rig.start());
    ui::BoardColumn *column = rig.board->stageColumns().at(rig.busiestStageIndex());
    QMenu *menu = column->sortButton()->menu();
    QVERIFY(menu);
    QAction *updated = nullptr;
    for (QAction *a : menu->actions()) {
        if (a->text() == u"Recently updated"_s)
            updated = a;
    }
    QVERIFY(updated);
    updated->trigger();
    QCOMPARE(rig.session->board().sort().key, models::CardSort::Key::Updated);
    const models::ColumnModel *model = column->column();
    for (int row = 1; row < model->count(); ++row)
        QVERIFY(model->index(row - 1).data(models::CardRole::UpdatedAt).toDateTime() >=
                model->index(row).data(models::CardRole::UpdatedAt).toDateTime());
}

void TestBoardFilters::shortcutsSheetAndKeys()
{
    BoardRig rig(40);
    QVERIFY(rig.start());
    QApplication::setActiveWindow(rig.board.get());
    QVERIFY(QTest::qWaitForWindowActive(rig.board.get()));
    ui::BoardColumn *column = rig.board->stageColumns().at(rig.busiestStageIndex());
    lever::test::focusCard(column->view(), 0);
    QTest::keyClick(column->view(), Qt::Key_Question, Qt::ShiftModifier);
    auto *sheet = rig.board->findChild<ui::ShortcutsSheet *>(u"shortcutsSheet"_s);
    QVERIFY(sheet);
    QTRY_VERIFY(sheet->isVisible());
    QCOMPARE(sheet->list()->topLevelItemCount(), int(ui::BoardView::shortcutList().size()));
    QStringList keys;
    for (int i = 0; i < sheet->list()->topLevelItemCount(); ++i)
        keys.append(sheet->list()->topLevelItem(i)->text(0));
    for (const QString &needed :
         {u"Ctrl+Shift+→ / Ctrl+Shift+←"_s, u"Ctrl+Z"_s, u"Ctrl+F"_s, u"Delete"_s, u"?"_s})
        QVERIFY2(keys.contains(needed), qPrintable(needed));
    sheet->close();
    // Ctrl+F focuses the search field.
    lever::test::focusCard(column->view(), 0);
    QTest::keyClick(column->view(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(rig.board->filterBar()->searchField()->hasFocus());
    // Delete asks for the archive reason (the keyboard path of a drop on Archive).
    lever::test::focusCard(column->view(), 0);
    QTest::keyClick(column->view(), Qt::Key_Delete);
    QVERIFY(rig.board->commands()->openDialog());
    QCOMPARE(rig.board->commands()->openDialog()->objectName(), u"archiveReasonDialog"_s);
    rig.board->commands()->openDialog()->reject();
    // Ctrl+M asks for a stage and moves there.
    const QString id = column->column()->idAt(0);
    const QString to = rig.board->stageColumns().constLast()->column()->key();
    lever::test::focusCard(column->view(), 0);
    QTest::keyClick(column->view(), Qt::Key_M, Qt::ControlModifier);
    QCOMPARE(rig.board->commands()->openDialog()->objectName(), u"moveDialog"_s);
    QVERIFY(rig.board->commands()->openDialog()->answer(to));
    QTRY_COMPARE_WITH_TIMEOUT(rig.stageOnServer(id), to, 20000);
    // F5 is the main window's (tests/app/tst_workspace).
}

void TestBoardFilters::visibleCardsGoToTheLoader()
{
    BoardRig rig(400);
    QVERIFY(rig.start());
    rig.board->resize(1280, 800);
    ui::BoardColumn *column = rig.board->stageColumns().at(rig.busiestStageIndex());
    QVERIFY(column->column()->count() > 20);
    QTRY_VERIFY(rig.session->childData().visible().contains(column->column()->idAt(0)));
    const QStringList visible = rig.session->childData().visible();
    QVERIFY(visible.size() <= 300);
    QVERIFY(!visible.contains(column->column()->idAt(column->column()->count() - 1))); // off screen
    // Scrolled to the end, the last cards are the visible ones.
    column->view()->scrollToBottom();
    QTRY_VERIFY(
        rig.session->childData().visible().contains(column->column()->idAt(column->column()->count() - 1)));
    QVERIFY(!rig.session->childData().visible().contains(column->column()->idAt(0)));
    // And their next interviews load.
    const QString last = column->column()->idAt(column->column()->count() - 1);
    QTRY_VERIFY_WITH_TIMEOUT(rig.session->store().childData(last) != nullptr, 20000);
}

QTEST_MAIN(TestBoardFilters)
#include "tst_board_filters.moc"
