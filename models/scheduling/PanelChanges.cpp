#include "PanelChanges.h"

namespace lever::models {

PanelChanges PanelChanges::between(const api::Panel &base, const api::Panel &edited)
{
    PanelChanges c;
    // The panel's own fields, compared as they would be written (interviews aside).
    api::Panel baseShell = base;
    api::Panel editedShell = edited;
    baseShell.interviews.clear();
    editedShell.interviews.clear();
    if (baseShell.toWriteJson() != editedShell.toWriteJson())
        c.needsPanelWrite = true;

    QHash<QString, const api::Interview *> before;
    for (const api::Interview &i : base.interviews)
        before.insert(i.id, &i);
    QSet<QString> kept;
    for (const api::Interview &i : edited.interviews) {
        const api::Interview *was = i.id.isEmpty() ? nullptr : before.value(i.id);
        if (!was) {
            api::Interview fresh = i;
            fresh.id.clear();
            fresh.panel = base.id;
            c.added.append(fresh);
            continue;
        }
        kept.insert(i.id);
        if (was->toWriteJson(false, false) != i.toWriteJson(false, false))
            c.updated.append(i);
    }
    for (const api::Interview &i : base.interviews) {
        if (!kept.contains(i.id))
            c.removed.append(i.id);
    }
    // Lever deletes a panel with its last interview: new ones are written before old ones go, and an edit
    // that leaves none (which the dialog refuses anyway) must replace the panel instead.
    if (edited.interviews.isEmpty())
        c.needsPanelWrite = true;
    return c;
}

} // namespace lever::models
