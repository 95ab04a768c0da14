#pragma once

#include "create/DuplicateFinder.h"

#include <QFrame>

class QLabel;
class QListWidget;
class QPushButton;

namespace lever::ui {

// "This person may already be in Lever": the matches of a new candidate, each with what it is
// ("Ana Ruiz is already in Backend Engineer, stage Phone screen"), and the three ways on: open the
// match, add the new opportunity to that person, or create a new person anyway.
class DuplicatePanel : public QFrame
{
    Q_OBJECT
public:
    explicit DuplicatePanel(QWidget *parent = nullptr);

    void setMatches(const QList<models::DuplicateMatch> &matches, bool askedLever);
    QListWidget *list() const { return m_list; }

Q_SIGNALS:
    void openRequested(const QString &opportunityId);
    void addToPersonRequested(const QString &contactId);
    void createAnywayRequested();
    void backRequested();

private:
    models::DuplicateMatch current() const;
    void updateButtons();

    QList<models::DuplicateMatch> m_matches;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_addTo;
    QPushButton *m_anyway;
    QPushButton *m_back;
};

} // namespace lever::ui
