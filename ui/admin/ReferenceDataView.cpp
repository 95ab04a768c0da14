#include "ReferenceDataView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

ReferenceDataView::ReferenceDataView(models::ReferenceDataModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(u"referenceDataView"_s);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"referenceTabs"_s);
    m_tabs->setAccessibleName(tr("Reference lists"));
    layout->addWidget(m_tabs);

    m_reasonType = new QComboBox;
    m_reasonType->setObjectName(u"referenceReasonType"_s);
    m_reasonType->setAccessibleName(tr("Archive reason type"));
    using Type = api::CatalogResource::ArchiveReasonType;
    m_reasonType->addItem(tr("Hired and not hired"), int(Type::Any));
    m_reasonType->addItem(tr("Hired"), int(Type::Hired));
    m_reasonType->addItem(tr("Not hired"), int(Type::NonHired));
    connect(m_reasonType, &QComboBox::currentIndexChanged, this,
            [this] { m_model.setArchiveReasonType(Type(m_reasonType->currentData().toInt())); });
    m_loadReferrals = new QPushButton(tr("Read Referrals"));
    m_loadReferrals->setObjectName(u"referenceLoadReferrals"_s);
    m_loadReferrals->setAccessibleName(tr("Read the referrals of the referred candidates"));
    connect(m_loadReferrals, &QPushButton::clicked, this, [this] { m_model.load(List::Referrals); });

    addTab(List::Stages, tr("Stages"), u"referenceStages"_s, nullptr,
           tr("The pipeline's stages in order, as Lever lists them."));
    addTab(List::ArchiveReasons, tr("Archive Reasons"), u"referenceArchiveReasons"_s, m_reasonType);
    addTab(List::Sources, tr("Sources"), u"referenceSources"_s, nullptr,
           tr("Every source with the number of candidates that carry it."));
    addTab(List::Tags, tr("Tags"), u"referenceTags"_s, nullptr,
           tr("Every tag with the number of candidates that carry it."));
    addTab(List::Referrals, tr("Referrals"), u"referenceReferrals"_s, m_loadReferrals,
           tr("Lever gives referrals per candidate: they are read for the loaded candidates whose origin is "
              "\"referred\", one request each."));
    addTab(List::Offers, tr("Offers"), u"referenceOffers"_s, nullptr,
           tr("Every offer in the account. Double-click one to open its candidate."));
    connect(m_tabs, &QTabWidget::currentChanged, this, &ReferenceDataView::loadCurrent);
    connect(&m_model, &models::ReferenceDataModel::stateChanged, this, &ReferenceDataView::showState);
}

void ReferenceDataView::addTab(List list, const QString &title, const QString &name, QWidget *extra,
                               const QString &note)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    if (extra || !note.isEmpty()) {
        auto *bar = new QHBoxLayout;
        if (!note.isEmpty()) {
            auto *label = new QLabel(note);
            label->setWordWrap(true);
            bar->addWidget(label, 1);
        } else {
            bar->addStretch();
        }
        if (extra)
            bar->addWidget(extra);
        layout->addLayout(bar);
    }
    auto *proxy = new QSortFilterProxyModel(page);
    proxy->setSourceModel(m_model.model(list));
    proxy->setSortRole(models::ReferenceDataModel::SortRole);
    auto *table = new QTableView;
    table->setObjectName(name);
    table->setAccessibleName(title);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->sortByColumn(-1, Qt::AscendingOrder); // Lever's order (pipeline order for stages) until asked
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setAccessibleName(tr("%1 columns").arg(title));
    table->setWordWrap(false);
    layout->addWidget(table, 1);
    auto *status = new QLabel;
    status->setObjectName(name + u"Status"_s);
    status->setWordWrap(true);
    layout->addWidget(status);
    if (list == List::Offers || list == List::Referrals) {
        auto *open = new QPushButton(tr("Open Candidate"));
        open->setObjectName(name + u"Open"_s);
        open->setAccessibleName(tr("Open the selected row's candidate"));
        layout->addWidget(open, 0, Qt::AlignRight);
        connect(open, &QPushButton::clicked, this, [this, list] { openSelected(list); });
        connect(table, &QTableView::activated, this, [this, list] { openSelected(list); });
    }
    m_tables.insert(list, table);
    m_status.insert(list, status);
    m_listOfTab.insert(m_tabs->addTab(page, title), list);
}

void ReferenceDataView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadCurrent();
}

void ReferenceDataView::showList(List list)
{
    m_tabs->setCurrentIndex(m_listOfTab.key(list));
    loadCurrent();
}

void ReferenceDataView::loadCurrent()
{
    if (!isVisible())
        return;
    const List list = m_listOfTab.value(m_tabs->currentIndex());
    if (list == List::Referrals) {
        const int referred = int(m_model.referredCandidates().size());
        m_loadReferrals->setText(tr("Read Referrals of %n Referred Candidate(s)", "", referred));
        if (m_model.state(list) == models::ReferenceDataModel::State::Idle)
            m_status.value(list)->setText(tr("Not read yet."));
        return; // one request per candidate: only when asked
    }
    if (m_model.state(list) == models::ReferenceDataModel::State::Idle)
        m_model.load(list);
}

void ReferenceDataView::showState(List list)
{
    using State = models::ReferenceDataModel::State;
    QLabel *status = m_status.value(list);
    QTableView *table = m_tables.value(list);
    const int rows = m_model.model(list)->rowCount();
    const QString text = m_model.stateText(list);
    table->setVisible(true);
    switch (m_model.state(list)) {
    case State::Idle:
        status->clear();
        break;
    case State::Loading:
        status->setText(text.isEmpty() ? tr("Reading from Lever…") : text);
        break;
    case State::Ready:
        table->resizeColumnsToContents();
        status->setText(text.isEmpty() ? tr("%n row(s)", "", rows)
                                       : tr("%n row(s)", "", rows) + u" · "_s + text);
        break;
    case State::MissingScope:
    case State::NotEnabled:
        // An empty table would suggest the account has none: say why there is nothing instead.
        table->setVisible(false);
        status->setText(tr("This sign-in may not read this list (a permission, or scope, is missing).\n\n"
                           "Lever said: %1")
                            .arg(text));
        break;
    case State::Failed:
        table->setVisible(false);
        status->setText(tr("This list could not be read: %1").arg(text));
        break;
    }
}

void ReferenceDataView::openSelected(List list)
{
    QTableView *table = m_tables.value(list);
    const QModelIndex current = table->currentIndex();
    if (!current.isValid())
        return;
    const QString id = current.data(models::ReferenceDataModel::OpportunityIdRole).toString();
    if (!id.isEmpty())
        Q_EMIT openCandidate(id);
}

} // namespace lever::ui
