#pragma once

#include "SearchCommands.h"

#include <QObject>
#include <QPointer>

namespace lever::models {
class EmailLookup;
class SearchModel;
class Session;
struct SearchHit;
} // namespace lever::models

namespace lever::ui {

class SearchPalette;

// "Search everything" (Ctrl+K) for one workspace: the SearchModel over the session's store (plus the
// requisitions page's list, the commands, and Lever asked by email), the palette that shows it, and
// where each kind of result leads: a candidate's page, a posting in the editor, a requisition in its
// form, the board filtered to a person's cards, or the command run.
class EverythingSearch : public QObject
{
    Q_OBJECT
public:
    EverythingSearch(models::Session &session, const SearchCommands::Views &views, QObject *parent = nullptr);
    ~EverythingSearch() override;

    void open();
    SearchPalette *palette() const;
    models::SearchModel *model() const { return m_model; }
    SearchCommands *commands() const { return m_commands; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // The shell opens the candidate's page (Workspace::openCandidate).
    void openCandidate(const QString &opportunityId);

private:
    void go(const models::SearchHit &hit);

    models::Session &m_session;
    SearchCommands::Views m_views;
    SearchCommands *m_commands;
    models::SearchModel *m_model;
    models::EmailLookup *m_lookup;
    QPointer<SearchPalette> m_palette;
};

} // namespace lever::ui
