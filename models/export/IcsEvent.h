#pragma once

#include <QList>
#include <QString>

namespace lever::models {

// One calendar event as IcsWriter writes it: a start instant, a length, the IANA zone its times are
// shown in, and the texts and people of an interview.
struct IcsEvent
{
    struct Attendee
    {
        QString name;
        QString email;  // events carry only attendees with an address (ATTENDEE is a mailto: URI)
        QString status; // Lever's responseStatus: accepted | declined | tentative | needsAction
    };
    QString uid;
    qint64 startMs = 0; // epoch ms
    int minutes = 0;
    QString timeZone; // IANA name; empty or unknown: times are written in UTC
    QString summary;
    QString location;
    QString description;
    QList<Attendee> attendees;
};

} // namespace lever::models
