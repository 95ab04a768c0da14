#include "SettingsDialog.h"

#include "common/Confirm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
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
    languageNote->setForegroundRole(
        QPalette::PlaceholderText); // secondary, but enabled: full contrast in high-contrast themes, and read
                                    // by screen readers
    form->addRow(QString(), languageNote);

    // The local copy of the account kept on this computer (instant start, offline reading).
    m_localDataDays = new QSpinBox(this);
    m_localDataDays->setObjectName(u"settingsLocalDataDays"_s);
    m_localDataDays->setAccessibleName(tr("Days to keep local data"));
    m_localDataDays->setRange(1, 365);
    m_localDataDays->setSuffix(tr(" days"));
    m_localDataDays->setValue(s.localDataDays);
    m_localDataDays->setToolTip(tr("Candidate pages and interviews not refreshed for this long are dropped, "
                                   "and local data not used for this long is loaded from Lever again."));
    form->addRow(tr("Keep local data for:"), m_localDataDays);
    m_localDataSize = new QLabel(tr("No account's data is open."), this);
    m_localDataSize->setObjectName(u"settingsLocalDataSize"_s);
    m_clearLocalData = new QPushButton(tr("Clear Local Data…"), this);
    m_clearLocalData->setObjectName(u"settingsClearLocalData"_s);
    m_clearLocalData->setAccessibleName(tr("Clear local data"));
    m_clearLocalData->setEnabled(false);
    connect(m_clearLocalData, &QPushButton::clicked, this, [this] {
        Confirm::ask(this,
                     {tr("Clear Local Data"),
                      tr("Delete the copy of this account kept on this computer? Nothing changes in Lever; "
                         "the next start loads everything from Lever again."),
                      tr("Clear")},
                     [this](bool yes) {
                         if (!yes || !m_clear)
                             return;
                         m_clear();
                         m_clearLocalData->setEnabled(false);
                         m_localDataSize->setText(tr("Local data cleared."));
                     });
    });
    auto *localData = new QHBoxLayout;
    localData->addWidget(m_localDataSize, 1);
    localData->addWidget(m_clearLocalData);
    form->addRow(tr("Local data:"), localData);

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
    s.localDataDays = m_localDataDays->value();
    return s;
}

void SettingsDialog::setLocalData(qint64 bytes, std::function<void()> clear)
{
    m_clear = std::move(clear);
    m_localDataSize->setText(tr("%1 on this computer").arg(QLocale().formattedDataSize(bytes)));
    m_clearLocalData->setEnabled(bool(m_clear));
}

void SettingsDialog::save()
{
    const ShellSettings s = current();
    s.save();
    Q_EMIT applied(s);
}

} // namespace lever::ui
