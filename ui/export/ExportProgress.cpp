#include "export/ExportProgress.h"

#include "export/CsvExport.h"

#include <QLocale>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
// Shorter exports finish before the dialog would show.
constexpr int kShowAfterMs = 400;
} // namespace

ExportProgress::ExportProgress(models::ExportTable table, const QString &path, QWidget *parent)
    : QObject(parent)
    , m_table(std::move(table))
    , m_path(path)
    , m_job(new models::CsvExport(this))
    , m_dialog(new QProgressDialog(parent))
{
    m_dialog->setObjectName(u"exportProgress"_s);
    m_dialog->setWindowTitle(tr("Exporting"));
    m_dialog->setAccessibleName(tr("Export progress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(kShowAfterMs);
    m_dialog->setMinimumWidth(420);
    m_dialog->setRange(0, int(qMax<qsizetype>(1, m_table.rowCount)));
    m_dialog->setValue(0);
    m_dialog->setLabelText(tr("Exporting %1…").arg(m_table.name));
    m_dialog->setCancelButtonText(tr("Cancel"));
    connect(m_dialog, &QProgressDialog::canceled, this, &ExportProgress::cancel);
    connect(m_job, &models::CsvExport::progress, this, [this](qsizetype done, qsizetype total) {
        if (!m_dialog)
            return;
        const QLocale locale;
        m_dialog->setLabelText(
            tr("Exporting %1: %2 of %3 rows…")
                .arg(m_table.name, locale.toString(qint64(done)), locale.toString(qint64(total))));
        m_dialog->setValue(int(done));
    });
    connect(m_job, &models::CsvExport::finished, this, [this](bool ok, const QString &message) {
        if (m_dialog) {
            m_dialog->hide();
            m_dialog->deleteLater();
        }
        Q_EMIT finished(ok, m_job->wasCancelled(), message, m_table.rowCount);
    });
}

ExportProgress::~ExportProgress()
{
    delete m_dialog.data();
}

void ExportProgress::start()
{
    m_job->start(m_table, m_path);
}

void ExportProgress::cancel()
{
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
    m_job->cancel();
}

} // namespace lever::ui
