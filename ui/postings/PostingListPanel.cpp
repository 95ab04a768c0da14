#include "PostingListPanel.h"

#include "postings/PostingFilterProxy.h"
#include "postings/PostingListModel.h"
#include "postings/PostingRules.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::models::PostingListModel;
using lever::models::PostingRules;

namespace lever::ui {

PostingListPanel::PostingListPanel(PostingListModel *postings, QWidget *parent)
    : QWidget(parent)
    , m_postings(postings)
    , m_proxy(new models::PostingFilterProxy(this))
{
    setObjectName(u"postingListPanel"_s);
    m_proxy->setSourceModel(postings);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"postingSearch"_s);
    m_search->setAccessibleName(tr("Search postings"));
    m_search->setPlaceholderText(tr("Search title, team, location, tags, requisition codes…"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    auto button = [this](const QString &name, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        return b;
    };
    m_open = button(u"openPostingButton"_s, tr("Open"), tr("Open the selected posting"));
    m_duplicate = button(u"duplicatePostingButton"_s, tr("Duplicate"), tr("Duplicate the selected posting"));
    m_new = button(u"newPostingButton"_s, tr("New posting"), tr("New posting"));
    m_reload = button(u"reloadPostingsButton"_s, tr("Reload"), tr("Reload the postings from Lever"));
    top->addWidget(m_reload);
    top->addWidget(m_open);
    top->addWidget(m_duplicate);
    top->addWidget(m_new);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    m_state = filterCombo(u"stateFilter"_s, tr("Filter by state"));
    m_team = filterCombo(u"teamFilter"_s, tr("Filter by team"));
    m_department = filterCombo(u"departmentFilter"_s, tr("Filter by department"));
    m_location = filterCombo(u"locationFilter"_s, tr("Filter by location"));
    m_commitment = filterCombo(u"commitmentFilter"_s, tr("Filter by commitment"));
    for (QComboBox *c : {m_state, m_team, m_department, m_location, m_commitment})
        filters->addWidget(c, 1);
    layout->addLayout(filters);

    m_counts = new QLabel(this);
    m_counts->setObjectName(u"stateCounts"_s);
    m_counts->setAccessibleName(tr("Postings per state"));
    layout->addWidget(m_counts);

    m_table = new QTableView(this);
    m_table->setObjectName(u"postingTable"_s);
    m_table->horizontalHeader()->setAccessibleName(tr("Posting columns"));
    m_table->setAccessibleName(tr("Postings"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PostingListModel::UpdatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PostingListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultSectionSize(140);
    layout->addWidget(m_table, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &models::PostingFilterProxy::setSearchText);
    auto bind = [this](QComboBox *combo, int role) {
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, role] { m_proxy->setFilterValue(role, combo->currentData().toString()); });
    };
    bind(m_state, PostingListModel::StateRole);
    bind(m_team, PostingListModel::TeamRole);
    bind(m_department, PostingListModel::DepartmentRole);
    bind(m_location, PostingListModel::LocationRole);
    bind(m_commitment, PostingListModel::CommitmentRole);
    connect(postings, &PostingListModel::countsChanged, this, &PostingListPanel::refreshFilters);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(PostingListModel::IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PostingListPanel::updateActions);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            Q_EMIT openRequested(selectedId());
    });
    connect(m_duplicate, &QPushButton::clicked, this, [this] {
        if (!selectedId().isEmpty())
            Q_EMIT duplicateRequested(selectedId());
    });
    connect(m_new, &QPushButton::clicked, this, &PostingListPanel::newRequested);
    connect(m_reload, &QPushButton::clicked, postings, &PostingListModel::reload);
    connect(postings, &PostingListModel::loadingChanged, this, [this](bool loading) {
        m_reload->setEnabled(!loading);
        refreshFilters();
    });
    connect(postings, &PostingListModel::loadFailed, this, [this](const QString &message) {
        m_counts->setText(tr("Could not load the postings: %1").arg(message));
    });
    refreshFilters();
    updateActions();
}

QComboBox *PostingListPanel::filterCombo(const QString &name, const QString &accessible)
{
    auto *c = new QComboBox(this);
    c->setObjectName(name);
    c->setAccessibleName(accessible);
    c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    c->setMinimumContentsLength(10);
    return c;
}

void PostingListPanel::refreshCombo(QComboBox *combo, const QString &category, const QString &allText)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    QStringList values = m_postings->valuesInUse(category);
    if (!current.isEmpty() && !values.contains(current))
        values.append(current); // a chosen filter stays while its postings reload
    for (const QString &v : std::as_const(values))
        combo->addItem(v, v);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void PostingListPanel::refreshFilters()
{
    const QMap<QString, int> counts = m_postings->stateCounts();
    const QString current = m_state->currentData().toString();
    {
        const QSignalBlocker blocker(m_state);
        m_state->clear();
        m_state->addItem(tr("All states (%1)").arg(m_postings->rowCount()), QString());
        QStringList states = PostingRules::editableStates();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (!states.contains(it.key()))
                states.append(it.key());
        }
        for (const QString &s : std::as_const(states))
            m_state->addItem(tr("%1 (%2)").arg(PostingRules::stateLabel(s)).arg(counts.value(s)), s);
        m_state->setCurrentIndex(qMax(0, m_state->findData(current)));
    }
    refreshCombo(m_team, u"team"_s, tr("All teams"));
    refreshCombo(m_department, u"department"_s, tr("All departments"));
    refreshCombo(m_location, u"location"_s, tr("All locations"));
    refreshCombo(m_commitment, u"commitment"_s, tr("All commitments"));
    // Every state in use is counted (pending and rejected too), the editable ones even at zero.
    QStringList parts;
    QStringList counted = PostingRules::editableStates();
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (!counted.contains(it.key()))
            counted.append(it.key());
    }
    for (const QString &s : std::as_const(counted))
        parts.append(tr("%1 %2").arg(counts.value(s)).arg(PostingRules::stateLabel(s).toLower()));
    m_counts->setText(m_postings->isLoading()
                          ? tr("Loading postings… %1 so far").arg(m_postings->rowCount())
                          : tr("Postings: %1 (%2)").arg(m_postings->rowCount()).arg(parts.join(u", "_s)));
}

QString PostingListPanel::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(PostingListModel::IdRole).toString();
}

void PostingListPanel::selectId(const QString &id)
{
    const int row = m_postings->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_postings->index(row, 0));
    if (index.isValid()) {
        m_table->selectionModel()->select(index,
                                          QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_table->setCurrentIndex(index);
        m_table->scrollTo(index);
    }
}

void PostingListPanel::updateActions()
{
    const bool any = !selectedId().isEmpty();
    m_open->setEnabled(any);
    m_duplicate->setEnabled(any);
}

} // namespace lever::ui
