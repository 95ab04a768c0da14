#include "export/CsvExport.h"

#include "export/CsvWriter.h"
#include "export/PrivateFile.h"

#include <QSaveFile>
#include <QThread>

using namespace Qt::StringLiterals;

namespace lever::models {

namespace {
// Progress is reported every this many rows: often enough for a smooth bar, rarely enough that the
// events cost nothing next to the writing.
constexpr qsizetype kProgressEvery = 2000;
} // namespace

CsvExport::CsvExport(QObject *parent)
    : QObject(parent)
{}

CsvExport::~CsvExport()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void CsvExport::start(ExportTable table, const QString &path)
{
    Q_ASSERT(!m_thread);
    m_path = path;
    m_running = true;
    m_thread = QThread::create([this, table = std::move(table), path] { run(table, path); });
    m_thread->start();
}

void CsvExport::cancel()
{
    m_cancel->store(true);
}

void CsvExport::run(const ExportTable &table, const QString &path)
{
    auto failed = [&path](const QString &reason) { return PrivateFile::failureText(path, reason); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        done(false, false, 0, failed(file.errorString()));
        return;
    }
    // The temporary file gets the owner-only mode now, so the renamed file has it from the start.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CsvWriter writer(&file);
    bool ok = writer.writeBom() && writer.writeRecord(table.header);
    const qsizetype total = table.rowCount;
    for (qsizetype i = 0; ok && i < total; ++i) {
        if (m_cancel->load(std::memory_order_relaxed))
            break;
        ok = writer.writeRecord(table.row(i));
        if ((i + 1) % kProgressEvery == 0)
            QMetaObject::invokeMethod(
                this, [this, i, total] { Q_EMIT progress(i + 1, total); }, Qt::QueuedConnection);
    }
    ok = ok && writer.flush();
    if (m_cancel->load()) {
        file.cancelWriting(); // the temporary file is removed, the target untouched
        done(false, true, 0, tr("The export was cancelled; no file was written."));
        return;
    }
    if (!ok) {
        const QString reason = writer.errorString();
        file.cancelWriting();
        done(false, false, 0, failed(reason));
        return;
    }
    const qint64 bytes = writer.bytesWritten();
    if (!file.commit()) {
        done(false, false, 0, failed(file.errorString()));
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, total] { Q_EMIT progress(total, total); }, Qt::QueuedConnection);
    done(true, false, bytes, {});
}

void CsvExport::done(bool ok, bool cancelled, qint64 bytes, const QString &message)
{
    // Runs on the worker: the result crosses to the job's thread as a queued call.
    QMetaObject::invokeMethod(
        this,
        [this, ok, cancelled, bytes, message] {
            m_running = false;
            m_cancelled = cancelled;
            m_bytes = bytes;
            Q_EMIT finished(ok, message);
        },
        Qt::QueuedConnection);
}

} // namespace lever::models
