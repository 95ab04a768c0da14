#include "InsightsFilterBar.h"

#include "Store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
// Refills a combo box and selects the same data again (the first entry, "all", when it is gone).
void refill(QComboBox *combo, const QString &all, const QList<QPair<QString, QString>> &items)
{
    const QString current = combo->currentData().toString();
    QSignalBlocker block(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int row = combo->findData(current);
    combo->setCurrentIndex(row < 0 ? 0 : row);
}

QList<QPair<QString, QString>> sortedItems(QList<QPair<QString, QString>> items)
{
    std::sort(items.begin(), items.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return items;
}
} // namespace

InsightsFilterBar::InsightsFilterBar(const models::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(u"insightsFilterBar"_s);
    m_posting = addCombo(u"insightsPosting"_s, tr("Posting"));
    m_team = addCombo(u"insightsTeam"_s, tr("Team"));
    m_department = addCombo(u"insightsDepartment"_s, tr("Department"));
    m_owner = addCombo(u"insightsOwner"_s, tr("Owner"));
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        connect(edit, &QDateEdit::dateChanged, this, &InsightsFilterBar::edited);
    }
    m_from->setObjectName(u"insightsFrom"_s);
    m_from->setAccessibleName(tr("Created from"));
    m_from->setToolTip(tr("Candidates created on or after this day"));
    m_to->setObjectName(u"insightsTo"_s);
    m_to->setAccessibleName(tr("Created until"));
    m_to->setToolTip(tr("Candidates created on or before this day"));
    {
        QSignalBlocker a(m_from), b(m_to);
        m_from->setDate(today.addYears(-1));
        m_to->setDate(today);
    }

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    for (QComboBox *c : {m_posting, m_team, m_department, m_owner})
        layout->addWidget(c);
    auto *fromLabel = new QLabel(tr("Created from"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("to"), this);
    toLabel->setBuddy(m_to);
    layout->addSpacing(8);
    layout->addWidget(fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(toLabel);
    layout->addWidget(m_to);
    layout->addStretch(1);

    connect(&store, &models::Store::postingsChanged, this, &InsightsFilterBar::fillPostings);
    connect(&store, &models::Store::usersChanged, this, &InsightsFilterBar::fillUsers);
    fillPostings();
    fillUsers();
}

QComboBox *InsightsFilterBar::addCombo(const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    combo->setMaximumWidth(220);
    connect(combo, &QComboBox::activated, this, &InsightsFilterBar::edited);
    return combo;
}

void InsightsFilterBar::fillPostings()
{
    QList<QPair<QString, QString>> postings;
    QSet<QString> teams;
    QSet<QString> departments;
    for (const models::PostingInfo &p : m_store.postings()) {
        postings.append({p.team.isEmpty() ? p.text : QString(p.text + u" · "_s + p.team), p.id});
        if (!p.team.isEmpty())
            teams.insert(p.team);
        if (!p.department.isEmpty())
            departments.insert(p.department);
    }
    auto items = [](const QSet<QString> &values) {
        QList<QPair<QString, QString>> out;
        for (const QString &v : values)
            out.append({v, v});
        return sortedItems(out);
    };
    refill(m_posting, tr("All postings"), sortedItems(postings));
    refill(m_team, tr("All teams"), items(teams));
    refill(m_department, tr("All departments"), items(departments));
}

void InsightsFilterBar::fillUsers()
{
    QList<QPair<QString, QString>> users;
    for (const models::UserInfo &u : m_store.users())
        users.append({u.name, u.id});
    refill(m_owner, tr("Any owner"), sortedItems(users));
}

models::InsightsFilter InsightsFilterBar::filter(const models::InsightsFilter &base) const
{
    models::InsightsFilter f = base;
    const QString posting = m_posting->currentData().toString();
    f.postingIds = posting.isEmpty() ? QStringList() : QStringList{posting};
    f.team = m_team->currentData().toString();
    f.department = m_department->currentData().toString();
    f.ownerId = m_owner->currentData().toString();
    // Whole days in the user's time zone: from the start of the first to the end of the last.
    f.fromMs = m_from->date().startOfDay().toMSecsSinceEpoch();
    f.toMs = m_to->date().addDays(1).startOfDay().toMSecsSinceEpoch() - 1;
    return f;
}

} // namespace lever::ui
