#include "candidate/FeedbackPanel.h"

#include "candidate/CandidateModel.h"
#include "candidate/CandidateWrite.h"
#include "candidate/CandidateWrites.h"
#include "candidate/FeedbackForm.h"
#include "common/Confirm.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
QString valueText(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &x : a)
            parts.append(x.toVariant().toString());
        return parts.join(u", "_s);
    }
    return v.toVariant().toString();
}
} // namespace

FeedbackPanel::FeedbackPanel(models::CandidateModel &model, models::CandidateWrites &writes, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_writes(writes)
    , m_list(new QTreeWidget(this))
    , m_template(new QComboBox(this))
    , m_start(new QPushButton(tr("&Start feedback"), this))
    , m_formBox(new QWidget(this))
    , m_formTitle(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_error(new QLabel(this))
    , m_submit(new QPushButton(tr("S&ubmit feedback"), this))
    , m_discard(new QPushButton(tr("&Discard"), this))
{
    setObjectName(u"feedbackPanel"_s);
    m_list->setObjectName(u"feedbackList"_s);
    m_list->setAccessibleName(tr("Feedback"));
    m_list->setHeaderLabels({tr("Form"), tr("Author"), tr("Score"), tr("Completed")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->resizeSection(0, 340);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_list->setWordWrap(true);
    m_template->setObjectName(u"feedbackTemplate"_s);
    m_template->setAccessibleName(tr("Feedback template"));
    m_start->setObjectName(u"feedbackStart"_s);
    m_start->setAccessibleName(tr("Start feedback from the template"));
    m_formTitle->setObjectName(u"feedbackFormTitle"_s);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    m_scroll->setWidgetResizable(true);
    m_scroll->setObjectName(u"feedbackFormScroll"_s);
    m_error->setObjectName(u"feedbackError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828; font-weight: 600;"_s);
    m_error->hide();
    m_submit->setObjectName(u"feedbackSubmit"_s);
    m_submit->setAccessibleName(tr("Submit feedback"));
    m_discard->setObjectName(u"feedbackDiscard"_s);
    m_discard->setAccessibleName(tr("Discard feedback"));

    auto *formLayout = new QVBoxLayout(m_formBox);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addWidget(m_formTitle);
    formLayout->addWidget(m_scroll, 1);
    formLayout->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_discard);
    buttons->addWidget(m_submit);
    formLayout->addLayout(buttons);
    m_formBox->hide();

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Template:"), this);
    label->setBuddy(m_template);
    top->addWidget(label);
    top->addWidget(m_template, 1);
    top->addWidget(m_start);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(m_formBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, &FeedbackPanel::startForm);
    connect(m_submit, &QPushButton::clicked, this, &FeedbackPanel::submit);
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (!hasUnsentInput()) {
            closeForm();
            return;
        }
        Confirm::ask(this,
                     {tr("Discard feedback"), tr("Discard the feedback you have written?"), tr("Discard")},
                     [this](bool yes) {
                         if (yes)
                             closeForm();
                     });
    });
    connect(&model, &models::CandidateModel::changed, this, [this](models::CandidateModel::Part part) {
        if (part == models::CandidateModel::Part::Feedback)
            rebuild();
        else if (part == models::CandidateModel::Part::Templates)
            fillTemplates();
    });
    fillTemplates();
    rebuild();
}

bool FeedbackPanel::hasUnsentInput() const
{
    return m_form && m_form->hasInput();
}

void FeedbackPanel::fillTemplates()
{
    const QString current = m_template->currentData().toString();
    m_template->clear();
    for (const api::FeedbackTemplate &t : m_model.templates())
        m_template->addItem(t.text, t.id);
    const int row = m_template->findData(current);
    if (row >= 0)
        m_template->setCurrentIndex(row);
    m_start->setEnabled(m_template->count() > 0);
}

void FeedbackPanel::startForm()
{
    const QString id = m_template->currentData().toString();
    for (const api::FeedbackTemplate &t : m_model.templates()) {
        if (t.id != id)
            continue;
        m_form = new FeedbackForm(t);
        m_scroll->setWidget(m_form); // the previous form goes with its scroll area widget
        m_formTitle->setText(tr("New feedback: %1").arg(t.text));
        m_error->hide();
        m_formBox->show();
        if (QWidget *first = m_form->fieldWidget(0))
            first->setFocus();
        return;
    }
}

void FeedbackPanel::closeForm()
{
    m_formBox->hide();
    if (QWidget *w = m_scroll->takeWidget())
        w->deleteLater();
    m_form = nullptr;
}

void FeedbackPanel::submit()
{
    if (!m_form)
        return;
    const auto values = m_form->values();
    const QStringList missing = models::CandidateWrites::missingRequired(m_form->feedbackTemplate(), values);
    QStringList missingIds;
    for (const api::FeedbackField &f : m_form->feedbackTemplate().fields) {
        if (f.required && models::CandidateWrites::isEmptyValue(values.value(f.id)))
            missingIds.append(f.id);
    }
    m_form->markMissing(missingIds);
    if (!missing.isEmpty()) {
        m_error->setText(tr("Please fill in: %1").arg(missing.join(u", "_s)));
        m_error->show();
        return;
    }
    m_error->hide();
    m_submit->setEnabled(false);
    models::CandidateWrite *write = m_writes.submitFeedback(m_form->feedbackTemplate(), values);
    connect(write, &models::CandidateWrite::finished, this, [this](bool ok, const QString &message) {
        m_submit->setEnabled(true);
        if (!ok) {
            m_error->setText(message); // the form keeps its answers
            m_error->show();
            return;
        }
        closeForm();
    });
}

void FeedbackPanel::rebuild()
{
    m_list->clear();
    QList<api::Feedback> all = m_model.mine().feedback;
    std::sort(all.begin(), all.end(), [](const api::Feedback &a, const api::Feedback &b) {
        return a.completedAt.value_or(a.createdAt.value_or(0)) >
               b.completedAt.value_or(b.createdAt.value_or(0));
    });
    const QLocale locale;
    for (const api::Feedback &f : std::as_const(all)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, f.text);
        item->setText(1, m_model.userName(f.user.id));
        item->setText(2, f.score());
        const qint64 when = f.completedAt.value_or(f.createdAt.value_or(0));
        item->setText(3, when ? locale.toString(QDateTime::fromMSecsSinceEpoch(when), QLocale::ShortFormat)
                              : tr("Not completed"));
        item->setData(0, Qt::UserRole, f.id);
        if (f.createdAt)
            item->setToolTip(3, tr("Created %1")
                                    .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(*f.createdAt),
                                                         QLocale::ShortFormat)));
        for (const api::FeedbackField &field : f.fields) {
            if (!field.hasValue() || field.value.isNull())
                continue;
            auto *answer = new QTreeWidgetItem(item);
            answer->setText(0, field.text);
            answer->setText(2, valueText(field.value));
            answer->setToolTip(2, valueText(field.value));
            answer->setFirstColumnSpanned(false);
        }
    }
}

} // namespace lever::ui
