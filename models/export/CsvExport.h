#pragma once

#include "export/ExportTable.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

class QThread;

namespace lever::models {

// One CSV export running on a worker thread: the table's rows are formatted and written there (100,000
// cards in well under a second), so the window stays responsive, with progress and a cancel. The file is
// written under a temporary name and renamed at the end (QSaveFile): a cancel or a failure (disk full,
// no permission) leaves no half file, and an existing file at that path stays as it was. The file is
// readable by its owner only (0600), since it holds candidates' personal data.
class CsvExport : public QObject
{
    Q_OBJECT
public:
    explicit CsvExport(QObject *parent = nullptr);
    // Cancels a running export and waits for its thread.
    ~CsvExport() override;

    // Starts writing `table` to `path`; a job runs once. The table's row function runs on the worker.
    void start(ExportTable table, const QString &path);
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QString path() const { return m_path; }
    qint64 bytesWritten() const { return m_bytes; }

Q_SIGNALS:
    // Rows written so far, out of `total`; a few hundred times per export at most.
    void progress(qsizetype done, qsizetype total);
    // Exactly once. `ok` false: cancelled (wasCancelled()) or failed, and `message` says why in words a
    // recruiter understands; no file was written either way.
    void finished(bool ok, const QString &message);

private:
    void run(const ExportTable &table, const QString &path);
    void done(bool ok, bool cancelled, qint64 bytes, const QString &message);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel = std::make_shared<std::atomic<bool>>(false);
    QString m_path;
    qint64 m_bytes = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace lever::models
