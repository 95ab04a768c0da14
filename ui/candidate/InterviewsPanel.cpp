#include "candidate/InterviewsPanel.h"

#include "candidate/CandidateModel.h"
#include "export/CalendarExport.h"
#include "export/InterviewCalendar.h"

#include <QDateTime>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
QString responseText(const std::optional<QString> &status)
{
    const QString s = status.value_or(QString());
    if (s == u"accepted"_s)
        return InterviewsPanel::tr("accepted");
    if (s == u"declined"_s)
        return InterviewsPanel::tr("declined");
    if (s == u"tentative"_s)
        return InterviewsPanel::tr("tentative");
    return InterviewsPanel::tr("no answer yet");
}
} // namespace

InterviewsPanel::InterviewsPanel(models::CandidateModel &model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_schedule(new QPushButton(tr("&Schedule interview…"), this))
    , m_exportIcs(new QPushButton(tr("E&xport to Calendar (.ics)…"), this))
    , m_exportStatus(new QLabel(this))
    , m_empty(new QLabel(tr("No interviews scheduled."), this))
    , m_content(new QWidget)
    , m_contentLayout(new QVBoxLayout(m_content))
{
    setObjectName(u"interviewsPanel"_s);
    m_schedule->setObjectName(u"scheduleInterview"_s);
    m_schedule->setAccessibleName(tr("Schedule an interview"));
    m_empty->setObjectName(u"interviewsEmpty"_s);
    m_exportIcs->setObjectName(u"exportInterviewsIcs"_s);
    m_exportIcs->setAccessibleName(tr("Export the interviews to a calendar file"));
    m_exportIcs->setToolTip(tr("Saves every interview not cancelled as an .ics file that calendar programs "
                               "import, with each interview's time zone."));
    m_exportStatus->setObjectName(u"exportInterviewsStatus"_s);
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setWordWrap(true);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_content);
    auto *top = new QHBoxLayout;
    top->addWidget(m_empty);
    top->addStretch();
    top->addWidget(m_exportStatus);
    top->addWidget(m_exportIcs);
    top->addWidget(m_schedule);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);
    connect(m_schedule, &QPushButton::clicked, this, &InterviewsPanel::scheduleRequested);
    connect(m_exportIcs, &QPushButton::clicked, this, [this] {
        CalendarExport::chooseAndSave(
            this, m_model.mine().panels, candidateName(),
            [this](bool ok, const QString &message) { showExportResult(ok, message); });
    });
    connect(&model, &models::CandidateModel::changed, this, [this](models::CandidateModel::Part p) {
        if (p == models::CandidateModel::Part::Interviews)
            rebuild();
    });
    rebuild();
}

bool InterviewsPanel::isEditable(const api::Panel &panel)
{
    return panel.externallyManaged && !panel.canceledAt;
}

void InterviewsPanel::rebuild()
{
    while (QLayoutItem *item = m_contentLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QList<api::Panel> panels = m_model.mine().panels;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto endOf = [](const api::Panel &p) -> qint64 {
        qint64 end = p.end.value_or(0);
        for (const api::Interview &i : p.interviews)
            end = qMax(end, i.date + qint64(i.duration) * 60000);
        return end;
    };
    QList<api::Panel> upcoming, past;
    for (const api::Panel &p : std::as_const(panels))
        (endOf(p) >= now && !p.canceledAt ? upcoming : past).append(p);
    std::sort(upcoming.begin(), upcoming.end(), [](const api::Panel &a, const api::Panel &b) {
        return a.start.value_or(0) < b.start.value_or(0);
    });
    std::sort(past.begin(), past.end(), [](const api::Panel &a, const api::Panel &b) {
        return a.start.value_or(0) > b.start.value_or(0);
    });
    auto heading = [this](const QString &text) {
        auto *label = new QLabel(u"<h3>%1</h3>"_s.arg(text.toHtmlEscaped()), m_content);
        m_contentLayout->addWidget(label);
    };
    if (!upcoming.isEmpty()) {
        heading(tr("Upcoming"));
        for (const api::Panel &p : std::as_const(upcoming))
            m_contentLayout->addWidget(panelBox(p, false));
    }
    if (!past.isEmpty()) {
        heading(tr("Past and cancelled"));
        for (const api::Panel &p : std::as_const(past))
            m_contentLayout->addWidget(panelBox(p, true));
    }
    m_contentLayout->addStretch();
    m_empty->setVisible(panels.isEmpty());
    m_exportIcs->setEnabled(models::InterviewCalendar::count(panels) > 0);
}

QString InterviewsPanel::candidateName() const
{
    return m_model.hasOpportunity() ? m_model.opportunity().name : QString();
}

bool InterviewsPanel::exportCalendarTo(const QString &path)
{
    QString message;
    const bool ok = CalendarExport::save(path, m_model.mine().panels, candidateName(), &message);
    showExportResult(ok, message);
    return ok;
}

void InterviewsPanel::showExportResult(bool ok, const QString &message)
{
    m_exportStatus->setStyleSheet(ok ? QString() : u"color: #c62828;"_s);
    m_exportStatus->setText(message);
}

QString InterviewsPanel::exportStatus() const
{
    return m_exportStatus->text();
}

QWidget *InterviewsPanel::panelBox(const api::Panel &panel, bool past)
{
    const QLocale locale;
    const QTimeZone zone(panel.timezone.toUtf8());
    auto at = [&](qint64 ms) -> QString {
        QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
        QString text = locale.toString(t, QLocale::ShortFormat);
        if (zone.isValid() && zone != QTimeZone::systemTimeZone())
            text += u" ("_s + locale.toString(t.toTimeZone(zone).time(), QLocale::ShortFormat) + u' ' +
                    panel.timezone + u')';
        return text;
    };
    QString title = panel.start ? at(*panel.start) : tr("Interview panel");
    if (panel.canceledAt)
        title = tr("%1 — cancelled").arg(title);
    auto *box = new QGroupBox(title, m_content);
    box->setObjectName(u"panel_"_s + panel.id);
    box->setAccessibleName(tr("Interview panel %1").arg(title));
    auto *layout = new QVBoxLayout(box);
    for (const api::Interview &i : panel.interviews) {
        QStringList who;
        for (const api::Interview::Interviewer &p : i.interviewers)
            who.append(tr("%1 (%2)").arg(p.name.isEmpty() ? m_model.userName(p.id) : p.name,
                                         responseText(p.responseStatus)));
        QString text = u"<b>%1</b> — %2, %3"_s.arg(i.subject.toHtmlEscaped(), at(i.date).toHtmlEscaped(),
                                                   tr("%n min", nullptr, i.duration).toHtmlEscaped());
        if (i.location && !i.location->isEmpty())
            text += u"<br>"_s + tr("Where: %1").arg(i.location->toHtmlEscaped());
        text += u"<br>"_s + tr("Interviewers: %1").arg(who.join(u", "_s).toHtmlEscaped());
        if (i.isCanceled())
            text += u"<br><i>"_s + tr("Cancelled") + u"</i>"_s;
        auto *label = new QLabel(text, box);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(label);
    }
    auto *row = new QHBoxLayout;
    row->addStretch();
    if (isEditable(panel) && !past) {
        auto *reschedule = new QPushButton(tr("Reschedule…"), box);
        reschedule->setObjectName(u"reschedule_"_s + panel.id);
        reschedule->setAccessibleName(tr("Reschedule this panel"));
        auto *cancel = new QPushButton(tr("Cancel interviews…"), box);
        cancel->setObjectName(u"cancelPanel_"_s + panel.id);
        cancel->setAccessibleName(tr("Cancel this panel"));
        const QString id = panel.id;
        connect(reschedule, &QPushButton::clicked, this, [this, id] { Q_EMIT rescheduleRequested(id); });
        connect(cancel, &QPushButton::clicked, this, [this, id] { Q_EMIT cancelPanelRequested(id); });
        row->addWidget(reschedule);
        row->addWidget(cancel);
    } else if (!panel.externallyManaged) {
        auto *why = new QLabel(tr("Scheduled in Lever: change it there."), box);
        why->setObjectName(u"readOnly_"_s + panel.id);
        why->setForegroundRole(QPalette::PlaceholderText); // not disabled: a disabled label is unreadable in
                                                           // high-contrast themes
        row->addWidget(why);
    }
    layout->addLayout(row);
    return box;
}

} // namespace lever::ui
