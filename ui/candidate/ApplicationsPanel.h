#pragma once

#include <QWidget>

class QTreeWidget;

namespace lever::models {
class CandidateModel;
class Store;
} // namespace lever::models

namespace lever::ui {

// The opportunity's applications and offers, read-only.
class ApplicationsPanel : public QWidget
{
    Q_OBJECT
public:
    ApplicationsPanel(models::CandidateModel &model, models::Store &store, QWidget *parent = nullptr);

private:
    void rebuild();

    models::CandidateModel &m_model;
    models::Store &m_store;
    QTreeWidget *m_applications;
    QTreeWidget *m_offers;
};

} // namespace lever::ui
