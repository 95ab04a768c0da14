#include "FilterBar.h"

#include "BoardModel.h"
#include "SavedViews.h"
#include "Session.h"
#include "Store.h"
#include "Sync.h"
#include "common/OriginNames.h"

#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
const int kSinceDays[] = {0, 1, 7, 30, 90, 365};

void selectData(QComboBox *combo, const QVariant &data)
{
    const int row = combo->findData(data);
    combo->setCurrentIndex(row < 0 ? 0 : row);
}

void selectText(QComboBox *combo, const QString &text)
{
    if (text.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    const int row = combo->findText(text, Qt::MatchFixedString | Qt::MatchCaseSensitive);
    if (row >= 0)
        combo->setCurrentIndex(row);
    else
        combo->setEditText(text);
}

qint64 sinceOf(const QComboBox *combo)
{
    const int days = combo->currentData().toInt();
    return days == 0 ? 0 : QDateTime::currentMSecsSinceEpoch() - days * kDayMs;
}

void showSince(QComboBox *combo, qint64 since)
{
    if (since == 0) {
        combo->setCurrentIndex(0);
        return;
    }
    // The option nearest to the stored moment.
    const double days = double(QDateTime::currentMSecsSinceEpoch() - since) / double(kDayMs);
    int best = 1;
    for (int i = 1; i < combo->count(); ++i) {
        if (qAbs(combo->itemData(i).toInt() - days) < qAbs(combo->itemData(best).toInt() - days))
            best = i;
    }
    combo->setCurrentIndex(best);
}
} // namespace

FilterBar::FilterBar(models::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_search(new QLineEdit(this))
{
    setObjectName(u"filterBar"_s);
    m_search->setObjectName(u"boardSearch"_s);
    m_search->setPlaceholderText(tr("Search name, email, headline (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search cards"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);

    m_posting = addCombo(u"filterPosting"_s, tr("Posting"));
    m_owner = addCombo(u"filterOwner"_s, tr("Owner"));
    m_tag = addCombo(u"filterTag"_s, tr("Tag"));
    m_source = addCombo(u"filterSource"_s, tr("Source"));
    m_origin = addCombo(u"filterOrigin"_s, tr("Origin"));
    m_archived = addCombo(u"filterArchived"_s, tr("Archived"));
    m_created = addCombo(u"filterCreated"_s, tr("Created since"));
    m_updated = addCombo(u"filterUpdated"_s, tr("Updated since"));
    m_views = addCombo(u"savedViews"_s, tr("Saved views"));
    m_tag->setEditable(true);
    m_source->setEditable(true);
    m_tag->setInsertPolicy(QComboBox::NoInsert);
    m_source->setInsertPolicy(QComboBox::NoInsert);
    // The text fields inside the editable boxes are what a screen reader lands on.
    m_tag->lineEdit()->setAccessibleName(tr("Tag filter"));
    m_source->lineEdit()->setAccessibleName(tr("Source filter"));

    m_origin->addItem(tr("Any origin"), QString());
    for (const auto &[value, text] : OriginNames::all())
        m_origin->addItem(text, value);
    m_archived->addItem(tr("Active and archived"), int(models::CardFilter::Archived::Any));
    m_archived->addItem(tr("Active only"), int(models::CardFilter::Archived::ActiveOnly));
    m_archived->addItem(tr("Archived only"), int(models::CardFilter::Archived::ArchivedOnly));
    for (QComboBox *since : {m_created, m_updated}) {
        const bool created = since == m_created;
        since->addItem(created ? tr("Created any time") : tr("Updated any time"), 0);
        since->addItem(created ? tr("Created today") : tr("Updated today"), 1);
        for (int i = 2; i < int(std::size(kSinceDays)); ++i)
            since->addItem(created ? tr("Created in %1 days").arg(kSinceDays[i])
                                   : tr("Updated in %1 days").arg(kSinceDays[i]),
                           kSinceDays[i]);
    }

    m_saveView = new QToolButton(this);
    m_saveView->setObjectName(u"saveView"_s);
    m_saveView->setText(tr("Save view…"));
    m_saveView->setAccessibleName(tr("Save the filter and sort as a view"));
    m_deleteView = new QToolButton(this);
    m_deleteView->setObjectName(u"deleteView"_s);
    m_deleteView->setText(tr("Delete view"));
    m_deleteView->setAccessibleName(tr("Delete the selected saved view"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(u"filterClear"_s);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_idsChip = new QToolButton(this);
    m_idsChip->setObjectName(u"filterIdsChip"_s);
    m_idsChip->setAutoRaise(false);
    m_idsChip->hide();
    m_count = new QLabel(this);
    m_count->setObjectName(u"shownCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_search, 2);
    top->addWidget(m_count);
    top->addWidget(m_idsChip);
    top->addStretch(1);
    top->addWidget(m_views);
    top->addWidget(m_saveView);
    top->addWidget(m_deleteView);
    top->addWidget(m_clear);
    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(6);
    for (QComboBox *c : {m_posting, m_owner, m_tag, m_source, m_origin, m_archived, m_created, m_updated})
        bottom->addWidget(c);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addLayout(bottom);

    models::BoardModel &board = m_session.board();
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (!m_updating)
            m_session.board().setSearchText(text);
    });
    for (QComboBox *c : {m_posting, m_owner, m_origin, m_archived, m_created, m_updated})
        connect(c, &QComboBox::activated, this, &FilterBar::controlsEdited);
    for (QComboBox *c : {m_tag, m_source}) {
        connect(c, &QComboBox::activated, this, &FilterBar::controlsEdited);
        connect(c->lineEdit(), &QLineEdit::editingFinished, this, &FilterBar::controlsEdited);
    }
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::clear);
    connect(m_idsChip, &QToolButton::clicked, this, [this] {
        models::CardFilter f = m_session.board().filter();
        f.ids.clear();
        f.idsLabel.clear();
        m_session.board().setFilter(f);
    });
    connect(m_views, &QComboBox::activated, this, [this](int row) {
        if (row > 0)
            applyView(m_views->itemText(row));
    });
    connect(m_saveView, &QToolButton::clicked, this, &FilterBar::saveViewRequested);
    connect(m_deleteView, &QToolButton::clicked, this, [this] {
        if (m_views->currentIndex() <= 0)
            return;
        SavedViews(m_accountId).remove(m_views->currentText());
        reloadViews();
    });
    connect(&board, &models::BoardModel::filterChanged, this,
            [this] { showFilter(m_session.board().filter()); });
    connect(&board, &models::BoardModel::shownCountChanged, this, &FilterBar::updateCount);
    models::Store &store = m_session.store();
    connect(&store, &models::Store::postingsChanged, this, &FilterBar::fillPostings);
    connect(&store, &models::Store::usersChanged, this, &FilterBar::fillUsers);
    connect(&m_session.sync(), &models::Sync::activeLoaded, this, &FilterBar::fillTagsAndSources);
    connect(&m_session.sync(), &models::Sync::archivedLoaded, this, &FilterBar::fillTagsAndSources);
    connect(&store, &models::Store::accountLabelsChanged, this, &FilterBar::fillTagsAndSources);
    fillPostings();
    fillUsers();
    fillTagsAndSources();
    reloadViews();
    showFilter(board.filter());
    updateCount();
    // Wide enough for each filter's "All …" text in every language (German ones run long).
    for (QComboBox *combo : findChildren<QComboBox *>()) {
        if (combo->count() == 0)
            continue;
        combo->setMinimumContentsLength(qBound(11, int(combo->itemText(0).size()) + 1, 22));
        combo->setMaximumWidth(240);
    }
}

QComboBox *FilterBar::addCombo(const QString &objectName, const QString &accessibleName)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(11);
    combo->setMaximumWidth(190);
    return combo;
}

void FilterBar::fillPostings()
{
    const QString current = m_posting->currentData().toString();
    QSignalBlocker block(m_posting);
    m_posting->clear();
    m_posting->addItem(tr("All postings"), QString());
    QList<models::PostingInfo> postings = m_session.store().postings();
    std::sort(postings.begin(), postings.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.text, b.text) < 0; });
    for (const models::PostingInfo &p : std::as_const(postings))
        m_posting->addItem(p.team.isEmpty() ? p.text : QString(p.text + u" · "_s + p.team), p.id);
    selectData(m_posting, current);
}

void FilterBar::fillUsers()
{
    const QVariant current = m_owner->currentData();
    QSignalBlocker block(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Any owner"), u"any"_s);
    m_owner->addItem(tr("My cards"), u"mine"_s);
    m_owner->insertSeparator(2);
    QList<models::UserInfo> users = m_session.store().users();
    std::sort(users.begin(), users.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    for (const models::UserInfo &u : std::as_const(users)) {
        if (!u.deactivated)
            m_owner->addItem(u.name, u.id);
    }
    selectData(m_owner, current.isValid() ? current : QVariant(u"any"_s));
}

void FilterBar::fillTagsAndSources()
{
    const models::Store &store = m_session.store();
    const QString anyTag = tr("Any tag");
    const QString anySource = tr("Any source");
    // Lever's own lists name every tag and source of the account, archived cards not loaded yet included,
    // with how many candidates carry each (the item's tool tip).
    const bool leverTags = !store.accountTags().isEmpty();
    const bool leverSources = !store.accountSources().isEmpty();
    if (leverTags)
        fillLabels(m_tag, store.accountTags(), anyTag);
    if (leverSources)
        fillLabels(m_source, store.accountSources(), anySource);
    if (leverTags && leverSources)
        return;
    // Until they are in (or when this sign-in may not read them): one pass over the store when a load
    // finished. Tags and sources are interned, so the sets stay small, and cards with the same tags share
    // one list: read each distinct list once (by its data), not 100,000 copies of a few dozen lists.
    QSet<QString> tags;
    QSet<QString> sources;
    QSet<const QString *> tagLists;
    QSet<const QString *> sourceLists;
    for (int slot = 0; slot < store.slotCount(); ++slot) {
        if (!store.isLive(slot))
            continue;
        const models::OpportunityRecord &r = store.at(slot);
        if (!leverTags && !r.tags.isEmpty() && !tagLists.contains(r.tags.constData())) {
            tagLists.insert(r.tags.constData());
            for (const QString &t : r.tags)
                tags.insert(t);
        }
        if (!leverSources && !r.sources.isEmpty() && !sourceLists.contains(r.sources.constData())) {
            sourceLists.insert(r.sources.constData());
            for (const QString &src : r.sources)
                sources.insert(src);
        }
    }
    const auto uncounted = [](const QSet<QString> &values) {
        QList<models::LabelCount> out;
        for (const QString &v : values)
            out.append({v, -1});
        return out;
    };
    if (!leverTags)
        fillLabels(m_tag, uncounted(tags), anyTag);
    if (!leverSources)
        fillLabels(m_source, uncounted(sources), anySource);
}

void FilterBar::fillLabels(QComboBox *combo, QList<models::LabelCount> labels, const QString &any)
{
    const QString current = combo->currentIndex() > 0 ? combo->currentText() : QString();
    QSignalBlocker block(combo);
    std::sort(labels.begin(), labels.end(),
              [](const auto &a, const auto &b) { return a.text.compare(b.text, Qt::CaseInsensitive) < 0; });
    combo->clear();
    combo->addItem(any);
    for (const models::LabelCount &l : std::as_const(labels)) {
        combo->addItem(l.text);
        if (l.count >= 0)
            combo->setItemData(combo->count() - 1, tr("%n candidate(s)", "", int(l.count)), Qt::ToolTipRole);
    }
    selectText(combo, current);
}

models::CardFilter FilterBar::filterFromControls() const
{
    models::CardFilter f;
    const QString posting = m_posting->currentData().toString();
    if (!posting.isEmpty())
        f.postingIds = {posting};
    const QString owner = m_owner->currentData().toString();
    if (owner == u"mine"_s) {
        f.owner = models::CardFilter::Owner::Mine;
    } else if (!owner.isEmpty() && owner != u"any"_s) {
        f.owner = models::CardFilter::Owner::User;
        f.ownerId = owner;
    }
    auto textOf = [](const QComboBox *c) {
        const QString t = c->currentText().trimmed();
        return c->currentIndex() == 0 && t == c->itemText(0) ? QString() : t;
    };
    f.tag = textOf(m_tag);
    f.source = textOf(m_source);
    f.origin = m_origin->currentData().toString();
    f.archived = models::CardFilter::Archived(m_archived->currentData().toInt());
    f.createdSince = sinceOf(m_created);
    f.updatedSince = sinceOf(m_updated);
    f.text = m_search->text();
    // The set of candidates Insights opened has no control of its own: it stays until its chip is removed.
    f.ids = m_session.board().filter().ids;
    f.idsLabel = m_session.board().filter().idsLabel;
    return f;
}

void FilterBar::controlsEdited()
{
    if (m_updating)
        return;
    const models::CardFilter f = filterFromControls();
    models::CardFilter current = m_session.board().filter();
    // "Since" moments move with the clock: keep the current ones when the choice did not change.
    if (m_created->currentData().toInt() != 0 && current.createdSince != 0)
        current.createdSince = f.createdSince;
    if (m_updated->currentData().toInt() != 0 && current.updatedSince != 0)
        current.updatedSince = f.updatedSince;
    if (!(f == current))
        m_session.board().setFilter(f);
}

void FilterBar::showFilter(const models::CardFilter &f)
{
    m_updating = true;
    selectData(m_posting, f.postingIds.isEmpty() ? QString() : f.postingIds.first());
    if (f.owner == models::CardFilter::Owner::Mine)
        selectData(m_owner, u"mine"_s);
    else if (f.owner == models::CardFilter::Owner::User)
        selectData(m_owner, f.ownerId);
    else
        selectData(m_owner, u"any"_s);
    selectText(m_tag, f.tag);
    selectText(m_source, f.source);
    selectData(m_origin, f.origin);
    selectData(m_archived, int(f.archived));
    showSince(m_created, f.createdSince);
    showSince(m_updated, f.updatedSince);
    if (m_search->text() != f.text)
        m_search->setText(f.text);
    m_clear->setEnabled(!(f == models::CardFilter{.archived = f.archived}));
    m_idsChip->setVisible(!f.ids.isEmpty());
    m_idsChip->setText(f.idsLabel.isEmpty()
                           ? tr("%n chosen candidate(s)", nullptr, int(f.ids.size())) + u" ✕"_s
                           : f.idsLabel + u" ✕"_s);
    m_idsChip->setAccessibleName(tr("Remove the filter: %1").arg(m_idsChip->text().chopped(2)));
    m_idsChip->setToolTip(m_idsChip->accessibleName());
    m_updating = false;
    updateCount();
}

void FilterBar::updateCount()
{
    const QLocale locale;
    const models::BoardModel &board = m_session.board();
    const models::Store &store = m_session.store();
    int total = 0;
    switch (board.filter().archived) {
    case models::CardFilter::Archived::ActiveOnly:
        total = store.activeCount();
        break;
    case models::CardFilter::Archived::ArchivedOnly:
        total = store.opportunityCount() - store.activeCount();
        break;
    case models::CardFilter::Archived::Any:
        total = store.opportunityCount();
        break;
    }
    const int shown = board.shownCount();
    m_count->setText(shown == total
                         ? (shown == 1 ? tr("1 card") : tr("%1 cards").arg(locale.toString(shown)))
                         : tr("%1 of %2 cards").arg(locale.toString(shown), locale.toString(total)));
    m_count->setAccessibleName(m_count->text());
}

void FilterBar::clear()
{
    // The archived choice goes with the Archive lane being open: clearing keeps it.
    m_session.board().setFilter({.archived = m_session.board().filter().archived});
}

void FilterBar::setAccountId(const QString &accountId)
{
    m_accountId = accountId;
    reloadViews();
}

void FilterBar::reloadViews()
{
    QSignalBlocker block(m_views);
    m_views->clear();
    m_views->addItem(tr("Saved views"));
    m_views->addItems(SavedViews(m_accountId).names());
    m_deleteView->setEnabled(m_views->count() > 1);
}

void FilterBar::saveView(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    SavedViews(m_accountId).save(name.trimmed(), {m_session.board().filter(), m_session.board().sort()});
    reloadViews();
    m_views->setCurrentIndex(m_views->findText(name.trimmed()));
}

bool FilterBar::applyView(const QString &name)
{
    const auto view = SavedViews(m_accountId).load(name);
    if (!view)
        return false;
    m_session.board().setSort(view->sort);
    m_session.board().setFilter(view->filter);
    const int row = m_views->findText(name);
    if (row >= 0)
        m_views->setCurrentIndex(row);
    return true;
}

} // namespace lever::ui
