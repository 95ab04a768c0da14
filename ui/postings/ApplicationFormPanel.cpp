#include "ApplicationFormPanel.h"

#include "candidate/FeedbackForm.h"
#include "postings/ApplyFormReader.h"

#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::models::ApplyFormReader;

namespace lever::ui {

ApplicationFormPanel::ApplicationFormPanel(api::Client &client, QWidget *parent)
    : QScrollArea(parent)
    , m_reader(new ApplyFormReader(client, this))
    , m_content(new QWidget)
    , m_layout(new QVBoxLayout(m_content))
    , m_status(new QLabel)
{
    setObjectName(u"applicationFormPanel"_s);
    setAccessibleName(tr("Application form candidates fill in"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the questions wrap to the tab's width
    auto *intro =
        new QLabel(tr("What candidates fill in when they apply on the job site. Lever sets the form "
                      "up in its own settings, so it is shown here read only."));
    intro->setWordWrap(true);
    m_layout->addWidget(intro);
    m_status->setObjectName(u"applicationFormStatus"_s);
    m_status->setWordWrap(true);
    m_layout->addWidget(m_status);
    m_layout->addStretch(1);
    setWidget(m_content);
    connect(m_reader, &ApplyFormReader::formRead, this, &ApplicationFormPanel::showForm);
    connect(m_reader, &ApplyFormReader::failed, this, [this](const QString &message) {
        m_shownId.clear(); // the next showing tries again
        setStatus(tr("The application form could not be read: %1").arg(message));
    });
}

void ApplicationFormPanel::setPosting(const QString &postingId)
{
    if (postingId == m_postingId)
        return;
    m_postingId = postingId;
    m_shownId.clear();
    clearSections();
    setStatus(postingId.isEmpty() ? tr("The application form can be seen once the posting is saved.")
                                  : QString());
    readIfWanted();
}

void ApplicationFormPanel::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    readIfWanted();
}

void ApplicationFormPanel::readIfWanted()
{
    if (!isVisible() || m_postingId.isEmpty() || m_shownId == m_postingId)
        return;
    m_shownId = m_postingId;
    setStatus(tr("Reading the application form from Lever…"));
    m_reader->read(m_postingId);
}

void ApplicationFormPanel::showForm(const api::PostingApplyForm &form)
{
    clearSections();
    setStatus({});
    int at = m_layout->count() - 1; // before the stretch
    const auto add = [this, &at](const QString &title, const QList<api::FeedbackField> &fields,
                                 const QString &instructions = {}) {
        if (fields.isEmpty())
            return;
        auto *box = new QGroupBox(title);
        box->setProperty("applySection", true);
        auto *boxLayout = new QVBoxLayout(box);
        api::FeedbackTemplate section;
        section.text = title;
        section.instructions = instructions;
        section.fields = fields;
        auto *drawn = new FeedbackForm(section, box);
        // Read only: nothing typed here goes anywhere. The inputs are disabled, the questions are not, so
        // they keep full contrast and a screen reader still reads them.
        for (int i = 0; i < fields.size(); ++i)
            drawn->fieldWidget(i)->setEnabled(false);
        boxLayout->addWidget(drawn);
        m_layout->insertWidget(at++, box);
    };
    add(tr("Personal information"), ApplyFormReader::asFields(form.personalInformation));
    add(tr("Links"), ApplyFormReader::asFields(form.urls));
    for (const api::PostingApplyForm::CustomQuestions &set : form.customQuestions)
        add(set.text.isEmpty() ? tr("Additional questions") : set.text, set.fields);
    add(tr("Voluntary EEO questions"), ApplyFormReader::asFields(form.eeoQuestions),
        tr("Optional for candidates, and seen only in aggregate in reports."));
    if (form.personalInformation.isEmpty() && form.urls.isEmpty() && form.customQuestions.isEmpty() &&
        form.eeoQuestions.isEmpty())
        setStatus(tr("Lever reports no questions on this posting's application form."));
}

void ApplicationFormPanel::clearSections()
{
    for (QGroupBox *box : m_content->findChildren<QGroupBox *>(Qt::FindDirectChildrenOnly)) {
        if (box->property("applySection").toBool())
            delete box;
    }
}

QStringList ApplicationFormPanel::sectionTitles() const
{
    QStringList out;
    for (QGroupBox *box : m_content->findChildren<QGroupBox *>(Qt::FindDirectChildrenOnly))
        out.append(box->title());
    return out;
}

void ApplicationFormPanel::setStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

QString ApplicationFormPanel::statusText() const
{
    return m_status->isVisible() ? m_status->text() : QString();
}

} // namespace lever::ui
