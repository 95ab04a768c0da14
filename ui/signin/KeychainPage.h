#pragma once

#include <QWidget>

class QLabel;

namespace lever::ui {

// The sign-in page for a keychain that does not answer: what is wrong and how to fix it (the store's
// message), Try Again, Sign In for This Session Only, Back.
class KeychainPage : public QWidget
{
    Q_OBJECT
public:
    explicit KeychainPage(QWidget *parent = nullptr);

    void setMessage(const QString &message);

Q_SIGNALS:
    void retryRequested();
    void sessionOnlyRequested();
    void backRequested();

private:
    QLabel *m_message = nullptr;
};

} // namespace lever::ui
