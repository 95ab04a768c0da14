#include "admin/FeedbackTemplateEditor.h"

#include "admin/FeedbackTemplatesAdminModel.h"
#include "candidate/FeedbackForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

namespace {
using Model = models::FeedbackTemplatesAdminModel;

QPushButton *button(const QString &text, const QString &name, const QString &accessible)
{
    auto *b = new QPushButton(text);
    b->setObjectName(name);
    b->setAccessibleName(accessible);
    return b;
}
} // namespace

FeedbackTemplateEditor::FeedbackTemplateEditor(const api::FeedbackTemplate &templ, bool isNew,
                                               QWidget *parent)
    : QDialog(parent)
    , m_template(templ)
{
    setObjectName(u"feedbackTemplateEditor"_s);
    setWindowTitle(isNew ? tr("New Feedback Template") : tr("Edit Feedback Template: %1").arg(templ.text));
    auto *layout = new QVBoxLayout(this);

    auto *head = new QFormLayout;
    m_name = new QLineEdit(templ.text);
    m_name->setObjectName(u"templateName"_s);
    m_name->setAccessibleName(tr("Template name"));
    head->addRow(tr("&Name:"), m_name);
    m_instructions = new QPlainTextEdit(templ.instructions);
    m_instructions->setObjectName(u"templateInstructions"_s);
    m_instructions->setAccessibleName(tr("Instructions for interviewers"));
    m_instructions->setTabChangesFocus(true);
    m_instructions->setMaximumHeight(64);
    head->addRow(tr("&Instructions:"), m_instructions);
    layout->addLayout(head);

    auto *splitter = new QSplitter;
    splitter->setChildrenCollapsible(false);

    // Left: the questions in order, and the selected one's properties.
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Questions")));
    m_questions = new QListWidget;
    m_questions->setObjectName(u"templateQuestions"_s);
    m_questions->setAccessibleName(tr("Questions of the template"));
    leftLayout->addWidget(m_questions, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = button(tr("&Add Question"), u"templateAddQuestion"_s, tr("Add a question"));
    auto *addMenu = new QMenu(m_add);
    for (const QString &type : Model::fieldTypes())
        addMenu->addAction(Model::fieldTypeTitle(type), this, [this, type] { addQuestion(type); });
    m_add->setMenu(addMenu);
    m_remove = button(tr("Remove"), u"templateRemoveQuestion"_s, tr("Remove the selected question"));
    m_up = button(tr("Up"), u"templateQuestionUp"_s, tr("Move the selected question up"));
    m_down = button(tr("Down"), u"templateQuestionDown"_s, tr("Move the selected question down"));
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        listButtons->addWidget(b);
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);

    m_question = new QGroupBox(tr("Question"));
    auto *form = new QFormLayout(m_question);
    m_type = new QComboBox;
    m_type->setObjectName(u"questionType"_s);
    m_type->setAccessibleName(tr("Question type"));
    for (const QString &type : Model::fieldTypes())
        m_type->addItem(Model::fieldTypeTitle(type), type);
    form->addRow(tr("&Type:"), m_type);
    m_text = new QLineEdit;
    m_text->setObjectName(u"questionText"_s);
    m_text->setAccessibleName(tr("Question text"));
    form->addRow(tr("&Question:"), m_text);
    m_description = new QLineEdit;
    m_description->setObjectName(u"questionDescription"_s);
    m_description->setAccessibleName(tr("Question description"));
    m_description->setPlaceholderText(tr("Optional: what a good answer covers"));
    form->addRow(tr("&Description:"), m_description);
    m_required = new QCheckBox(tr("An answer is &required"));
    m_required->setObjectName(u"questionRequired"_s);
    form->addRow(m_required);
    m_choicesLabel = new QLabel;
    m_choices = new QPlainTextEdit;
    m_choices->setObjectName(u"questionChoices"_s);
    m_choices->setTabChangesFocus(true);
    m_choices->setMaximumHeight(110);
    m_choicesLabel->setBuddy(m_choices);
    form->addRow(m_choicesLabel, m_choices);
    leftLayout->addWidget(m_question);
    splitter->addWidget(left);

    // Right: the template as an interviewer sees it.
    auto *right = new QGroupBox(tr("Preview"));
    auto *rightLayout = new QVBoxLayout(right);
    m_previewArea = new QScrollArea;
    m_previewArea->setObjectName(u"templatePreview"_s);
    m_previewArea->setAccessibleName(tr("Preview of the feedback form"));
    m_previewArea->setWidgetResizable(true);
    rightLayout->addWidget(m_previewArea);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_error = new QLabel;
    m_error->setObjectName(u"templateError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // White on dark red reads in light, dark and high-contrast palettes alike (6.6:1).
    m_error->setStyleSheet(u"color: white; background-color: #b71c1c; padding: 6px;"_s);
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"templateSave"_s);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FeedbackTemplateEditor::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_questions, &QListWidget::currentRowChanged, this, [this](int row) {
        m_current = row;
        showQuestion();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeQuestion(m_current); });
    connect(m_up, &QPushButton::clicked, this, [this] { moveQuestion(m_current, -1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveQuestion(m_current, +1); });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) { m_template.text = text; });
    connect(m_instructions, &QPlainTextEdit::textChanged, this, [this] {
        m_template.instructions = m_instructions->toPlainText();
        refreshPreview();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &FeedbackTemplateEditor::questionEdited);
    connect(m_text, &QLineEdit::textEdited, this, &FeedbackTemplateEditor::questionEdited);
    connect(m_description, &QLineEdit::textEdited, this, &FeedbackTemplateEditor::questionEdited);
    connect(m_required, &QCheckBox::toggled, this, &FeedbackTemplateEditor::questionEdited);
    connect(m_choices, &QPlainTextEdit::textChanged, this, &FeedbackTemplateEditor::questionEdited);

    refreshList();
    selectQuestion(m_template.fields.isEmpty() ? -1 : 0);
    refreshPreview();
    resize(960, 640);
}

api::FeedbackTemplate FeedbackTemplateEditor::feedbackTemplate() const
{
    return m_template;
}

void FeedbackTemplateEditor::addQuestion(const QString &type)
{
    api::FeedbackField field;
    field.type = type;
    field.required = type == u"score-system"_s;
    m_template.fields.append(field);
    refreshList();
    selectQuestion(int(m_template.fields.size()) - 1);
    refreshPreview();
    m_text->setFocus();
}

void FeedbackTemplateEditor::removeQuestion(int row)
{
    if (row < 0 || row >= m_template.fields.size())
        return;
    m_template.fields.removeAt(row);
    refreshList();
    selectQuestion(qMin(row, int(m_template.fields.size()) - 1));
    refreshPreview();
}

void FeedbackTemplateEditor::moveQuestion(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_template.fields.size() || to < 0 || to >= m_template.fields.size())
        return;
    m_template.fields.move(row, to);
    refreshList();
    selectQuestion(to);
    refreshPreview();
}

void FeedbackTemplateEditor::selectQuestion(int row)
{
    m_questions->setCurrentRow(row);
    m_current = row;
    showQuestion();
}

void FeedbackTemplateEditor::showQuestion()
{
    const bool has = m_current >= 0 && m_current < m_template.fields.size();
    m_question->setEnabled(has);
    m_remove->setEnabled(has);
    m_up->setEnabled(has && m_current > 0);
    m_down->setEnabled(has && m_current < m_template.fields.size() - 1);
    const api::FeedbackField field = has ? m_template.fields.at(m_current) : api::FeedbackField();
    m_loading = true;
    m_type->setCurrentIndex(qMax(0, m_type->findData(field.type)));
    m_text->setText(field.text);
    m_description->setText(field.description);
    m_required->setChecked(field.required);
    QStringList lines;
    if (Model::takesScores(field.type)) {
        for (const auto &s : field.scores)
            lines.append(s.description.isEmpty() ? s.text : s.text + u" | "_s + s.description);
    } else {
        for (const auto &o : field.options)
            lines.append(o.text);
    }
    m_choices->setPlainText(lines.join(u'\n'));
    m_loading = false;
    const bool choices = Model::takesOptions(field.type) || Model::takesScores(field.type);
    m_choicesLabel->setVisible(choices);
    m_choices->setVisible(choices);
    m_choicesLabel->setText(Model::takesScores(field.type)
                                ? tr("&Scores (one per line, \"score | meaning\"):")
                                : tr("&Choices (one per line):"));
    m_choices->setAccessibleName(Model::takesScores(field.type) ? tr("Scores, one per line")
                                                                : tr("Choices, one per line"));
}

void FeedbackTemplateEditor::questionEdited()
{
    if (m_loading || m_current < 0 || m_current >= m_template.fields.size())
        return;
    api::FeedbackField &field = m_template.fields[m_current];
    const QString type = m_type->currentData().toString();
    const bool typeChanged = type != field.type;
    field.type = type;
    field.text = m_text->text();
    field.description = m_description->text();
    field.required = m_required->isChecked();
    field.options.clear();
    field.scores.clear();
    const QStringList lines = m_choices->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        if (Model::takesScores(type)) {
            const qsizetype bar = line.indexOf(u'|');
            field.scores.append({(bar < 0 ? line : line.left(bar)).trimmed(),
                                 bar < 0 ? QString() : line.mid(bar + 1).trimmed()});
        } else if (Model::takesOptions(type)) {
            field.options.append({line.trimmed()});
        }
    }
    if (typeChanged)
        showQuestion(); // the choices box comes or goes with the type
    if (QListWidgetItem *item = m_questions->item(m_current))
        item->setText(field.text.isEmpty() ? tr("(%1, no text yet)").arg(Model::fieldTypeTitle(field.type))
                                           : field.text);
    refreshPreview();
}

void FeedbackTemplateEditor::refreshList()
{
    const QSignalBlocker block(m_questions);
    m_questions->clear();
    for (const api::FeedbackField &f : std::as_const(m_template.fields)) {
        auto *item = new QListWidgetItem(
            f.text.isEmpty() ? tr("(%1, no text yet)").arg(Model::fieldTypeTitle(f.type)) : f.text,
            m_questions);
        item->setToolTip(Model::fieldTypeTitle(f.type));
    }
}

void FeedbackTemplateEditor::refreshPreview()
{
    // Rebuilt whole: a form of a few dozen controls costs less than a frame, and FeedbackForm then stays
    // the one place that knows how each type is drawn.
    m_preview = new FeedbackForm(m_template);
    m_preview->setObjectName(u"templatePreviewForm"_s);
    delete m_previewArea->takeWidget();
    m_previewArea->setWidget(m_preview);
}

void FeedbackTemplateEditor::trySave()
{
    const QString problem = Model::problem(m_template);
    if (!problem.isEmpty()) {
        setError(problem);
        return;
    }
    setError({});
    Q_EMIT saveRequested(m_template);
}

void FeedbackTemplateEditor::setBusy(bool busy)
{
    m_buttons->setEnabled(!busy);
}

void FeedbackTemplateEditor::setError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString FeedbackTemplateEditor::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace lever::ui
