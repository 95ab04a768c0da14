#pragma once

#include "CardFilter.h"
#include "ReferenceData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace lever::models {
class Session;
}

namespace lever::ui {

// The board's filter bar: text search (filters as you type), posting, owner (anyone / mine / a user),
// tag, source, origin, archived, created and updated since, a clear button, the shown count, and the
// account's saved views (filter + sort by name). It edits the session's BoardModel directly and
// follows it when the filter changes elsewhere.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(models::Session &session, QWidget *parent = nullptr);

    // Saved views are kept per account.
    void setAccountId(const QString &accountId);
    QString accountId() const { return m_accountId; }

    QLineEdit *searchField() const { return m_search; }
    // The filter the controls describe.
    models::CardFilter filterFromControls() const;
    // Saves the board's filter and sort as `name` / applies a saved view; false when unknown.
    void saveView(const QString &name);
    bool applyView(const QString &name);
    void clear();

Q_SIGNALS:
    // Ask for a name for a new view (the board shows the dialog).
    void saveViewRequested();

private:
    QComboBox *addCombo(const QString &objectName, const QString &accessibleName);
    void fillPostings();
    void fillUsers();
    void fillTagsAndSources();
    // Sorted, keeping the chosen text; a count of -1 is unknown (no tool tip).
    void fillLabels(QComboBox *combo, QList<models::LabelCount> labels, const QString &any);
    void reloadViews();
    void showFilter(const models::CardFilter &filter);
    void controlsEdited();
    void updateCount();

    models::Session &m_session;
    QString m_accountId;
    QLineEdit *m_search;
    QComboBox *m_posting;
    QComboBox *m_owner;
    QComboBox *m_tag;
    QComboBox *m_source;
    QComboBox *m_origin;
    QComboBox *m_archived;
    QComboBox *m_created;
    QComboBox *m_updated;
    QComboBox *m_views;
    QToolButton *m_saveView;
    QToolButton *m_deleteView;
    QToolButton *m_clear;
    QToolButton *m_idsChip; // "Insights: … ✕" while the board shows a given set of candidates
    QLabel *m_count;
    bool m_updating = false;
};

} // namespace lever::ui
