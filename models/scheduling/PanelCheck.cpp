#include "PanelCheck.h"

#include <QTimeZone>

namespace lever::models {

QList<PanelCheck::Problem> PanelCheck::problems(const api::Panel &panel)
{
    QList<Problem> out;
    if (panel.timezone.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(panel.timezone.toUtf8()))
        out.append({-1, Field::TimeZone, tr("Choose a time zone from the list.")});
    if (panel.interviews.isEmpty())
        out.append({-1, Field::Interviews, tr("Add at least one interview.")});
    for (int i = 0; i < panel.interviews.size(); ++i) {
        const api::Interview &interview = panel.interviews.at(i);
        if (interview.subject.trimmed().isEmpty())
            out.append({i, Field::Subject, tr("Interview %1 needs a subject.").arg(i + 1)});
        if (interview.interviewers.isEmpty())
            out.append(
                {i, Field::Interviewers, tr("Interview %1 needs at least one interviewer.").arg(i + 1)});
        if (interview.date <= 0)
            out.append({i, Field::Start, tr("Interview %1 needs a date and time.").arg(i + 1)});
        // The form asks for a duration, so "end after start" is a positive duration.
        if (interview.duration < 1)
            out.append({i, Field::Duration, tr("Interview %1 must end after it starts.").arg(i + 1)});
    }
    return out;
}

QList<int> PanelCheck::inThePast(const api::Panel &panel, qint64 nowMs)
{
    QList<int> out;
    for (int i = 0; i < panel.interviews.size(); ++i) {
        if (panel.interviews.at(i).date < nowMs)
            out.append(i);
    }
    return out;
}

} // namespace lever::models
