#pragma once

#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;
class QHBoxLayout;

namespace lever::models {
class ColumnModel;
class Session;
} // namespace lever::models

namespace lever::ui {

class ArchiveLane;
class BoardColumn;
class BoardColumnView;
class BoardCommands;
class CardDetailsPanel;
class ErrorBanner;
class SelectionBar;
class FilterBar;

// The pipeline board: the filter bar, one column per stage in pipeline order and the collapsible
// Archive lane, with drag and drop, multi-select and bulk actions, keyboard paths for all of it,
// an error banner, and a read-only details panel. A self-contained widget over one Session.
class BoardView : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(models::Session &session, QWidget *parent = nullptr);
    ~BoardView() override;

    // The account whose saved views the filter bar offers.
    void setAccountId(const QString &accountId);
    // Whether someone shows candidate pages for openCandidate(): then Enter and double-click only emit it;
    // otherwise the board's read-only details panel opens too.
    void setCandidatePagesAvailable(bool available) { m_candidatePages = available; }

    FilterBar *filterBar() const { return m_filterBar; }
    ArchiveLane *archiveLane() const { return m_archiveLane; }
    CardDetailsPanel *detailsPanel() const { return m_details; }
    BoardCommands *commands() const { return m_commands; }
    // The column of a stage id or an archive reason id; null when there is none.
    BoardColumn *column(const QString &key) const { return m_columns.value(key); }
    QList<BoardColumn *> stageColumns() const;
    // The selected cards over every column (the focused card when nothing is selected).
    QStringList selectedIds() const;
    QString bannerText() const;
    // Shows only these opportunities (Insights' "open these candidates"), with a removable chip saying
    // `label`; the Archive lane opens when some of them are archived.
    void showOnly(const QStringList &ids, const QString &label);
    // Makes the card current in its stage column and scrolls to it (a new candidate); false when the
    // card is not shown (filtered out, or archived with the lane closed).
    bool revealCard(const QString &opportunityId);
    // Every shortcut with what it does (the `?` sheet).
    static QList<QPair<QString, QString>> shortcutList();

Q_SIGNALS:
    void openCandidate(const QString &opportunityId);
    // A write failed or a question could not be asked: for the status bar (the board shows it too).
    void errorOccurred(const QString &message);

public Q_SLOTS:
    void showShortcuts();
    void focusSearch();
    void openDetails(const QString &opportunityId);
    void closeDetails();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuildColumns();
    BoardColumn *makeColumn(models::ColumnModel *model);
    QList<BoardColumnView *> navigableViews() const;
    void focusNeighbour(BoardColumnView *from, int step);
    void moveBy(BoardColumnView *from, int step);
    void openCurrent(BoardColumnView *view);
    void onDrop(models::ColumnModel *target, const QStringList &ids);
    void showContextMenu(BoardColumnView *view, const QPoint &pos);
    void updateSelectionBar();
    void updateArchiveCounts();
    void showError(const QString &message);
    void autoScroll(QWidget *over, const QPoint &pos);
    void scheduleVisible();
    void publishVisible();
    void setupShortcuts();

    models::Session &m_session;
    BoardCommands *m_commands;
    FilterBar *m_filterBar;
    ErrorBanner *m_banner;
    SelectionBar *m_selectionBar;
    QScrollArea *m_scroll;
    QWidget *m_lanes;
    QHBoxLayout *m_lanesLayout;
    ArchiveLane *m_archiveLane;
    CardDetailsPanel *m_details;
    bool m_candidatePages = false;
    QList<BoardColumn *> m_stageColumns;
    QHash<QString, BoardColumn *> m_columns;
    QTimer *m_visibleTimer;
    bool m_clearingSelection = false;
};

} // namespace lever::ui
