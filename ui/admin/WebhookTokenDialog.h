#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace lever::ui {

// Shows a new webhook's signature token, the one time Lever ever returns it: read-only, with a Copy
// button and a warning. The token lives only in this dialog's field; closing wipes it and deletes the
// dialog (it is never logged, saved or kept by the page).
class WebhookTokenDialog : public QDialog
{
    Q_OBJECT
public:
    WebhookTokenDialog(const QString &url, const QString &token, QWidget *parent = nullptr);
    ~WebhookTokenDialog() override;

    QString shownToken() const;

protected:
    void done(int result) override;

private:
    void wipe();

    QLineEdit *m_token;
    QPushButton *m_copy;
};

} // namespace lever::ui
