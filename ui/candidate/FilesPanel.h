#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace lever::models {
class CandidateModel;
class CandidateWrites;
} // namespace lever::models

namespace lever::ui {

// The opportunity's files, resume first: upload (dialog, or a file dropped on the page; over 30 MB is
// refused before sending; progress shown), open (a temporary copy in the default application),
// download to a chosen path, delete after confirmation.
class FilesPanel : public QWidget
{
    Q_OBJECT
public:
    FilesPanel(models::CandidateModel &model, models::CandidateWrites &writes, QWidget *parent = nullptr);

    void upload(const QString &path);
    void download(const QString &fileId, const QString &targetPath);
    // Downloads to a temporary file and opens it with the desktop's application.
    void openFile(const QString &fileId);
    // Asks first.
    void deleteFile(const QString &fileId);
    QString selectedFileId() const;
    bool isTransferring() const { return m_transfers > 0; }
    QString statusText() const;

Q_SIGNALS:
    // For tests and the status line: a temporary copy is ready to open.
    void opened(const QString &localPath);

private:
    void rebuild();
    void chooseUpload();
    void chooseDownload();
    void track(class QObject *write, const QString &doing);

    models::CandidateModel &m_model;
    models::CandidateWrites &m_writes;
    QTreeWidget *m_list;
    QPushButton *m_upload;
    QPushButton *m_open;
    QPushButton *m_download;
    QPushButton *m_delete;
    QProgressBar *m_progress;
    QLabel *m_status;
    int m_transfers = 0;
};

} // namespace lever::ui
