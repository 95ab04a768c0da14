#include "candidate/TimelinePanel.h"

#include "Store.h"
#include "candidate/CandidateModel.h"
#include "candidate/Timeline.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

TimelinePanel::TimelinePanel(models::CandidateModel &model, models::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_store(store)
    , m_kind(new QComboBox(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(u"timelinePanel"_s);
    m_kind->setObjectName(u"timelineFilter"_s);
    m_kind->setAccessibleName(tr("Show in the timeline"));
    m_kind->addItem(tr("Everything"), -1);
    using Kind = models::TimelineEntry::Kind;
    for (Kind k : {Kind::StageChange, Kind::Note, Kind::Feedback, Kind::Interview, Kind::File})
        m_kind->addItem(models::Timeline::kindName(k), int(k));
    m_list->setObjectName(u"timelineList"_s);
    m_list->header()->setAccessibleName(tr("Timeline columns"));
    m_list->setAccessibleName(tr("Timeline"));
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->header()->resizeSection(1, 360);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_kind);
    top->addWidget(label);
    top->addWidget(m_kind);
    top->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimelinePanel::rebuild);
    connect(&model, &models::CandidateModel::changed, this, &TimelinePanel::rebuild);
}

int TimelinePanel::entryCount() const
{
    return m_list->topLevelItemCount();
}

void TimelinePanel::rebuild()
{
    const int kind = m_kind->currentData().toInt();
    m_list->clear();
    const QList<models::TimelineEntry> entries = models::Timeline::build(m_model, m_store);
    const QLocale locale;
    for (const models::TimelineEntry &e : entries) {
        if (kind >= 0 && int(e.kind) != kind)
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(e.at);
        item->setText(0, e.at > 0 ? locale.toString(when, QLocale::ShortFormat) : tr("—"));
        item->setText(1, e.title);
        item->setText(2, QString(e.detail).replace(u'\n', u' '));
        item->setToolTip(2, e.detail);
        item->setData(0, Qt::UserRole, int(e.kind));
        item->setData(1, Qt::AccessibleTextRole, QString(e.title + u", "_s + item->text(0)));
    }
}

} // namespace lever::ui
