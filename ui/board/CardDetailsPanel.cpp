#include "CardDetailsPanel.h"

#include "ChildDataLoader.h"
#include "Session.h"
#include "Store.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
// Long addresses get break opportunities (zero-width spaces) so the narrow panel can wrap them.
QString breakable(QString text)
{
    for (const QChar c : {QChar(u'@'), QChar(u'.'), QChar(u'<')})
        text.replace(c, QString(c) + QChar(0x200B));
    return text;
}

QString dateText(qint64 ms)
{
    if (ms <= 0)
        return CardDetailsPanel::tr("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}
} // namespace

CardDetailsPanel::CardDetailsPanel(models::Session &session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_name(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_form(new QFormLayout)
{
    setObjectName(u"cardDetails"_s);
    setAccessibleName(tr("Card details"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setMinimumWidth(320);
    setMaximumWidth(420);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(u"detailsName"_s);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setWordWrap(true);
    m_headline->setForegroundRole(QPalette::PlaceholderText);
    auto *close = new QToolButton(this);
    close->setObjectName(u"detailsClose"_s);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));
    close->setAccessibleName(tr("Close card details"));
    connect(close, &QToolButton::clicked, this, &CardDetailsPanel::closeRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_name, 1);
    top->addWidget(close, 0, Qt::AlignTop);
    auto *note = new QLabel(tr("Read-only summary of the card."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    struct Field
    {
        const char16_t *key;
        QString label;
    };
    const QList<Field> fields{{u"email", tr("Email")},
                              {u"stage", tr("Stage")},
                              {u"archived", tr("Archived")},
                              {u"posting", tr("Posting")},
                              {u"owner", tr("Owner")},
                              {u"tags", tr("Tags")},
                              {u"origin", tr("Origin")},
                              {u"sources", tr("Sources")},
                              {u"daysInStage", tr("In stage since")},
                              {u"created", tr("Created")},
                              {u"updated", tr("Updated")},
                              {u"otherOpportunities", tr("Other opportunities")},
                              {u"pending", tr("Saving")},
                              {u"nextInterview", tr("Next interview")},
                              {u"interviews", tr("Interviews")},
                              {u"id", tr("Opportunity id")}};
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    for (const Field &f : fields) {
        auto *value = new QLabel(this);
        const QString key = QString::fromUtf16(f.key);
        value->setObjectName(u"detail_"_s + key);
        value->setWordWrap(true);
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(f.label);
        value->setMinimumWidth(160);
        m_form->addRow(f.label, value);
        m_fields.insert(key, value);
    }

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(16, 14, 16, 14);
    contentLayout->setSpacing(10);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_headline);
    contentLayout->addLayout(m_form);
    contentLayout->addWidget(note);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    models::Store &store = m_session.store();
    auto follow = [this](int slot) {
        if (!m_id.isEmpty() && m_session.store().isLive(slot) && m_session.store().at(slot).id == m_id)
            refresh();
    };
    connect(&store, &models::Store::opportunityUpdated, this, follow);
    connect(&store, &models::Store::childDataChanged, this, follow);
    connect(&m_session.childData(), &models::ChildDataLoader::failed, this,
            [this](const QString &id, const QString &message) {
                if (id == m_id && !m_session.store().childData(id))
                    setField(u"interviews"_s, tr("Could not load: %1").arg(message));
            });
    connect(&store, &models::Store::opportunityRemoved, this,
            [this](int, const models::OpportunityRecord &before) {
                if (before.id == m_id)
                    refresh();
            });
}

void CardDetailsPanel::showOpportunity(const QString &opportunityId)
{
    m_id = opportunityId;
    m_session.childData().open(opportunityId);
    refresh();
}

QString CardDetailsPanel::fieldText(const QString &key) const
{
    if (key == u"name"_s)
        return m_name->text();
    const QLabel *label = m_fields.value(key);
    return label ? QString(label->text()).remove(QChar(0x200B)) : QString();
}

void CardDetailsPanel::setField(const QString &key, const QString &text)
{
    if (QLabel *label = m_fields.value(key))
        label->setText(text.isEmpty() ? tr("—") : text);
}

void CardDetailsPanel::refresh()
{
    const models::Store &store = m_session.store();
    const models::OpportunityRecord *r = store.opportunity(m_id);
    if (!r) {
        m_name->setText(tr("This card is no longer in the account"));
        m_headline->clear();
        for (QLabel *l : std::as_const(m_fields))
            l->setText(tr("—"));
        return;
    }
    m_name->setText(r->name);
    m_headline->setText(r->headline.isEmpty() ? tr("No headline") : r->headline);
    setAccessibleDescription(tr("Details of %1").arg(r->name));
    setField(u"email"_s, breakable(r->emails));
    setField(u"stage"_s, store.stageName(r->stageId));
    setField(
        u"archived"_s,
        r->archived
            ? tr("Yes: %1, on %2").arg(store.archiveReasonName(r->archiveReasonId), dateText(r->archivedAt))
            : tr("No"));
    const models::PostingInfo *posting = store.posting(r->postingId);
    setField(u"posting"_s, posting
                               ? (posting->team.isEmpty() ? posting->text
                                                          : QString(posting->text + u" · "_s + posting->team))
                               : tr("No posting"));
    const models::UserInfo *owner = store.user(r->ownerId);
    setField(u"owner"_s, owner ? QString(owner->name + u'\n' + breakable(owner->email)) : r->ownerId);
    setField(u"tags"_s, r->tags.join(u", "_s));
    setField(u"origin"_s, r->origin);
    setField(u"sources"_s, r->sources.join(u", "_s));
    const qint64 days = qMax<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - r->stageEnteredAt) / 86400000);
    setField(u"daysInStage"_s, days == 1 ? tr("%1 (1 day)").arg(dateText(r->stageEnteredAt))
                                         : tr("%1 (%2 days)").arg(dateText(r->stageEnteredAt)).arg(days));
    setField(u"created"_s, dateText(r->createdAt));
    setField(u"updated"_s, dateText(r->updatedAt));
    const int others = r->contactId.isEmpty() ? 0 : store.opportunitiesOfContact(r->contactId) - 1;
    setField(u"otherOpportunities"_s, others > 0 ? (others == 1 ? tr("1 other for this person")
                                                                : tr("%1 others for this person").arg(others))
                                                 : tr("None"));
    setField(u"pending"_s,
             store.hasPendingWrite(r->id) ? tr("A change is being saved") : tr("All changes saved"));
    const models::ChildData *child = store.childData(r->id);
    if (!child) {
        setField(u"nextInterview"_s,
                 m_session.childData().isLoading(r->id) ? tr("Loading…") : tr("Not loaded"));
        setField(u"interviews"_s, m_session.childData().isLoading(r->id) ? tr("Loading…") : tr("Not loaded"));
    } else {
        setField(u"nextInterview"_s,
                 child->nextInterviewAt > 0
                     ? QString(dateText(child->nextInterviewAt) + u" · "_s +
                               (child->nextInterviewConfirmed ? tr("confirmed") : tr("not confirmed")))
                     : tr("None scheduled"));
        QStringList lines;
        for (const api::Interview &i : child->interviews) {
            QStringList who;
            for (const auto &person : i.interviewers)
                who.append(person.name);
            QString line = dateText(i.date) + u" · "_s + (i.subject.isEmpty() ? tr("Interview") : i.subject);
            if (!who.isEmpty())
                line += u" · "_s + who.join(u", "_s);
            if (i.canceledAt)
                line += u" · "_s + tr("cancelled");
            lines.append(line);
        }
        setField(u"interviews"_s, lines.isEmpty() ? tr("None") : lines.join(u'\n'));
    }
    setField(u"id"_s, r->id);
}

} // namespace lever::ui
