#include "create/DuplicatePanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

DuplicatePanel::DuplicatePanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_addTo(new QPushButton(tr("Add to &this person"), this))
    , m_anyway(new QPushButton(tr("Create &anyway"), this))
    , m_back(new QPushButton(tr("&Back to the form"), this))
{
    setObjectName(u"duplicatePanel"_s);
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(u"duplicateTitle"_s);
    m_title->setWordWrap(true);
    m_list->setObjectName(u"duplicateList"_s);
    m_list->setAccessibleName(tr("Possible duplicates"));
    m_list->setWordWrap(true);
    const struct
    {
        QPushButton *button;
        const char *name;
        QString accessible;
    } buttons[] = {{m_open, "duplicateOpen", tr("Open the selected candidate")},
                   {m_addTo, "duplicateAddTo", tr("Add this opportunity to the selected person")},
                   {m_anyway, "duplicateCreateAnyway", tr("Create a new person anyway")},
                   {m_back, "duplicateBack", tr("Back to the form")}};
    auto *row = new QHBoxLayout;
    for (const auto &b : buttons) {
        b.button->setObjectName(QString::fromLatin1(b.name));
        b.button->setAccessibleName(b.accessible);
        row->addWidget(b.button);
    }
    row->insertStretch(2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_list);
    layout->addLayout(row);
    connect(m_list, &QListWidget::currentRowChanged, this, &DuplicatePanel::updateButtons);
    connect(m_list, &QListWidget::itemActivated, this, [this] { Q_EMIT openRequested(current().opportunityId); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(current().opportunityId); });
    connect(m_addTo, &QPushButton::clicked, this, [this] { Q_EMIT addToPersonRequested(current().contactId); });
    connect(m_anyway, &QPushButton::clicked, this, &DuplicatePanel::createAnywayRequested);
    connect(m_back, &QPushButton::clicked, this, &DuplicatePanel::backRequested);
}

void DuplicatePanel::setMatches(const QList<models::DuplicateMatch> &matches, bool askedLever)
{
    m_matches = matches;
    m_title->setText(askedLever ? tr("This person may already be in Lever:")
                                : tr("This person may already be in Lever (Lever itself could not be "
                                     "asked, so this is what the console holds):"));
    m_list->clear();
    for (const models::DuplicateMatch &m : matches) {
        const QString line = tr("%1 is already in %2").arg(m.name, m.where);
        auto *item = new QListWidgetItem(m.sameEmail ? tr("%1 (same email)").arg(line)
                                                     : tr("%1 (similar name)").arg(line),
                                         m_list);
        item->setToolTip(item->text());
    }
    m_list->setCurrentRow(matches.isEmpty() ? -1 : 0);
    updateButtons();
}

models::DuplicateMatch DuplicatePanel::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_matches.size() ? m_matches.at(row) : models::DuplicateMatch{};
}

void DuplicatePanel::updateButtons()
{
    const models::DuplicateMatch m = current();
    m_open->setEnabled(!m.opportunityId.isEmpty());
    // Lever dedupes by contact: only a match whose person is known can take the new opportunity.
    m_addTo->setEnabled(!m.contactId.isEmpty());
}

} // namespace lever::ui
