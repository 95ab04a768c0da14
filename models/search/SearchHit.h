#pragma once

#include <QAction>
#include <QPointer>
#include <QString>

namespace lever::models {

// One thing the search found: a candidate, posting, requisition, user or command, with how well it
// matched. SearchModel groups, ranks and caps them.
struct SearchHit
{
    // In display order.
    enum class Group { Candidates, Postings, Requisitions, People, Commands };
    static constexpr int kGroupCount = 5;

    Group group = Group::Candidates;
    QString id; // opportunity, posting, requisition or user id; empty for commands
    QString title;
    QString detail;
    // Lower is better: 0 the title starts with the query, 1 every word starts a word of the title,
    // 2 the title contains every word, 3 some word matched elsewhere (email, headline, tag, team).
    int tier = 3;
    bool archived = false;
    QPointer<QAction> action; // commands: what Enter triggers
};

// A command the search offers: an existing QAction (a menu entry, a view's action) and the text it
// is found and shown by ("Switch Account › Demo" for an entry of a submenu).
struct SearchCommand
{
    QPointer<QAction> action;
    QString text;
    QString detail; // e.g. the shortcut
};

} // namespace lever::models
