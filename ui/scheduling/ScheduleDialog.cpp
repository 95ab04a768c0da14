#include "ScheduleDialog.h"

#include "ChildDataLoader.h"
#include "InterviewEditor.h"
#include "InterviewerPicker.h"
#include "LeverApi.h"
#include "Session.h"
#include "Store.h"
#include "UsersModel.h"
#include "common/Confirm.h"
#include "export/CalendarExport.h"
#include "pickers/UserPicker.h"
#include "scheduling/ConflictFinder.h"
#include "scheduling/PanelActions.h"
#include "scheduling/PanelCheck.h"
#include "scheduling/ZoneTime.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace lever::ui {

using models::PanelCheck;
using models::ZoneTime;

ScheduleDialog::ScheduleDialog(models::Session &session, const QString &opportunityId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_opportunityId(opportunityId)
    , m_conflicts(std::make_unique<models::ConflictFinder>(session.store(), opportunityId))
    , m_actions(new models::PanelActions(session, this))
{
    setObjectName(u"scheduleDialog"_s);
    setWindowTitle(tr("Schedule interviews"));
    setAccessibleName(tr("Schedule interviews"));

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"heading"_s);
    m_heading->setStyleSheet(u"font-size: 15px; font-weight: bold;"_s);
    const models::OpportunityRecord *candidate = session.store().opportunity(opportunityId);
    m_heading->setText(candidate && !candidate->name.isEmpty()
                           ? tr("Schedule interviews with %1").arg(candidate->name)
                           : tr("Schedule interviews"));

    m_zone = new QComboBox(this);
    m_zone->setObjectName(u"timeZone"_s);
    m_zone->setAccessibleName(tr("Time zone of the panel"));
    m_zone->setEditable(true);
    m_zone->lineEdit()->setAccessibleName(tr("Time zone of the panel"));
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMinimumWidth(280);
    QStringList zones;
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : ids)
        zones.append(QString::fromUtf8(id));
    const QString userZone = QString::fromUtf8(ZoneTime::userZone().id());
    if (!userZone.isEmpty() && !zones.contains(userZone))
        zones.append(userZone);
    std::sort(zones.begin(), zones.end());
    m_zone->addItems(zones);
    m_zone->setCurrentText(userZone);
    // Searchable: typing "york" offers America/New_York.
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    auto *zoneLabel = new QLabel(tr("&Time zone"), this);
    zoneLabel->setBuddy(m_zone);

    m_zoneWarning = new QLabel(this);
    m_zoneWarning->setObjectName(u"zoneWarning"_s);
    m_zoneWarning->setTextFormat(Qt::PlainText);
    m_zoneWarning->setWordWrap(true);
    m_zoneWarning->setStyleSheet(u"color: #8a5300; background: #fff4e0; border-radius: 3px; padding: 3px;"_s);
    m_zoneWarning->hide();

    auto *listHost = new QWidget;
    m_list = new QVBoxLayout(listHost);
    m_list->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(tr("&Add interview"), listHost);
    m_add->setObjectName(u"addInterview"_s);
    m_add->setAccessibleName(tr("Add interview"));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    m_list->addLayout(addRow);
    m_list->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"interviews"_s);
    m_scroll->setAccessibleName(tr("Interviews"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(listHost);

    m_error = new QLabel(this);
    m_error->setObjectName(u"error"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    m_save = new QPushButton(tr("&Schedule"), this);
    m_save->setObjectName(u"save"_s);
    m_save->setAccessibleName(tr("Save the panel"));
    m_save->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancel"_s);
    m_cancel->setAccessibleName(tr("Close without saving"));

    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(zoneLabel);
    zoneRow->addWidget(m_zone);
    zoneRow->addStretch(1);
    m_exportIcs = new QPushButton(tr("E&xport to Calendar (.ics)…"), this);
    m_exportIcs->setObjectName(u"exportIcs"_s);
    m_exportIcs->setAccessibleName(tr("Export the scheduled interviews to a calendar file"));
    m_exportIcs->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_error, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_exportIcs);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(zoneRow);
    layout->addWidget(m_zoneWarning);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);

    connect(m_zone, &QComboBox::editTextChanged, this, [this] {
        m_pastConfirmed = false;
        refreshHints();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        InterviewEditor *editor = addInterview();
        editor->subjectEdit()->setFocus();
        m_scroll->ensureWidgetVisible(editor);
    });
    connect(m_save, &QPushButton::clicked, this, &ScheduleDialog::save);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_actions, &models::PanelActions::failed, this, [this](const QString &message) {
        setBusy(false);
        setError(message);
    });
    auto done = [this](const QString &panelId, const api::Panel &panel) {
        setBusy(false);
        m_panelId = panelId;
        Q_EMIT saved(panelId);
        showSaved(panel);
    };
    connect(m_exportIcs, &QPushButton::clicked, this, [this] {
        if (!m_savedPanel)
            return;
        CalendarExport::chooseAndSave(this, {*m_savedPanel}, candidateName(),
                                      [this](bool ok, const QString &message) {
                                          m_error->setStyleSheet(ok ? QString() : u"color: #c62828;"_s);
                                          setError(message);
                                      });
    });
    connect(m_actions, &models::PanelActions::created, this, done);
    connect(m_actions, &models::PanelActions::rescheduled, this, done);
    connect(m_actions, &models::PanelActions::loaded, this, &ScheduleDialog::applyLoaded);
    // Cards scrolling by load child data in bursts: re-read the Store once per burst.
    connect(&session.store(), &models::Store::childDataChanged, this, [this] {
        if (m_reloadQueued)
            return;
        m_reloadQueued = true;
        QTimer::singleShot(0, this, [this] {
            m_reloadQueued = false;
            m_conflicts->reload();
            refreshHints();
        });
    });

    addInterview();
    loadTemplates();
    // This opportunity's interviews, for the overlap warnings (the Store may not hold them yet).
    auto fetched = std::make_shared<QList<api::Interview>>();
    session.client()
        .interviews()
        .list(opportunityId, api::Priority::Interactive)
        .onPage(this, [fetched](const QList<api::Interview> &page,
                                const api::PagerProgress &) { fetched->append(page); })
        .onRestart(this, [fetched] { fetched->clear(); })
        .onFinished(this, [this, fetched](const api::Result<api::PagerSummary> &r) {
            if (r.ok()) {
                m_conflicts->setFetched(*fetched);
                refreshHints();
            }
        });
    resize(1040, 700);
}

ScheduleDialog::~ScheduleDialog() = default;

void ScheduleDialog::loadTemplates()
{
    auto list = std::make_shared<QList<QPair<QString, QString>>>();
    m_session.client()
        .feedback()
        .templates(api::Priority::Visible)
        .onPage(this,
                [list](const QList<api::FeedbackTemplate> &page, const api::PagerProgress &) {
                    for (const api::FeedbackTemplate &t : page)
                        list->append({t.id, t.text});
                })
        .onRestart(this, [list] { list->clear(); })
        .onFinished(this, [this, list](const api::Result<api::PagerSummary> &r) {
            if (!r.ok())
                return; // the interviews' own templates stay selectable; the others cannot be offered
            m_templates = *list;
            for (InterviewEditor *editor : std::as_const(m_editors))
                editor->setTemplates(m_templates);
        });
}

QTimeZone ScheduleDialog::panelZone() const
{
    const QByteArray id = m_zone->currentText().trimmed().toUtf8();
    if (id.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(id))
        return {};
    return QTimeZone(id);
}

api::Panel ScheduleDialog::panel() const
{
    api::Panel p = m_base;
    p.timezone = m_zone->currentText().trimmed();
    const QTimeZone zone = panelZone().isValid() ? panelZone() : QTimeZone::utc();
    p.interviews.clear();
    for (InterviewEditor *editor : m_editors)
        p.interviews.append(editor->interview(zone));
    return p;
}

InterviewEditor *ScheduleDialog::addInterview()
{
    const QTimeZone zone = panelZone().isValid() ? panelZone() : ZoneTime::userZone();
    api::Interview interview;
    interview.duration = 45;
    if (!m_editors.isEmpty()) {
        // Back to back with the last one, with the same people by default.
        const api::Interview last = m_editors.last()->interview(zone);
        interview.date = last.date + qint64(last.duration) * 60 * 1000;
        interview.interviewers = last.interviewers;
    } else {
        const QDate tomorrow = ZoneTime::inZone(QDateTime::currentMSecsSinceEpoch(), zone).date().addDays(1);
        interview.date = ZoneTime::toEpochMs(tomorrow, QTime(10, 0), zone);
    }
    return insertEditor(int(m_editors.size()), interview);
}

InterviewEditor *ScheduleDialog::insertEditor(int index, const api::Interview &interview)
{
    const QTimeZone zone = panelZone().isValid() ? panelZone() : ZoneTime::userZone();
    auto *editor = new InterviewEditor(&m_session.users(), m_scroll->widget());
    editor->setTemplates(m_templates);
    editor->setInterview(interview, zone);
    m_editors.insert(index, editor);
    m_list->insertWidget(index, editor);
    connect(editor, &InterviewEditor::changed, this, [this] {
        m_pastConfirmed = false;
        refreshHints();
    });
    connect(editor, &InterviewEditor::duplicateRequested, this, [this, editor] { duplicateEditor(editor); });
    connect(editor, &InterviewEditor::removeRequested, this, [this, editor] { removeEditor(editor); });
    renumber();
    refreshHints();
    return editor;
}

void ScheduleDialog::duplicateEditor(InterviewEditor *editor)
{
    const QTimeZone zone = panelZone().isValid() ? panelZone() : ZoneTime::userZone();
    api::Interview copy = editor->interview(zone);
    // A new interview for Lever: no id, starting when the original ends.
    copy.id.clear();
    copy.createdAt.reset();
    copy.canceledAt.reset();
    copy.date += qint64(copy.duration) * 60 * 1000;
    InterviewEditor *added = insertEditor(int(m_editors.indexOf(editor)) + 1, copy);
    added->subjectEdit()->setFocus();
    m_scroll->ensureWidgetVisible(added);
}

void ScheduleDialog::removeEditor(InterviewEditor *editor)
{
    if (m_editors.size() <= 1)
        return;
    const int index = int(m_editors.indexOf(editor));
    m_editors.removeAt(index);
    editor->hide();
    editor->deleteLater();
    renumber();
    refreshHints();
    m_editors.at(qMin(index, int(m_editors.size()) - 1))->subjectEdit()->setFocus();
}

void ScheduleDialog::renumber()
{
    for (int i = 0; i < m_editors.size(); ++i)
        m_editors.at(i)->setNumber(i + 1, m_editors.size() > 1);
}

void ScheduleDialog::refreshHints()
{
    const QTimeZone zone = panelZone();
    const QTimeZone user = ZoneTime::userZone();
    if (!zone.isValid()) {
        m_zoneWarning->hide();
        for (InterviewEditor *editor : std::as_const(m_editors)) {
            editor->showTimes(zone, user);
            editor->setWarnings({});
        }
        return;
    }
    QList<api::Interview> interviews;
    for (InterviewEditor *editor : std::as_const(m_editors))
        interviews.append(editor->interview(zone));

    bool differs = ZoneTime::differ(zone, user, QDateTime::currentMSecsSinceEpoch());
    for (const api::Interview &interview : std::as_const(interviews))
        differs = differs || ZoneTime::differ(zone, user, interview.date);
    m_zoneWarning->setText(tr("\u26a0 The panel's time zone, %1, differs from yours, %2: times are entered "
                              "on the panel's clock; "
                              "each interview shows both.")
                               .arg(QString::fromUtf8(zone.id()), QString::fromUtf8(user.id())));
    m_zoneWarning->setVisible(differs);

    for (int i = 0; i < m_editors.size(); ++i) {
        InterviewEditor *editor = m_editors.at(i);
        const api::Interview &mine = interviews.at(i);
        QStringList ids;
        for (const api::Interview::Interviewer &person : mine.interviewers)
            ids.append(person.id);
        editor->showTimes(zone, user);
        QStringList warnings;
        const auto conflicts = m_conflicts->find(ids, mine.date, mine.duration, mine.id);
        for (const auto &conflict : conflicts)
            warnings.append(QString(u"\u26a0 "_s + m_conflicts->describe(conflict, zone.id())));
        // The same person twice at once within this panel.
        const qint64 end = mine.date + qint64(mine.duration) * 60 * 1000;
        for (int j = 0; j < interviews.size(); ++j) {
            const api::Interview &other = interviews.at(j);
            const qint64 otherEnd = other.date + qint64(other.duration) * 60 * 1000;
            if (j == i || mine.duration < 1 || other.duration < 1 || other.date >= end ||
                otherEnd <= mine.date)
                continue;
            for (const api::Interview::Interviewer &person : other.interviewers) {
                if (!ids.contains(person.id))
                    continue;
                QString name = UserPicker::userName(&m_session.users(), person.id);
                warnings.append(QString(u"\u26a0 "_s + tr("%1 is also in interview %2 at that time.")
                                                           .arg(name.isEmpty() ? person.id : name)
                                                           .arg(j + 1)));
            }
        }
        editor->setWarnings(warnings);
    }
}

void ScheduleDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void ScheduleDialog::setBusy(bool busy, const QString &status)
{
    m_save->setEnabled(!busy && m_saveAllowed);
    m_zone->setEnabled(!busy);
    m_scroll->setEnabled(!busy);
    if (busy) {
        m_error->setStyleSheet(QString());
        setError(status);
    } else {
        m_error->setStyleSheet(u"color: #c62828;"_s);
        setError(QString());
    }
}

void ScheduleDialog::showSaved(const api::Panel &panel)
{
    // What Lever answered, with names and addresses filled in from the users where it left them out.
    api::Panel saved = panel;
    if (saved.interviews.isEmpty())
        saved.interviews = this->panel().interviews;
    if (saved.timezone.isEmpty())
        saved.timezone = this->panel().timezone;
    for (api::Interview &interview : saved.interviews) {
        for (api::Interview::Interviewer &person : interview.interviewers) {
            if (const models::UserInfo *user = m_session.store().user(person.id)) {
                if (person.name.isEmpty())
                    person.name = user->name;
                if (person.email.isEmpty())
                    person.email = user->email;
            }
        }
    }
    m_savedPanel = saved;
    // Its own interviews, now in the Store, are not conflicts with themselves.
    m_conflicts->setIgnoredPanel(m_panelId);
    refreshHints();
    m_heading->setText(tr("Interviews scheduled with %1").arg(candidateName()));
    m_zone->setEnabled(false);
    m_scroll->setEnabled(false);
    m_add->setEnabled(false);
    m_save->hide();
    m_cancel->setText(tr("Close"));
    m_cancel->setAccessibleName(tr("Close the dialog"));
    m_exportIcs->show();
    m_exportIcs->setDefault(true);
    m_exportIcs->setFocus();
    m_error->setStyleSheet(QString());
    setError(tr("Saved in Lever. Add the interviews to your calendar?"));
}

QString ScheduleDialog::candidateName() const
{
    const models::OpportunityRecord *candidate = m_session.store().opportunity(m_opportunityId);
    return candidate ? candidate->name : QString();
}

bool ScheduleDialog::exportCalendarTo(const QString &path, QString *message)
{
    if (!m_savedPanel)
        return false;
    return CalendarExport::save(path, {*m_savedPanel}, candidateName(), message);
}

void ScheduleDialog::save()
{
    if (m_actions->isBusy() || !m_saveAllowed)
        return;
    setError(QString());
    // What the model cannot see: a zone or interviewer typed but not picked from the lists.
    if (!panelZone().isValid()) {
        setError(tr("Choose a time zone from the list."));
        m_zone->setFocus();
        return;
    }
    for (int i = 0; i < m_editors.size(); ++i) {
        InterviewEditor *editor = m_editors.at(i);
        if (editor->hasUnresolvedInterviewer()) {
            setError(tr("Interview %1: \u201c%2\u201d is not a user of this account; pick one from the list.")
                         .arg(i + 1)
                         .arg(editor->interviewers()->picker()->text()));
            editor->interviewers()->picker()->setFocus();
            return;
        }
    }
    const api::Panel candidate = panel();
    const QList<PanelCheck::Problem> problems = PanelCheck::problems(candidate);
    if (!problems.isEmpty()) {
        const PanelCheck::Problem &first = problems.first();
        setError(first.message);
        InterviewEditor *editor = first.interview >= 0 && first.interview < m_editors.size()
                                      ? m_editors.at(first.interview)
                                      : nullptr;
        QWidget *focus = m_zone;
        if (editor) {
            switch (first.field) {
            case PanelCheck::Field::Subject:
                focus = editor->subjectEdit();
                break;
            case PanelCheck::Field::Interviewers:
                focus = editor->interviewers()->picker();
                break;
            case PanelCheck::Field::Duration:
                focus = editor->durationEdit();
                break;
            case PanelCheck::Field::Start:
                focus = editor->dateEdit();
                break;
            default:
                break;
            }
            m_scroll->ensureWidgetVisible(editor);
        } else if (first.field == PanelCheck::Field::Interviews) {
            focus = m_add;
        }
        focus->setFocus();
        return;
    }
    const QList<int> past = PanelCheck::inThePast(candidate, QDateTime::currentMSecsSinceEpoch());
    if (!past.isEmpty() && !m_pastConfirmed) {
        const int first = past.first();
        Confirm::ask(this,
                     {tr("Schedule in the past?"),
                      tr("Interview %1 starts in the past. Schedule it anyway?").arg(first + 1),
                      tr("Schedule anyway")},
                     [this, first](bool yes) {
                         if (yes) {
                             m_pastConfirmed = true;
                             save();
                         } else if (first < m_editors.size()) {
                             m_editors.at(first)->dateEdit()->setFocus();
                         }
                     });
        return;
    }
    send(candidate);
}

void ScheduleDialog::send(const api::Panel &panel)
{
    setBusy(true, tr("Saving\u2026"));
    if (isRescheduling())
        m_actions->reschedule(m_opportunityId, m_panelId, m_base, panel);
    else
        m_actions->create(m_opportunityId, panel);
}

void ScheduleDialog::loadPanel(const QString &panelId)
{
    m_panelId = panelId;
    m_conflicts->setIgnoredPanel(panelId);
    setWindowTitle(tr("Reschedule interviews"));
    m_save->setText(tr("&Save changes"));
    setBusy(true, tr("Loading the panel\u2026"));
    m_actions->load(m_opportunityId, panelId);
}

void ScheduleDialog::applyLoaded(const api::Panel &loaded)
{
    setBusy(false);
    m_base = loaded;
    if (m_zone->findText(loaded.timezone) < 0)
        m_zone->addItem(loaded.timezone);
    m_zone->setCurrentText(loaded.timezone);
    for (InterviewEditor *editor : std::as_const(m_editors)) {
        editor->hide();
        editor->deleteLater();
    }
    m_editors.clear();
    for (const api::Interview &interview : loaded.interviews)
        insertEditor(int(m_editors.size()), interview);
    if (m_editors.isEmpty())
        addInterview();
    const models::OpportunityRecord *candidate = m_session.store().opportunity(m_opportunityId);
    m_heading->setText(candidate && !candidate->name.isEmpty()
                           ? tr("Reschedule interviews with %1").arg(candidate->name)
                           : tr("Reschedule interviews"));
    if (!loaded.externallyManaged) {
        // Lever lets the API change only the panels the API created.
        m_saveAllowed = false;
        m_save->setEnabled(false);
        setError(tr("This panel was scheduled in Lever itself, so only Lever can change it."));
    }
    refreshHints();
}

} // namespace lever::ui
