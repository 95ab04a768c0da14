#pragma once

#include "search/SearchHit.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

class QMenu;

namespace lever::ui {

class BoardView;
class CandidatesView;
class MainWindow;
class PostingsPage;
class RequisitionsPage;

// The commands "Search everything" offers. Every enabled entry of the main window's menus is collected
// as it stands when the palette opens, so entries added later (by anyone) appear by themselves, and a
// submenu's entries read "Switch Account › Demo". Beside them, the workspace's own actions: go to each
// view, New Posting, New Requisition, and Move to Stage… / Archive… for the board's selected cards or
// the candidate whose page is open, through the board's own commands.
class SearchCommands : public QObject
{
    Q_OBJECT
public:
    struct Views
    {
        MainWindow *window = nullptr;
        BoardView *board = nullptr;
        CandidatesView *candidates = nullptr;
        PostingsPage *postings = nullptr;
        RequisitionsPage *requisitions = nullptr;
    };
    explicit SearchCommands(const Views &views, QObject *parent = nullptr);

    // The commands as they are now (menu entries disabled now are left out).
    QList<models::SearchCommand> commands() const;
    // What Move to Stage… and Archive… act on: the open candidate when the Candidates view is shown,
    // else the board's selected (or focused) cards.
    QStringList targetIds() const;
    QList<QAction *> ownActions() const { return m_own; }

private:
    QAction *add(const QString &objectName, const QString &text, const std::function<void()> &run);
    void addViewCommand(const QString &viewId, const QString &text);
    void collect(QMenu *menu, const QString &prefix, QList<models::SearchCommand> &out) const;
    void onTargets(const std::function<void(const QStringList &)> &run);

    Views m_views;
    QList<QAction *> m_own;
};

} // namespace lever::ui
