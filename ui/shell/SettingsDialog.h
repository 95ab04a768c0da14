#pragma once

#include "ShellSettings.h"

#include <QDialog>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
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

Q_SIGNALS:
    void applied(const lever::ui::ShellSettings &settings);

private:
    void save();

    QSpinBox *m_interval = nullptr;
    QComboBox *m_defaultView = nullptr;
    QCheckBox *m_followTheme = nullptr;
    QComboBox *m_language = nullptr;
    QString m_initialLanguage;
};

} // namespace lever::ui
