#pragma once

#include "ShellSettings.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lever::ui {

// Preferences: sync interval, the view opened after sign-in, theme, language. Saved to QSettings on OK,
// then announced with applied() so the window can use them at once.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `views`: (id, title) of the views the window has, for the default-view choice.
    SettingsDialog(const QList<QPair<QString, QString>> &views, QWidget *parent = nullptr);

    ShellSettings current() const;
    // The open account's local data: its size is shown, and "Clear Local Data" (after a question) calls
    // `clear`. Without it the section says no account's data is open.
    void setLocalData(qint64 bytes, std::function<void()> clear);

Q_SIGNALS:
    void applied(const lever::ui::ShellSettings &settings);

private:
    void save();

    QSpinBox *m_interval = nullptr;
    QComboBox *m_defaultView = nullptr;
    QCheckBox *m_followTheme = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_localDataDays = nullptr;
    QLabel *m_localDataSize = nullptr;
    QPushButton *m_clearLocalData = nullptr;
    std::function<void()> m_clear;
    QString m_initialLanguage;
};

} // namespace lever::ui
