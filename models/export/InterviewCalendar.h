#pragma once

#include "export/IcsEvent.h"
#include "types/Panel.h"

#include <QCoreApplication>
#include <QDate>

namespace lever::models {

// A candidate's interviews as a calendar file: one event per interview not cancelled, in its panel's
// time zone, titled with the subject and the candidate, with the interviewers as attendees.
class InterviewCalendar
{
    Q_DECLARE_TR_FUNCTIONS(InterviewCalendar)
public:
    static QList<IcsEvent> events(const QList<api::Panel> &panels, const QString &candidateName);
    // How many events events() would give (to enable or disable an export button).
    static int count(const QList<api::Panel> &panels);
    // The whole .ics file, stamped `nowMs`.
    static QByteArray calendar(const QList<api::Panel> &panels, const QString &candidateName, qint64 nowMs);
    // "interviews-zoe-obrien-2026-12-07.ics".
    static QString defaultFileName(const QString &candidateName, QDate today);
};

} // namespace lever::models
