#include "create/NewCandidateDialog.h"

#include "Client.h"
#include "Session.h"
#include "Store.h"
#include "UsersModel.h"
#include "candidate/ContactEditor.h"
#include "common/OriginNames.h"
#include "create/AttachmentFile.h"
#include "create/CandidateCreator.h"
#include "create/DuplicateFinder.h"
#include "create/DuplicatePanel.h"
#include "pickers/UserPicker.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
const QStringList kResumeTypes = {u"pdf"_s, u"docx"_s, u"doc"_s, u"txt"_s, u"rtf"_s, u"odt"_s};
} // namespace

NewCandidateDialog::NewCandidateDialog(models::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_finder(new models::DuplicateFinder(session.client(), session.store(), this))
    // Owned by the session, not the form: the first note is still on its way when the form closes.
    , m_creator(new models::CandidateCreator(session.client(), session.store(), &session))
{
    setObjectName(u"newCandidateDialog"_s);
    setWindowTitle(tr("New Candidate"));
    buildForm();
    connect(m_finder, &models::DuplicateFinder::busyChanged, this, [this](bool busy) {
        if (!busy && m_deciding)
            decide();
    });
    connect(m_creator, &models::CandidateCreator::created, this,
            [this](const QString &id, const QString &message) {
                setWorking(false);
                Q_EMIT candidateCreated(id, message);
                accept();
            });
    connect(m_creator, &models::CandidateCreator::failed, this, [this](const QString &message) {
        setWorking(false);
        m_pages->setCurrentIndex(0);
        showError(message);
    });
    connect(m_duplicates, &DuplicatePanel::openRequested, this, &NewCandidateDialog::openCandidate);
    connect(m_duplicates, &DuplicatePanel::addToPersonRequested, this, &NewCandidateDialog::send);
    connect(m_duplicates, &DuplicatePanel::createAnywayRequested, this, [this] { send({}); });
    connect(m_duplicates, &DuplicatePanel::backRequested, this, [this] {
        m_pages->setCurrentIndex(0);
        m_create->setEnabled(true);
        m_name->setFocus();
    });
}

NewCandidateDialog::~NewCandidateDialog()
{
    if (m_creator)
        m_creator->releaseWhenDone();
}

models::CandidateCreator *NewCandidateDialog::creator() const
{
    return m_creator;
}

void NewCandidateDialog::buildForm()
{
    models::Store &store = m_session.store();
    m_form = new QWidget(this);
    auto *form = new QFormLayout(m_form);
    auto line = [this, form](QLineEdit *&edit, const char *name, const QString &label,
                             const QString &placeholder = {}) {
        edit = new QLineEdit(m_form);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(label);
        edit->setPlaceholderText(placeholder);
        form->addRow(label, edit);
    };

    // The resume first: with "fill in from the resume", it can stand in for most of the form.
    m_resumeName = new QLabel(tr("No resume attached"), m_form);
    m_resumeName->setObjectName(u"newCandidateResumeName"_s);
    m_attachResume = new QPushButton(tr("Attach &resume…"), m_form);
    m_attachResume->setObjectName(u"newCandidateAttachResume"_s);
    m_attachResume->setAccessibleName(tr("Attach a resume"));
    m_removeResume = new QPushButton(tr("Remove"), m_form);
    m_removeResume->setObjectName(u"newCandidateRemoveResume"_s);
    m_removeResume->setAccessibleName(tr("Remove the resume"));
    auto *resumeRow = new QHBoxLayout;
    resumeRow->addWidget(m_resumeName, 1);
    resumeRow->addWidget(m_attachResume);
    resumeRow->addWidget(m_removeResume);
    form->addRow(tr("Resume"), resumeRow);
    m_parse = new QCheckBox(tr("Fill in empty fields from the resume (Lever reads it)"), m_form);
    m_parse->setObjectName(u"newCandidateParse"_s);
    m_parse->setChecked(true);
    form->addRow(QString(), m_parse);

    line(m_name, "newCandidateName", tr("Name"));
    line(m_headline, "newCandidateHeadline", tr("Headline"), tr("Current role and company"));
    line(m_emails, "newCandidateEmails", tr("Emails"), tr("ada@example.com, ada@work.example"));
    line(m_phones, "newCandidatePhones", tr("Phones"), tr("mobile: +44 20 7946 0000; work: +44 20 7946 0001"));
    line(m_location, "newCandidateLocation", tr("Location"));
    line(m_links, "newCandidateLinks", tr("Links"), tr("https://linkedin.com/in/…, https://github.com/…"));

    m_posting = new QComboBox(m_form);
    m_posting->setObjectName(u"newCandidatePosting"_s);
    m_posting->setAccessibleName(tr("Posting"));
    m_posting->addItem(tr("No posting (a lead)"), QString());
    QList<models::PostingInfo> postings = store.postings();
    std::sort(postings.begin(), postings.end(),
              [](const models::PostingInfo &a, const models::PostingInfo &b) { return a.text < b.text; });
    for (const models::PostingInfo &p : postings)
        m_posting->addItem(p.team.isEmpty() ? p.text : tr("%1 (%2)").arg(p.text, p.team), p.id);
    form->addRow(tr("Posting"), m_posting);
    m_asPostingOwner = new QCheckBox(tr("Add as the posting's owner"), m_form);
    m_asPostingOwner->setObjectName(u"newCandidateAsPostingOwner"_s);
    form->addRow(QString(), m_asPostingOwner);

    m_stage = new QComboBox(m_form);
    m_stage->setObjectName(u"newCandidateStage"_s);
    m_stage->setAccessibleName(tr("Stage"));
    for (const models::StageInfo &s : store.stages())
        m_stage->addItem(s.text, s.id);
    form->addRow(tr("Stage"), m_stage);

    m_owner = new UserPicker(&m_session.users(), m_form);
    m_owner->setObjectName(u"newCandidateOwner"_s);
    m_owner->lineEdit()->setAccessibleName(tr("Owner"));
    m_owner->setCurrentUserId(m_session.client().actingUserId());
    form->addRow(tr("Owner"), m_owner);

    m_origin = new QComboBox(m_form);
    m_origin->setObjectName(u"newCandidateOrigin"_s);
    m_origin->setAccessibleName(tr("Origin"));
    for (const auto &[id, text] : OriginNames::all())
        m_origin->addItem(text, id);
    form->addRow(tr("Origin"), m_origin);
    // Lever records the user a create acts as as the sourcer; the form says so rather than asking.
    m_sourcedBy = new QLabel(m_form);
    m_sourcedBy->setObjectName(u"newCandidateSourcedBy"_s);
    const models::UserInfo *me = store.user(m_session.client().actingUserId());
    m_sourcedBy->setText(me ? me->name : tr("you"));
    m_sourcedByLabel = new QLabel(tr("Sourced by"), m_form);
    form->addRow(m_sourcedByLabel, m_sourcedBy);
    m_referrer = new UserPicker(&m_session.users(), m_form);
    m_referrer->setObjectName(u"newCandidateReferrer"_s);
    m_referrer->lineEdit()->setAccessibleName(tr("Referred by"));
    m_referrerLabel = new QLabel(tr("Referred by"), m_form);
    form->addRow(m_referrerLabel, m_referrer);

    line(m_sources, "newCandidateSources", tr("Sources"), tr("LinkedIn, Meetup"));
    line(m_tags, "newCandidateTags", tr("Tags"), tr("Comma-separated"));

    m_note = new QPlainTextEdit(m_form);
    m_note->setObjectName(u"newCandidateNote"_s);
    m_note->setAccessibleName(tr("First note"));
    m_note->setPlaceholderText(tr("Why this person, who referred them, what was agreed…"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    form->addRow(tr("First note"), m_note);

    m_files = new QListWidget(m_form);
    m_files->setObjectName(u"newCandidateFiles"_s);
    m_files->setAccessibleName(tr("Other files"));
    m_files->setMaximumHeight(60);
    m_addFile = new QPushButton(tr("Add &file…"), m_form);
    m_addFile->setObjectName(u"newCandidateAddFile"_s);
    m_addFile->setAccessibleName(tr("Add a file"));
    m_removeFile = new QPushButton(tr("Remove file"), m_form);
    m_removeFile->setObjectName(u"newCandidateRemoveFile"_s);
    m_removeFile->setAccessibleName(tr("Remove the selected file"));
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(m_addFile);
    fileButtons->addWidget(m_removeFile);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_files, 1, Qt::AlignTop);
    filesRow->addLayout(fileButtons);
    form->addRow(tr("Other files"), filesRow);

    m_duplicates = new DuplicatePanel(this);
    m_pages = new QStackedWidget(this);
    // The form scrolls when the screen is short (a laptop at 200%), so no field is out of reach.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"newCandidateScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_form);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_duplicates);

    m_error = new QLabel(this);
    m_error->setObjectName(u"newCandidateError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(u"color: #c62828; font-weight: 600;"_s);
    m_error->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"newCandidateStatus"_s);
    m_create = new QPushButton(tr("Add candidate"), this);
    m_create->setObjectName(u"newCandidateCreate"_s);
    m_create->setAccessibleName(tr("Add candidate"));
    m_create->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"newCandidateCancel"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_create, &QPushButton::clicked, this, &NewCandidateDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &NewCandidateDialog::reject);
    connect(m_posting, &QComboBox::currentIndexChanged, this, &NewCandidateDialog::onPostingChanged);
    connect(m_origin, &QComboBox::currentIndexChanged, this, &NewCandidateDialog::onOriginChanged);
    connect(m_attachResume, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Attach a resume"), {}, tr("Resumes (*.pdf *.docx *.doc *.txt *.rtf *.odt);;All files (*)"));
        if (!path.isEmpty())
            setResumeFile(path);
    });
    connect(m_removeResume, &QPushButton::clicked, this, [this] {
        m_resume.reset();
        updateResume();
    });
    connect(m_addFile, &QPushButton::clicked, this, [this] {
        for (const QString &path : QFileDialog::getOpenFileNames(this, tr("Add files")))
            addFile(path);
    });
    connect(m_removeFile, &QPushButton::clicked, this, [this] {
        const int row = m_files->currentRow();
        if (row < 0)
            return;
        m_fileList.removeAt(row);
        delete m_files->takeItem(row);
    });
    onPostingChanged();
    onOriginChanged();
    updateResume();
    // As tall as the form, within the screen (the form scrolls beyond that).
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(600, screen.width() - 40), qMin(760, screen.height() - 40));
}

void NewCandidateDialog::onPostingChanged()
{
    const bool hasPosting = !m_posting->currentData().toString().isEmpty();
    m_asPostingOwner->setEnabled(hasPosting);
    if (!hasPosting)
        m_asPostingOwner->setChecked(false);
    // A candidate applied to a posting starts as a new applicant; one without is a new lead (Lever's
    // built-in stages, when the account has them).
    const int at = m_stage->findData(hasPosting ? u"applicant-new"_s : u"lead-new"_s);
    if (at >= 0)
        m_stage->setCurrentIndex(at);
}

void NewCandidateDialog::onOriginChanged()
{
    const QString origin = m_origin->currentData().toString();
    m_sourcedByLabel->setVisible(origin == u"sourced"_s);
    m_sourcedBy->setVisible(origin == u"sourced"_s);
    m_referrerLabel->setVisible(origin == u"referred"_s);
    m_referrer->setVisible(origin == u"referred"_s);
}

bool NewCandidateDialog::isResumeFile(const QString &path)
{
    return kResumeTypes.contains(QFileInfo(path).suffix().toLower());
}

bool NewCandidateDialog::setResumeFile(const QString &path)
{
    QString error;
    auto attachment = models::AttachmentFile::read(path, &error);
    if (!attachment) {
        showError(error);
        return false;
    }
    m_resume = attachment;
    m_error->hide();
    updateResume();
    return true;
}

bool NewCandidateDialog::addFile(const QString &path)
{
    QString error;
    auto attachment = models::AttachmentFile::read(path, &error);
    if (!attachment) {
        showError(error);
        return false;
    }
    m_fileList.append(*attachment);
    m_files->addItem(attachment->fileName);
    return true;
}

void NewCandidateDialog::updateResume()
{
    m_resumeName->setText(m_resume ? tr("%1 (%2 KB)").arg(m_resume->fileName).arg((m_resume->content.size() + 1023) / 1024)
                                   : tr("No resume attached"));
    m_removeResume->setEnabled(m_resume.has_value());
    m_parse->setEnabled(m_resume.has_value());
}

QStringList NewCandidateDialog::splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(u"[,\\n]"_s), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out.append(t);
    }
    return out;
}

models::NewCandidate NewCandidateDialog::candidate() const
{
    models::NewCandidate c;
    c.name = m_name->text().trimmed();
    c.headline = m_headline->text().trimmed();
    c.emails = splitList(m_emails->text());
    c.phones = ContactEditor::parsePhones(m_phones->text());
    c.location = m_location->text().trimmed();
    c.links = splitList(m_links->text());
    c.postingId = m_posting->currentData().toString();
    c.asPostingOwner = m_asPostingOwner->isChecked();
    c.stageId = m_stage->currentData().toString();
    c.ownerId = m_owner->currentUserId();
    c.origin = m_origin->currentData().toString();
    if (c.origin == u"referred"_s)
        c.referrerId = m_referrer->currentUserId();
    c.sources = splitList(m_sources->text());
    c.tags = splitList(m_tags->text());
    c.note = m_note->toPlainText();
    c.resume = m_resume;
    c.files = m_fileList;
    c.parseResume = m_parse->isChecked();
    return c;
}

QString NewCandidateDialog::validate() const
{
    const models::NewCandidate c = candidate();
    if (c.name.isEmpty() && c.emails.isEmpty() && !(c.resume && c.parseResume))
        return tr("Give a name or an email, or attach a resume for Lever to read them from.");
    static const QRegularExpression email(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    for (const QString &e : c.emails) {
        if (!email.match(e).hasMatch())
            return tr("\"%1\" is not an email address.").arg(e);
    }
    if (m_owner->hasUnresolvedText())
        return tr("Choose the owner from the list, or clear the field.");
    if (c.origin == u"referred"_s && m_referrer->hasUnresolvedText())
        return tr("Choose who referred them from the list, or clear the field.");
    return {};
}

void NewCandidateDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void NewCandidateDialog::setWorking(bool working, const QString &status)
{
    m_form->setEnabled(!working);
    m_duplicates->setEnabled(!working);
    m_create->setEnabled(!working);
    m_cancel->setEnabled(!working);
    m_status->setText(status);
}

void NewCandidateDialog::submit()
{
    if (m_pages->currentIndex() != 0)
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError({});
    // Duplicates first: the store at once, and Lever by email.
    const models::NewCandidate c = candidate();
    m_deciding = true;
    setWorking(true, tr("Looking for duplicates…"));
    m_finder->check(c.emails, c.name);
    if (!m_finder->isBusy())
        decide();
}

void NewCandidateDialog::decide()
{
    m_deciding = false;
    if (m_finder->matches().isEmpty()) {
        send({});
        return;
    }
    setWorking(false);
    m_create->setEnabled(false); // the panel's buttons say how to go on
    m_duplicates->setMatches(m_finder->matches(), m_finder->askedLever());
    m_pages->setCurrentWidget(m_duplicates);
    m_duplicates->list()->setFocus();
}

void NewCandidateDialog::send(const QString &contactId)
{
    setWorking(true, tr("Adding the candidate…"));
    if (!m_creator || !m_creator->create(candidate(), contactId))
        setWorking(false);
}

void NewCandidateDialog::reject()
{
    // A create on its way is not abandoned: its answer still has to replace the provisional card.
    if (m_creator && m_creator->isBusy())
        return;
    m_finder->cancel();
    QDialog::reject();
}

} // namespace lever::ui
