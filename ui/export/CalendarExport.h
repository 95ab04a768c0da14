#pragma once

#include "types/Panel.h"

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace lever::ui {

// "Export to Calendar (.ics)…" of the candidate page and of the scheduling dialog: asks where to save
// (a file dialog opened with open(), named after the candidate) and writes the interviews there
// through models::InterviewCalendar.
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
public:
    // `done(ok, message)` after the file was written or failed (not called when the user cancels the
    // file dialog); a failure was also shown in a message box.
    static void chooseAndSave(QWidget *parent, const QList<api::Panel> &panels, const QString &candidateName,
                              std::function<void(bool ok, const QString &message)> done = {});
    // Writes the .ics file to `path`; `*message` says what happened, in a sentence for the user.
    static bool save(const QString &path, const QList<api::Panel> &panels, const QString &candidateName,
                     QString *message);
};

} // namespace lever::ui
