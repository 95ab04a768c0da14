#pragma once

#include "insights/InsightsFilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace lever::models {
class Store;
}

namespace lever::ui {

// The filters every Insights chart shares: posting, team, department, owner and the range of creation
// dates. The lists follow the Store's postings and users and keep the current choice when they change.
class InsightsFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit InsightsFilterBar(const models::Store &store, QWidget *parent = nullptr);

    // The choices as a filter (staleDays and interviewStageId are left as in `base`).
    models::InsightsFilter filter(const models::InsightsFilter &base) const;
    QComboBox *postingBox() const { return m_posting; }
    QComboBox *teamBox() const { return m_team; }
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *ownerBox() const { return m_owner; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }

Q_SIGNALS:
    void edited();

private:
    QComboBox *addCombo(const QString &objectName, const QString &accessibleName);
    void fillPostings();
    void fillUsers();

    const models::Store &m_store;
    QComboBox *m_posting;
    QComboBox *m_team;
    QComboBox *m_department;
    QComboBox *m_owner;
    QDateEdit *m_from;
    QDateEdit *m_to;
};

} // namespace lever::ui
