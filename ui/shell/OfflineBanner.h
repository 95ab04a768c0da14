#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace lever::ui {

// The line above the views while Lever cannot be reached ("Offline — showing data from 10:42"), with
// Try Again, and "Pending Changes (3)…" while changes made offline wait to be sent (also once back
// online, until they are sent). Hidden when there is neither.
class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // Empty: online.
    void setOfflineText(const QString &text);
    void setPendingCount(int count);
    QString text() const;

Q_SIGNALS:
    void retryRequested();
    void pendingChangesRequested();

private:
    void update();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_pending = nullptr;
    QString m_offline;
    int m_count = 0;
};

} // namespace lever::ui
