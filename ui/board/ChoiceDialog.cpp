#include "ChoiceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

ChoiceDialog::ChoiceDialog(const QString &title, const QString &prompt, QAbstractItemModel *model,
                           int valueRole, bool editable, QWidget *parent)
    : QDialog(parent)
    , m_combo(new QComboBox(this))
    , m_valueRole(valueRole)
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    setAccessibleName(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    label->setBuddy(m_combo);
    m_combo->setObjectName(u"choice"_s);
    m_combo->setAccessibleName(prompt);
    m_combo->setEditable(editable);
    m_combo->setMinimumWidth(280);
    if (model)
        m_combo->setModel(model);
    if (editable) {
        m_combo->setInsertPolicy(QComboBox::NoInsert);
        m_combo->setCurrentIndex(-1);
        m_combo->lineEdit()->setPlaceholderText(prompt);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"buttons"_s);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto okEnabled = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!value().isEmpty());
    };
    connect(m_combo, &QComboBox::currentIndexChanged, this, okEnabled);
    connect(m_combo, &QComboBox::editTextChanged, this, okEnabled);
    okEnabled();
    connect(this, &QDialog::accepted, this, [this] {
        const QString v = value();
        if (!v.isEmpty())
            Q_EMIT chosen(v);
    });
}

bool ChoiceDialog::select(const QString &value)
{
    const int row = m_combo->findData(value, m_valueRole);
    if (row >= 0) {
        m_combo->setCurrentIndex(row);
        return true;
    }
    if (m_combo->isEditable()) {
        m_combo->setEditText(value);
        return true;
    }
    return false;
}

QString ChoiceDialog::value() const
{
    if (m_combo->isEditable())
        return m_combo->currentText().trimmed();
    return m_combo->currentIndex() < 0 ? QString() : m_combo->currentData(m_valueRole).toString();
}

bool ChoiceDialog::answer(const QString &value)
{
    if (!select(value))
        return false;
    accept();
    return true;
}

} // namespace lever::ui
