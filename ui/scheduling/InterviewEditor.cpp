#include "InterviewEditor.h"

#include "InterviewerPicker.h"
#include "scheduling/ZoneTime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

InterviewEditor::InterviewEditor(QAbstractItemModel *users, QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"interviewEditor"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Interview"));

    m_title = new QLabel(this);
    m_title->setStyleSheet(u"font-weight: bold;"_s);
    m_duplicate = new QToolButton(this);
    m_duplicate->setObjectName(u"duplicateInterview"_s);
    m_duplicate->setText(tr("Duplicate"));
    m_duplicate->setToolTip(tr("Add a copy of this interview starting when it ends"));
    m_duplicate->setAccessibleName(tr("Duplicate interview"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(u"removeInterview"_s);
    m_remove->setText(tr("Remove"));
    m_remove->setAccessibleName(tr("Remove interview"));
    connect(m_duplicate, &QToolButton::clicked, this, &InterviewEditor::duplicateRequested);
    connect(m_remove, &QToolButton::clicked, this, &InterviewEditor::removeRequested);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(u"subject"_s);
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setPlaceholderText(tr("e.g. Technical interview"));
    m_interviewers = new InterviewerPicker(users, this);
    m_interviewers->setObjectName(u"interviewers"_s);
    m_interviewers->setAccessibleName(tr("Interviewers"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"date"_s);
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"ddd d MMM yyyy"_s);
    m_time = new QTimeEdit(this);
    m_time->setObjectName(u"time"_s);
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(u"duration"_s);
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_location = new QLineEdit(this);
    m_location->setObjectName(u"location"_s);
    m_location->setAccessibleName(tr("Location or video link"));
    m_location->setPlaceholderText(tr("Room, address or https://meet…"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(u"note"_s);
    m_note->setAccessibleName(tr("Note for the interviewers"));
    m_note->setPlaceholderText(tr("What the interviewers should know or bring"));
    m_template = new QComboBox(this);
    m_template->setObjectName(u"feedbackTemplate"_s);
    m_template->setAccessibleName(tr("Feedback form"));
    m_template->addItem(tr("No feedback form"), QString());
    m_reminder = new QComboBox(this);
    m_reminder->setObjectName(u"feedbackReminder"_s);
    m_reminder->setAccessibleName(tr("Feedback reminder"));
    m_reminder->addItem(tr("Lever's default"), QString());
    m_reminder->addItem(tr("Once"), u"once"_s);
    m_reminder->addItem(tr("Daily"), u"daily"_s);
    m_reminder->addItem(tr("Every 6 hours"), u"frequently"_s);
    m_reminder->addItem(tr("No reminder"), u"none"_s);
    m_times = new QLabel(this);
    m_times->setObjectName(u"times"_s);
    m_times->setTextFormat(Qt::PlainText);
    m_times->setWordWrap(true);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"conflictWarning"_s);
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(u"color: #8a5300; background: #fff4e0; border-radius: 3px; padding: 3px;"_s);
    m_warnings->hide();

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_duplicate);
    header->addWidget(m_remove);

    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 2);
    when->addWidget(m_time, 1);
    when->addWidget(m_duration, 1);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    grid->addWidget(fieldLabel(tr("&Subject"), m_subject, this), 0, 0);
    grid->addWidget(m_subject, 0, 1);
    grid->addWidget(fieldLabel(tr("&Interviewers"), m_interviewers, this), 0, 2);
    grid->addWidget(m_interviewers, 0, 3);
    grid->addWidget(fieldLabel(tr("&When"), m_date, this), 1, 0);
    grid->addLayout(when, 1, 1);
    grid->addWidget(fieldLabel(tr("&Location or link"), m_location, this), 1, 2);
    grid->addWidget(m_location, 1, 3);
    grid->addWidget(fieldLabel(tr("&Feedback form"), m_template, this), 2, 0);
    grid->addWidget(m_template, 2, 1);
    grid->addWidget(fieldLabel(tr("&Reminder"), m_reminder, this), 2, 2);
    grid->addWidget(m_reminder, 2, 3);
    grid->addWidget(fieldLabel(tr("&Note"), m_note, this), 3, 0);
    grid->addWidget(m_note, 3, 1, 1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(grid);
    layout->addWidget(m_times);
    layout->addWidget(m_warnings);

    connect(m_subject, &QLineEdit::textChanged, this, &InterviewEditor::changed);
    connect(m_interviewers, &InterviewerPicker::changed, this, &InterviewEditor::changed);
    connect(m_date, &QDateEdit::dateChanged, this, &InterviewEditor::changed);
    connect(m_time, &QTimeEdit::timeChanged, this, &InterviewEditor::changed);
    connect(m_duration, &QSpinBox::valueChanged, this, &InterviewEditor::changed);
}

void InterviewEditor::selectData(QComboBox *combo, const QString &value, const QString &fallbackText)
{
    int index = combo->findData(value);
    if (index < 0) {
        // A value this account's list lacks (a retired template): keep it rather than lose it.
        combo->addItem(fallbackText, value);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

void InterviewEditor::setInterview(const api::Interview &interview, const QTimeZone &zone)
{
    m_base = interview;
    m_subject->setText(interview.subject);
    QStringList ids;
    for (const api::Interview::Interviewer &person : interview.interviewers)
        ids.append(person.id);
    m_interviewers->setUserIds(ids);
    const QDateTime start = models::ZoneTime::inZone(interview.date, zone);
    m_date->setDate(start.date());
    m_time->setTime(start.time());
    m_duration->setValue(interview.duration);
    m_location->setText(interview.location.value_or(QString()));
    m_note->setText(interview.note);
    selectData(m_template, interview.feedbackTemplate.value_or(QString()),
               interview.feedbackTemplate.value_or(QString()));
    selectData(m_reminder, interview.feedbackReminder, interview.feedbackReminder);
}

api::Interview InterviewEditor::interview(const QTimeZone &zone) const
{
    api::Interview out = m_base;
    out.subject = m_subject->text().trimmed();
    out.note = m_note->text();
    // Interviewers kept from the loaded interview keep their own fields (their feedback form).
    QList<api::Interview::Interviewer> people;
    for (const QString &id : m_interviewers->userIds()) {
        api::Interview::Interviewer person;
        person.id = id;
        for (const api::Interview::Interviewer &old : m_base.interviewers) {
            if (old.id == id)
                person = old;
        }
        people.append(person);
    }
    out.interviewers = people;
    out.date = models::ZoneTime::toEpochMs(m_date->date(), m_time->time(), zone);
    out.duration = m_duration->value();
    out.timezone = QString::fromUtf8(zone.id());
    const QString location = m_location->text().trimmed();
    if (location.isEmpty())
        out.location.reset();
    else
        out.location = location;
    const QString templateId = m_template->currentData().toString();
    if (templateId.isEmpty())
        out.feedbackTemplate.reset();
    else
        out.feedbackTemplate = templateId;
    out.feedbackReminder = m_reminder->currentData().toString();
    return out;
}

void InterviewEditor::setTemplates(const QList<QPair<QString, QString>> &templates)
{
    const QString current = m_template->currentData().toString();
    m_template->clear();
    m_template->addItem(tr("No feedback form"), QString());
    for (const auto &t : templates)
        m_template->addItem(t.second, t.first);
    selectData(m_template, current, current);
}

void InterviewEditor::setNumber(int number, bool removable)
{
    m_title->setText(tr("Interview %1").arg(number));
    setAccessibleName(tr("Interview %1").arg(number));
    m_remove->setEnabled(removable);
}

void InterviewEditor::showTimes(const QTimeZone &panelZone, const QTimeZone &userZone)
{
    using models::ZoneTime;
    if (!panelZone.isValid() || m_duration->value() < 1) {
        m_times->clear();
        return;
    }
    const qint64 start = ZoneTime::toEpochMs(m_date->date(), m_time->time(), panelZone);
    const int minutes = m_duration->value();
    QString text =
        tr("%1 in %2").arg(ZoneTime::range(start, minutes, panelZone), ZoneTime::zoneLabel(panelZone, start));
    if (userZone.isValid() && userZone.id() != panelZone.id())
        text = QString(
            text + u"   \u00b7   "_s +
            tr("your time: %1 in %2")
                .arg(ZoneTime::range(start, minutes, userZone), ZoneTime::zoneLabel(userZone, start)));
    m_times->setText(text);
}

void InterviewEditor::setWarnings(const QStringList &warnings)
{
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

QStringList InterviewEditor::interviewerIds() const
{
    return m_interviewers->userIds();
}

bool InterviewEditor::hasUnresolvedInterviewer() const
{
    return m_interviewers->hasUnresolvedText();
}

} // namespace lever::ui
