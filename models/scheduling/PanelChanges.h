#pragma once

#include "types/Panel.h"

namespace lever::models {

// What a rescheduling changed, interview by interview. When only interviews changed, they are written
// one by one (PUT, POST and DELETE /opportunities/{id}/interviews) rather than by replacing the whole
// panel: interviews nobody touched keep their calendar events and invitations, and their interviewers
// hear nothing. A change the interview endpoints cannot make (the panel's zone, note, link, reminder or
// applications), or leaving no interview, needs the panel PUT. Writes go in the order added, updated,
// removed, so the panel is never left empty (Lever would delete it).
struct PanelChanges
{
    bool needsPanelWrite = false;
    QList<api::Interview> updated; // existing interviews, as edited
    QList<api::Interview> added;   // new interviews, `panel` set
    QStringList removed;           // ids of interviews no longer in the panel

    static PanelChanges between(const api::Panel &base, const api::Panel &edited);
    bool isEmpty() const
    {
        return !needsPanelWrite && updated.isEmpty() && added.isEmpty() && removed.isEmpty();
    }
};

} // namespace lever::models
