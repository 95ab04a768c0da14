#include "EverythingSearch.h"

#include "BoardModel.h"
#include "SearchPalette.h"
#include "Session.h"
#include "board/BoardView.h"
#include "postings/PostingsPage.h"
#include "requisitions/RequisitionsPage.h"
#include "search/EmailLookup.h"
#include "search/SearchModel.h"
#include "shell/MainWindow.h"

#include <QCoreApplication>
#include <QKeyEvent>

using namespace Qt::StringLiterals;

namespace lever::ui {

EverythingSearch::EverythingSearch(models::Session &session, const SearchCommands::Views &views,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_views(views)
    , m_commands(new SearchCommands(views, this))
    , m_model(new models::SearchModel(session.store(), this))
    , m_lookup(new models::EmailLookup(session.client(), session.store(), this))
{
    m_model->setEmailLookup(m_lookup);
    if (views.requisitions)
        m_model->setRequisitions(views.requisitions->requisitions());
    // Text fields take Ctrl+K for "delete to the end of the line" (an old X11 binding) and would
    // swallow the window's shortcut wherever the focus is in a field, which is most of the time.
    QCoreApplication::instance()->installEventFilter(this);
}

bool EverythingSearch::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        // Left unaccepted, the override lets the window's Ctrl+K action run.
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K) && widget &&
            widget->window() == m_views.window)
            return true;
    }
    return QObject::eventFilter(watched, event);
}

EverythingSearch::~EverythingSearch()
{
    delete m_palette.data(); // a child of the window, which outlives the workspace
}

SearchPalette *EverythingSearch::palette() const
{
    return m_palette;
}

void EverythingSearch::open()
{
    if (!m_palette) {
        m_palette = new SearchPalette(m_model, m_views.window);
        connect(m_palette, &SearchPalette::chosen, this, &EverythingSearch::go);
    }
    m_model->setCommands(m_commands->commands());
    m_model->warmUp();
    m_palette->popup();
}

void EverythingSearch::go(const models::SearchHit &hit)
{
    using Group = models::SearchHit::Group;
    switch (hit.group) {
    case Group::Candidates:
        Q_EMIT openCandidate(hit.id);
        break;
    case Group::Postings:
        m_views.window->showView(u"postings"_s);
        m_views.postings->openPosting(hit.id);
        break;
    case Group::Requisitions:
        m_views.window->showView(u"requisitions"_s);
        m_views.requisitions->editRequisition(hit.id);
        break;
    case Group::People: {
        // The board shows the person's cards (the filter bar follows the board's filter).
        models::CardFilter filter = m_session.board().filter();
        filter.owner = models::CardFilter::Owner::User;
        filter.ownerId = hit.id;
        m_session.board().setFilter(filter);
        m_views.window->showView(u"board"_s);
        break;
    }
    case Group::Commands:
        break; // the palette triggered its action
    }
}

} // namespace lever::ui
