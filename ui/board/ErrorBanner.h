#pragma once

#include <QFrame>

class QLabel;

namespace lever::ui {

// The board's dismissible error strip: what failed (a rolled-back write, a bulk report), in the
// palette's light or dark error colours, until dismissed or the next write starts.
class ErrorBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    // The shown message; empty when hidden.
    QString message() const;

private:
    QLabel *m_text;
};

} // namespace lever::ui
