#pragma once

#include <QDialog>

namespace lever::ui {

// Help › About: version, licence, the Qt version in use, and where the project lives.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QString versionText();
};

} // namespace lever::ui
