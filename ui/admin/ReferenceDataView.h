#pragma once

#include "admin/ReferenceDataModel.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace lever::ui {

// Admin › Reference data: one tab per read-only list of ReferenceDataModel (stages, archive reasons,
// sources, tags, referrals, offers), each read when its tab is first shown. Offers
// and referrals open their candidate (double-click, Enter or "Open Candidate").
class ReferenceDataView : public QWidget
{
    Q_OBJECT
public:
    explicit ReferenceDataView(models::ReferenceDataModel &model, QWidget *parent = nullptr);

    using List = models::ReferenceDataModel::List;
    models::ReferenceDataModel &model() { return m_model; }
    QTableView *table(List list) const { return m_tables.value(list); }
    void showList(List list);

Q_SIGNALS:
    void openCandidate(const QString &opportunityId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void addTab(List list, const QString &title, const QString &name, QWidget *extra = nullptr,
                const QString &note = {});
    void loadCurrent();
    void showState(List list);
    void openSelected(List list);

    models::ReferenceDataModel &m_model;
    QTabWidget *m_tabs = nullptr;
    QHash<List, QTableView *> m_tables;
    QHash<List, QLabel *> m_status;
    QHash<int, List> m_listOfTab;
    QComboBox *m_reasonType = nullptr;
    QPushButton *m_loadReferrals = nullptr;
};

} // namespace lever::ui
