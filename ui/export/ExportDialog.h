#pragma once

#include <QDate>
#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace lever::models {
class BoardModel;
class PostingListModel;
class RequisitionListModel;
struct ExportTable;
} // namespace lever::models

namespace lever::ui {

class ExportProgress;

// File › Export…: what to export (the board's current view or its selected cards, the postings list,
// the requisitions list) and where (a .csv path, chosen in a file dialog), then the export itself
// with progress and Cancel. A failure (disk full, no permission) is said in the dialog, which stays
// open with the user's choices, so they can pick another place and try again.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class What { BoardView, BoardSelection, Postings, Requisitions };
    Q_ENUM(What)

    // What can be exported; any source may be missing (null / empty), and its choice is then disabled.
    struct Sources
    {
        const models::BoardModel *board = nullptr;
        QStringList selectedIds;
        const models::PostingListModel *postings = nullptr;
        const models::RequisitionListModel *requisitions = nullptr;
        QHash<QString, QString> userNames; // user id → name, for the lists' owners
        // The postings list's rows as the Postings view shows them (its filters and order); none: all.
        std::optional<QList<int>> postingRows;
    };

    ExportDialog(Sources sources, What initial, QWidget *parent = nullptr);
    ~ExportDialog() override;

    What what() const;
    void setWhat(What what);
    bool isAvailable(What what) const;
    QString path() const;
    void setPath(const QString &path);
    // "pipeline-2026-12-07.csv", "pipeline-selection-…", "postings-…", "requisitions-…".
    static QString defaultFileName(What what, QDate day);
    // The Export button: checks the path, asks before replacing a file, then writes.
    void startExport();
    // The running export, if any (tests reach its progress dialog and job through it).
    ExportProgress *progress() const;
    QString errorText() const;

Q_SIGNALS:
    // The file was written; the dialog closes.
    void exported(const QString &path, qsizetype rows);

private:
    void chooseFile();
    void onWhatChanged();
    void run();
    void setError(const QString &text);
    void setRunning(bool running);
    models::ExportTable table() const;

    Sources m_sources;
    QButtonGroup *m_group;
    QHash<What, QRadioButton *> m_choices;
    QLineEdit *m_path;
    QPushButton *m_choose;
    QLabel *m_note;
    QLabel *m_error;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QString m_lastDefaultName; // the file name the path got from the choice, replaced when it changes
    QPointer<ExportProgress> m_progress;
};

} // namespace lever::ui
