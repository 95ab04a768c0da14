#include "candidate/FeedbackForm.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace lever::ui {

FeedbackForm::FeedbackForm(const api::FeedbackTemplate &form, QWidget *parent)
    : QWidget(parent)
    , m_template(form)
{
    setObjectName(u"feedbackForm"_s);
    auto *layout = new QFormLayout(this);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (!form.instructions.isEmpty()) {
        auto *instructions = new QLabel(form.instructions, this);
        instructions->setWordWrap(true);
        layout->addRow(instructions);
    }
    int index = 0;
    for (const api::FeedbackField &field : form.fields) {
        QWidget *w = nullptr;
        auto combo = [this](const QStringList &choices) {
            auto *box = new QComboBox(this);
            // Long choices (an EEO answer is a sentence) must not make the form wider than its pane.
            box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            box->setMinimumContentsLength(12);
            box->addItem(tr("— choose —"), QString());
            for (const QString &c : choices)
                box->addItem(c, c);
            return box;
        };
        if (field.type == u"textarea"_s) {
            auto *edit = new QPlainTextEdit(this);
            edit->setTabChangesFocus(true);
            edit->setMinimumHeight(70);
            w = edit;
        } else if (field.type == u"score-system"_s || field.type == u"dropdown"_s ||
                   field.type == u"multiple-choice"_s) { // one of several, as on Lever's application forms
            QStringList choices;
            for (const auto &o : field.options)
                choices.append(o.text);
            w = combo(choices);
        } else if (field.type == u"score"_s) {
            QStringList choices;
            for (const auto &s : field.scores)
                choices.append(s.text);
            w = combo(choices);
        } else if (field.type == u"yes-no"_s) {
            auto *box = new QComboBox(this);
            box->addItem(tr("— choose —"), QString());
            box->addItem(tr("Yes"), u"yes"_s);
            box->addItem(tr("No"), u"no"_s);
            w = box;
        } else if (field.type == u"multiple-select"_s) {
            auto *list = new QListWidget(this);
            for (const auto &o : field.options) {
                auto *item = new QListWidgetItem(o.text, list);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            list->setMaximumHeight(qMin(140, 24 * int(field.options.size()) + 8));
            w = list;
        } else {
            w = new QLineEdit(this);
        }
        w->setObjectName(u"feedbackField"_s + QString::number(index));
        w->setAccessibleName(field.required ? tr("%1 (required)").arg(field.text) : field.text);
        if (!field.description.isEmpty())
            w->setToolTip(field.description);
        auto *label = new QLabel(field.required ? QString(field.text + u" *"_s) : field.text, this);
        label->setWordWrap(true);
        label->setBuddy(w);
        layout->addRow(label, w);
        m_widgets.append(w);
        ++index;
    }
}

QHash<QString, QJsonValue> FeedbackForm::values() const
{
    QHash<QString, QJsonValue> out;
    for (qsizetype i = 0; i < m_widgets.size() && i < m_template.fields.size(); ++i) {
        QWidget *w = m_widgets.at(i);
        QJsonValue value;
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            if (!edit->text().trimmed().isEmpty())
                value = edit->text();
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(w)) {
            if (!text->toPlainText().trimmed().isEmpty())
                value = text->toPlainText();
        } else if (auto *box = qobject_cast<QComboBox *>(w)) {
            if (!box->currentData().toString().isEmpty())
                value = box->currentData().toString();
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            QJsonArray chosen;
            for (int r = 0; r < list->count(); ++r) {
                if (list->item(r)->checkState() == Qt::Checked)
                    chosen.append(list->item(r)->text());
            }
            if (!chosen.isEmpty())
                value = chosen;
        }
        if (!value.isNull())
            out.insert(m_template.fields.at(i).id, value);
    }
    return out;
}

void FeedbackForm::markMissing(const QStringList &fieldIds)
{
    for (qsizetype i = 0; i < m_widgets.size() && i < m_template.fields.size(); ++i) {
        const bool missing = fieldIds.contains(m_template.fields.at(i).id);
        m_widgets.at(i)->setProperty("missing", missing);
        m_widgets.at(i)->setStyleSheet(missing ? u"border: 2px solid #c62828;"_s : QString());
    }
}

} // namespace lever::ui
