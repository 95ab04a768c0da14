#include "PostingFormWidget.h"

#include "PostingListsEditor.h"
#include "RichTextEdit.h"
#include "common/CurrencyChoices.h"
#include "pickers/UserPicker.h"
#include "postings/PostingListModel.h"
#include "postings/RequisitionListModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QStringListModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using lever::models::FieldIssue;
using lever::models::PostingForm;
using lever::models::PostingHtml;
using lever::models::PostingRules;

namespace lever::ui {

namespace {

template <class W> W *named(W *w, const QString &name, const QString &accessible)
{
    w->setObjectName(name);
    w->setAccessibleName(accessible);
    return w;
}

} // namespace

PostingFormWidget::PostingFormWidget(QAbstractItemModel *users, QWidget *parent)
    : QWidget(parent)
    , m_users(users)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(u"postingFormScroll"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);
    auto *body = new QWidget(m_scroll);
    auto *form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    m_title = named(new QLineEdit(body), u"titleEdit"_s, PostingForm::label(u"text"_s));
    m_title->setPlaceholderText(tr("e.g. Senior Backend Engineer"));
    form->addRow(tr("&Title"), withError(m_title, {u"text"_s}));

    m_state = named(new QComboBox(body), u"stateCombo"_s, PostingForm::label(u"state"_s));
    form->addRow(tr("&State"), withError(m_state, {u"state"_s}));

    auto *channels =
        named(new QWidget(body), u"channelsBox"_s, PostingForm::label(u"distributionChannels"_s));
    auto *channelsLayout = new QHBoxLayout(channels);
    channelsLayout->setContentsMargins(0, 0, 0, 0);
    m_public = named(new QCheckBox(tr("Public job site"), channels), u"publicCheck"_s, tr("Public job site"));
    m_internal =
        named(new QCheckBox(tr("Internal job site"), channels), u"internalCheck"_s, tr("Internal job site"));
    channelsLayout->addWidget(m_public);
    channelsLayout->addWidget(m_internal);
    channelsLayout->addStretch();
    channels->setFocusProxy(m_public);
    form->addRow(tr("Channels"), withError(channels, {u"distributionChannels"_s}));

    m_owner = named(new UserPicker(users, body), u"ownerPicker"_s, PostingForm::label(u"owner"_s));
    m_owner->lineEdit()->setAccessibleName(PostingForm::label(u"owner"_s));
    form->addRow(tr("&Owner"), withError(m_owner, {u"owner"_s}));
    m_hiringManager =
        named(new UserPicker(users, body), u"hiringManagerPicker"_s, PostingForm::label(u"hiringManager"_s));
    m_hiringManager->lineEdit()->setAccessibleName(PostingForm::label(u"hiringManager"_s));
    form->addRow(tr("&Hiring manager"), withError(m_hiringManager, {u"hiringManager"_s}));

    form->addRow(tr("Team"), withError(categoryEdit(u"team"_s, u"teamEdit"_s), {u"team"_s}));
    form->addRow(tr("Department"),
                 withError(categoryEdit(u"department"_s, u"departmentEdit"_s), {u"department"_s}));
    form->addRow(tr("Location"), withError(categoryEdit(u"location"_s, u"locationEdit"_s), {u"location"_s}));
    form->addRow(tr("Commitment"),
                 withError(categoryEdit(u"commitment"_s, u"commitmentEdit"_s), {u"commitment"_s}));
    form->addRow(tr("Level"), withError(categoryEdit(u"level"_s, u"levelEdit"_s), {u"level"_s}));

    m_workplace = named(new QComboBox(body), u"workplaceCombo"_s, PostingForm::label(u"workplaceType"_s));
    for (const QString &type : PostingRules::workplaceTypes())
        m_workplace->addItem(PostingRules::workplaceLabel(type), type);
    form->addRow(tr("Workplace"), withError(m_workplace, {u"workplaceType"_s}));

    auto *salary = new QWidget(body);
    auto *salaryLayout = new QHBoxLayout(salary);
    salaryLayout->setContentsMargins(0, 0, 0, 0);
    m_salaryMin = named(new QLineEdit(salary), u"salaryMinEdit"_s, PostingForm::label(u"salaryMin"_s));
    m_salaryMin->setPlaceholderText(tr("Minimum"));
    m_salaryMax = named(new QLineEdit(salary), u"salaryMaxEdit"_s, PostingForm::label(u"salaryMax"_s));
    m_salaryMax->setPlaceholderText(tr("Maximum"));
    m_currency =
        named(new QComboBox(salary), u"salaryCurrencyCombo"_s, PostingForm::label(u"salaryCurrency"_s));
    setUpCurrencyChoices(m_currency);
    m_interval =
        named(new QComboBox(salary), u"salaryIntervalCombo"_s, PostingForm::label(u"salaryInterval"_s));
    m_interval->addItem(tr("Interval"), QString());
    for (const QString &i : PostingForm::payIntervals())
        m_interval->addItem(PostingRules::intervalLabel(i), i);
    salaryLayout->addWidget(m_salaryMin, 2);
    salaryLayout->addWidget(new QLabel(u"–"_s, salary));
    salaryLayout->addWidget(m_salaryMax, 2);
    salaryLayout->addWidget(m_currency, 1);
    salaryLayout->addWidget(m_interval, 2);
    m_fields.insert(u"salaryMin"_s, m_salaryMin);
    m_fields.insert(u"salaryMax"_s, m_salaryMax);
    m_fields.insert(u"salaryCurrency"_s, m_currency);
    m_fields.insert(u"salaryInterval"_s, m_interval);
    form->addRow(tr("Salary"), withError(salary, {u"salaryMin"_s, u"salaryMax"_s, u"salaryCurrency"_s,
                                                  u"salaryInterval"_s}));

    m_tags = named(new QLineEdit(body), u"tagsEdit"_s, PostingForm::label(u"tags"_s));
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. Backend, Remote friendly"));
    form->addRow(tr("Ta&gs"), withError(m_tags, {u"tags"_s}));

    m_codes =
        named(new QListWidget(body), u"requisitionCodesList"_s, PostingForm::label(u"requisitionCodes"_s));
    m_codes->setMaximumHeight(90);
    form->addRow(tr("Requisitions"), withError(m_codes, {u"requisitionCodes"_s}));

    m_description = named(new RichTextEdit(PostingHtml::Profile::Description, body), u"descriptionEdit"_s,
                          PostingForm::label(u"descriptionHtml"_s));
    m_description->editor()->setObjectName(u"descriptionText"_s);
    m_description->editor()->setAccessibleName(PostingForm::label(u"descriptionHtml"_s));
    m_description->setMinimumHeight(200);
    form->addRow(tr("Description"), withError(m_description, {u"descriptionHtml"_s}));

    m_lists = named(new PostingListsEditor(body), u"listsEditor"_s, PostingForm::label(u"lists"_s));
    form->addRow(tr("Lists"), withError(m_lists, {u"lists"_s}));

    m_closing = named(new RichTextEdit(PostingHtml::Profile::Description, body), u"closingEdit"_s,
                      PostingForm::label(u"closingHtml"_s));
    m_closing->editor()->setObjectName(u"closingText"_s);
    m_closing->editor()->setAccessibleName(PostingForm::label(u"closingHtml"_s));
    m_closing->setMinimumHeight(120);
    form->addRow(tr("Closing"), withError(m_closing, {u"closingHtml"_s}));
    m_scroll->setWidget(body);

    auto emitEdited = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    connect(m_title, &QLineEdit::textChanged, this, emitEdited);
    connect(m_state, &QComboBox::currentIndexChanged, this, emitEdited);
    connect(m_public, &QCheckBox::toggled, this, emitEdited);
    connect(m_internal, &QCheckBox::toggled, this, emitEdited);
    connect(m_owner, &UserPicker::userChanged, this, emitEdited);
    connect(m_hiringManager, &UserPicker::userChanged, this, emitEdited);
    connect(m_owner->lineEdit(), &QLineEdit::textEdited, this, emitEdited);
    connect(m_hiringManager->lineEdit(), &QLineEdit::textEdited, this, emitEdited);
    for (QLineEdit *e : std::as_const(m_categories))
        connect(e, &QLineEdit::textChanged, this, emitEdited);
    connect(m_workplace, &QComboBox::currentIndexChanged, this, emitEdited);
    connect(m_salaryMin, &QLineEdit::textChanged, this, emitEdited);
    connect(m_salaryMax, &QLineEdit::textChanged, this, emitEdited);
    connect(m_currency, &QComboBox::currentTextChanged, this, emitEdited);
    connect(m_interval, &QComboBox::currentIndexChanged, this, emitEdited);
    connect(m_tags, &QLineEdit::textChanged, this, emitEdited);
    connect(m_codes, &QListWidget::itemChanged, this, emitEdited);
    connect(m_description, &RichTextEdit::changed, this, emitEdited);
    connect(m_lists, &PostingListsEditor::changed, this, emitEdited);
    connect(m_closing, &RichTextEdit::changed, this, emitEdited);
}

QWidget *PostingFormWidget::withError(QWidget *field, const QStringList &keys)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field);
    auto *error = new QLabel(box);
    error->setObjectName(keys.first() + u"Error"_s);
    error->setWordWrap(true);
    error->setStyleSheet(u"color: #c62828;"_s);
    error->hide();
    layout->addWidget(error);
    box->setFocusProxy(field);
    for (const QString &key : keys) {
        m_errors.insert(key, error);
        if (!m_fields.contains(key))
            m_fields.insert(key, field);
    }
    return box;
}

QLineEdit *PostingFormWidget::categoryEdit(const QString &key, const QString &name)
{
    auto *edit = named(new QLineEdit(this), name, PostingForm::label(key));
    auto *model = new QStringListModel(this);
    auto *completer = new QCompleter(model, edit);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    edit->setCompleter(completer);
    m_categories.insert(key, edit);
    m_completions.insert(key, model);
    return edit;
}

void PostingFormWidget::setCompletionSource(models::PostingListModel *postings)
{
    m_postings = postings;
    connect(postings, &models::PostingListModel::countsChanged, this, &PostingFormWidget::refreshCompletions);
    refreshCompletions();
}

void PostingFormWidget::refreshCompletions()
{
    if (!m_postings)
        return;
    for (auto it = m_completions.cbegin(); it != m_completions.cend(); ++it)
        it.value()->setStringList(m_postings->valuesInUse(it.key()));
}

void PostingFormWidget::setRequisitions(models::RequisitionListModel *requisitions)
{
    m_requisitions = requisitions;
    auto refresh = [this] {
        const bool wasLoading = m_loading;
        m_loading = true;
        refreshRequisitionCodes(checkedCodes());
        m_loading = wasLoading;
    };
    connect(requisitions, &QAbstractItemModel::rowsInserted, this, refresh);
    connect(requisitions, &QAbstractItemModel::modelReset, this, refresh);
    connect(requisitions, &QAbstractItemModel::dataChanged, this, refresh);
    refresh();
}

void PostingFormWidget::refreshRequisitionCodes(const QStringList &checked)
{
    QStringList codes = m_requisitions ? m_requisitions->codes() : QStringList();
    for (const QString &c : checked) {
        if (!codes.contains(c))
            codes.append(c); // keep a linked code even before the requisitions arrive
    }
    const QSignalBlocker blocker(m_codes);
    m_codes->clear();
    for (const QString &code : std::as_const(codes)) {
        QString label = code;
        if (m_requisitions) {
            const int row = m_requisitions->codes().indexOf(code);
            if (row >= 0)
                label = code + u" — "_s + m_requisitions->requisition(row).name;
        }
        auto *item = new QListWidgetItem(label, m_codes);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList PostingFormWidget::checkedCodes() const
{
    QStringList out;
    for (int i = 0; i < m_codes->count(); ++i) {
        if (m_codes->item(i)->checkState() == Qt::Checked)
            out.append(m_codes->item(i)->data(Qt::UserRole).toString());
    }
    return out;
}

void PostingFormWidget::setForm(const PostingForm &form, const QString &loadedState)
{
    m_loading = true;
    m_title->setText(form.string(u"text"_s));
    m_state->clear();
    QStringList states = PostingRules::allowedStates(loadedState);
    const QString state = form.string(u"state"_s).isEmpty() ? u"draft"_s : form.string(u"state"_s);
    if (!states.contains(state))
        states.prepend(state); // shown as it is; validation explains why it cannot be saved
    for (const QString &s : std::as_const(states))
        m_state->addItem(PostingRules::stateLabel(s), s);
    m_state->setCurrentIndex(m_state->findData(state));
    const QStringList channels = form.strings(u"distributionChannels"_s);
    m_public->setChecked(channels.contains(u"public"_s));
    m_internal->setChecked(channels.contains(u"internal"_s));
    m_owner->setCurrentUserId(form.string(u"owner"_s));
    m_hiringManager->setCurrentUserId(form.string(u"hiringManager"_s));
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it)
        it.value()->setText(form.string(it.key()));
    const QString workplace = form.string(u"workplaceType"_s);
    m_workplace->setCurrentIndex(
        qMax(0, m_workplace->findData(workplace.isEmpty() ? u"unspecified"_s : workplace)));
    m_salaryMin->setText(form.string(u"salaryMin"_s));
    m_salaryMax->setText(form.string(u"salaryMax"_s));
    m_currency->setCurrentText(form.string(u"salaryCurrency"_s));
    m_interval->setCurrentIndex(qMax(0, m_interval->findData(form.string(u"salaryInterval"_s))));
    m_tags->setText(form.strings(u"tags"_s).join(u", "_s));
    refreshRequisitionCodes(form.strings(u"requisitionCodes"_s));
    m_description->setHtml(form.string(u"descriptionHtml"_s));
    m_lists->setLists(form.lists());
    m_closing->setHtml(form.string(u"closingHtml"_s));
    clearIssues();
    m_loading = false;
}

PostingForm PostingFormWidget::form() const
{
    PostingForm f;
    f.set(u"text"_s, m_title->text());
    f.set(u"state"_s, m_state->currentData().toString());
    QStringList channels;
    if (m_public->isChecked())
        channels.append(u"public"_s);
    if (m_internal->isChecked())
        channels.append(u"internal"_s);
    f.setStrings(u"distributionChannels"_s, channels);
    f.set(u"owner"_s, m_owner->currentUserId());
    f.set(u"hiringManager"_s, m_hiringManager->currentUserId());
    for (auto it = m_categories.cbegin(); it != m_categories.cend(); ++it)
        f.set(it.key(), it.value()->text().trimmed());
    f.set(u"workplaceType"_s, m_workplace->currentData().toString());
    f.set(u"salaryMin"_s, m_salaryMin->text().trimmed());
    f.set(u"salaryMax"_s, m_salaryMax->text().trimmed());
    f.set(u"salaryCurrency"_s, m_currency->currentText().trimmed());
    f.set(u"salaryInterval"_s, m_interval->currentData().toString());
    QStringList tags;
    for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts)) {
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags.append(t.trimmed());
    }
    f.setStrings(u"tags"_s, tags);
    f.setStrings(u"requisitionCodes"_s, checkedCodes());
    f.set(u"descriptionHtml"_s, m_description->html());
    f.setLists(m_lists->lists());
    f.set(u"closingHtml"_s, m_closing->html());
    return f;
}

QList<FieldIssue> PostingFormWidget::widgetIssues() const
{
    QList<FieldIssue> issues;
    if (m_owner->hasUnresolvedText())
        issues.append(
            {u"owner"_s,
             tr("No Lever user matches \"%1\"; pick the owner from the list.").arg(m_owner->text())});
    if (m_hiringManager->hasUnresolvedText())
        issues.append(
            {u"hiringManager"_s, tr("No Lever user matches \"%1\"; pick the hiring manager from the "
                                    "list.")
                                     .arg(m_hiringManager->text())});
    return issues;
}

void PostingFormWidget::clearIssues()
{
    for (QLabel *l : std::as_const(m_errors)) {
        l->clear();
        l->hide();
    }
}

void PostingFormWidget::showIssues(const QList<FieldIssue> &issues)
{
    clearIssues();
    for (const FieldIssue &issue : issues) {
        QLabel *l = m_errors.value(issue.field);
        if (!l)
            continue;
        l->setText(l->text().isEmpty() ? issue.message : l->text() + u'\n' + issue.message);
        l->show();
    }
    if (issues.isEmpty())
        return;
    if (QWidget *w = m_fields.value(issues.first().field)) {
        m_scroll->ensureWidgetVisible(w);
        w->setFocus(Qt::OtherFocusReason);
    }
}

QString PostingFormWidget::issueText(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

} // namespace lever::ui
