#include "export/ExportDialog.h"

#include "BoardModel.h"
#include "common/Confirm.h"
#include "export/BoardExport.h"
#include "export/ExportProgress.h"
#include "export/PostingsExport.h"
#include "export/RequisitionsExport.h"
#include "postings/PostingListModel.h"
#include "postings/RequisitionListModel.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
QString defaultFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(documents).exists() ? documents : QDir::homePath();
}
} // namespace

ExportDialog::ExportDialog(Sources sources, What initial, QWidget *parent)
    : QDialog(parent)
    , m_sources(std::move(sources))
    , m_group(new QButtonGroup(this))
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose…"), this))
    , m_note(new QLabel(this))
    , m_error(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export to CSV"));
    setAccessibleName(tr("Export to CSV"));

    auto *whatBox = new QGroupBox(tr("What to export"), this);
    auto *whatLayout = new QVBoxLayout(whatBox);
    auto addChoice = [&](What what, const QString &objectName, const QString &text, const QString &hint) {
        auto *radio = new QRadioButton(text, whatBox);
        radio->setObjectName(objectName);
        radio->setAccessibleName(text);
        radio->setAccessibleDescription(hint);
        radio->setToolTip(hint);
        radio->setEnabled(isAvailable(what));
        m_group->addButton(radio, int(what));
        m_choices.insert(what, radio);
        whatLayout->addWidget(radio);
    };
    const int shown = m_sources.board ? m_sources.board->shownCount() : 0;
    const int selected = int(m_sources.selectedIds.size());
    const int postings = m_sources.postingRows ? int(m_sources.postingRows->size())
                         : m_sources.postings ? m_sources.postings->rowCount()
                                              : 0;
    const int requisitions = m_sources.requisitions ? m_sources.requisitions->rowCount() : 0;
    addChoice(What::BoardView, u"exportBoardView"_s,
              tr("Pipeline board, current view (%n card(s))", "", shown),
              tr("Every card the board shows now: the filters applied, all columns."));
    addChoice(What::BoardSelection, u"exportBoardSelection"_s,
              tr("Pipeline board, selected cards (%n card(s))", "", selected),
              tr("Only the cards selected on the board."));
    addChoice(What::Postings, u"exportPostings"_s, tr("Postings list (%n posting(s))", "", postings),
              m_sources.postingRows ? tr("The postings the Postings view shows: its filters and order.")
                                    : tr("Every posting of the Postings view."));
    addChoice(What::Requisitions, u"exportRequisitions"_s,
              tr("Requisitions list (%n requisition(s))", "", requisitions),
              tr("Every requisition of the Requisitions view."));

    auto *pathLabel = new QLabel(tr("&Save to:"), this);
    pathLabel->setBuddy(m_path);
    m_path->setObjectName(u"exportPath"_s);
    m_path->setAccessibleName(tr("File to save the export to"));
    m_path->setMinimumWidth(380);
    m_choose->setObjectName(u"exportChoose"_s);
    m_choose->setAccessibleName(tr("Choose the file to save to"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_choose);

    m_note->setObjectName(u"exportNote"_s);
    m_note->setWordWrap(true);
    m_note->setText(tr("CSV in UTF-8, for spreadsheet programs. The file holds candidates' personal data, so "
                       "only your user account can read it."));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_error->setObjectName(u"exportError"_s);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();

    m_export->setObjectName(u"exportStart"_s);
    m_export->setAccessibleName(tr("Export now"));
    m_export->setDefault(true);
    m_cancel->setObjectName(u"exportCancel"_s);
    m_cancel->setAccessibleName(tr("Close without exporting"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_export);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(whatBox);
    layout->addLayout(pathRow);
    layout->addWidget(m_note);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addLayout(buttons);

    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            onWhatChanged();
    });
    connect(m_choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, [this] { setError({}); });

    m_lastDefaultName = defaultFileName(initial, QDate::currentDate());
    m_path->setText(QDir(defaultFolder()).filePath(m_lastDefaultName));
    if (!isAvailable(initial))
        initial = What::BoardView;
    m_choices.value(initial)->setChecked(true);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ExportDialog::~ExportDialog() = default;

ExportProgress *ExportDialog::progress() const
{
    return m_progress;
}

bool ExportDialog::isAvailable(What what) const
{
    switch (what) {
    case What::BoardView:
        return m_sources.board != nullptr;
    case What::BoardSelection:
        return m_sources.board && !m_sources.selectedIds.isEmpty();
    case What::Postings:
        return m_sources.postings != nullptr;
    case What::Requisitions:
        return m_sources.requisitions != nullptr;
    }
    return false;
}

ExportDialog::What ExportDialog::what() const
{
    return What(m_group->checkedId());
}

void ExportDialog::setWhat(What what)
{
    if (QRadioButton *radio = m_choices.value(what); radio && radio->isEnabled())
        radio->setChecked(true);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

QString ExportDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString ExportDialog::defaultFileName(What what, QDate day)
{
    // File names stay English and plain, so they sort and travel well.
    const QString date = day.toString(Qt::ISODate);
    switch (what) {
    case What::BoardView:
        return u"pipeline-%1.csv"_s.arg(date);
    case What::BoardSelection:
        return u"pipeline-selection-%1.csv"_s.arg(date);
    case What::Postings:
        return u"postings-%1.csv"_s.arg(date);
    case What::Requisitions:
        return u"requisitions-%1.csv"_s.arg(date);
    }
    return {};
}

void ExportDialog::onWhatChanged()
{
    // The file name follows the choice until the user names the file themselves.
    const QString name = defaultFileName(what(), QDate::currentDate());
    const QFileInfo current(path());
    if (path().isEmpty())
        m_path->setText(QDir(defaultFolder()).filePath(name));
    else if (current.fileName() == m_lastDefaultName)
        m_path->setText(current.dir().filePath(name));
    m_lastDefaultName = name;
}

void ExportDialog::chooseFile()
{
    // open(), not exec(): no nested event loop.
    auto *dialog = new QFileDialog(this, tr("Export to CSV"), path());
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) { m_path->setText(file); });
    dialog->open();
}

models::ExportTable ExportDialog::table() const
{
    switch (what()) {
    case What::BoardView:
        return models::BoardExport::currentView(*m_sources.board);
    case What::BoardSelection:
        return models::BoardExport::cards(*m_sources.board, m_sources.selectedIds);
    case What::Postings:
        return models::PostingsExport::table(*m_sources.postings, m_sources.userNames, m_sources.postingRows);
    case What::Requisitions:
        return models::RequisitionsExport::table(*m_sources.requisitions, m_sources.userNames);
    }
    return {};
}

void ExportDialog::startExport()
{
    if (m_progress || !isAvailable(what()))
        return;
    QString file = path();
    if (file.isEmpty()) {
        setError(tr("Choose where to save the file."));
        return;
    }
    if (QFileInfo(file).suffix().isEmpty())
        file += u".csv"_s;
    file = QFileInfo(file).absoluteFilePath();
    m_path->setText(file);
    if (QFileInfo(file).isDir()) {
        setError(tr("\u201c%1\u201d is a folder. Choose a file name.").arg(file));
        return;
    }
    if (!QFileInfo::exists(file)) {
        run();
        return;
    }
    Confirm::ask(
        this,
        {tr("Replace the file?"),
         tr("\u201c%1\u201d already exists. Replace it with the export?").arg(QFileInfo(file).fileName()),
         tr("Replace")},
        [this](bool yes) {
            if (yes)
                run();
        });
}

void ExportDialog::run()
{
    setError({});
    m_progress = new ExportProgress(table(), path(), this);
    connect(m_progress, &ExportProgress::finished, this,
            [this](bool ok, bool cancelled, const QString &message, qsizetype rows) {
                m_progress->deleteLater();
                setRunning(false);
                if (ok) {
                    Q_EMIT exported(path(), rows);
                    accept();
                    return;
                }
                setError(message);
                if (!cancelled)
                    Confirm::inform(this, tr("Export failed"), message, true);
            });
    setRunning(true);
    m_progress->start();
}

void ExportDialog::setRunning(bool running)
{
    m_export->setEnabled(!running);
    m_choose->setEnabled(!running);
    m_path->setEnabled(!running);
    for (QRadioButton *radio : std::as_const(m_choices))
        radio->setEnabled(!running && isAvailable(What(m_group->id(radio))));
}

void ExportDialog::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace lever::ui
