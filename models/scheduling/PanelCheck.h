#pragma once

#include "types/Panel.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lever::models {

// Checks a panel before it is sent, so the user hears about a missing subject or interviewer in the form
// rather than as a 400: every problem names the interview and the field to focus. A time in the past is
// not a problem but a question the user must confirm.
class PanelCheck
{
    Q_DECLARE_TR_FUNCTIONS(PanelCheck)
public:
    enum class Field { TimeZone, Interviews, Subject, Interviewers, Duration, Start };
    struct Problem
    {
        int interview = -1; // index in the panel's interviews; -1: the panel itself
        Field field = Field::TimeZone;
        QString message;
    };

    static QList<Problem> problems(const api::Panel &panel);
    // Indexes of the interviews that start before `nowMs`.
    static QList<int> inThePast(const api::Panel &panel, qint64 nowMs);
};

} // namespace lever::models
