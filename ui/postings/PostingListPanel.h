#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lever::models {
class PostingFilterProxy;
class PostingListModel;
} // namespace lever::models

namespace lever::ui {

// The postings list: search, filters (state with counts, team, department, location, commitment), a
// sortable table, and the New / Duplicate / Open actions.
class PostingListPanel : public QWidget
{
    Q_OBJECT
public:
    PostingListPanel(models::PostingListModel *postings, QWidget *parent = nullptr);

    models::PostingFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    // The posting id of the selected row (empty when none).
    QString selectedId() const;
    void selectId(const QString &id);

Q_SIGNALS:
    void openRequested(const QString &id);
    void newRequested();
    void duplicateRequested(const QString &id);

private:
    QComboBox *filterCombo(const QString &name, const QString &accessible);
    void refreshFilters();
    void refreshCombo(QComboBox *combo, const QString &category, const QString &allText);
    void updateActions();

    models::PostingListModel *m_postings = nullptr;
    models::PostingFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_team = nullptr;
    QComboBox *m_department = nullptr;
    QComboBox *m_location = nullptr;
    QComboBox *m_commitment = nullptr;
    QLabel *m_counts = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace lever::ui
