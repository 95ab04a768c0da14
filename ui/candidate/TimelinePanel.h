#pragma once

#include <QWidget>

class QComboBox;
class QTreeWidget;

namespace lever::models {
class CandidateModel;
class Store;
} // namespace lever::models

namespace lever::ui {

// The person's history across their opportunities, newest first, filterable by kind.
class TimelinePanel : public QWidget
{
    Q_OBJECT
public:
    TimelinePanel(models::CandidateModel &model, models::Store &store, QWidget *parent = nullptr);

    void rebuild();
    int entryCount() const;

private:
    models::CandidateModel &m_model;
    models::Store &m_store;
    QComboBox *m_kind;
    QTreeWidget *m_list;
};

} // namespace lever::ui
