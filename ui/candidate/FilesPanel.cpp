#include "candidate/FilesPanel.h"

#include "candidate/CandidateModel.h"
#include "candidate/CandidateWrite.h"
#include "candidate/CandidateWrites.h"
#include "common/Confirm.h"

#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

FilesPanel::FilesPanel(models::CandidateModel &model, models::CandidateWrites &writes, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_writes(writes)
    , m_list(new QTreeWidget(this))
    , m_upload(new QPushButton(tr("&Upload…"), this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_download(new QPushButton(tr("Do&wnload…"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"filesPanel"_s);
    m_list->setObjectName(u"filesList"_s);
    m_list->setAccessibleName(tr("Files"));
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Size"), tr("Uploaded"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->header()->resizeSection(0, 320);
    const struct
    {
        QPushButton *button;
        const char *name;
        QString accessible;
    } buttons[] = {{m_upload, "fileUpload", tr("Upload a file")},
                   {m_open, "fileOpen", tr("Open the selected file")},
                   {m_download, "fileDownload", tr("Download the selected file")},
                   {m_delete, "fileDelete", tr("Delete the selected file")}};
    auto *row = new QHBoxLayout;
    for (const auto &b : buttons) {
        b.button->setObjectName(QString::fromLatin1(b.name));
        b.button->setAccessibleName(b.accessible);
        row->addWidget(b.button);
    }
    row->addStretch();
    m_progress->setObjectName(u"fileProgress"_s);
    m_progress->setAccessibleName(tr("Transfer progress"));
    m_progress->hide();
    m_status->setObjectName(u"fileStatus"_s);
    m_status->setWordWrap(true);
    auto *hint = new QLabel(tr("Drop a file on the page to upload it (at most 30 MB)."), this);
    hint->setForegroundRole(
        QPalette::PlaceholderText); // not disabled: a disabled label is unreadable in high-contrast themes
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(hint);

    connect(m_upload, &QPushButton::clicked, this, &FilesPanel::chooseUpload);
    connect(m_download, &QPushButton::clicked, this, &FilesPanel::chooseDownload);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedFileId().isEmpty())
            openFile(selectedFileId());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (!selectedFileId().isEmpty())
            deleteFile(selectedFileId());
    });
    connect(m_list, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openFile(item->data(0, Qt::UserRole).toString()); });
    auto selection = [this] {
        const bool any = !selectedFileId().isEmpty();
        m_open->setEnabled(any);
        m_download->setEnabled(any);
        // Lever's API deletes files, not resumes.
        m_delete->setEnabled(any && !m_model.isResumeOnly(selectedFileId()));
    };
    connect(m_list, &QTreeWidget::currentItemChanged, this, selection);
    connect(&model, &models::CandidateModel::changed, this,
            [this, selection](models::CandidateModel::Part p) {
                if (p == models::CandidateModel::Part::Files) {
                    rebuild();
                    selection();
                }
            });
    rebuild();
    selection();
}

QString FilesPanel::selectedFileId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

QString FilesPanel::statusText() const
{
    return m_status->text();
}

void FilesPanel::rebuild()
{
    const QString current = selectedFileId();
    m_list->clear();
    const QSet<QString> resumes = m_model.resumeFileIds();
    const QLocale locale;
    const QList<api::File> files = m_model.filesResumeFirst();
    for (const api::File &f : files) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, f.name);
        item->setText(1, resumes.contains(f.id) ? tr("Resume") : tr("File"));
        item->setText(2, locale.formattedDataSize(f.size));
        item->setText(3, f.uploadedAt ? locale.toString(QDateTime::fromMSecsSinceEpoch(*f.uploadedAt),
                                                        QLocale::ShortFormat)
                                      : QString());
        item->setText(4, f.status.value_or(QString()));
        item->setData(0, Qt::UserRole, f.id);
        item->setData(0, Qt::AccessibleTextRole, tr("%1, %2, %3").arg(f.name, item->text(1), item->text(2)));
        if (f.id == current)
            m_list->setCurrentItem(item);
    }
}

void FilesPanel::track(QObject *object, const QString &doing)
{
    auto *write = static_cast<models::CandidateWrite *>(object);
    ++m_transfers;
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setFormat(doing + u" %p%"_s);
    m_progress->show();
    m_status->setText(doing);
    connect(write, &models::CandidateWrite::progress, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(done * 1000 / total));
        }
    });
    connect(write, &models::CandidateWrite::finished, this, [this](bool, const QString &) {
        if (--m_transfers == 0)
            m_progress->hide();
    });
}

void FilesPanel::upload(const QString &path)
{
    models::CandidateWrite *write = m_writes.uploadFile(path);
    const QString name = QFileInfo(path).fileName();
    if (!write->isFinished())
        track(write, tr("Uploading %1…").arg(name));
    connect(write, &models::CandidateWrite::finished, this, [this, name](bool ok, const QString &message) {
        m_status->setText(ok ? tr("Uploaded %1.").arg(name) : message);
    });
    if (write->isFinished())
        m_status->setText(write->message());
}

void FilesPanel::download(const QString &fileId, const QString &targetPath)
{
    models::CandidateWrite *write = m_writes.downloadFile(fileId, targetPath);
    if (!write->isFinished())
        track(write, tr("Downloading…"));
    connect(
        write, &models::CandidateWrite::finished, this, [this, targetPath](bool ok, const QString &message) {
            m_status->setText(ok ? tr("Saved to %1.").arg(QDir::toNativeSeparators(targetPath)) : message);
        });
}

void FilesPanel::openFile(const QString &fileId)
{
    QString name;
    for (const api::File &f : m_model.filesResumeFirst()) {
        if (f.id == fileId)
            name = f.name;
    }
    if (name.isEmpty())
        return;
    // A folder of its own keeps the file's name (and so its type) for the application that opens it.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    QTemporaryDir dir(base + u"/lever-console-XXXXXX"_s);
    dir.setAutoRemove(false);
    if (!dir.isValid()) {
        m_status->setText(tr("Could not create a temporary folder."));
        return;
    }
    const QString path = dir.filePath(QFileInfo(name).fileName());
    models::CandidateWrite *write = m_writes.downloadFile(fileId, path);
    track(write, tr("Opening %1…").arg(name));
    connect(write, &models::CandidateWrite::finished, this, [this, path](bool ok, const QString &message) {
        if (!ok) {
            m_status->setText(message);
            return;
        }
        m_status->setText(tr("Opened %1.").arg(QFileInfo(path).fileName()));
        Q_EMIT opened(path);
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
}

void FilesPanel::deleteFile(const QString &fileId)
{
    QString name;
    for (const api::File &f : m_model.filesResumeFirst()) {
        if (f.id == fileId)
            name = f.name;
    }
    Confirm::ask(this,
                 {tr("Delete file"), tr("Delete %1 from this candidate? This cannot be undone.").arg(name),
                  tr("Delete")},
                 [this, fileId, name](bool yes) {
                     if (!yes)
                         return;
                     models::CandidateWrite *write = m_writes.deleteFile(fileId);
                     connect(write, &models::CandidateWrite::finished, this,
                             [this, name](bool ok, const QString &message) {
                                 m_status->setText(ok ? tr("Deleted %1.").arg(name) : message);
                             });
                 });
}

void FilesPanel::chooseUpload()
{
    auto *dialog = new QFileDialog(this, tr("Upload a file"));
    dialog->setObjectName(u"uploadDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Documents (*.pdf *.doc *.docx *.txt *.jpg *.png *.js);;All files (*)"));
    connect(dialog, &QFileDialog::fileSelected, this, &FilesPanel::upload);
    dialog->open();
}

void FilesPanel::chooseDownload()
{
    const QString fileId = selectedFileId();
    if (fileId.isEmpty())
        return;
    const QString name = m_list->currentItem()->text(0);
    auto *dialog = new QFileDialog(this, tr("Save file as"));
    dialog->setObjectName(u"downloadDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->selectFile(
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(name));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, fileId](const QString &path) { download(fileId, path); });
    dialog->open();
}

} // namespace lever::ui
