#include "SearchCommands.h"

#include "board/BoardCommands.h"
#include "board/BoardView.h"
#include "candidate/CandidatePage.h"
#include "candidate/CandidatesView.h"
#include "postings/PostingsPage.h"
#include "requisitions/RequisitionsPage.h"
#include "search/SearchQuery.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace lever::ui {

SearchCommands::SearchCommands(const Views &views, QObject *parent)
    : QObject(parent)
    , m_views(views)
{
    add(u"searchMoveToStage"_s, tr("Move to Stage…"),
        [this] { onTargets([this](const QStringList &ids) { m_views.board->commands()->askMove(ids); }); });
    add(u"searchArchive"_s, tr("Archive…"), [this] {
        onTargets([this](const QStringList &ids) { m_views.board->commands()->askArchive(ids); });
    });
    add(u"searchNewPosting"_s, tr("New Posting"), [this] {
        m_views.window->showView(u"postings"_s);
        m_views.postings->newPosting();
    });
    add(u"searchNewRequisition"_s, tr("New Requisition"), [this] {
        m_views.window->showView(u"requisitions"_s);
        m_views.requisitions->newRequisition();
    });
    // Every view the window has at this point (the workspace adds them all before the search), by the
    // title the side bar shows, so a view added later needs nothing here.
    for (const QString &id : m_views.window->viewIds())
        addViewCommand(id, tr("Go to %1").arg(m_views.window->viewTitle(id)));
}

QAction *SearchCommands::add(const QString &objectName, const QString &text, const std::function<void()> &run)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    connect(action, &QAction::triggered, this, run);
    m_own.append(action);
    return action;
}

void SearchCommands::addViewCommand(const QString &viewId, const QString &text)
{
    add(u"searchGoTo_"_s + viewId, text, [this, viewId] { m_views.window->showView(viewId); });
}

QList<models::SearchCommand> SearchCommands::commands() const
{
    QList<models::SearchCommand> out;
    for (QAction *action : m_own)
        out.append({action, action->text(), {}});
    const QList<QAction *> menus = m_views.window->menuBar()->actions();
    for (QAction *entry : menus) {
        if (entry->menu())
            collect(entry->menu(), {}, out);
    }
    return out;
}

void SearchCommands::collect(QMenu *menu, const QString &prefix, QList<models::SearchCommand> &out) const
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || !action->isEnabled() || action->text().isEmpty())
            continue;
        // The search does not offer itself.
        if (action->objectName() == u"actionSearch"_s)
            continue;
        const QString text = models::SearchQuery::plainText(action->text());
        if (QMenu *sub = action->menu()) {
            collect(sub, text, out);
            continue;
        }
        out.append({action, prefix.isEmpty() ? text : QString(prefix + u" › "_s + text),
                    action->shortcut().toString(QKeySequence::NativeText)});
    }
}

QStringList SearchCommands::targetIds() const
{
    if (m_views.window->currentViewId() == u"candidates"_s && m_views.candidates) {
        if (CandidatePage *page = m_views.candidates->currentPage())
            return {page->opportunityId()};
    }
    return m_views.board ? m_views.board->selectedIds() : QStringList();
}

void SearchCommands::onTargets(const std::function<void(const QStringList &)> &run)
{
    const QStringList ids = targetIds();
    if (ids.isEmpty()) {
        m_views.window->showError(tr("Select cards on the board or open a candidate first."));
        return;
    }
    run(ids);
}

} // namespace lever::ui
