#include "export/InterviewCalendar.h"

#include "export/IcsWriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
bool counts(const api::Panel &panel, const api::Interview &interview)
{
    return !panel.canceledAt && !interview.isCanceled() && interview.date > 0;
}
} // namespace

QList<IcsEvent> InterviewCalendar::events(const QList<api::Panel> &panels, const QString &candidateName)
{
    QList<IcsEvent> out;
    for (const api::Panel &panel : panels) {
        for (qsizetype i = 0; i < panel.interviews.size(); ++i) {
            const api::Interview &interview = panel.interviews.at(i);
            if (!counts(panel, interview))
                continue;
            IcsEvent e;
            // Stable across exports, so importing again updates the event instead of adding a copy.
            e.uid = (interview.id.isEmpty() ? panel.id + u'-' + QString::number(i) : interview.id) +
                    u"@lever-console"_s;
            e.startMs = interview.date;
            e.minutes = interview.duration;
            e.timeZone = interview.timezone.isEmpty() ? panel.timezone : interview.timezone;
            e.summary = interview.subject.isEmpty() ? tr("Interview with %1").arg(candidateName)
                                                    : tr("%1 with %2").arg(interview.subject, candidateName);
            e.location = interview.location.value_or(QString());
            QStringList names;
            for (const api::Interview::Interviewer &person : interview.interviewers) {
                names.append(person.name.isEmpty() ? person.email : person.name);
                e.attendees.append({person.name, person.email, person.responseStatus.value_or(QString())});
            }
            QStringList lines{tr("Candidate: %1").arg(candidateName)};
            if (!names.isEmpty())
                lines.append(tr("Interviewers: %1").arg(names.join(u", "_s)));
            if (!interview.note.isEmpty())
                lines << QString() << interview.note;
            e.description = lines.join(u'\n');
            out.append(e);
        }
    }
    return out;
}

int InterviewCalendar::count(const QList<api::Panel> &panels)
{
    int n = 0;
    for (const api::Panel &panel : panels)
        for (const api::Interview &interview : panel.interviews)
            n += counts(panel, interview) ? 1 : 0;
    return n;
}

QByteArray InterviewCalendar::calendar(const QList<api::Panel> &panels, const QString &candidateName,
                                       qint64 nowMs)
{
    return IcsWriter::write(events(panels, candidateName), nowMs);
}

QString InterviewCalendar::defaultFileName(const QString &candidateName, QDate today)
{
    // Letters of any script are kept (a file name can hold them); everything else becomes one dash.
    QString slug = candidateName.toLower();
    slug.remove(u'\'').remove(u'\u2019');
    slug.replace(QRegularExpression(u"[^\\w]+"_s, QRegularExpression::UseUnicodePropertiesOption), u"-"_s);
    slug.replace(u'_', u'-');
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    const QString date = today.toString(Qt::ISODate);
    return slug.isEmpty() ? u"interviews-%1.ics"_s.arg(date) : u"interviews-%1-%2.ics"_s.arg(slug, date);
}

} // namespace lever::models
