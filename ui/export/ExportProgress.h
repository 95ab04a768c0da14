#pragma once

#include "export/ExportTable.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QWidget;

namespace lever::models {
class CsvExport;
}

namespace lever::ui {

// Runs one CSV export (models::CsvExport, on its worker thread) behind a window-modal progress dialog
// with a Cancel button. The dialog appears only when the export takes longer than a moment, so small
// lists are written without a flash of it.
class ExportProgress : public QObject
{
    Q_OBJECT
public:
    ExportProgress(models::ExportTable table, const QString &path, QWidget *parent);
    ~ExportProgress() override;

    void start();
    void cancel();
    QProgressDialog *dialog() const { return m_dialog; }
    models::CsvExport *job() const { return m_job; }

Q_SIGNALS:
    // Exactly once. `cancelled` or a failure (`message` says why): no file was written.
    void finished(bool ok, bool cancelled, const QString &message, qsizetype rows);

private:
    models::ExportTable m_table;
    QString m_path;
    models::CsvExport *m_job;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace lever::ui
