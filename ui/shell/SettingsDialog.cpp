#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace lever::ui {

SettingsDialog::SettingsDialog(const QList<QPair<QString, QString>> &views, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    const ShellSettings s = ShellSettings::load();
    m_initialLanguage = s.language;

    auto *form = new QFormLayout;
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"settingsSyncInterval"_s);
    m_interval->setAccessibleName(tr("Sync interval in minutes"));
    m_interval->setRange(1, 120);
    m_interval->setSuffix(tr(" min"));
    m_interval->setValue(s.syncIntervalMinutes);
    form->addRow(tr("Look for changes every:"), m_interval);

    m_defaultView = new QComboBox(this);
    m_defaultView->setObjectName(u"settingsDefaultView"_s);
    m_defaultView->setAccessibleName(tr("View opened after sign-in"));
    m_defaultView->addItem(tr("The first view"), QString());
    for (const auto &[id, title] : views)
        m_defaultView->addItem(title, id);
    const int at = m_defaultView->findData(s.defaultView);
    m_defaultView->setCurrentIndex(at < 0 ? 0 : at);
    m_defaultView->setEnabled(!views.isEmpty());
    form->addRow(tr("Open after sign-in:"), m_defaultView);

    m_followTheme = new QCheckBox(tr("Follow the system's light or dark theme"), this);
    m_followTheme->setObjectName(u"settingsFollowTheme"_s);
    m_followTheme->setAccessibleName(tr("Follow the system theme"));
    m_followTheme->setChecked(s.followSystemTheme);
    form->addRow(tr("Theme:"), m_followTheme);

    m_language = new QComboBox(this);
    m_language->setObjectName(u"settingsLanguage"_s);
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->addItem(u"Deutsch"_s, u"de"_s);
    m_language->addItem(u"Français"_s, u"fr"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    form->addRow(tr("Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language applies the next time Lever Console starts."), this);
    languageNote->setObjectName(u"settingsLanguageNote"_s);
    languageNote->setWordWrap(true);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"settingsButtons"_s);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"settingsOk"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"settingsCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ShellSettings SettingsDialog::current() const
{
    ShellSettings s;
    s.syncIntervalMinutes = m_interval->value();
    s.defaultView = m_defaultView->currentData().toString();
    s.followSystemTheme = m_followTheme->isChecked();
    s.language = m_language->currentData().toString();
    return s;
}

void SettingsDialog::save()
{
    const ShellSettings s = current();
    s.save();
    Q_EMIT applied(s);
}

} // namespace lever::ui
