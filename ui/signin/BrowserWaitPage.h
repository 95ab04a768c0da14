#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace lever::ui {

// The sign-in page shown while the system browser has the OAuth consent: a copyable address for when no
// browser opens, and Cancel.
class BrowserWaitPage : public QWidget
{
    Q_OBJECT
public:
    explicit BrowserWaitPage(QWidget *parent = nullptr);

    void setAuthorizeUrl(const QUrl &url);
    void reset();            // a new attempt: the address comes again
    void setBrowserFailed(); // no browser could be opened: the address is the way on

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel *m_note = nullptr;
    QLineEdit *m_url = nullptr;
};

} // namespace lever::ui
