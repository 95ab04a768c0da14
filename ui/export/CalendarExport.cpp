#include "export/CalendarExport.h"

#include "common/Confirm.h"
#include "export/InterviewCalendar.h"
#include "export/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace lever::ui {

bool CalendarExport::save(const QString &path, const QList<api::Panel> &panels, const QString &candidateName,
                          QString *message)
{
    const QByteArray ics =
        models::InterviewCalendar::calendar(panels, candidateName, QDateTime::currentMSecsSinceEpoch());
    QString error;
    if (!models::PrivateFile::write(path, ics, &error)) {
        if (message)
            *message = error;
        return false;
    }
    if (message)
        *message = tr("Saved %n interview(s) to %1.", "", models::InterviewCalendar::count(panels))
                       .arg(QFileInfo(path).fileName());
    return true;
}

void CalendarExport::chooseAndSave(QWidget *parent, const QList<api::Panel> &panels,
                                   const QString &candidateName,
                                   std::function<void(bool ok, const QString &message)> done)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    const QString name = models::InterviewCalendar::defaultFileName(candidateName, QDate::currentDate());
    auto *dialog = new QFileDialog(parent, tr("Export Interviews to Calendar"), QDir(folder).filePath(name));
    dialog->setObjectName(u"icsFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"ics"_s);
    dialog->setNameFilters({tr("Calendar files (*.ics)"), tr("All files (*)")});
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [parent = QPointer<QWidget>(parent), panels, candidateName, done](const QString &path) {
                         QString message;
                         const bool ok = save(path, panels, candidateName, &message);
                         if (!ok && parent)
                             Confirm::inform(parent, tr("Export failed"), message, true);
                         if (done)
                             done(ok, message);
                     });
    dialog->open();
}

} // namespace lever::ui
