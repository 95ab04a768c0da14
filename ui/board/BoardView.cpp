#include "BoardView.h"

#include "ArchiveLane.h"
#include "BoardColumn.h"
#include "BoardColumnView.h"
#include "BoardCommands.h"
#include "BoardModel.h"
#include "CardDetailsPanel.h"
#include "CardMenu.h"
#include "ChildDataLoader.h"
#include "ColumnModel.h"
#include "ColumnSortMenu.h"
#include "ErrorBanner.h"
#include "FilterBar.h"
#include "SelectionBar.h"
#include "Session.h"
#include "ShortcutsSheet.h"
#include "Store.h"
#include "Sync.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
constexpr int kMaxVisibleIds = 300; // a few pages of cards: what is on screen and a little more

} // namespace

BoardView::BoardView(models::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_commands(new BoardCommands(session, this))
    , m_filterBar(new FilterBar(session, this))
    , m_banner(new ErrorBanner(this))
    , m_selectionBar(new SelectionBar(
          m_commands, [this] { return selectedIds(); }, this))
    , m_scroll(new QScrollArea(this))
    , m_lanes(new QWidget)
    , m_lanesLayout(new QHBoxLayout(m_lanes))
    , m_archiveLane(new ArchiveLane(m_lanes))
    , m_details(new CardDetailsPanel(session, this))
    , m_visibleTimer(new QTimer(this))
{
    setObjectName(u"boardView"_s);
    setAccessibleName(tr("Pipeline board"));

    connect(m_selectionBar, &SelectionBar::clearRequested, this, [this] {
        for (BoardColumnView *v : navigableViews())
            v->clearSelection();
    });

    // The lanes: stage columns, then the Archive lane, scrolling sideways together.
    m_lanes->setObjectName(u"boardLanes"_s);
    m_lanesLayout->setContentsMargins(10, 6, 10, 10);
    m_lanesLayout->setSpacing(8);
    m_lanesLayout->addWidget(m_archiveLane);
    m_lanesLayout->addStretch(1);
    m_scroll->setObjectName(u"boardScroll"_s);
    m_scroll->setAccessibleName(tr("Board columns"));
    m_scroll->setWidget(m_lanes);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_details->hide();
    connect(m_details, &CardDetailsPanel::closeRequested, this, &BoardView::closeDetails);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_scroll, 1);
    body->addWidget(m_details);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_selectionBar);
    layout->addLayout(body, 1);

    models::BoardModel &board = m_session.board();
    connect(&board, &models::BoardModel::columnsChanged, this, &BoardView::rebuildColumns);
    // The lane and the archived filter go together: a collapsed lane means active cards only, so
    // search and filters scan the active pipeline and not the (much larger) archive; a filter that
    // wants archived cards opens the lane.
    if (board.filter().archived == models::CardFilter::Archived::Any && !m_archiveLane->isExpanded()) {
        models::CardFilter f = board.filter();
        f.archived = models::CardFilter::Archived::ActiveOnly;
        board.setFilter(f);
    }
    connect(&board, &models::BoardModel::filterChanged, this, [this] {
        m_archiveLane->setExpanded(m_session.board().filter().archived !=
                                   models::CardFilter::Archived::ActiveOnly);
        updateArchiveCounts();
        scheduleVisible();
    });
    connect(m_archiveLane, &ArchiveLane::expandedChanged, this, [this](bool expanded) {
        models::CardFilter f = m_session.board().filter();
        if (expanded && f.archived == models::CardFilter::Archived::ActiveOnly) {
            f.archived = models::CardFilter::Archived::Any;
            m_session.board().setFilter(f);
        } else if (!expanded && f.archived != models::CardFilter::Archived::ActiveOnly) {
            f.archived = models::CardFilter::Archived::ActiveOnly;
            m_session.board().setFilter(f);
        }
        if (expanded && !m_session.sync().isArchivedLoaded())
            m_session.sync().loadArchived();
        scheduleVisible();
    });
    m_archiveLane->installEventFilter(this);
    connect(m_archiveLane, &ArchiveLane::cardsDropped, this,
            [this](const QStringList &ids) { m_commands->askArchive(ids); });
    connect(&m_session.sync(), &models::Sync::archivedLoaded, this, &BoardView::updateArchiveCounts);
    connect(m_commands, &BoardCommands::errorOccurred, this, &BoardView::showError);
    connect(m_commands, &BoardCommands::actionStarted, m_banner, &QWidget::hide);
    connect(m_filterBar, &FilterBar::saveViewRequested, this, [this] {
        m_commands->askViewName([this](const QString &name) { m_filterBar->saveView(name); });
    });
    connect(m_scroll->horizontalScrollBar(), &QScrollBar::valueChanged, this, &BoardView::scheduleVisible);

    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(120); // scrolling fires often: tell the loader once it settles
    connect(m_visibleTimer, &QTimer::timeout, this, &BoardView::publishVisible);

    setupShortcuts();
    rebuildColumns();
}

BoardView::~BoardView() = default;

void BoardView::setAccountId(const QString &accountId)
{
    m_filterBar->setAccountId(accountId);
}

void BoardView::setupShortcuts()
{
    auto add = [this](const QString &name, const QList<QKeySequence> &keys, auto slot) {
        auto *a = new QAction(name, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    add(tr("Undo"), {QKeySequence::Undo}, [this] {
        if (!m_commands->undo())
            showError(tr("Nothing to undo."));
    });
    add(tr("Search"), {QKeySequence(Qt::CTRL | Qt::Key_F)}, &BoardView::focusSearch);
    add(tr("Shortcuts"), {QKeySequence(Qt::Key_Question), QKeySequence(Qt::SHIFT | Qt::Key_Question)},
        &BoardView::showShortcuts);
    // F5 (refresh) belongs to the main window's View menu, which refreshes this session: a second F5
    // here would make the key ambiguous and do nothing.
}

QList<QPair<QString, QString>> BoardView::shortcutList()
{
    return {{tr("↑ / ↓"), tr("Previous / next card in the column")},
            {tr("← / →"), tr("Same row in the previous / next column")},
            {tr("Shift+↑ / Shift+↓, Ctrl+click, Shift+click"), tr("Extend the selection")},
            {tr("Ctrl+A"), tr("Select every card in the column")},
            {tr("Ctrl+Shift+→ / Ctrl+Shift+←"), tr("Move the selected cards one stage right / left")},
            {tr("Alt+Shift+→ / Alt+Shift+←"), tr("The same (when the desktop takes Ctrl+Shift+arrows)")},
            {tr("Ctrl+M"), tr("Move the selected cards to a stage… (unarchives archived cards)")},
            {tr("Delete"), tr("Archive the selected cards… (asks for the reason)")},
            {tr("Ctrl+U"), tr("Unarchive the selected cards")},
            {tr("Ctrl+T / Ctrl+Shift+T"), tr("Add / remove a tag on the selected cards")},
            {tr("Ctrl+Shift+O"), tr("Change the owner of the selected cards")},
            {tr("Enter, double-click"), tr("Open the card")},
            {tr("Menu key, Shift+F10"), tr("The card's menu")},
            {tr("Esc"), tr("Close the details panel, then clear the selection")},
            {tr("Ctrl+Z"), tr("Undo the last move or archive")},
            {tr("Ctrl+F"), tr("Search name, email and headline")},
            {tr("F5"), tr("Refresh from Lever")},
            {tr("Ctrl+N"), tr("New candidate… (or drop a resume on the board)")},
            {tr("Ctrl+K"), tr("Search everything: candidates, postings, requisitions, users, commands")},
            {tr("Ctrl+E"), tr("Export the board, postings or requisitions to CSV…")},
            {tr("?"), tr("This list")}};
}

void BoardView::showShortcuts()
{
    auto *sheet = new ShortcutsSheet(shortcutList(), this);
    sheet->setWindowModality(Qt::WindowModal);
    sheet->open();
}

void BoardView::focusSearch()
{
    m_filterBar->searchField()->setFocus(Qt::ShortcutFocusReason);
    m_filterBar->searchField()->selectAll();
}

bool BoardView::revealCard(const QString &opportunityId)
{
    const models::OpportunityRecord *r = m_session.store().opportunity(opportunityId);
    BoardColumn *column = r ? m_columns.value(r->archived ? r->archiveReasonId : r->stageId) : nullptr;
    const int row = column ? column->column()->rowOf(opportunityId) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = column->column()->index(row, 0);
    column->view()->setCurrentIndex(index);
    column->view()->scrollTo(index);
    m_scroll->ensureWidgetVisible(column);
    return true;
}

QList<BoardColumn *> BoardView::stageColumns() const
{
    return m_stageColumns;
}

BoardColumn *BoardView::makeColumn(models::ColumnModel *model)
{
    auto *column = new BoardColumn(model, m_lanes);
    BoardColumnView *view = column->view();
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this); // drags near the board's edge scroll it sideways
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &BoardColumnView::cardsDropped, this,
            [this, model](const QStringList &ids) { onDrop(model, ids); });
    connect(view, &BoardColumnView::plainPress, this, [this, view] {
        for (BoardColumnView *other : navigableViews()) {
            if (other != view)
                other->clearSelection();
        }
    });
    connect(view, &QAbstractItemView::doubleClicked, this, [this, view] { openCurrent(view); });
    connect(view, &QWidget::customContextMenuRequested, this,
            [this, view](const QPoint &pos) { showContextMenu(view, pos); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BoardView::updateSelectionBar);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &BoardView::scheduleVisible);
    connect(model, &QAbstractItemModel::modelReset, this, &BoardView::scheduleVisible);
    connect(model, &QAbstractItemModel::layoutChanged, this, &BoardView::scheduleVisible);
    connect(model, &QAbstractItemModel::rowsInserted, this, &BoardView::scheduleVisible);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &BoardView::scheduleVisible);

    // The sort menu of the column header; the sort is the board's (every column sorts alike).
    column->sortButton()->setMenu(new ColumnSortMenu(m_session.board(), column));
    m_columns.insert(model->key(), column);
    return column;
}

void BoardView::rebuildColumns()
{
    for (BoardColumn *c : std::as_const(m_stageColumns))
        delete c;
    m_stageColumns.clear();
    m_columns.clear();
    models::BoardModel &board = m_session.board();
    int at = 0;
    const QList<models::ColumnModel *> stages = board.stageColumns();
    for (models::ColumnModel *model : stages) {
        BoardColumn *column = makeColumn(model);
        m_lanesLayout->insertWidget(at++, column);
        m_stageColumns.append(column);
    }
    QList<BoardColumn *> reasons;
    const QList<models::ColumnModel *> archive = board.archiveColumns();
    for (models::ColumnModel *model : archive) {
        BoardColumn *column = makeColumn(model);
        connect(model, &models::ColumnModel::countChanged, this, &BoardView::updateArchiveCounts);
        reasons.append(column);
    }
    m_archiveLane->setColumns(reasons);
    updateArchiveCounts();
    updateSelectionBar();
    scheduleVisible();
}

void BoardView::updateArchiveCounts()
{
    int shown = 0;
    int total = 0;
    for (BoardColumn *c : m_archiveLane->columns()) {
        shown += c->column()->count();
        total += c->column()->totalCount();
    }
    m_archiveLane->setCounts(shown, total, m_session.sync().isArchivedLoaded());
}

QList<BoardColumnView *> BoardView::navigableViews() const
{
    QList<BoardColumnView *> views;
    for (BoardColumn *c : m_stageColumns)
        views.append(c->view());
    if (m_archiveLane->isExpanded()) {
        for (BoardColumn *c : m_archiveLane->columns())
            views.append(c->view());
    }
    return views;
}

QStringList BoardView::selectedIds() const
{
    QStringList ids;
    QList<BoardColumnView *> views = navigableViews();
    for (BoardColumnView *v : std::as_const(views))
        ids += v->selectedIds();
    if (ids.isEmpty()) {
        for (BoardColumnView *v : std::as_const(views)) {
            if (v->hasFocus() && v->currentIndex().isValid())
                ids.append(v->column()->idAt(v->currentIndex().row()));
        }
    }
    return ids;
}

void BoardView::showOnly(const QStringList &ids, const QString &label)
{
    bool anyArchived = false;
    for (const QString &id : ids) {
        const models::OpportunityRecord *record = m_session.store().opportunity(id);
        anyArchived = anyArchived || (record && record->archived);
    }
    m_session.board().setFilter({.archived = anyArchived ? models::CardFilter::Archived::Any
                                                         : models::CardFilter::Archived::ActiveOnly,
                                 .ids = ids,
                                 .idsLabel = label});
}

QString BoardView::bannerText() const
{
    return m_banner->message();
}

void BoardView::showError(const QString &message)
{
    m_banner->showMessage(message);
    Q_EMIT errorOccurred(message);
}

void BoardView::onDrop(models::ColumnModel *target, const QStringList &ids)
{
    if (target->lane() == models::ColumnModel::Lane::Stage)
        m_commands->moveToStage(ids, target->key());
    else
        m_commands->askArchive(ids, target->key()); // the reason of the column, to confirm
}

void BoardView::updateSelectionBar()
{
    int selected = 0;
    for (BoardColumnView *v : navigableViews())
        selected += int(v->selectionModel()->selectedIndexes().size());
    m_selectionBar->setSelectedCount(selected);
}

void BoardView::openCurrent(BoardColumnView *view)
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return;
    const QString id = view->column()->idAt(current.row());
    Q_EMIT openCandidate(id);
    if (!m_candidatePages)
        openDetails(id);
}

void BoardView::openDetails(const QString &opportunityId)
{
    m_details->showOpportunity(opportunityId);
    m_details->show();
}

void BoardView::closeDetails()
{
    m_details->hide();
}

void BoardView::focusNeighbour(BoardColumnView *from, int step)
{
    const QList<BoardColumnView *> views = navigableViews();
    const int at = int(views.indexOf(from));
    // The card at the same height on screen (columns scroll on their own), else the last one.
    const QModelIndex current = from->currentIndex();
    const int y = current.isValid() ? from->visualRect(current).center().y() : 0;
    for (int i = at + step; i >= 0 && i < views.size(); i += step) {
        BoardColumnView *to = views.at(i);
        if (to->model()->rowCount() == 0)
            continue; // skip empty columns: the focus lands on a card
        QModelIndex index = to->indexAt(QPoint(to->viewport()->width() / 2, qMax(0, y)));
        if (!index.isValid())
            index = to->model()->index(y <= 0 ? 0 : to->model()->rowCount() - 1, 0);
        from->clearSelection();
        to->setFocus(Qt::OtherFocusReason);
        to->setCurrentIndex(index);
        to->scrollTo(index);
        m_scroll->ensureWidgetVisible(to, 20, 0);
        return;
    }
}

void BoardView::moveBy(BoardColumnView *from, int step)
{
    if (from->column()->lane() != models::ColumnModel::Lane::Stage)
        return; // archived cards go back to a stage with Ctrl+M or Ctrl+U
    const QStringList ids = selectedIds();
    const int at = int(m_stageColumns.indexOf(qobject_cast<BoardColumn *>(from->parentWidget())));
    const int target = at + step;
    if (ids.isEmpty() || at < 0 || target < 0 || target >= m_stageColumns.size())
        return;
    BoardColumnView *to = m_stageColumns.at(target)->view();
    m_commands->moveToStage(ids, to->column()->key());
    // The store moved the cards at once: keep the focus on them in their new column.
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const int row = to->column()->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = to->model()->index(row, 0);
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    to->setFocus(Qt::OtherFocusReason);
    to->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    to->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    to->scrollTo(first);
    m_scroll->ensureWidgetVisible(to, 20, 0);
}

void BoardView::autoScroll(QWidget *over, const QPoint &pos)
{
    // A drag near the left or right edge of the board scrolls it, so every column can be reached.
    const QPoint at = over->mapTo(m_scroll->viewport(), pos);
    constexpr int kEdge = 56;
    QScrollBar *bar = m_scroll->horizontalScrollBar();
    if (at.x() < kEdge)
        bar->setValue(bar->value() - (kEdge - at.x()) / 2 - 4);
    else if (at.x() > m_scroll->viewport()->width() - kEdge)
        bar->setValue(bar->value() + (at.x() - m_scroll->viewport()->width() + kEdge) / 2 + 4);
}

bool BoardView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragMove || event->type() == QEvent::DragEnter) {
        if (auto *w = qobject_cast<QWidget *>(watched))
            autoScroll(w, static_cast<QDragMoveEvent *>(event)->position().toPoint());
        return false;
    }
    auto *view = qobject_cast<BoardColumnView *>(watched);
    if (!view || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
    const bool moveMods =
        mods == (Qt::ControlModifier | Qt::ShiftModifier) || mods == (Qt::AltModifier | Qt::ShiftModifier);
    switch (key->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = key->key() == Qt::Key_Right ? 1 : -1;
        if (moveMods)
            moveBy(view, step);
        else if (mods == Qt::NoModifier)
            focusNeighbour(view, step);
        else
            return false;
        return true;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        openCurrent(view);
        return true;
    case Qt::Key_Delete:
        m_commands->askArchive(selectedIds());
        return true;
    case Qt::Key_Escape:
        if (m_details->isVisible())
            closeDetails();
        else
            view->clearSelection();
        return true;
    case Qt::Key_M:
        if (mods != Qt::ControlModifier)
            return false;
        m_commands->askMove(selectedIds());
        return true;
    case Qt::Key_U:
        if (mods != Qt::ControlModifier)
            return false;
        m_commands->unarchive(selectedIds());
        return true;
    case Qt::Key_T:
        if (mods == Qt::ControlModifier)
            m_commands->askAddTag(selectedIds());
        else if (mods == (Qt::ControlModifier | Qt::ShiftModifier))
            m_commands->askRemoveTag(selectedIds());
        else
            return false;
        return true;
    case Qt::Key_O:
        if (mods != (Qt::ControlModifier | Qt::ShiftModifier))
            return false;
        m_commands->askOwner(selectedIds());
        return true;
    case Qt::Key_Menu:
    case Qt::Key_F10:
        if (key->key() == Qt::Key_F10 && mods != Qt::ShiftModifier)
            return false;
        if (view->currentIndex().isValid())
            showContextMenu(view, view->visualRect(view->currentIndex()).center());
        return true;
    default:
        return false;
    }
}

void BoardView::showContextMenu(BoardColumnView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (index.isValid() && !view->selectionModel()->isSelected(index)) {
        for (BoardColumnView *other : navigableViews())
            other->clearSelection();
        view->setCurrentIndex(index);
    }
    const QStringList ids = selectedIds();
    if (ids.isEmpty())
        return;
    CardMenu::popup(view, pos, ids, m_stageColumns, m_commands, [this, view] { openCurrent(view); }, this);
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleVisible();
}

void BoardView::scheduleVisible()
{
    m_visibleTimer->start();
}

void BoardView::publishVisible()
{
    // The cards on screen, column by column, for the lazy child-data loader.
    QStringList ids;
    const QRect area(m_scroll->widget()->mapFrom(m_scroll->viewport(), QPoint(0, 0)),
                     m_scroll->viewport()->size());
    for (BoardColumnView *v : navigableViews()) {
        if (!v->isVisible() || ids.size() >= kMaxVisibleIds)
            continue;
        const QRect rect(v->mapTo(m_scroll->widget(), QPoint(0, 0)), v->size());
        if (!rect.intersects(area))
            continue;
        const int rows = v->model()->rowCount();
        if (rows == 0)
            continue;
        const QModelIndex top = v->indexAt(QPoint(8, 4));
        QModelIndex bottom = v->indexAt(QPoint(8, v->viewport()->height() - 4));
        const int first = top.isValid() ? top.row() : 0;
        const int last = bottom.isValid() ? bottom.row() : rows - 1;
        for (int row = first; row <= last && ids.size() < kMaxVisibleIds; ++row)
            ids.append(v->column()->idAt(row));
    }
    m_session.childData().setVisible(ids);
}

} // namespace lever::ui
